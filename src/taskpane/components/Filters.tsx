/** Severity toggles (with counts) and a rule picker listing the rules that have findings. */
import { Field, Select, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding";
import type { RuleMeta } from "../../core/rules/rule";
import { useStrings } from "../i18n";
import { SEVERITIES, ruleOptions, type FindingFilter } from "../state/findings-view";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  select: { minWidth: 0, maxWidth: "100%" },
});

export interface FiltersProps {
  /** Findings before filtering (ignored ones already left out). */
  findings: readonly Finding[];
  rules: readonly RuleMeta<string>[];
  filter: FindingFilter;
  onChange(filter: FindingFilter): void;
}

export function Filters({ findings, rules, filter, onChange }: FiltersProps) {
  const styles = useStyles();
  const s = useStrings();
  const groupId = useId("severity-filter");
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const options = ruleOptions(findings, rules);
  // A rule whose findings were all ignored stays selectable so the picker never shows a value it lacks.
  if (filter.ruleId !== null && !options.some((o) => o.id === filter.ruleId)) {
    const meta = rules.find((r) => r.id === filter.ruleId);
    options.push({ id: filter.ruleId, description: meta?.description ?? filter.ruleId, count: 0 });
  }

  const toggle = (sev: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    onChange({ ...filter, severities: next });
  };

  return (
    <div className={styles.root}>
      <div className={styles.toggles} role="group" aria-labelledby={groupId}>
        <span id={groupId} hidden>
          {s.filterSeverity}
        </span>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={filter.severities.has(sev)}
            icon={<SeverityIcon severity={sev} labelled={false} />}
            onClick={() => toggle(sev)}
          >
            {`${s.severity[sev]} ${counts[sev]}`}
          </ToggleButton>
        ))}
      </div>
      <Field label={s.filterRule}>
        <Select
          className={styles.select}
          value={filter.ruleId ?? ""}
          onChange={(_e, data) => onChange({ ...filter, ruleId: data.value === "" ? null : data.value })}
        >
          <option value="">{s.allRules}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {s.ruleOption(o.description, o.count)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
