/** The ignored findings, each with 恢复, so an ignore is never final. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../core/finding";
import type { RuleInfo } from "../../core/rules/catalog";
import { findingKey } from "../../host/gateway";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  row: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    listStyleType: "none",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  meta: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface IgnoredListProps {
  ignored: readonly string[];
  /** The last check's findings, to show an ignored finding's message when it is still there. */
  findings: readonly Finding[];
  rules: readonly RuleInfo[];
  disabled: boolean;
  onRestore(keys: readonly string[]): void;
}

export function IgnoredList({ ignored, findings, rules, disabled, onRestore }: IgnoredListProps) {
  const styles = useStyles();
  const s = useStrings();
  const [open, setOpen] = useState(false);
  if (ignored.length === 0) return null;
  const byKey = new Map<string, Finding>();
  for (const f of findings) byKey.set(findingKey(f), f);
  const describe = (key: string): { text: string; meta: string } => {
    const f = byKey.get(key);
    const [ruleId, ...rest] = key.split("|");
    if (f) {
      const address = s.cellAddress({ sheet: f.sheet, cell: f.cell, line: f.line, showSheet: true });
      return { text: f.message, meta: [f.project, address].filter(Boolean).join(" · ") };
    }
    const rule = rules.find((r) => r.id === ruleId);
    return {
      text: rule?.description ?? ruleId,
      meta: [...rest.filter(Boolean), s.notInLastCheck].join(" · "),
    };
  };
  return (
    <Accordion collapsible openItems={open ? ["ignored"] : []} onToggle={() => setOpen((o) => !o)}>
      <AccordionItem value="ignored">
        <AccordionHeader expandIconPosition="start">{s.ignoredHeading(ignored.length)}</AccordionHeader>
        {/* Rendered only while open: React 18 drops Fluent's `inert` on a closing panel. */}
        {open && (
          <AccordionPanel>
            <ul className={styles.list}>
              {ignored.map((key) => {
                const d = describe(key);
                return (
                  <li key={key} className={styles.row}>
                    <span className={styles.text}>
                      {d.text}
                      <span className={styles.meta}>{d.meta}</span>
                    </span>
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<ArrowUndoRegular />}
                      disabled={disabled}
                      aria-label={s.restoreLabel(d.text)}
                      onClick={() => onRestore([key])}
                    >
                      {s.restore}
                    </Button>
                  </li>
                );
              })}
            </ul>
            <Button size="small" disabled={disabled} onClick={() => onRestore(ignored)}>
              {s.restoreAll}
            </Button>
          </AccordionPanel>
        )}
      </AccordionItem>
    </Accordion>
  );
}
