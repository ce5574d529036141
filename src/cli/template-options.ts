/**
 * What `jixiao template show` and `new` share: the library (with --templates), settings (--config),
 * the type, --amount, --profile and --param values, checked with validateParams before anything is
 * printed or written. Every mistake is one Chinese line on stderr and exit code 2.
 */
import * as path from "path";
import Decimal from "decimal.js";
import { DEFAULT_SETTINGS, type Profile, type Settings } from "../core/settings";
import {
  createLibrary,
  resolveParams,
  showParam,
  validateParams,
  type ParamProblem,
  type ParamValues,
  type Template,
  type TemplateLibrary,
} from "../core/templates";
import { loadConfig } from "./config";
import { EXIT, type CliIO } from "./io";
import { loadUnitTemplates } from "./template-files";

export interface TemplateCommonOptions {
  templates?: string;
  config?: string;
}

export interface TemplateListOptions extends TemplateCommonOptions {
  format?: string;
}

export interface TemplateRenderOptions extends TemplateCommonOptions {
  amount?: string;
  param?: string[];
  profile?: string;
  format?: string;
}

export interface TemplateNewOptions extends TemplateRenderOptions {
  layout?: string;
  out?: string;
  name?: string;
  force?: boolean;
}

/** Shown by `show` when no amount is given: totals need one. */
export const EXAMPLE_AMOUNT = new Decimal(10);

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: number };

export function fail(io: CliIO, messages: string | string[]): { ok: false; code: number } {
  for (const m of Array.isArray(messages) ? messages : [messages]) io.stderr(`${m}\n`);
  return { ok: false, code: EXIT.usage };
}

export async function loadContext(
  opts: TemplateCommonOptions,
  io: CliIO,
): Promise<Outcome<{ library: TemplateLibrary; settings: Settings }>> {
  const cwd = io.cwd ?? process.cwd();
  let settings = DEFAULT_SETTINGS;
  if (opts.config !== undefined) {
    const loaded = await loadConfig(path.resolve(cwd, opts.config), opts.config);
    if (!loaded.ok) return fail(io, [...loaded.errors, "设置文件有误，未生成指标。请修改设置文件后再运行。"]);
    // A bad field falls back to its default (the message says which): said, and the rest is used.
    for (const w of loaded.warnings) io.stderr(`${w}\n`);
    settings = loaded.settings;
  }
  let unit: Template[] = [];
  if (opts.templates !== undefined) {
    const loaded = await loadUnitTemplates(path.resolve(cwd, opts.templates), opts.templates);
    if (!loaded.ok) return fail(io, [...loaded.errors, "模板文件有误，未使用其中任何模板。请修改后再运行。"]);
    unit = loaded.templates;
  }
  return { ok: true, value: { library: createLibrary(unit), settings } };
}

export function findTemplate(library: TemplateLibrary, name: string, io: CliIO): Outcome<Template> {
  const t = library.find(name);
  if (t) return { ok: true, value: t };
  const all = library.templates.map((x) => `${x.name}（${x.id}）`).join("、");
  return fail(
    io,
    `没有名为「${name}」的指标模板。可用的模板：${all}。运行 jixiao template list 查看各模板的参数。`,
  );
}

const AMOUNT_TEXT = /^\d+(\.\d+)?$/;

export function parseAmount(text: string | undefined, io: CliIO, required: boolean): Outcome<Decimal | null> {
  if (text === undefined) {
    if (required) return fail(io, "请用 --amount 给出项目金额（万元），例如 --amount 10.85");
    return { ok: true, value: null };
  }
  const t = text
    .trim()
    .replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/万元$|万$/, "");
  if (!AMOUNT_TEXT.test(t) || new Decimal(t).lte(0)) {
    return fail(io, `--amount 应为大于 0 的项目金额（万元），例如 --amount 10.85，收到「${text}」。`);
  }
  return { ok: true, value: new Decimal(t) };
}

export function parseProfile(text: string | undefined, io: CliIO): Outcome<Profile> {
  if (text === undefined || text === "2015" || text === "2021")
    return { ok: true, value: (text ?? "2015") as Profile };
  return fail(
    io,
    `--profile 只能是 2015（财预〔2015〕88号）或 2021（财预〔2021〕101号），不能是「${text}」。`,
  );
}

export function parseParamArgs(list: readonly string[], io: CliIO): Outcome<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const m = /^([^=＝]+)[=＝](.*)$/.exec(item);
    if (!m || m[1].trim() === "" || m[2].trim() === "") {
      return fail(io, `--param 应写成「名称=值」，例如 --param 参会人数=60，收到「${item}」。`);
    }
    const key = m[1].trim();
    if (Object.prototype.hasOwnProperty.call(out, key)) return fail(io, `--param 中的「${key}」给了两次。`);
    out[key] = m[2].trim();
  }
  return { ok: true, value: out };
}

export function problemLines(template: Template, problems: readonly ParamProblem[]): string[] {
  const lines = problems.map((p) => p.message);
  const named = [...new Set(problems.map((p) => p.param).filter((p): p is string => p !== null))];
  if (named.length > 0) {
    const hint = named.map((id) => {
      const p = template.params.find((x) => x.id === id);
      return `--param ${p ? p.label : id}=…`;
    });
    lines.push(`请修改参数后再运行（${hint.join("，")}），或调整 --amount。`);
  }
  return lines;
}

export interface Prepared {
  template: Template;
  settings: Settings;
  profile: Profile;
  amount: Decimal;
  amountGiven: boolean;
  params: ParamValues;
}

/** Everything show and new share: library, type, amount, profile, parameters, validation. */
export async function prepare(
  type: string,
  opts: TemplateRenderOptions,
  io: CliIO,
  amountRequired: boolean,
): Promise<Outcome<Prepared>> {
  const ctx = await loadContext(opts, io);
  if (!ctx.ok) return ctx;
  const { library, settings } = ctx.value;
  const t = findTemplate(library, type, io);
  if (!t.ok) return t;
  const amount = parseAmount(opts.amount, io, amountRequired);
  if (!amount.ok) return amount;
  const profile = parseProfile(opts.profile, io);
  if (!profile.ok) return profile;
  const given = parseParamArgs(opts.param ?? [], io);
  if (!given.ok) return given;
  const template = t.value;
  const amt = amount.value ?? EXAMPLE_AMOUNT;
  const resolved = resolveParams(template, given.value, amt, settings.standards);
  if (!resolved.ok) return fail(io, problemLines(template, resolved.problems));
  const valid = validateParams(template, resolved.params, amt, {
    standards: settings.standards,
    profile: profile.value,
  });
  if (!valid.ok) return fail(io, problemLines(template, valid.problems));
  return {
    ok: true,
    value: {
      template,
      settings,
      profile: profile.value,
      amount: amt,
      amountGiven: amount.value !== null,
      params: resolved.params,
    },
  };
}

export function paramSummary(template: Template, params: ParamValues): string {
  return template.params
    .map((p) => `${p.label}=${showParam(params[p.id])}${p.type === "choice" ? "" : p.unit}`)
    .join("，");
}
