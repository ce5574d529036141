/**
 * The findings grouped by project (collapsible), with previous/next and keyboard stepping (↑ ↓ / J K).
 * Stepping or clicking selects the finding's cell in the sheet. Only the first groups are rendered until
 * the user asks for more, so a workbook with thousands of projects does not freeze the pane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
  type AccordionToggleEvent,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../core/finding";
import { useStrings } from "../i18n";
import type { FindingGroup, FindingsView } from "../state/findings-view";
import { FindingRow } from "./FindingRow";

const GROUP_PAGE = 50;
/** Open every group when the whole list is short; otherwise only the first few. */
const OPEN_ALL_BELOW = 60;
const OPEN_FIRST = 3;

const useStyles = makeStyles({
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  position: { color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0 },
  header: { overflowWrap: "anywhere" },
  groupMeta: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
  },
});

export interface FindingsListProps {
  view: FindingsView;
  onSelect(finding: Finding): void;
  onIgnore(finding: Finding): void;
  /** 补全缺失类别 for a finding about a missing or empty category (the 模板 tab). */
  onFix?(finding: Finding): void;
}

function initiallyOpen(groups: readonly FindingGroup[], total: number): string[] {
  return (total <= OPEN_ALL_BELOW ? groups : groups.slice(0, OPEN_FIRST)).map((g) => g.id);
}

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
}

export function FindingsList({ view, onSelect, onIgnore, onFix }: FindingsListProps) {
  const styles = useStyles();
  const s = useStrings();
  const { groups, ordered } = view;
  const [current, setCurrent] = useState<number | null>(null);
  const [openItems, setOpenItems] = useState<string[]>(() => initiallyOpen(groups, ordered.length));
  const [limit, setLimit] = useState(GROUP_PAGE);
  const rows = useRef(new Map<number, HTMLButtonElement>());
  const focusPending = useRef<number | null>(null);

  // After an ignore the list shrinks: keep the position, within bounds.
  const position = current !== null && current < ordered.length ? current : null;

  const goTo = (index: number, focus: boolean) => {
    const item = ordered[index];
    if (!item) return;
    const id = groups[item.group].id;
    setOpenItems((open) => (open.includes(id) ? open : [...open, id]));
    setLimit((l) => (item.group < l ? l : Math.ceil((item.group + 1) / GROUP_PAGE) * GROUP_PAGE));
    setCurrent(index);
    focusPending.current = focus ? index : null;
    onSelect(item.finding);
  };

  useEffect(() => {
    if (focusPending.current === null) return;
    const el = rows.current.get(focusPending.current);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: "nearest" });
      focusPending.current = null;
    }
  });

  const step = (delta: number, focus: boolean) => {
    if (ordered.length === 0) return;
    const next =
      position === null
        ? delta > 0
          ? 0
          : ordered.length - 1
        : Math.min(ordered.length - 1, Math.max(0, position + delta));
    goTo(next, focus);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
    const key = e.key;
    if (key === "ArrowDown" || key === "j" || key === "J") step(1, true);
    else if (key === "ArrowUp" || key === "k" || key === "K") step(-1, true);
    else return;
    e.preventDefault();
  };

  const onToggle = (_e: AccordionToggleEvent, data: AccordionToggleData<string>) =>
    setOpenItems(data.openItems);

  if (ordered.length === 0) return <Text>{s.filteredEmpty}</Text>;

  const shown = groups.slice(0, limit);
  return (
    <>
      <div className={styles.nav}>
        <Button
          size="small"
          icon={<ArrowUpRegular />}
          onClick={() => step(-1, false)}
          disabled={position === 0}
        >
          {s.previous}
        </Button>
        <Button
          size="small"
          icon={<ArrowDownRegular />}
          onClick={() => step(1, false)}
          disabled={position === ordered.length - 1}
        >
          {s.next}
        </Button>
        <Text className={styles.position} aria-live="polite">
          {position === null ? s.groupCount(ordered.length) : s.position(position + 1, ordered.length)}
        </Text>
      </div>
      <Text className={styles.hint}>{s.keyboardHint}</Text>
      {/* J/K and the arrow keys move between the findings inside (each one a focusable button). */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- delegates keys to the buttons inside */}
      <div onKeyDown={onKeyDown}>
        <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
          {shown.map((g) => (
            <AccordionItem key={g.id} value={g.id}>
              <AccordionHeader expandIconPosition="start" className={styles.header}>
                {g.project || s.noProject}
                {view.manySheets && s.groupSheet(g.sheet)}
                <span className={styles.groupMeta}>{s.groupCount(g.items.length)}</span>
              </AccordionHeader>
              {/* Rendered only while open: React 18 drops Fluent's `inert` on a closing panel. */}
              {openItems.includes(g.id) && (
                <AccordionPanel>
                  <ul className={styles.list}>
                    {g.items.map((item) => (
                      <FindingRow
                        key={`${item.index}|${item.key}`}
                        ref={(el) => {
                          if (el) rows.current.set(item.index, el);
                          else rows.current.delete(item.index);
                        }}
                        finding={item.finding}
                        index={item.index}
                        current={item.index === position}
                        showSheet={view.manySheets}
                        onActivate={(i) => goTo(i, false)}
                        onIgnore={onIgnore}
                        onFix={onFix}
                      />
                    ))}
                  </ul>
                </AccordionPanel>
              )}
            </AccordionItem>
          ))}
        </Accordion>
        {groups.length > limit && (
          <Button appearance="subtle" onClick={() => setLimit(limit + GROUP_PAGE)}>
            {s.showMore(groups.length - limit)}
          </Button>
        )}
      </div>
    </>
  );
}
