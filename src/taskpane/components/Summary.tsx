/**
 * The check's summary in a few lines: which table was read where, the counts by severity — which are
 * also the severity filter — and the rule filter. When no table was found the reason takes their place
 * (never zero counts, which would read as "all clear").
 */
import { Select, Text, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { CheckResult } from "../../core/check";
import type { Finding, Severity } from "../../core/finding";
import { ruleName } from "../../core/report/rule-names";
import type { RuleInfo } from "../../core/rules/catalog";
import { useStrings } from "../i18n";
import { SEVERITIES, ruleOptions, type FindingFilter } from "../state/findings-view";
import { describeTable } from "../state/result-text";
import { SeverityIcon } from "./SeverityIcon";
import { useVisuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  tables: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  select: { minWidth: 0, maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ok: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  okIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  notice: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  noticeTitle: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  warnIcon: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummaryProps {
  result: CheckResult;
  /** The findings that count (ignored ones left out). */
  active: readonly Finding[];
  ignoredCount: number;
  rules: readonly RuleInfo[];
  filter: FindingFilter;
  onFilterChange(filter: FindingFilter): void;
}

export function Summary({ result, active, ignoredCount, rules, filter, onFilterChange }: SummaryProps) {
  const styles = useStyles();
  const s = useStrings();
  const headingId = useId("summary");
  const groupId = useId("severity-filter");
  const hidden = useVisuallyHidden();

  if (result.tables.length === 0) {
    return (
      <section className={styles.notice} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} className={styles.noticeTitle}>
          <Warning16Filled className={styles.warnIcon} aria-hidden="true" />
          {s.noTables}
        </Text>
        {result.problems.length > 0 || active.length > 0 ? (
          <ul className={styles.problems}>
            {result.problems.map((p, i) => (
              <li key={i}>{s.sheetProblem(p.sheet, p.message)}</li>
            ))}
            {/* What the reader reports about the missing table (table-not-found), in its words. */}
            {active.map((f, i) => (
              <li key={`f${i}`}>{f.message}</li>
            ))}
          </ul>
        ) : (
          <Text>{s.noTablesHint}</Text>
        )}
      </section>
    );
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of active) counts[f.severity]++;
  const options = ruleOptions(active, rules);
  // A rule whose findings were all ignored stays selectable so the picker never shows a value it lacks.
  if (filter.ruleId !== null && !options.some((o) => o.id === filter.ruleId)) {
    const meta = rules.find((r) => r.id === filter.ruleId);
    options.push({
      id: filter.ruleId,
      name: ruleName(filter.ruleId),
      description: meta?.description ?? "",
      count: 0,
    });
  }
  const toggle = (sev: Severity) => {
    const next = new Set(filter.severities);
    if (!next.delete(sev)) next.add(sev);
    onFilterChange({ ...filter, severities: next });
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} className={hidden}>
        {s.summaryHeading}
      </Text>
      <ul className={styles.tables}>
        {result.tables.map((t) => (
          <li key={`${t.sheet}!${t.range.top}:${t.range.left}`}>{describeTable(s, t)}</li>
        ))}
      </ul>
      {active.length === 0 ? (
        <Text className={styles.ok}>
          <CheckmarkCircle16Filled className={styles.okIcon} aria-hidden="true" />
          {s.noFindings}
        </Text>
      ) : (
        <>
          <div className={styles.toggles} role="group" aria-labelledby={groupId}>
            <span id={groupId} className={hidden}>
              {s.filterSeverity}
            </span>
            {SEVERITIES.map((sev) => (
              <ToggleButton
                key={sev}
                size="small"
                checked={filter.severities.has(sev)}
                icon={<SeverityIcon severity={sev} labelled={false} />}
                onClick={() => toggle(sev)}
                title={s.severityToggleHint(s.severity[sev])}
              >
                {`${s.severity[sev]} ${counts[sev]}`}
              </ToggleButton>
            ))}
          </div>
          <Select
            size="small"
            className={styles.select}
            aria-label={s.filterRule}
            value={filter.ruleId ?? ""}
            onChange={(_e, data) =>
              onFilterChange({ ...filter, ruleId: data.value === "" ? null : data.value })
            }
          >
            <option value="">{s.allRules}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id} title={`${o.description}（${o.id}）`}>
                {s.ruleOption(o.name, o.count)}
              </option>
            ))}
          </Select>
        </>
      )}
      {ignoredCount > 0 && <Text className={styles.note}>{s.ignoredHidden(ignoredCount)}</Text>}
      {result.problems.length > 0 && (
        <div className={styles.note}>
          <Text className={styles.noticeTitle}>
            <Warning16Filled className={styles.warnIcon} aria-hidden="true" />
            {s.problemsHeading}
          </Text>
          <ul className={styles.problems}>
            {result.problems.map((p, i) => (
              <li key={i}>{s.sheetProblem(p.sheet, p.message)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
