/**
 * The findings: errors, then warnings, then 提示 folded into one line per rule (expandable). The whole
 * list is one Tab stop: the arrow keys move between rows (and → to a row's 忽略), Enter or a click
 * selects the finding's cell in the sheet; 上一条/下一条 step and select. Each run of rows renders its
 * first rows until the user asks for more, so thousands of findings do not freeze the pane. A new list
 * shows a screenful of rows first and the rest of them once that is painted (aria-busy meanwhile), so
 * the first findings are on screen without waiting for the rows below them.
 */
import {
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
  useId,
  createFocusOutlineStyle,
} from "@fluentui/react-components";
import {
  ArrowDownRegular,
  ArrowUpRegular,
  ChevronDownRegular,
  ChevronRightRegular,
} from "@fluentui/react-icons";
import { startTransition, useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/finding";
import { ruleName } from "../../core/report/rule-names";
import { useStrings } from "../i18n";
import type { FindingList, FindingsView } from "../state/findings-view";
import { FindingRow } from "./FindingRow";
import { SeverityIcon } from "./SeverityIcon";
import { useVisuallyHidden } from "./visually-hidden";

/** Rows rendered per list before 显示更多. */
export const ROW_PAGE = 50;
/** Rows of a new list's first render, over all its runs: more than a tall pane shows. */
export const FIRST_ROWS = 12;

/** At the latest after this long, ms: a hidden page paints no frames (and runs no animation frames). */
const PAINT_WAIT_MS = 100;

/** Call `work` once, after the next frame has been painted (or PAINT_WAIT_MS); a function that cancels it. */
function afterNextPaint(work: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fallback = setTimeout(once, PAINT_WAIT_MS);
  // A task queued from an animation frame callback runs after that frame is painted.
  const frame =
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => (timer = setTimeout(once, 0)))
      : undefined;
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  heading: {
    margin: 0,
    flexGrow: 1,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  position: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  sectionHeading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { margin: 0, padding: 0 },
  ruleItem: { listStyleType: "none" },
  ruleToggle: {
    position: "relative",
    display: "flex",
    width: "100%",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  ruleName: { flexGrow: 1, minWidth: 0 },
  ruleCount: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  nested: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  more: { alignSelf: "flex-start" },
});

export interface FindingsListProps {
  view: FindingsView;
  /** The id of the heading element the list is labelled by. */
  headingId: string;
  /** 提示 rule lists open from the start (a rule filter is set, or only 提示 are listed). */
  openInfo?: boolean;
  onSelect(finding: Finding): void;
  onIgnore(finding: Finding): void;
  /** 补全缺失类别 for a finding about a missing or empty category (the 模板 tab). */
  onFix?(finding: Finding): void;
}

export function FindingsList({
  view,
  headingId,
  openInfo = false,
  onSelect,
  onIgnore,
  onFix,
}: FindingsListProps) {
  const styles = useStyles();
  const s = useStrings();
  const { sections, ordered } = view;
  const [current, setCurrent] = useState<number | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() =>
    openInfo ? new Set(sections.flatMap((sec) => sec.lists.map((l) => l.id))) : new Set(),
  );
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  // The first render shows FIRST_ROWS rows; all of them (up to each run's limit) once it is painted.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (complete) return;
    return afterNextPaint(() => startTransition(() => setComplete(true)));
  }, [complete]);
  const rows = useRef(new Map<number, HTMLButtonElement>());
  const focusPending = useRef<number | null>(null);
  const hintId = useId("findings-hint");
  const hidden = useVisuallyHidden();
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });

  // After an ignore the list shrinks: keep the position, within bounds.
  const position = current !== null && current < ordered.length ? current : null;
  const isOpen = (list: FindingList) => list.severity !== "info" || open.has(list.id);
  const limitOf = (list: FindingList) => limits[list.id] ?? ROW_PAGE;

  const goTo = (index: number, focus: boolean) => {
    const item = ordered[index];
    if (!item) return;
    const list = sections.flatMap((sec) => sec.lists).find((l) => l.id === item.list);
    if (list) {
      const at = list.items.indexOf(item);
      setOpen((o) => (o.has(list.id) ? o : new Set([...o, list.id])));
      setLimits((l) =>
        at < (l[list.id] ?? ROW_PAGE) ? l : { ...l, [list.id]: Math.ceil((at + 1) / ROW_PAGE) * ROW_PAGE },
      );
    }
    setComplete(true);
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

  const step = (delta: number) => {
    if (ordered.length === 0) return;
    const next =
      position === null
        ? delta > 0
          ? 0
          : ordered.length - 1
        : Math.min(ordered.length - 1, Math.max(0, position + delta));
    goTo(next, true);
  };

  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // The first render's rows, taken by the runs on screen in the order they appear.
  const firstRows = new Map<string, number>();
  if (!complete) {
    let left = FIRST_ROWS;
    for (const sec of sections) {
      for (const list of sec.severity !== "info" ? sec.lists.slice(0, 1) : sec.lists.filter(isOpen)) {
        const n = Math.min(limitOf(list), list.items.length, left);
        firstRows.set(list.id, n);
        left -= n;
      }
    }
  }
  const renderRows = (list: FindingList) => {
    const limit = limitOf(list);
    const shown = complete ? limit : (firstRows.get(list.id) ?? 0);
    return (
      <>
        {list.items.slice(0, shown).map((item) => (
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
        {complete && list.items.length > limit && (
          <li className={styles.ruleItem}>
            <Button
              className={styles.more}
              appearance="subtle"
              size="small"
              onClick={() => setLimits((l) => ({ ...l, [list.id]: limit + ROW_PAGE }))}
            >
              {s.showMore(list.items.length - limit)}
            </Button>
          </li>
        )}
      </>
    );
  };

  return (
    <>
      <div className={styles.bar}>
        <Text as="h2" id={headingId} className={styles.heading}>
          {s.findingsHeading}
        </Text>
        <Text className={styles.position} aria-live="polite">
          {position === null ? s.groupCount(ordered.length) : s.position(position + 1, ordered.length)}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUpRegular />}
          onClick={() => step(-1)}
          disabled={ordered.length === 0 || position === 0}
          aria-label={s.previous}
          title={s.previous}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDownRegular />}
          onClick={() => step(1)}
          disabled={ordered.length === 0 || position === ordered.length - 1}
          aria-label={s.next}
          title={s.next}
        />
      </div>
      {ordered.length === 0 ? (
        <Text>{s.filteredEmpty}</Text>
      ) : (
        <div
          {...arrows}
          aria-labelledby={headingId}
          aria-describedby={hintId}
          aria-busy={complete ? undefined : true}
          role="group"
        >
          <span id={hintId} className={hidden}>
            {s.keyboardHint}
          </span>
          {sections.map((sec) => (
            <section key={sec.severity} aria-label={`${s.severity[sec.severity]} ${sec.count}`}>
              <Text as="h3" className={styles.sectionHeading}>
                <SeverityIcon severity={sec.severity} labelled={false} />
                {`${s.severity[sec.severity]} ${sec.count}`}
              </Text>
              {sec.severity !== "info" ? (
                <ul className={styles.list}>{renderRows(sec.lists[0])}</ul>
              ) : (
                <ul className={styles.list}>
                  {sec.lists.map((list) => (
                    <li key={list.id} className={styles.ruleItem}>
                      <button
                        type="button"
                        className={styles.ruleToggle}
                        aria-expanded={isOpen(list)}
                        title={list.ruleId}
                        onClick={() => toggle(list.id)}
                      >
                        {isOpen(list) ? <ChevronDownRegular /> : <ChevronRightRegular />}
                        <span className={styles.ruleName}>{ruleName(list.ruleId ?? "")}</span>
                        <span className={styles.ruleCount}>{s.groupCount(list.items.length)}</span>
                      </button>
                      {isOpen(list) && (
                        <ul className={mergeClasses(styles.list, styles.nested)}>{renderRows(list)}</ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
