/**
 * The template types as a radio group — icon, name, one-line description — the suggested ones first.
 * The unit's own templates (saved in the workbook) carry a 本单位 badge.
 */
import { Badge, Radio, RadioGroup, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Template, TypeSuggestion } from "../../../core/templates";
import { useStrings } from "../../i18n";
import { TemplateIcon } from "./template-icons";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** The first sentence of a description: the gallery shows one line. */
const firstSentence = (d: string): string => {
  const i = d.search(/[；。]/);
  return i < 0 ? d : d.slice(0, i);
};

export interface TemplateGalleryProps {
  templates: readonly Template[];
  suggestions: readonly TypeSuggestion[];
  selected: string;
  disabled: boolean;
  onSelect(id: string): void;
}

export function TemplateGallery({
  templates,
  suggestions,
  selected,
  disabled,
  onSelect,
}: TemplateGalleryProps) {
  const styles = useStyles();
  const s = useStrings();
  const labelId = useId("gallery");
  // Types the name or goal points to come first (the fallback stays where it is).
  const hinted = suggestions.filter((x) => x.keyword !== null).map((x) => x.template);
  const ordered = [...hinted, ...templates.filter((t) => !hinted.includes(t))];
  return (
    <div>
      <div id={labelId} className={styles.legend}>
        {s.templates.galleryLabel}
      </div>
      <RadioGroup
        aria-labelledby={labelId}
        value={selected}
        disabled={disabled}
        onChange={(_e, d) => onSelect(d.value)}
        className={styles.group}
      >
        {ordered.map((t) => (
          <Radio
            key={t.id}
            value={t.id}
            label={
              <span className={styles.label}>
                <span className={styles.name}>
                  <TemplateIcon id={t.id} />
                  {t.name}
                  {t.source === "unit" && (
                    <Badge size="small" appearance="tint" color="brand">
                      {s.templates.unitBadge}
                    </Badge>
                  )}
                </span>
                {t.description && <span className={styles.description}>{firstSentence(t.description)}</span>}
              </span>
            }
          />
        ))}
      </RadioGroup>
    </div>
  );
}
