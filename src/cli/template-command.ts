/**
 * `jixiao template list|show|new`: the standard indicator templates from the command line.
 *   list [--format json]                         the types with their parameters
 *   show <类型> [--amount N] [--param k=v]…       the indicator text block (and goal sentence)
 *   new <类型> --amount N [--param k=v]… --out F  a workbook with one project holding that set
 * Types are addressed by id (meeting) or Chinese name (会议). Bad input: Chinese message, exit 2.
 */
import * as path from "path";
import { promises as fs } from "fs";
import {
  goalSentence,
  layoutFor,
  renderRows,
  renderSet,
  renderWideText,
  showParam,
  type TemplateLayout,
} from "../core/templates";
import { EXIT, type CliIO } from "./io";
import {
  fail,
  loadContext,
  paramSummary,
  prepare,
  problemLines,
  type TemplateListOptions,
  type TemplateNewOptions,
  type TemplateRenderOptions,
} from "./template-options";
import { writeLayout } from "./template-workbook";

export async function runTemplateList(opts: TemplateListOptions, io: CliIO): Promise<number> {
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json")
    return fail(io, `--format 只能是 text 或 json，不能是「${format}」。`).code;
  const ctx = await loadContext(opts, io);
  if (!ctx.ok) return ctx.code;
  const { templates } = ctx.value.library;
  if (format === "json") {
    const list = templates.map((t) => ({
      id: t.id,
      name: t.name,
      aliases: t.aliases,
      source: t.source,
      fallback: t.fallback,
      description: t.description,
      keywords: t.keywords,
      params: t.def.params.map((p) => ({
        id: p.id,
        label: p.label,
        type: p.type ?? "number",
        ...(p.unit !== undefined ? { unit: p.unit } : {}),
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
        ...(p.integer ? { integer: true } : {}),
        ...(p.choices ? { choices: p.choices } : {}),
        default: p.default,
        ...(p.defaultHelp ? { defaultHelp: p.defaultHelp } : {}),
        ...(p.help ? { help: p.help } : {}),
      })),
    }));
    io.stdout(`${JSON.stringify({ templates: list }, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [`可用的指标模板（${templates.length} 个）：`, ""];
  for (const t of templates) {
    out.push(
      `${t.name}（${t.id}）${t.source === "unit" ? "  本单位模板" : ""}${t.fallback ? "  未识别出类型时使用" : ""}`,
    );
    if (t.description) out.push(`  ${t.description}`);
    if (t.keywords.length > 0) out.push(`  识别关键词：${t.keywords.join("、")}`);
    out.push("  参数：");
    for (const p of t.def.params) {
      const range =
        p.type === "choice"
          ? `可选 ${(p.choices ?? []).join("、")}`
          : [p.min !== undefined ? `最小 ${p.min}` : "", p.max !== undefined ? `最大 ${p.max}` : ""]
              .filter(Boolean)
              .join("，");
      const dflt =
        typeof p.default === "number" || p.type === "choice"
          ? `默认 ${p.default}`
          : `默认${p.defaultHelp ?? `按公式 ${p.default} 计算`}`;
      out.push(
        `    ${p.label}（${p.id}）${p.unit ? ` 单位：${p.unit}` : ""}${range ? `；${range}` : ""}；${dflt}${p.help ? `。${p.help}` : ""}`,
      );
    }
    out.push("");
  }
  out.push(
    "用法：jixiao template show <模板> --amount 金额 [--param 名称=值]…；jixiao template new <模板> --amount 金额 --out 文件.xlsx",
  );
  io.stdout(`${out.join("\n")}\n`);
  return EXIT.ok;
}

const NO_TYPE = "请给出模板，例如 jixiao template show 会议。运行 jixiao template list 查看全部模板。";

export async function runTemplateShow(
  type: string | undefined,
  opts: TemplateRenderOptions,
  io: CliIO,
): Promise<number> {
  if (type === undefined) return fail(io, NO_TYPE).code;
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json")
    return fail(io, `--format 只能是 text 或 json，不能是「${format}」。`).code;
  const prep = await prepare(type, opts, io, false);
  if (!prep.ok) return prep.code;
  const { template, settings, profile, amount, amountGiven, params } = prep.value;
  const r = renderSet(template, params, amount, { profile, standards: settings.standards });
  if (!r.ok) return fail(io, problemLines(template, r.problems)).code;
  const goal = goalSentence(template, params, amount, settings.standards);
  const text = renderWideText(r.set);
  if (format === "json") {
    const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, showParam(v)]));
    io.stdout(
      `${JSON.stringify({ id: template.id, name: template.name, profile, amount: amount.toFixed(), params: shown, goal, text, rows: renderRows(r.set) }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const head = [
    `模板：${template.name}（${template.id}）`,
    `指标体系：${profile} 版；金额：${amount.toFixed()} 万元${amountGiven ? "" : "（示例金额，请用 --amount 给出项目金额）"}`,
    `参数：${paramSummary(template, params) || "（无）"}`,
    `绩效目标：${goal}`,
    "",
  ];
  io.stdout(`${head.join("\n")}\n${text}\n`);
  return EXIT.ok;
}

const LAYOUT_NAME: Record<TemplateLayout, string> = {
  wide: "宽表（一行一个项目，指标写在一个单元格中）",
  long: "长表（一行一条指标）",
};

export async function runTemplateNew(
  type: string | undefined,
  opts: TemplateNewOptions,
  io: CliIO,
): Promise<number> {
  if (type === undefined) return fail(io, NO_TYPE.replace("show", "new")).code;
  const cwd = io.cwd ?? process.cwd();
  const layout = opts.layout ?? "wide";
  if (layout !== "wide" && layout !== "long")
    return fail(io, `--layout 只能是 wide（宽表）或 long（长表），不能是「${layout}」。`).code;
  if (opts.out === undefined)
    return fail(io, "请用 --out 给出要生成的 .xlsx 文件，例如 --out 会议费.xlsx").code;
  if (!/\.xlsx$/i.test(opts.out)) return fail(io, `--out 应是 .xlsx 文件，收到「${opts.out}」。`).code;
  if (opts.name !== undefined && opts.name.trim() === "") return fail(io, "--name 不能为空。").code;
  const prep = await prepare(type, opts, io, true);
  if (!prep.ok) return prep.code;
  const { template, settings, profile, amount, params } = prep.value;
  const r = renderSet(template, params, amount, { profile, standards: settings.standards });
  if (!r.ok) return fail(io, problemLines(template, r.problems)).code;

  const file = path.resolve(cwd, opts.out);
  if (!opts.force) {
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    );
    if (exists) return fail(io, `文件已存在：${opts.out}。如要覆盖，请加 --force。`).code;
  }
  const name =
    opts.name?.trim() ?? (/经费$|费$/.test(template.name) ? template.name : `${template.name}经费`);
  const goal = goalSentence(template, params, amount, settings.standards);
  try {
    await writeLayout(file, layoutFor(layout, r.set, { name, amount, goal }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "文件夹不存在"
        : code === "EACCES" || code === "EPERM"
          ? "没有写入权限"
          : code === "EBUSY"
            ? "文件正被其他程序（如 Excel）打开"
            : "写入失败";
    return fail(io, `无法写入 ${opts.out}：${why}。`).code;
  }
  const count = r.set.groups.reduce((n, g) => n + g.indicators.length, 0);
  io.stdout(
    `已生成 ${opts.out}：项目「${name}」，${template.name}模板，${profile} 版指标体系，${LAYOUT_NAME[layout]}，${count} 条指标。\n`,
  );
  io.stdout(`参数：${paramSummary(template, params)}\n`);
  return EXIT.ok;
}

// No default value: commander would print "(default: [])" in the help.
