/**
 * The unit's own templates in the 模板 tab: read from the workbook when the tab opens, imported from a
 * .json file the accountant picks (read here, in the pane: the file never leaves the computer), removed
 * on request. A file is validated whole by the core before anything is saved; its problems are listed
 * in Chinese and the workbook keeps what it had. Every call resolves; a call that throws anyway becomes
 * a message too.
 */
import { useCallback, useEffect, useState } from "react";
import {
  builtinTemplates,
  sheetProblemText,
  templatesFromSheet,
  templateSheetRows,
  type Template,
} from "../../core/templates";
import type { WorkbookGateway } from "../../host/gateway";
import { checkUnitTemplatesText, MAX_UNIT_TEMPLATES_BYTES, tooLargeMessage } from "../../host/unit-templates";
import type { Strings } from "../i18n";
import { settle } from "./settle";

export type UnitBusy = null | "load" | "import" | "sheet" | "generate" | "remove";

export interface UnitNotice {
  intent: "success" | "error";
  text: string;
}

export interface UnitTemplatesState {
  /** Read from the workbook (or failed to): the form waits for it, so suggestions include them. */
  loaded: boolean;
  templates: readonly Template[];
  /** Why the saved templates could not be used; the built-ins still work. */
  warnings: readonly string[];
  /** The picked file's or sheet's problems (nothing was saved), under a title that names it. */
  rejected: { title: string; errors: readonly string[] } | null;
  busy: UnitBusy;
  notice: UnitNotice | null;
}

export interface UnitTemplatesActions {
  importFile(file: File): Promise<void>;
  /** 从当前工作表导入: the active sheet's templates (null when the host cannot read a sheet). */
  importSheet: (() => Promise<void>) | null;
  /** 生成模板工作表: the template as a sheet to start from (null when the host cannot add one). */
  generateSheet: ((template: Template) => Promise<void>) | null;
  remove(): Promise<void>;
  dismiss(): void;
}

const NO_TEMPLATES: readonly Template[] = [];

/** A picked file's text (UTF-8), through FileReader: only this computer is involved. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("无法读取文件"));
    reader.readAsText(file, "utf-8");
  });
}

/** Names of the built-ins the unit's templates replace (same id or name), as createLibrary does. */
export function replacedBuiltins(templates: readonly Template[]): string[] {
  return builtinTemplates()
    .filter((b) => templates.some((u) => u.id === b.id || u.name === b.name))
    .map((b) => b.name);
}

export function useUnitTemplates(
  gateway: WorkbookGateway,
  strings: Strings,
): [UnitTemplatesState, UnitTemplatesActions] {
  const s = strings.templates;
  const [loaded, setLoaded] = useState(false);
  const [templates, setTemplates] = useState<readonly Template[]>(NO_TEMPLATES);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [rejected, setRejected] = useState<UnitTemplatesState["rejected"]>(null);
  const [busy, setBusy] = useState<UnitBusy>("load");
  const [notice, setNotice] = useState<UnitNotice | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const out = await settle(() => gateway.loadUnitTemplates());
      if (!live) return;
      if (out.ok) {
        setTemplates(out.value.templates.length ? out.value.templates : NO_TEMPLATES);
        setWarnings(out.value.warnings ?? []);
      } else {
        setWarnings([s.unitLoadFailed(out.message)]);
      }
      setLoaded(true);
      setBusy(null);
    })();
    return () => {
      live = false;
    };
    // Read once per gateway, when the tab opens.
  }, [gateway]);

  const importFile = useCallback(
    async (file: File) => {
      const shownAs = `模板文件「${file.name}」`;
      setNotice(null);
      setRejected(null);
      // Refused before reading: a huge file is not read into the pane at all.
      if (file.size > MAX_UNIT_TEMPLATES_BYTES) {
        setRejected({ title: s.unitRejected(file.name), errors: [tooLargeMessage(shownAs, file.size)] });
        return;
      }
      setBusy("import");
      let text: string;
      try {
        text = await readFileText(file);
      } catch (err) {
        setBusy(null);
        setRejected({
          title: s.unitRejected(file.name),
          errors: [s.unitUnreadable(err instanceof Error ? err.message : String(err))],
        });
        return;
      }
      let checked: ReturnType<typeof checkUnitTemplatesText>;
      try {
        checked = checkUnitTemplatesText(text, shownAs);
      } catch (err) {
        // The core reports problems as values; should it throw anyway, the spinner must still end.
        checked = { ok: false, errors: [s.unitUnreadable(err instanceof Error ? err.message : String(err))] };
      }
      if (!checked.ok) {
        setBusy(null);
        setRejected({ title: s.unitRejected(file.name), errors: checked.errors });
        return;
      }
      await save(text, "import", (n, replaced) => s.unitImported(n, replaced));
    },
    [gateway, strings],
  );

  /** Save checked template text in the workbook; the message says what was imported. */
  async function save(
    text: string,
    kind: UnitBusy,
    said: (n: number, replaced: string[]) => string,
  ): Promise<void> {
    setBusy(kind);
    const out = await settle(() => gateway.saveUnitTemplates(text));
    setBusy(null);
    if (!out.ok) {
      setNotice({ intent: "error", text: strings.unexpected(out.message) });
      return;
    }
    setTemplates(out.value.templates);
    setWarnings([]);
    setNotice({
      intent: "success",
      text: said(out.value.templates.length, replacedBuiltins(out.value.templates)),
    });
  }

  const readSheet = gateway.readSheet?.bind(gateway);
  const importSheet = useCallback(async () => {
    if (!readSheet) return;
    setNotice(null);
    setRejected(null);
    setBusy("sheet");
    const active = await settle(() => gateway.activeCell());
    const read = active.ok ? await settle(() => readSheet(active.value.sheet)) : active;
    if (!read.ok) {
      setBusy(null);
      setNotice({ intent: "error", text: strings.unexpected(read.message) });
      return;
    }
    const name = read.value.name;
    let found: ReturnType<typeof templatesFromSheet>;
    try {
      found = templatesFromSheet(read.value);
    } catch (err) {
      found = {
        ok: false,
        problems: [
          { cell: "A1", message: s.unitUnreadable(err instanceof Error ? err.message : String(err)) },
        ],
      };
    }
    if (!found.ok) {
      setBusy(null);
      setRejected({
        title: s.unitSheetRejected(name),
        errors: found.problems.map((p) => sheetProblemText(name, p)),
      });
      return;
    }
    await save(JSON.stringify({ templates: found.templates }, null, 2), "sheet", (n, replaced) =>
      s.unitSheetImported(n, name, replaced),
    );
  }, [gateway, strings]);

  const addTemplateSheet = gateway.addTemplateSheet?.bind(gateway);
  const generateSheet = useCallback(
    async (template: Template) => {
      if (!addTemplateSheet) return;
      setNotice(null);
      setRejected(null);
      setBusy("generate");
      const out = await settle(() => addTemplateSheet(templateSheetRows([template.def])));
      setBusy(null);
      setNotice(
        out.ok
          ? { intent: "success", text: out.value.summary }
          : { intent: "error", text: strings.unexpected(out.message) },
      );
    },
    [gateway, strings],
  );

  const remove = useCallback(async () => {
    setNotice(null);
    setRejected(null);
    setBusy("remove");
    const out = await settle(() => gateway.removeUnitTemplates());
    setBusy(null);
    if (!out.ok) {
      setNotice({ intent: "error", text: strings.unexpected(out.message) });
      return;
    }
    setTemplates(NO_TEMPLATES);
    setWarnings([]);
    setNotice({ intent: "success", text: s.unitRemoved });
  }, [gateway, strings]);

  const dismiss = useCallback(() => {
    setNotice(null);
    setRejected(null);
  }, []);

  return [
    { loaded, templates, warnings, rejected, busy, notice },
    {
      importFile,
      importSheet: readSheet ? importSheet : null,
      generateSheet: addTemplateSheet ? generateSheet : null,
      remove,
      dismiss,
    },
  ];
}
