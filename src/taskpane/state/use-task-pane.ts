/**
 * The pane's state and every action it takes on the workbook, through the gateway it is given.
 * Each gateway call resolves to a value; a call that throws anyway (a bug, a host failure) becomes an
 * error message too, so the pane never breaks and never hides a failure.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../core/check";
import type { Finding } from "../../core/finding";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { findingKey, type StoredState, type WorkbookGateway } from "../../excel/gateway";
import type { Strings } from "../i18n";
import { clearMessage, markMessage } from "./result-text";
import { settle } from "./settle";

export type Busy = null | "load" | "check" | "mark" | "clear" | "save";

/** What a message is about; the pane shows one message at a time, and dismissing names its slot. */
export type MessageSlot = "load" | "check" | "mark" | "clear" | "select" | "save" | "template";

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
  select(finding: Finding): Promise<void>;
  ignore(finding: Finding): Promise<void>;
  restore(keys: readonly string[]): Promise<void>;
  /** Resolves true when saved. */
  saveSettings(settings: Settings): Promise<boolean>;
  dismiss(slot: MessageSlot): void;
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

  const check = useCallback(async () => {
    setBusy("check");
    setProgress(0);
    setMessages([]);
    await yieldToEventLoop();
    const outcome = await settle(() => gateway.check(storedRef.current.settings, (f) => setProgress(f)));
    if (outcome.ok) {
      setResult(outcome.value);
      setRunId((n) => n + 1);
    } else show({ slot: "check", intent: "error", text: strings.unexpected(outcome.message) });
    setBusy(null);
  }, [gateway, show, dismiss, strings]);

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

  const saveSettings = useCallback(
    async (settings: Settings) => {
      setBusy("save");
      const ok = await persist({ ...storedRef.current, settings });
      if (ok) show({ slot: "save", intent: "success", text: strings.saved });
      setBusy(null);
      return ok;
    },
    [persist, show, strings],
  );

  return [
    { stored, result, runId, busy, progress, messages, hasMarks },
    { check, mark, clearMarks, select, ignore, restore, saveSettings, dismiss },
  ];
}
