/**
 * `jixiao template list|show|new`, in-process through main(argv, io). The end-to-end promise: a
 * workbook written by `template new` passes `jixiao check` with 0 errors and 0 warnings.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/core/report/json";
import { captureIO, makeTmpDir, removeDir } from "./workbooks";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir("jixiao-template-");
});
afterAll(() => removeDir(dir));

async function run(args: string[]) {
  const c = captureIO({ cwd: dir });
  const code = await main(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

async function checkJson(file: string): Promise<{ code: number; json: JsonReport }> {
  const r = await run(["check", file, "--format", "json"]);
  return { code: r.code, json: JSON.parse(r.stdout) as JsonReport };
}

const write = (name: string, content: unknown) => {
  fs.writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return name;
};

const TYPES = [
  "meeting",
  "training",
  "inspection",
  "reception",
  "publishing",
  "it-ops",
  "staffing",
  "retiree",
  "outsourcing",
  "equipment",
  "generic",
];

describe("jixiao template list", () => {
  it("lists the 11 types with their parameters", async () => {
    const r = await run(["template", "list"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("可用的指标模板（11 个）：");
    for (const name of [
      "会议（meeting）",
      "培训（training）",
      "视察调研（inspection）",
      "公务接待（reception）",
      "出版印刷（publishing）",
      "信息化运维/专线（it-ops）",
      "编外聘用（staffing）",
      "离退休服务（retiree）",
      "委托第三方/代理记账（outsourcing）",
      "设备购置（equipment）",
      "专项业务经费（generic）",
    ]) {
      expect(r.stdout).toContain(name);
    }
    expect(r.stdout).toContain("会议类别（class）；可选 一类、二类、三类、四类；默认 三类");
  });

  it("--format json gives every type with ids, labels, units and defaults", async () => {
    const r = await run(["template", "list", "--format", "json"]);
    expect(r.code).toBe(0);
    const { templates } = JSON.parse(r.stdout) as {
      templates: {
        id: string;
        name: string;
        params: { id: string; label: string; unit?: string; default: unknown }[];
      }[];
    };
    expect(templates.map((t) => t.id)).toEqual(TYPES);
    expect(templates.find((t) => t.id === "training")!.params.map((p) => p.label)).toEqual([
      "培训期数",
      "每期人数",
      "每期天数",
      "培训类别",
      "授课学时",
      "授课教师职称",
    ]);
    expect(templates.find((t) => t.id === "meeting")!.params[0]).toEqual({
      id: "meetings",
      label: "会议次数",
      type: "number",
      unit: "次",
      min: 1,
      max: 50,
      integer: true,
      default: 1,
    });
  });
});

describe("jixiao template show", () => {
  const MEETING = [
    "--amount",
    "10.85",
    "--param",
    "会议次数=1",
    "--param",
    "参会人数=140",
    "--param",
    "days=1",
    "--param",
    "会议类别=一类",
  ];

  it("prints the goal and the indicator block, by id or Chinese name alike", async () => {
    const byName = await run(["template", "show", "会议", ...MEETING]);
    const byId = await run(["template", "show", "meeting", ...MEETING]);
    expect(byName.code).toBe(0);
    expect(byId.stdout).toBe(byName.stdout);
    const lines = byName.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "模板：会议（meeting）",
      "指标体系：2015 版；金额：10.85 万元",
      "参数：会议次数=1次，参会人数=140人，会期天数=1天，会议类别=一类",
      "绩效目标：全年召开一类会议1次，参会140人、会期1天，会议费按综合定额（760元/人·天）控制，会议费总额控制在10.85万元以内，确保会议各项议程顺利完成，会议精神及时传达落实。",
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        "一、产出指标",
        "（一）数量指标：",
        "1. 召开会议次数 =1次",
        "2. 参会人数 ≥140人",
        "1. 会议费综合定额（一类会议） ≤760元/人·天",
        "3. 会议费总额 ≤10.85万元",
      ]),
    );
  });

  it("says when it used an example amount", async () => {
    const r = await run(["template", "show", "generic"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("金额：10 万元（示例金额，请用 --amount 给出项目金额）");
  });

  it("--profile 2021 puts 成本指标 first", async () => {
    const r = await run([
      "template",
      "show",
      "培训",
      "--amount",
      "17",
      "--param",
      "培训期数=2",
      "--param",
      "每期人数=20",
      "--param",
      "每期天数=7",
      "--profile",
      "2021",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "\n\n一、成本指标\n（一）经济成本指标：\n1. 培训费综合定额（三类培训） ≤550元/人·天\n",
    );
  });

  it("--format json gives the goal, text and rows", async () => {
    const r = await run([
      "template",
      "show",
      "retiree",
      "--amount",
      "0.21",
      "--param",
      "服务人数=7",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      params: Record<string, string>;
      rows: { level3: string; value: string }[];
      text: string;
    };
    expect(j.params).toEqual({ people: "7", perPerson: "300" });
    expect(j.rows.find((x) => x.level3 === "人均慰问标准")?.value).toBe("300");
    expect(j.text.split("\n")[0]).toBe("一、产出指标");
  });

  it("uses the spending standards of --config", async () => {
    const cfg = write("qinghai.json", { standards: { travelMeal: 120 } });
    const r = await run(["template", "show", "视察调研", "--amount", "5", "--config", cfg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1. 差旅伙食补助标准 ≤120元/人·天");
  });
});

describe("jixiao template new → jixiao check passes with no error and no warning", () => {
  it.each(
    TYPES.flatMap((t) => [
      [t, "wide"],
      [t, "long"],
    ]),
  )("%s, %s layout", async (type, layout) => {
    const file = `${type}-${layout}.xlsx`;
    const made = await run(["template", "new", type, "--amount", "12.5", "--layout", layout, "--out", file]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(new RegExp(`^已生成 ${file}：项目「`));
    const { code, json } = await checkJson(file);
    expect(json.files[0].tables).toHaveLength(1);
    expect(json.files[0].findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(json.summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it("the seed's training project (2期 × 20人 × 7天, 17万元) in profile 2021 with a project name", async () => {
    const made = await run([
      "template",
      "new",
      "培训",
      "--amount",
      "17",
      "--param",
      "培训期数=2",
      "--param",
      "每期人数=20",
      "--param",
      "每期天数=7",
      "--profile",
      "2021",
      "--layout",
      "long",
      "--name",
      "政协委员培训工作经费",
      "--out",
      "培训.xlsx",
    ]);
    expect(made.code).toBe(0);
    const { code, json } = await checkJson("培训.xlsx");
    expect(json.files[0].tables[0]).toMatchObject({ layout: "long", projects: 1 });
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });
});

describe("jixiao template: mistakes get a Chinese message and exit 2, and nothing is written", () => {
  it.each<[string, string[], string]>([
    [
      "an unknown type",
      ["template", "show", "宣传"],
      "没有名为「宣传」的指标模板。可用的模板：会议（meeting）、培训（training）",
    ],
    ["no type", ["template", "show"], "请给出模板，例如 jixiao template show 会议。"],
    [
      "an unknown subcommand",
      ["template", "make"],
      "未知的子命令：template make。可用的子命令：list、show、new（运行 jixiao template --help 查看说明）。",
    ],
    ["no subcommand (help on stderr)", ["template"], "用法： jixiao template <list|show|new> [选项]"],
    [
      "a --param without =",
      ["template", "show", "会议", "--param", "参会人数60"],
      "--param 应写成「名称=值」，例如 --param 参会人数=60，收到「参会人数60」。",
    ],
    [
      "an unknown parameter",
      ["template", "show", "会议", "--param", "人数=60"],
      "模板「会议」没有参数「人数」。可用的参数：会议次数（meetings）、参会人数（people）、会期天数（days）、会议类别（class）。",
    ],
    [
      "a value out of range",
      ["template", "show", "会议", "--param", "会期天数=9"],
      "会期天数（days）不能大于 7天，收到 9天。",
    ],
    [
      "a choice not offered",
      ["template", "show", "会议", "--param", "会议类别=五类"],
      "会议类别（class）应为「一类」、「二类」、「三类」、「四类」之一，收到「五类」。",
    ],
    [
      "a bad amount",
      ["template", "show", "会议", "--amount", "十万"],
      "--amount 应为大于 0 的项目金额（万元），例如 --amount 10.85，收到「十万」。",
    ],
    [
      "a bad profile",
      ["template", "show", "会议", "--profile", "2018"],
      "--profile 只能是 2015（财预〔2015〕88号）或 2021（财预〔2021〕101号），不能是「2018」。",
    ],
    [
      "a bad format",
      ["template", "list", "--format", "xml"],
      "--format 只能是 text 或 json，不能是「xml」。",
    ],
    [
      "new without --amount",
      ["template", "new", "会议", "--out", "a.xlsx"],
      "请用 --amount 给出项目金额（万元），例如 --amount 10.85",
    ],
    [
      "new without --out",
      ["template", "new", "会议", "--amount", "5"],
      "请用 --out 给出要生成的 .xlsx 文件，例如 --out 会议费.xlsx",
    ],
    [
      "new to a non-xlsx file",
      ["template", "new", "会议", "--amount", "5", "--out", "a.xls"],
      "--out 应是 .xlsx 文件，收到「a.xls」。",
    ],
    [
      "a bad layout",
      ["template", "new", "会议", "--amount", "5", "--layout", "form", "--out", "a.xlsx"],
      "--layout 只能是 wide（宽表）或 long（长表），不能是「form」。",
    ],
  ])("%s", async (_what, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });

  it("parameters the amount cannot pay for: the parameter to change, with the numbers; no file", async () => {
    const r = await run([
      "template",
      "new",
      "会议",
      "--amount",
      "5",
      "--param",
      "参会人数=100",
      "--param",
      "会期天数=2",
      "--out",
      "over.xlsx",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "按三类会议综合定额 550元/人·天计算：1次 × 100人 × 2天 × 550元 = 11万元，超过项目金额 5万元。请减少参会人数或会期天数，或核实会议类别和项目金额。\n" +
        "请修改参数后再运行（--param 参会人数=…），或调整 --amount。\n",
    );
    expect(fs.existsSync(path.join(dir, "over.xlsx"))).toBe(false);
  });

  it("an existing file is not overwritten without --force", async () => {
    write("exists.xlsx", "not a workbook");
    const r = await run(["template", "new", "generic", "--amount", "3", "--out", "exists.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("文件已存在：exists.xlsx。如要覆盖，请加 --force。\n");
    expect(fs.readFileSync(path.join(dir, "exists.xlsx"), "utf8")).toBe("not a workbook");
    const forced = await run([
      "template",
      "new",
      "generic",
      "--amount",
      "3",
      "--out",
      "exists.xlsx",
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect((await checkJson("exists.xlsx")).json.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("a folder that does not exist", async () => {
    const r = await run(["template", "new", "generic", "--amount", "3", "--out", "nowhere/x.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("无法写入 nowhere/x.xlsx：文件夹不存在。\n");
  });
});

describe("jixiao template --templates: a unit's own templates", () => {
  const PUBLICITY = {
    id: "publicity",
    name: "宣传",
    keywords: ["宣传"],
    params: [{ id: "issues", label: "宣传期数", unit: "期", integer: true, min: 1, max: 52, default: 12 }],
    goal: "全年编发宣传资料{宣传期数}期，宣传经费总额控制在{金额}万元以内，提高政策知晓率。",
    indicators: [
      { category: "数量", name: "编发宣传资料期数", op: "≥", value: "宣传期数", unit: "期" },
      { category: "质量", name: "宣传内容审核通过率", op: "=", value: 100, unit: "%" },
      { category: "时效", name: "宣传资料按期编发率", op: "=", value: 100, unit: "%" },
      { category: "成本", name: "宣传经费总额", op: "≤", value: "金额", unit: "万元" },
      { category: "社会效益", name: "政策知晓率", op: "≥", value: 90, unit: "%" },
      { category: "可持续影响", name: "宣传工作机制健全性", op: "定性", value: "健全" },
      { category: "满意度", name: "群众满意度", op: "≥", value: 90, unit: "%" },
    ],
  };

  it("adds them to list, show and new; the workbook passes check", async () => {
    const file = write("本单位模板.json", `\ufeff${JSON.stringify({ templates: [PUBLICITY] })}`);
    const list = await run(["template", "list", "--templates", file]);
    expect(list.stdout).toContain("可用的指标模板（12 个）：");
    expect(list.stdout).toContain("宣传（publicity）  本单位模板");
    const made = await run([
      "template",
      "new",
      "宣传",
      "--amount",
      "2",
      "--param",
      "宣传期数=6",
      "--templates",
      file,
      "--out",
      "宣传.xlsx",
    ]);
    expect(made.code).toBe(0);
    const { code, json } = await checkJson("宣传.xlsx");
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it("refuses a file with mistakes, saying each one", async () => {
    const file = write("坏模板.json", [
      { ...PUBLICITY, indicators: PUBLICITY.indicators.slice(0, 6), id: "宣传" },
    ]);
    const r = await run(["template", "list", "--templates", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")).toEqual([
      "模板文件 坏模板.json：第 1 个模板「宣传」：「id」应为英文标识（字母开头，可含数字、-、_），如 meeting，收到 「宣传」",
      "模板文件 坏模板.json：第 1 个模板「宣传」：2015 版指标体系下没有满意度指标（满意度指标），按此模板生成的指标不完整",
      "模板文件 坏模板.json：第 1 个模板「宣传」：2021 版指标体系下没有满意度指标（满意度指标），按此模板生成的指标不完整",
      "模板文件有误，未使用其中任何模板。请修改后再运行。",
      "",
    ]);
  });

  it("refuses a file that is not JSON, or missing", async () => {
    const bad = write("坏.json", "{ templates: ");
    expect((await run(["template", "list", "--templates", bad])).stderr).toMatch(
      /^模板文件 坏\.json 不是有效的 JSON（第 1 行第 \d+ 列附近）。\n/,
    );
    expect((await run(["template", "list", "--templates", "无.json"])).stderr).toContain(
      "找不到模板文件：无.json",
    );
  });
});

describe("jixiao template new: amounts", () => {
  it("keeps an amount with more than two decimals exactly (the total-cost indicator equals it)", async () => {
    const made = await run(["template", "new", "generic", "--amount", "３.4567万元", "--out", "amount.xlsx"]);
    expect(made.code).toBe(0);
    const { json } = await checkJson("amount.xlsx");
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    const shown = await run(["template", "show", "generic", "--amount", "3.4567"]);
    expect(shown.stdout).toContain("1. 项目经费总额 ≤3.4567万元");
  });
});
