/**
 * The template library: the built-in types plus a unit's own (a JSON file for the CLI, text saved in
 * the workbook for the pane). A unit's template with the id or name of a built-in one replaces it.
 * Templates are found by id (meeting), Chinese name (会议) or alias (会议费).
 */
import { jsonErrorPlace, stripBom } from "../text/json-text";
import { compileTemplate } from "./compile";
import { BUILTIN_TEMPLATE_DEFS } from "./library/index";
import type { Template } from "./types";

export interface TemplateLibrary {
  /** Built-in order, a unit's new templates after them. */
  readonly templates: readonly Template[];
  find(name: string): Template | undefined;
  /** The template suggested when no keyword matches. */
  readonly fallback: Template | undefined;
}

/** Templates in one file: a unit uses a few dozen; the bound keeps recognition cheap on any text. */
export const MAX_UNIT_TEMPLATES = 200;

export type LoadResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

function compileBuiltins(): Template[] {
  const out: Template[] = [];
  for (const def of BUILTIN_TEMPLATE_DEFS) {
    const r = compileTemplate(def, "builtin", "内置模板");
    // A broken built-in is a programming error caught by the library's tests, not a user's problem.
    if (!r.ok) throw new Error(r.errors.join("\n"));
    out.push(r.template);
  }
  return out;
}

let builtins: Template[] | undefined;

/** The compiled built-in templates (compiled once). */
export function builtinTemplates(): readonly Template[] {
  builtins ??= compileBuiltins();
  return builtins;
}

/**
 * A unit's templates from parsed JSON: a list of templates or {"templates": [...]}. Every problem is
 * reported (nothing half-loaded): the file is either accepted whole or not at all.
 */
export function loadTemplates(input: unknown): LoadResult {
  const list = Array.isArray(input)
    ? input
    : typeof input === "object" &&
        input !== null &&
        Array.isArray((input as { templates?: unknown }).templates)
      ? (input as { templates: unknown[] }).templates
      : null;
  if (list === null) {
    return { ok: false, errors: ['模板文件应为模板列表 [ … ]，或 {"templates": [ … ]}。'] };
  }
  if (list.length > MAX_UNIT_TEMPLATES) {
    return {
      ok: false,
      errors: [`模板文件中有 ${list.length} 个模板，最多 ${MAX_UNIT_TEMPLATES} 个。请删去不用的模板。`],
    };
  }
  const errors: string[] = [];
  const templates: Template[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, i) => {
    const r = compileTemplate(raw, "unit", `第 ${i + 1} 个模板`);
    if (!r.ok) {
      errors.push(...r.errors);
      return;
    }
    for (const key of [r.template.id, r.template.name]) {
      const first = seen.get(key);
      if (first !== undefined)
        errors.push(`第 ${i + 1} 个模板「${r.template.name}」：「${key}」与第 ${first + 1} 个模板重复。`);
      else seen.set(key, i);
    }
    templates.push(r.template);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}

/**
 * A unit's templates from JSON text (a .json file, or the text the pane saved in the workbook): a
 * byte-order mark is allowed, text that is not JSON says where it breaks, and every message starts
 * with `shownAs` (模板文件 本单位模板.json).
 */
export function loadTemplatesText(text: string, shownAs = "模板文本"): LoadResult {
  const t = stripBom(text);
  let input: unknown;
  try {
    input = JSON.parse(t);
  } catch (e) {
    return { ok: false, errors: [`${shownAs} 不是有效的 JSON${jsonErrorPlace(t, e)}。`] };
  }
  let r: LoadResult;
  try {
    r = loadTemplates(input);
  } catch (e) {
    // A limit missed somewhere must still end in a message (the pane shows it; the CLI exits 2).
    r = { ok: false, errors: [`无法读取（${e instanceof Error ? e.message : String(e)}）。`] };
  }
  return r.ok ? r : { ok: false, errors: r.errors.map((m) => `${shownAs}：${m}`) };
}

/** The library: built-ins, then the unit's templates (which replace built-ins of the same id or name). */
export function createLibrary(unitTemplates: readonly Template[] = []): TemplateLibrary {
  const list: Template[] = [];
  for (const b of builtinTemplates()) {
    const own = unitTemplates.find((u) => u.id === b.id || u.name === b.name);
    list.push(own && !list.includes(own) ? own : b);
  }
  for (const u of unitTemplates) if (!list.includes(u)) list.push(u);
  const index = new Map<string, Template>();
  // Ids and names first, so an alias never hides another template's id or name.
  for (const t of list) {
    index.set(t.id.toLowerCase(), t);
    index.set(t.name, t);
  }
  for (const t of list) for (const a of t.aliases) if (!index.has(a)) index.set(a, t);
  return {
    templates: list,
    find: (name) => index.get(name.trim()) ?? index.get(name.trim().toLowerCase()),
    fallback: list.find((t) => t.fallback),
  };
}
