/** One finding: severity, the Chinese message, the indicator and the cell; a click selects the cell. */
import {
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  createFocusOutlineStyle,
} from "@fluentui/react-components";
import { AddSquare16Regular, EyeOff16Regular } from "@fluentui/react-icons";
import { forwardRef } from "react";
import type { Finding } from "../../core/finding";
import { useStrings } from "../i18n";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  // On a very narrow pane (or at 200% zoom) 忽略 wraps under the text instead of squeezing it.
  row: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  main: {
    // Fluent's focus outline is drawn by an absolutely placed ::after: it needs a positioned box.
    position: "relative",
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "11em",
    minWidth: 0,
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 0 ${tokens.colorBrandStroke1}`,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  ignore: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
});

export interface FindingRowProps {
  finding: Finding;
  index: number;
  current: boolean;
  showSheet: boolean;
  onActivate(index: number): void;
  onIgnore(finding: Finding): void;
  /** 补全: shown for findings a template can fix (a missing or empty category). */
  onFix?(finding: Finding): void;
}

/** The findings behind 补全缺失类别. */
export const FIXABLE_RULES: ReadonlySet<string> = new Set([
  "level1-missing",
  "level2-missing",
  "category-empty",
]);

export const FindingRow = forwardRef<HTMLButtonElement, FindingRowProps>(function FindingRow(p, ref) {
  const styles = useStyles();
  const s = useStrings();
  const f = p.finding;
  const address = s.cellAddress({ sheet: f.sheet, cell: f.cell, line: f.line, showSheet: p.showSheet });
  return (
    <li className={styles.row}>
      <button
        ref={ref}
        type="button"
        className={mergeClasses(styles.main, p.current && styles.current)}
        aria-current={p.current ? "true" : undefined}
        data-finding-index={p.index}
        onClick={() => p.onActivate(p.index)}
      >
        <SeverityIcon severity={f.severity} />
        <span className={styles.text}>
          <span className={styles.message}>{f.message}</span>
          <span className={styles.meta}>
            {[f.project || s.noProject, f.indicator !== undefined ? s.indicator(f.indicator) : null, address]
              .filter((x) => x !== null)
              .join(" · ")}
          </span>
        </span>
      </button>
      {p.onFix && FIXABLE_RULES.has(f.ruleId) && (
        <Button
          className={styles.ignore}
          size="small"
          appearance="subtle"
          icon={<AddSquare16Regular />}
          aria-label={s.templates.fixMissingLabel(f.project)}
          title={s.templates.fixMissingLabel(f.project)}
          onClick={() => p.onFix!(f)}
        >
          {s.templates.fixMissing}
        </Button>
      )}
      <Button
        className={styles.ignore}
        size="small"
        appearance="subtle"
        icon={<EyeOff16Regular />}
        aria-label={s.ignoreLabel(f.message)}
        title={s.ignore}
        onClick={() => p.onIgnore(f)}
      >
        {s.ignore}
      </Button>
    </li>
  );
});
