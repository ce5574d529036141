/**
 * 项目类型 as one dropdown: the types the project's name or goal points to first (marked 建议), then the
 * rest; the unit's own templates marked 本单位. Under it, why the type is suggested and what the chosen
 * type is for — one line each, so the parameters stay in view.
 */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Template, TypeSuggestion } from "../../../core/templates";
import { useStrings } from "../../i18n";
import { orderedTemplates } from "../../state/template-form";

const useStyles = makeStyles({
  suggestion: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

/** The first sentence of a description: one line under the dropdown. */
const firstSentence = (d: string): string => {
  const i = d.search(/[；。]/);
  return i < 0 ? d : d.slice(0, i);
};

export interface TemplateTypePickerProps {
  templates: readonly Template[];
  suggestions: readonly TypeSuggestion[];
  selected: Template;
  disabled: boolean;
  onSelect(id: string): void;
}

export function TemplateTypePicker({
  templates,
  suggestions,
  selected,
  disabled,
  onSelect,
}: TemplateTypePickerProps) {
  const s = useStrings().templates;
  const styles = useStyles();
  const top = suggestions.find((x) => x.keyword !== null) ?? suggestions[0];
  const hint = selected.description ? firstSentence(selected.description) : "";
  return (
    <Field
      label={s.galleryLabel}
      hint={
        top || hint ? (
          <>
            {top && <span className={styles.suggestion}>{s.suggested(top.template.name, top.reason)}</span>}
            {top && hint && <br />}
            {hint && <span>{hint}</span>}
          </>
        ) : undefined
      }
    >
      <Select value={selected.id} disabled={disabled} onChange={(_e, d) => onSelect(d.value)}>
        {orderedTemplates(templates, suggestions).map(({ template, suggested }) => (
          <option key={template.id} value={template.id}>
            {template.source === "unit"
              ? s.unitOption(template.name, suggested)
              : suggested
                ? s.suggestedOption(template.name)
                : template.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
