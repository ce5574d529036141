/** Counts by severity, the tables found (layout, range, project count) and the sheets that could not be read. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import { countFindings, type Finding, type FindingCounts, type Severity } from "../../core/finding";
import { useStrings } from "../i18n";
import { SEVERITIES } from "../state/findings-view";
import { describeTable } from "../state/result-text";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
  },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const COUNT_KEY: Record<Severity, keyof FindingCounts> = {
  error: "errors",
  warning: "warnings",
  info: "infos",
};

export interface SummaryProps {
  result: CheckResult;
  /** The findings that count (ignored ones left out). */
  active: readonly Finding[];
  ignoredCount: number;
}

export function Summary({ result, active, ignoredCount }: SummaryProps) {
  const styles = useStyles();
  const s = useStrings();
  const c = countFindings(active);
  const headingId = useId("summary");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} className={styles.heading}>
        {s.summaryHeading}
      </Text>
      <p className={styles.counts}>
        {SEVERITIES.map((sev, i) => (
          <span key={sev} className={styles.count}>
            {i > 0 && <span aria-hidden="true">·</span>}
            <SeverityIcon severity={sev} labelled={false} />
            {`${s.severity[sev]} ${c[COUNT_KEY[sev]]}`}
          </span>
        ))}
      </p>
      {result.tables.length > 0 && (
        <ul className={styles.list}>
          {result.tables.map((t) => (
            <li key={`${t.sheet}!${t.range.top}:${t.range.left}`}>{describeTable(s, t)}</li>
          ))}
        </ul>
      )}
      {active.length === 0 && result.tables.length > 0 && <Text>{s.noFindings}</Text>}
      {ignoredCount > 0 && <Text>{s.ignoredHidden(ignoredCount)}</Text>}
      {result.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{result.tables.length === 0 ? s.noTables : s.problemsHeading}</MessageBarTitle>
            <ul className={styles.list}>
              {result.problems.map((p, i) => (
                <li key={i}>{s.sheetProblem(p.sheet, p.message)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
