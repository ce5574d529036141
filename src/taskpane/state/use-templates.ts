/**
 * The 模板 tab's dealings with the workbook: read the selected project, know the last insertion, insert
 * a plan, undo. Like useTaskPane: every call resolves to a value; a call that throws anyway becomes a
 * message too.
 */
import { useCallback, useEffect, useState } from "react";
import type { Settings } from "../../core/settings";
import type { InsertionPlan, InsertionTarget } from "../../host/insert";
import type { LastInsertion, WorkbookGateway } from "../../host/gateway";
import type { Strings } from "../i18n";
import type { PaneMessage } from "./use-task-pane";
import { settle } from "./settle";

export type TemplatesBusy = null | "read" | "insert" | "undo";

/** Why the selection was read: the tab opened, the user asked (读取所选行), or an insert or undo landed. */
export type ReadCause = "open" | "user" | "insert" | "undo";

export interface TemplatesState {
  target: InsertionTarget | null;
  /** Counts reads of the selection: the form starts afresh with each. */
  readId: number;
  /** Why the last read happened: after an insert or undo the form keeps the template used. */
  readCause: ReadCause;
  last: LastInsertion | null;
  busy: TemplatesBusy;
  message: PaneMessage | null;
}

export interface TemplatesActions {
  /** 读取所选行 (the user's own read). */
  read(): Promise<void>;
  /** Resolves true when written. */
  insert(plan: InsertionPlan, confirmed: boolean): Promise<boolean>;
  undo(): Promise<void>;
  dismiss(): void;
}

export function useTemplates(
  gateway: WorkbookGateway,
  settings: Settings,
  strings: Strings,
): [TemplatesState, TemplatesActions] {
  const [target, setTarget] = useState<InsertionTarget | null>(null);
  const [readId, setReadId] = useState(0);
  const [readCause, setReadCause] = useState<ReadCause>("open");
  const [last, setLast] = useState<LastInsertion | null>(null);
  const [busy, setBusy] = useState<TemplatesBusy>("read");
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const error = (text: string): PaneMessage => ({ slot: "template", intent: "error", text });

  const refreshLast = useCallback(async () => {
    const out = await settle(() => gateway.lastInsertion());
    setLast(out.ok ? out.value : null);
  }, [gateway]);

  const readFor = useCallback(
    async (cause: ReadCause) => {
      setBusy("read");
      const out = await settle(() => gateway.selectedProject(settings));
      if (out.ok) {
        setTarget(out.value);
        setMessage(null);
      } else {
        setTarget(null);
        setMessage(error(strings.unexpected(out.message)));
      }
      setReadCause(cause);
      setReadId((n) => n + 1);
      setBusy(null);
    },
    [gateway, settings, strings],
  );
  const read = useCallback(() => readFor("user"), [readFor]);

  useEffect(() => {
    void readFor("open");
    void refreshLast();
    // Read once when the tab opens; later reads are the user's (读取所选行) or follow an insertion.
  }, [gateway]);

  const insert = useCallback(
    async (plan: InsertionPlan, confirmed: boolean) => {
      setBusy("insert");
      const out = await settle(() => gateway.insertTemplate(plan, { confirmedOverwrite: confirmed }));
      setBusy(null);
      if (!out.ok) {
        setMessage(error(strings.unexpected(out.message)));
        return false;
      }
      setLast({ sheet: out.value.sheet, summary: out.value.summary });
      // Read again: the form starts from what the sheet holds now, on the template just used.
      await readFor("insert");
      setMessage({
        slot: "template",
        intent: "success",
        text: strings.templates.inserted(out.value.summary),
      });
      return true;
    },
    [gateway, readFor, strings],
  );

  const undo = useCallback(async () => {
    setBusy("undo");
    const out = await settle(() => gateway.undoInsertion());
    setBusy(null);
    await refreshLast();
    if (!out.ok) {
      setMessage(error(strings.unexpected(out.message)));
      return;
    }
    await readFor("undo");
    setMessage({ slot: "template", intent: "success", text: out.value.summary });
  }, [gateway, readFor, refreshLast, strings]);

  const dismiss = useCallback(() => setMessage(null), []);
  return [
    { target, readId, readCause, last, busy, message },
    { read, insert, undo, dismiss },
  ];
}
