/**
 * 本单位模板 as a worksheet — what an accountant writes instead of JSON. One sheet may hold several
 * templates, each a block that starts with its 「模板名称」 row:
 *
 *   模板名称   | 政策宣传
 *   说明       | 编印宣传资料、开展政策宣讲。                (optional)
 *   识别关键词 | 宣传、宣讲
 *   别名       | 宣传费、宣讲经费                            (optional: other names for the template)
 *   绩效目标   | 全年编印宣传资料{宣传期数}期……           | 条件 (optional; several rows are joined)
 *   参数名称 | 单位 | 默认值 | 最小值 | 最大值 | 只取整数 | 可选值 | 从目标中读取 | 说明      (optional section)
 *   宣传期数 | 期   | 12     | 1      | 52     | 是       |        | 期           |
 *   一级指标 | 二级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位 | 条件 | 适用指标体系 | 小数位数
 *   产出指标 | 数量指标 | 编印宣传资料期数 | ≥ | {宣传期数} | 期
 *            |          | 每期印数          | ≥ | {每期印数} | 份      (一级/二级 left empty: as above)
 *   校验公式 | 不成立时的提示 | 对应参数 | 条件                                             (optional section)
 *
 * Columns are found by their header, so a unit may reorder them or add its own (备注); rows before the
 * first 模板名称 (a title, instructions) are not read. 指标值 and 默认值 are numbers or formulas of the
 * parameters by their Chinese names (braces optional); 计算符号 may also lead the value (≥95). Every
 * problem names its cell (C5：计量单位不能为空), and the result is the same TemplateDef data a JSON
 * file holds, so the templates are validated, stored and used exactly as imported JSON.
 *
 * What a sheet cannot say (TEMPLATE_SHEET_LIMITS, written into the sheet's own instructions): the
 * prefill rules of choice parameters (a word in the name or goal choosing a value) and the narrower
 * number rules (only 「每…」 numbers, only in a sentence with a given word) — 从目标中读取 takes the
 * quantifiers only. Such templates are written as JSON; a built-in written out as a sheet loses them.
 *
 * templateSheetRows writes templates the other way, as a sheet to start from (生成模板工作表).
 */
import { toA1, type Sheet } from "../grid";
import { LEVEL1_NAME } from "../vocab/categories";
import { LEADING_OPERATOR_SYMBOL, TEMPLATE_OPERATOR_OF } from "../vocab/operators";
import { CATEGORY_LABEL, categoryKeyOf, placementOf } from "./categories";
import { compileTemplate } from "./compile";
import { AMOUNT_NAMES } from "./compile-params";
import { compileExpr } from "./expr/evaluate";
import { compileText } from "./expr/text";
import type { CategoryKey, ConstraintDef, GoalPart, IndicatorDef, ParamDef, TemplateDef } from "./types";

export { TEMPLATE_SHEET_NAME } from "./sheet-name";

/** A problem against one cell (A1 address of the sheet). */
export interface SheetProblem {
  cell: string;
  message: string;
}

export type SheetTemplatesResult =
  { ok: true; templates: TemplateDef[] } | { ok: false; problems: SheetProblem[] };

const LABEL_NAME = "模板名称";
const LABEL_DESCRIPTION = "说明";
const LABEL_KEYWORDS = "识别关键词";
const LABEL_ALIASES = "别名";
const LABEL_GOAL = "绩效目标";

const PARAM_HEADERS = {
  name: ["参数名称", "参数"],
  unit: ["单位", "计量单位"],
  default: ["默认值"],
  min: ["最小值"],
  max: ["最大值"],
  integer: ["只取整数", "整数"],
  choices: ["可选值", "选项"],
  prefill: ["从目标中读取", "从目标中读取（量词）"],
  help: ["说明"],
} as const;
const INDICATOR_HEADERS = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标"],
  op: ["计算符号", "指标性质", "符号"],
  value: ["指标值"],
  unit: ["计量单位", "单位"],
  when: ["条件"],
  profiles: ["适用指标体系"],
  decimals: ["小数位数"],
} as const;
const CONSTRAINT_HEADERS = {
  check: ["校验公式"],
  message: ["不成立时的提示", "提示"],
  param: ["对应参数", "参数"],
  when: ["条件"],
} as const;

type Headers = Readonly<Record<string, readonly string[]>>;
type Columns<H extends Headers> = Partial<Record<keyof H, number>>;

/** Labels that start a row kind (the first filled cell of the row). */
const SECTION_OF = new Map<string, "params" | "indicators" | "constraints">([
  ["参数名称", "params"],
  ["一级指标", "indicators"],
  ["校验公式", "constraints"],
]);

const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const YES = new Set(["是", "√", "✓", "Y", "y", "yes", "TRUE", "true"]);
const NO = new Set(["否", "", "N", "n", "no", "FALSE", "false"]);

/** 一级指标 names accepted above each category (either indicator system's). */
function level1Names(category: CategoryKey): Set<string> {
  const out = new Set<string>();
  for (const profile of ["2015", "2021"] as const)
    out.add(LEVEL1_NAME[placementOf(category, profile).level1Key]);
  return out;
}

/** The 一级 the sheet shows for a category (2015's, but 社会/生态环境成本 only exist under 成本指标). */
function level1Shown(category: CategoryKey): string {
  const profile = category === "socialCost" || category === "ecoCost" ? "2021" : "2015";
  return LEVEL1_NAME[placementOf(category, profile).level1Key];
}

const clean = (s: string): string => s.replace(/\s+/g, "");
/** 产出 → 产出指标 (either is written). */
const withSuffix = (s: string): string => (s.endsWith("指标") ? s : `${s}指标`);

/** Text of a cell as the sheet shows it, trimmed. */
function textAt(sheet: Sheet, row: number, col: number): string {
  const r = sheet.rows[row - sheet.originRow];
  const c = r?.[col - sheet.originCol];
  if (!c) return "";
  return (c.text !== "" ? c.text : c.value === null ? "" : String(c.value)).trim();
}

/** A formula written in a cell: {…} around the whole is allowed, thousands separators are not meant. */
function formulaOf(text: string): string {
  const t = text.trim();
  const inner = /^[{｛]([^{}｛｝]*)[}｝]$/.exec(t);
  const f = inner ? inner[1].trim() : t;
  return /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(f) ? f.replace(/,/g, "") : f;
}

/** 关键词 and 可选值 lists: 、，,；; or line breaks between items. */
const listOf = (text: string): string[] =>
  text
    .split(/[、，,；;|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function columnsOf<H extends Headers>(
  sheet: Sheet,
  row: number,
  from: number,
  to: number,
  headers: H,
): Columns<H> {
  const cols: Columns<H> = {};
  for (let c = from; c <= to; c++) {
    const h = clean(textAt(sheet, row, c));
    if (!h) continue;
    for (const key of Object.keys(headers) as (keyof H)[]) {
      if (cols[key] === undefined && headers[key].includes(h)) {
        cols[key] = c;
        break;
      }
    }
  }
  return cols;
}

interface Block {
  nameCell: string;
  name: string;
  description: string;
  keywords: string[] | null;
  keywordsCell: string;
  aliases: string[];
  goal: { text: string; when: string; cell: string; whenCell: string }[];
  params: { row: number; cells: Record<string, { text: string; cell: string }> }[];
  indicators: { row: number; cells: Record<string, { text: string; cell: string }> }[];
  constraints: { row: number; cells: Record<string, { text: string; cell: string }> }[];
}

/** The sheet's templates, or every problem against its cell. Never throws. */
export function templatesFromSheet(sheet: Sheet): SheetTemplatesResult {
  const problems: SheetProblem[] = [];
  const blocks: Block[] = [];
  const rowEnd = sheet.originRow + sheet.rows.length - 1;
  const colEnd = sheet.originCol + Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0)) - 1;
  let block: Block | null = null;
  let section: "params" | "indicators" | "constraints" | null = null;
  let columns: Record<string, number> = {};

  const rowCells = (row: number): Record<string, { text: string; cell: string }> => {
    const out: Record<string, { text: string; cell: string }> = {};
    for (const [k, c] of Object.entries(columns))
      out[k] = { text: textAt(sheet, row, c), cell: toA1(row, c) };
    return out;
  };

  for (let row = sheet.originRow; row <= rowEnd; row++) {
    let first = -1;
    for (let c = sheet.originCol; c <= colEnd; c++)
      if (textAt(sheet, row, c) !== "") {
        first = c;
        break;
      }
    if (first < 0) continue;
    const label = clean(textAt(sheet, row, first));
    const value = (): string => textAt(sheet, row, first + 1);

    if (label === LABEL_NAME) {
      block = {
        nameCell: toA1(row, first + 1),
        name: value(),
        description: "",
        keywords: null,
        keywordsCell: toA1(row, first + 1),
        aliases: [],
        goal: [],
        params: [],
        indicators: [],
        constraints: [],
      };
      if (!block.name) problems.push({ cell: block.nameCell, message: "模板名称不能为空" });
      blocks.push(block);
      section = null;
      continue;
    }
    if (!block) continue; // a title or instructions above the first template
    if (label === LABEL_DESCRIPTION && section === null) {
      block.description = value();
      continue;
    }
    if (label === LABEL_KEYWORDS) {
      block.keywords = listOf(value());
      block.keywordsCell = toA1(row, first + 1);
      section = null;
      continue;
    }
    if (label === LABEL_ALIASES) {
      block.aliases = listOf(value());
      section = null;
      continue;
    }
    if (label === LABEL_GOAL) {
      block.goal.push({
        text: value(),
        when: textAt(sheet, row, first + 2),
        cell: toA1(row, first + 1),
        whenCell: toA1(row, first + 2),
      });
      section = null;
      continue;
    }
    const next = SECTION_OF.get(label);
    if (next) {
      section = next;
      const headers =
        next === "params" ? PARAM_HEADERS : next === "indicators" ? INDICATOR_HEADERS : CONSTRAINT_HEADERS;
      columns = columnsOf(sheet, row, first, colEnd, headers) as Record<string, number>;
      continue;
    }
    if (section === null) {
      problems.push({
        cell: toA1(row, first),
        message: `看不懂这一行：「${textAt(sheet, row, first)}」。模板中的行应在「${LABEL_KEYWORDS}」「${LABEL_GOAL}」「参数名称」「一级指标」「校验公式」之下`,
      });
      continue;
    }
    block[section].push({ row, cells: rowCells(row) });
  }

  if (blocks.length === 0) {
    return {
      ok: false,
      problems: [
        {
          cell: "A1",
          message: `没有找到「${LABEL_NAME}」行。每个模板从一行「${LABEL_NAME} | 名称」开始，可点击「生成模板工作表」得到一份写好的模板再修改`,
        },
      ],
    };
  }

  const templates: TemplateDef[] = [];
  const seen = new Map<string, string>();
  for (const b of blocks) {
    if (b.name) {
      const before = seen.get(b.name);
      if (before) problems.push({ cell: b.nameCell, message: `模板名称「${b.name}」与 ${before} 重复` });
      else seen.set(b.name, b.nameCell);
    }
    const def = blockToDef(b, problems);
    if (def) templates.push(def);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, templates };
}

/** A stable ASCII id for a name (the JSON schema's ids are ASCII; names may be anything). */
export function templateIdFor(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `unit-${h.toString(36)}`;
}

function blockToDef(b: Block, problems: SheetProblem[]): TemplateDef | null {
  const before = problems.length;
  const add = (cell: string, message: string) => problems.push({ cell, message });
  if (!b.keywords || b.keywords.length === 0)
    add(
      b.keywordsCell,
      `模板「${b.name}」缺少「${LABEL_KEYWORDS}」（项目名称或绩效目标中含有其中一个词时建议此模板，如 宣传、宣讲）`,
    );
  if (b.goal.every((g) => g.text === ""))
    add(
      b.goal[0]?.cell ?? b.nameCell,
      `模板「${b.name}」缺少「${LABEL_GOAL}」（插入时写入空的绩效目标单元格）`,
    );
  if (b.indicators.length === 0)
    add(b.nameCell, `模板「${b.name}」没有指标：请在「一级指标」标题行下逐行填写指标`);

  // Parameters first: formulas elsewhere may use their names.
  const params: ParamDef[] = [];
  const labels = new Map<string, string>();
  b.params.forEach((p, i) => {
    const c = p.cells;
    const label = c.name?.text ?? "";
    const id = `p${i + 1}`;
    if (!label) {
      add(c.name?.cell ?? toA1(p.row, 0), "参数名称不能为空");
      return;
    }
    if (AMOUNT_NAMES.has(label)) {
      add(c.name.cell, "「金额」是项目金额的名称，参数请换一个名称");
      return;
    }
    if (labels.has(label)) {
      add(c.name.cell, `参数名称「${label}」重复`);
      return;
    }
    labels.set(label, id);
    const choices = listOf(c.choices?.text ?? "");
    const def: ParamDef = { id, label, default: 0 };
    if (c.unit?.text) def.unit = c.unit.text;
    if (c.help?.text) def.help = c.help.text;
    const dflt = c.default?.text ?? "";
    if (choices.length > 0) {
      def.type = "choice";
      def.choices = choices;
      if (!dflt)
        add(
          c.default?.cell ?? c.name.cell,
          `参数「${label}」缺少默认值（可选值之一：${choices.join("、")}）`,
        );
      else if (!choices.includes(dflt))
        add(c.default!.cell, `默认值「${dflt}」不是可选值之一（${choices.join("、")}）`);
      def.default = dflt;
    } else {
      if (!dflt) add(c.default?.cell ?? c.name.cell, `参数「${label}」缺少默认值（数字或公式）`);
      const f = formulaOf(dflt);
      def.default = NUMBER.test(f) ? Number(f) : f;
      for (const bound of ["min", "max"] as const) {
        const t = formulaOf(c[bound]?.text ?? "");
        if (t === "") continue;
        if (!NUMBER.test(t))
          add(c[bound]!.cell, `${bound === "min" ? "最小值" : "最大值"}应为数字，现为「${t}」`);
        else def[bound] = Number(t);
      }
      const integer = c.integer?.text ?? "";
      if (YES.has(integer)) def.integer = true;
      else if (!NO.has(integer)) add(c.integer!.cell, `「只取整数」请填 是 或 否，现为「${integer}」`);
      const units = listOf(c.prefill?.text ?? "");
      if (units.length > 0) def.prefill = [{ goal: units }];
    }
    params.push(def);
  });

  const resolve = (n: string): string | null =>
    AMOUNT_NAMES.has(n) ? "amount" : (labels.get(n) ?? ([...labels.values()].includes(n) ? n : null));
  const names = (): string => [...labels.keys(), "金额"].join("、");
  const checkFormula = (text: string, cell: string): boolean => {
    const r = compileExpr(text, resolve);
    if (r.ok) return true;
    add(
      cell,
      `公式「${text}」有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${names()}）` : ""}`,
    );
    return false;
  };
  const checkText = (text: string, cell: string): void => {
    const r = compileText(text, resolve);
    if (!r.ok)
      add(
        cell,
        `「{ }」中的公式有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${names()}）` : ""}`,
      );
  };
  for (const [i, p] of params.entries()) {
    if (typeof p.default === "string" && p.type !== "choice" && p.default !== "")
      checkFormula(p.default, b.params[i].cells.default.cell);
  }

  const goal: GoalPart[] = [];
  for (const g of b.goal) {
    if (g.text === "") continue;
    checkText(g.text, g.cell);
    const part: GoalPart = { text: g.text };
    if (g.when) {
      checkFormula(formulaOf(g.when), g.whenCell);
      part.when = formulaOf(g.when);
    }
    goal.push(part);
  }

  const indicators: IndicatorDef[] = [];
  let level1 = "";
  let level2 = "";
  for (const ind of b.indicators) {
    const c = ind.cells;
    const at = (k: string, fallback = 0): string => c[k]?.cell ?? toA1(ind.row, fallback);
    if (c.level1?.text) level1 = c.level1.text;
    if (c.level2?.text) level2 = c.level2.text;
    const name = c.level3?.text ?? "";
    if (!name) {
      add(at("level3", 2), "三级指标不能为空");
      continue;
    }
    const category = categoryKeyOf(level2);
    if (!category) {
      add(
        at("level2", 1),
        level2
          ? `二级指标「${level2}」不是指标体系中的名称（如 数量指标、质量指标、时效指标、成本指标、社会效益指标、满意度指标）`
          : "二级指标不能为空",
      );
      continue;
    }
    if (level1 && !level1Names(category).has(withSuffix(clean(level1))))
      add(
        at("level1", 0),
        `二级指标「${level2}」不在一级指标「${level1}」之下（应为 ${[...level1Names(category)].join(" 或 ")}）`,
      );
    let valueText = c.value?.text ?? "";
    let opText = c.op?.text ?? "";
    const lead = LEADING_OPERATOR_SYMBOL.exec(valueText);
    if (lead && !opText) {
      opText = lead[1];
      valueText = valueText.slice(lead[0].length);
    }
    const op = TEMPLATE_OPERATOR_OF.get(clean(opText));
    if (!op) {
      add(
        at("op", 3),
        opText
          ? `计算符号应为 ≥、>、=、<、≤ 或 定性，现为「${opText}」`
          : "计算符号不能为空（≥、>、=、<、≤ 或 定性）",
      );
      continue;
    }
    checkText(name, at("level3", 2));
    const def: IndicatorDef = { category: CATEGORY_LABEL[category], name, op, value: "" };
    const unit = c.unit?.text ?? "";
    if (op === "定性") {
      if (!valueText) add(at("value", 4), "指标值不能为空（定性指标写文字，如 健全、规范）");
      if (unit) add(at("unit", 5), "定性指标不填计量单位");
      def.value = valueText;
    } else {
      const f = formulaOf(valueText);
      if (!f) add(at("value", 4), "指标值不能为空（数字，或参数名称组成的公式）");
      else if (NUMBER.test(f)) def.value = Number(f);
      else if (checkFormula(f, at("value", 4))) def.value = f;
      if (!unit) add(at("unit", 5), "计量单位不能为空（定量指标需要计量单位，如 人、次、%、万元）");
      else {
        checkText(unit, at("unit", 5));
        def.unit = unit;
      }
    }
    const when = formulaOf(c.when?.text ?? "");
    if (when && checkFormula(when, at("when", 6))) def.when = when;
    const profiles = clean(c.profiles?.text ?? "").replace(/版/g, "");
    if (profiles) {
      const list = listOf(profiles);
      if (list.every((p) => p === "2015" || p === "2021")) def.profiles = list as ("2015" | "2021")[];
      else
        add(
          at("profiles", 7),
          `适用指标体系请填 2015 或 2021（不填则两版都用），现为「${c.profiles!.text}」`,
        );
    }
    const decimals = c.decimals?.text ?? "";
    if (decimals) {
      if (/^[0-6]$/.test(decimals)) def.decimals = Number(decimals);
      else add(at("decimals", 8), `小数位数应为 0～6 的整数，现为「${decimals}」`);
    }
    indicators.push(def);
  }

  const constraints: ConstraintDef[] = [];
  for (const k of b.constraints) {
    const c = k.cells;
    const check = formulaOf(c.check?.text ?? "");
    const param = c.param?.text ?? "";
    const message = c.message?.text ?? "";
    const cell = (key: string, col: number) => c[key]?.cell ?? toA1(k.row, col);
    if (!check) add(cell("check", 0), "校验公式不能为空");
    else checkFormula(check, cell("check", 0));
    if (!message) add(cell("message", 1), "不成立时的提示不能为空");
    else checkText(message, cell("message", 1));
    if (!labels.has(param))
      add(
        cell("param", 2),
        `对应参数应为本模板的参数名称（${[...labels.keys()].join("、") || "本模板没有参数"}），现为「${param}」`,
      );
    const def: ConstraintDef = { check, param: labels.get(param) ?? param, message };
    const when = formulaOf(c.when?.text ?? "");
    if (when && checkFormula(when, cell("when", 3))) def.when = when;
    constraints.push(def);
  }

  if (problems.length > before) return null;
  const def: TemplateDef = {
    id: templateIdFor(b.name),
    name: b.name,
    keywords: b.keywords ?? [],
    params,
    goal: goal.length === 1 && goal[0].when === undefined ? goal[0].text : goal,
    indicators,
  };
  if (b.description) def.description = b.description;
  if (b.aliases.length) def.aliases = b.aliases;
  if (constraints.length) def.constraints = constraints;
  // What the cells could not show (a required category missing, a default out of its range): the
  // schema's own message, against the template's name.
  const compiled = compileTemplate(def, "unit", "模板");
  if (!compiled.ok) {
    for (const e of compiled.errors)
      add(
        b.nameCell,
        e.replace(/「(p\d+)」/g, (m, id: string) => {
          const label = params.find((p) => p.id === id)?.label;
          return label ? `「${label}」` : m;
        }),
      );
    return null;
  }
  return def;
}

// ---------------------------------------------------------------------------------------------
// Templates → a sheet to start from
// ---------------------------------------------------------------------------------------------

/** A sheet's cells from A1, with the column widths (characters) a writer should give them. */
export interface TemplateSheetLayout {
  rows: string[][];
  widths: number[];
  /** 0-based rows that are headings (模板名称 and the section headers). */
  headingRows: number[];
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

/** A formula with parameter ids replaced by their Chinese names (amount → 金额); quoted text untouched. */
export function relabelFormula(formula: string, labelOf: ReadonlyMap<string, string>): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "“") {
      const close = ch === '"' ? '"' : "”";
      const end = formula.indexOf(close, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(formula);
    if (m && (i === 0 || !/[A-Za-z0-9_]/.test(formula[i - 1]))) {
      const rest = formula.slice(i + m[0].length).trimStart();
      const label = rest.startsWith("(") ? undefined : labelOf.get(m[0]);
      out += label ?? m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Text with {formula}s, each formula relabelled. */
const relabelText = (text: string, labelOf: ReadonlyMap<string, string>): string =>
  text.replace(/\{([^{}]*)\}/g, (_m, f: string) => `{${relabelFormula(f, labelOf)}}`);

const PARAM_ROW = [
  "参数名称",
  "单位",
  "默认值",
  "最小值",
  "最大值",
  "只取整数",
  "可选值",
  "从目标中读取",
  "说明",
];
const INDICATOR_ROW = [
  "一级指标",
  "二级指标",
  "三级指标",
  "计算符号",
  "指标值",
  "计量单位",
  "条件",
  "适用指标体系",
  "小数位数",
];
const CONSTRAINT_ROW = ["校验公式", "不成立时的提示", "对应参数", "条件"];
const WIDTHS = [14, 14, 30, 10, 18, 12, 16, 14, 24];

/** What a worksheet template cannot express, in the sheet's instructions (docs/templates.md says it too). */
const TEMPLATE_SHEET_LIMITS =
  "工作表中写不了的：按项目名称或绩效目标中的词自动选定「可选值」，以及只读取「每……」的数字或只读取含某个词的" +
  "句子中的数字（「从目标中读取」只按量词读取）；需要时请用模板文件（JSON）。";

/** The instructions above the first template (not read back). */
export const TEMPLATE_SHEET_HELP =
  "本单位模板：每个模板从「模板名称」一行开始；一行一条指标，一级、二级指标与上一行相同时可不填。" +
  "指标值、默认值可写数字或用参数名称组成的公式（如 {参会人数}），「金额」是项目金额（万元）。" +
  "改好后在任务窗格「模板」中点击「从当前工作表导入」。" +
  TEMPLATE_SHEET_LIMITS;

/** Templates as a sheet to start from: the same layout templatesFromSheet reads. */
export function templateSheetRows(defs: readonly TemplateDef[]): TemplateSheetLayout {
  const rows: string[][] = [[TEMPLATE_SHEET_HELP], []];
  const headingRows: number[] = [];
  const put = (r: (string | number | undefined)[], heading = false) => {
    if (heading) headingRows.push(rows.length);
    rows.push(r.map((v) => (v === undefined ? "" : String(v))));
  };
  defs.forEach((def, n) => {
    if (n > 0) rows.push([]);
    const labelOf = new Map<string, string>([["amount", "金额"]]);
    for (const p of def.params) labelOf.set(p.id, p.label);
    const f = (v: string | number): string => {
      if (typeof v === "number") return String(v);
      const t = relabelFormula(v, labelOf);
      return NUMBER.test(t) ? t : `{${t}}`;
    };
    put([LABEL_NAME, def.name], true);
    if (def.description) put([LABEL_DESCRIPTION, def.description]);
    // The fallback template has no keywords (it is used when none match): its name stands in.
    put([LABEL_KEYWORDS, (def.keywords.length ? def.keywords : [def.name]).join("、")]);
    if (def.aliases?.length) put([LABEL_ALIASES, def.aliases.join("、")]);
    const goal = typeof def.goal === "string" ? [{ text: def.goal }] : def.goal;
    for (const g of goal)
      put([LABEL_GOAL, relabelText(g.text, labelOf), g.when ? relabelFormula(g.when, labelOf) : ""]);
    if (def.params.length > 0) {
      put(PARAM_ROW, true);
      for (const p of def.params) {
        const units = (p.prefill ?? []).flatMap((r) => ("goal" in r && !("value" in r) ? r.goal : []));
        const choice = p.type === "choice";
        put([
          p.label,
          p.unit ?? "",
          choice ? String(p.default) : f(p.default),
          p.min,
          p.max,
          p.integer ? "是" : "",
          choice ? (p.choices ?? []).join("、") : "",
          choice ? "" : [...new Set(units)].join("、"),
          p.help ?? p.defaultHelp ?? "",
        ]);
      }
    }
    put(INDICATOR_ROW, true);
    let l1 = "";
    let l2 = "";
    for (const ind of def.indicators) {
      const key = categoryKeyOf(ind.category);
      const level1 = key ? level1Shown(key) : "";
      const level2 = key ? CATEGORY_LABEL[key] : ind.category;
      const qualitative = ind.op === "定性";
      put([
        level1 === l1 && level2 === l2 ? "" : level1,
        level2 === l2 && level1 === l1 ? "" : level2,
        relabelText(ind.name, labelOf),
        TEMPLATE_OPERATOR_OF.get(ind.op) ?? ind.op,
        qualitative ? String(ind.value) : f(ind.value),
        ind.unit ? relabelText(ind.unit, labelOf) : "",
        ind.when ? relabelFormula(ind.when, labelOf) : "",
        ind.profiles && ind.profiles.length === 1 ? ind.profiles[0] : "",
        ind.decimals,
      ]);
      l1 = level1;
      l2 = level2;
    }
    if (def.constraints?.length) {
      put(CONSTRAINT_ROW, true);
      for (const c of def.constraints) {
        put([
          relabelFormula(c.check, labelOf),
          relabelText(c.message, labelOf),
          labelOf.get(c.param) ?? c.param,
          c.when ? relabelFormula(c.when, labelOf) : "",
        ]);
      }
    }
  });
  return { rows, widths: WIDTHS, headingRows };
}

/** A problem as the pane and the CLI show it: 「模板工作表「本单位模板」C5：计量单位不能为空……」. */
export const sheetProblemText = (sheetName: string, p: SheetProblem): string =>
  `模板工作表「${sheetName}」${p.cell}：${p.message}。`.replace(/([。！？])。$/, "$1");
