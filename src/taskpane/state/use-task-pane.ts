/**
 * The pane's state and every action it takes on the workbook, through the gateway it is given.
 * Each gateway call resolves to a value; a call that throws anyway (a bug, a host failure) becomes an
 * error message too, so the pane never breaks and never hides a failure.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../core/check";
import { countFindings, type Finding } from "../../core/finding";
import { columnLetters, parseA1 } from "../../core/grid";
import type { PartName, ReadingCorrection } from "../../core/model";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { findingKey, type StoredState, type WorkbookGateway } from "../../host/gateway";
import type { Strings } from "../i18n";
import { sameTarget } from "./reading-view";
import { clearMessage, markMessage } from "./result-text";
import { settle } from "./settle";

export type Busy = null | "load" | "check" | "mark" | "clear" | "save" | "results";

/** What a message is about; the pane shows one message at a time, and dismissing names its slot. */
export type MessageSlot =
  "load" | "check" | "mark" | "clear" | "select" | "save" | "reading" | "template" | "results";

export interface PaneMessage {
  slot: MessageSlot;
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export interface TaskPaneState {
  stored: StoredState;
  result: CheckResult | null;
  /** Counts successful checks (a new run resets the list's position and open groups). */
  runId: number;
  busy: Busy;
  /** 0..1 while checking. */
  progress: number;
  /** At most one: the latest result or failure (a new one replaces it). */
  messages: PaneMessage[];
  /** Whether the workbook holds marks 清除标记 can clear; null when the gateway does not say. */
  hasMarks: boolean | null;
}

export interface TaskPaneActions {
  check(): Promise<void>;
  mark(findings: readonly Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Add a 「检查结果」 sheet listing `findings` (when the gateway can). */
  addResultsSheet(findings: readonly Finding[]): Promise<void>;
  select(finding: Finding): Promise<void>;
  ignore(finding: Finding): Promise<void>;
  restore(keys: readonly string[]): Promise<void>;
  /** Resolves true when saved. */
  saveSettings(settings: Settings): Promise<boolean>;
  dismiss(slot: MessageSlot): void;
  /** Select a cell the reading names (识别结果). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** 改为当前选中的单元格: the active cell becomes this project's part; saved, then checked again. */
  correctPart(sheet: string, projectKey: string, part: PartName): Promise<void>;
  /** 指标值列改为当前选中的列: the active cell's column becomes the table's target column. */
  correctTargetColumn(sheet: string, headerRow: number): Promise<void>;
  /** 撤销更正: drop a saved correction, then check again. */
  undoCorrection(correction: ReadingCorrection): Promise<void>;
}

/** Let the browser paint (the progress bar, the disabled buttons) before the long call starts. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function useTaskPane(gateway: WorkbookGateway, strings: Strings): [TaskPaneState, TaskPaneActions] {
  const [stored, setStored] = useState<StoredState>({ settings: DEFAULT_SETTINGS, ignored: [] });
  const [result, setResult] = useState<CheckResult | null>(null);
  const [runId, setRunId] = useState(0);
  const [busy, setBusy] = useState<Busy>("load");
  const [progress, setProgress] = useState(0);
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  const [hasMarks, setHasMarks] = useState<boolean | null>(null);
  // The latest stored state for actions that save it (ignore, restore, settings) without stale closures.
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const resultRef = useRef(result);
  resultRef.current = result;

  // One message bar at a time: a stale 「已恢复 19 个单元格」 under a new result only confuses.
  const show = useCallback((message: PaneMessage) => setMessages([message]), []);
  const dismiss = useCallback(
    (slot: MessageSlot) => setMessages((all) => all.filter((m) => m.slot !== slot)),
    [],
  );

  useEffect(() => {
    let live = true;
    void settle(() => gateway.loadState()).then((loaded) => {
      if (!live) return;
      if (loaded.ok) {
        const { hasMarks: marks, ...state } = loaded.value;
        setStored(state);
        if (marks !== undefined) setHasMarks(marks);
      } else show({ slot: "load", intent: "warning", text: strings.loadStateFailed(loaded.message) });
      setBusy(null);
    });
    return () => {
      live = false;
    };
  }, [gateway, show, strings]);

  /** Check with the stored settings; the result, or null after showing why it failed. */
  const runCheck = useCallback(async (): Promise<CheckResult | null> => {
    setBusy("check");
    setProgress(0);
    setMessages([]);
    await yieldToEventLoop();
    const { settings, corrections = [] } = storedRef.current;
    const outcome = await settle(() => gateway.check(settings, (f) => setProgress(f), corrections));
    if (outcome.ok) {
      setResult(outcome.value);
      resultRef.current = outcome.value;
      setRunId((n) => n + 1);
    } else show({ slot: "check", intent: "error", text: strings.unexpected(outcome.message) });
    return outcome.ok ? outcome.value : null;
  }, [gateway, show, strings]);

  const check = useCallback(async () => {
    await runCheck();
    setBusy(null);
  }, [runCheck]);

  const mark = useCallback(
    async (findings: readonly Finding[]) => {
      if (findings.length === 0) {
        show({ slot: "mark", intent: "info", text: strings.nothingToMark });
        return;
      }
      setBusy("mark");
      dismiss("clear");
      await yieldToEventLoop();
      const outcome = await settle(() => gateway.mark(findings));
      if (outcome.ok) {
        const intent = outcome.value.skipped.length > 0 ? "warning" : "success";
        if (outcome.value.marked > 0) setHasMarks(true);
        show({ slot: "mark", intent, text: markMessage(strings, outcome.value) });
      } else show({ slot: "mark", intent: "error", text: strings.unexpected(outcome.message) });
      setBusy(null);
    },
    [gateway, show, dismiss, strings],
  );

  const clearMarks = useCallback(async () => {
    setBusy("clear");
    dismiss("mark");
    await yieldToEventLoop();
    const outcome = await settle(() => gateway.clearMarks());
    if (outcome.ok) {
      const v = outcome.value;
      const intent = v.skipped.length > 0 || v.keptUserEdits > 0 ? "warning" : "success";
      // Marks on a protected sheet stay (and can be cleared once it is unprotected).
      if (v.skipped.length === 0) setHasMarks(false);
      show({ slot: "clear", intent, text: clearMessage(strings, v) });
    } else show({ slot: "clear", intent: "error", text: strings.unexpected(outcome.message) });
    setBusy(null);
  }, [gateway, show, dismiss, strings]);

  const addResultsSheet = useCallback(
    async (findings: readonly Finding[]) => {
      if (!gateway.addResultsSheet) return;
      setBusy("results");
      await yieldToEventLoop();
      const outcome = await settle(() => gateway.addResultsSheet!(findings));
      if (outcome.ok) {
        show({
          slot: "results",
          intent: "success",
          text: strings.resultsSheetAdded(outcome.value.sheet, outcome.value.rows),
        });
      } else show({ slot: "results", intent: "error", text: strings.unexpected(outcome.message) });
      setBusy(null);
    },
    [gateway, show, strings],
  );

  const select = useCallback(
    async (finding: Finding) => {
      const outcome = await settle(() => gateway.select(finding.sheet, finding.cell));
      if (outcome.ok) dismiss("select");
      else show({ slot: "select", intent: "error", text: strings.unexpected(outcome.message) });
    },
    [gateway, show, dismiss, strings],
  );

  /** Save the new state; the pane shows it at once and says so when the workbook could not keep it. */
  const persist = useCallback(
    async (next: StoredState): Promise<boolean> => {
      setStored(next);
      storedRef.current = next;
      const outcome = await settle(() => gateway.saveState(next));
      if (!outcome.ok) show({ slot: "save", intent: "error", text: strings.saveFailed(outcome.message) });
      return outcome.ok;
    },
    [gateway, show, strings],
  );

  const ignore = useCallback(
    async (finding: Finding) => {
      const key = findingKey(finding);
      const current = storedRef.current;
      if (current.ignored.includes(key)) return;
      await persist({ ...current, ignored: [...current.ignored, key] });
    },
    [persist],
  );

  const restore = useCallback(
    async (keys: readonly string[]) => {
      const drop = new Set(keys);
      const current = storedRef.current;
      await persist({ ...current, ignored: current.ignored.filter((k) => !drop.has(k)) });
    },
    [persist],
  );

  /**
   * Save the settings; when the workbook was checked, check it again at once so the findings and counts
   * on screen follow the settings (and the message says so).
   */
  const saveSettings = useCallback(
    async (settings: Settings) => {
      setBusy("save");
      const ok = await persist({ ...storedRef.current, settings });
      if (ok && resultRef.current) {
        const fresh = await runCheck();
        if (fresh) {
          const ignored = new Set(storedRef.current.ignored);
          const active = fresh.findings.filter((f) => !ignored.has(findingKey(f)));
          const counts = fresh.tables.length === 0 ? strings.noTables : strings.counts(countFindings(active));
          show({ slot: "save", intent: "success", text: strings.savedRechecked(counts) });
        }
      } else if (ok) show({ slot: "save", intent: "success", text: strings.saved });
      setBusy(null);
      return ok;
    },
    [persist, runCheck, show, strings],
  );

  const selectCell = useCallback(
    async (sheet: string, cell: string) => {
      const outcome = await settle(() => gateway.select(sheet, cell));
      if (outcome.ok) dismiss("select");
      else show({ slot: "select", intent: "error", text: strings.unexpected(outcome.message) });
    },
    [gateway, show, dismiss, strings],
  );

  /** Save the corrections with `fix` in place of any for the same part or table (none: `drop` removed). */
  const saveCorrection = useCallback(
    async (fix: ReadingCorrection, keep: boolean, done: string) => {
      const current = storedRef.current;
      const others = (current.corrections ?? []).filter((c) => !sameTarget(c, fix));
      if (!(await persist({ ...current, corrections: keep ? [...others, fix] : others }))) return;
      await check();
      show({ slot: "reading", intent: "success", text: done });
    },
    [persist, show, check],
  );

  /** The active cell, on `sheet`; null (and a message) when it is elsewhere or cannot be read. */
  const activeOn = useCallback(
    async (sheet: string): Promise<{ row: number; col: number; cell: string } | null> => {
      const outcome = await settle(() => gateway.activeCell());
      if (!outcome.ok) {
        show({ slot: "reading", intent: "error", text: strings.unexpected(outcome.message) });
        return null;
      }
      const at = parseA1(outcome.value.cell);
      if (outcome.value.sheet !== sheet || !at) {
        show({ slot: "reading", intent: "warning", text: strings.reading.selectOnSheet(sheet) });
        return null;
      }
      return { ...at, cell: outcome.value.cell };
    },
    [gateway, show, strings],
  );

  const correctPart = useCallback(
    async (sheet: string, projectKey: string, part: PartName) => {
      const at = await activeOn(sheet);
      if (!at) return;
      const fix: ReadingCorrection = { kind: "part", sheet, projectKey, part, cell: at.cell };
      await saveCorrection(fix, true, strings.reading.corrected(part, at.cell));
    },
    [activeOn, saveCorrection, strings],
  );

  const correctTargetColumn = useCallback(
    async (sheet: string, headerRow: number) => {
      const at = await activeOn(sheet);
      if (!at) return;
      const column = columnLetters(at.col);
      const fix: ReadingCorrection = { kind: "targetColumn", sheet, headerRow, column };
      await saveCorrection(fix, true, strings.reading.columnCorrected(column));
    },
    [activeOn, saveCorrection, strings],
  );

  const undoCorrection = useCallback(
    (fix: ReadingCorrection) => saveCorrection(fix, false, strings.reading.undone),
    [saveCorrection, strings],
  );

  return [
    { stored, result, runId, busy, progress, messages, hasMarks },
    {
      check,
      mark,
      clearMarks,
      addResultsSheet,
      select,
      ignore,
      restore,
      saveSettings,
      dismiss,
      selectCell,
      correctPart,
      correctTargetColumn,
      undoCorrection,
    },
  ];
}
