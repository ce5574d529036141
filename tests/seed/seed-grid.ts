/** The seed table as an accountant has it in Excel, as a grid (title, header, 合计, units, 14 projects). */
import * as fs from "fs";
import * as path from "path";
import { sheetFromValues, type Sheet } from "../../src/core/grid";
import { seedToRows } from "../../scripts/seed-to-rows";
import type { SeedProject } from "../fixtures/seed/corrected-projects";

export const SEED_TEXT_FILE = path.join(__dirname, "../fixtures/seed/menyuan-cppcc-2024-disclosure.txt");
export const SHEET_NAME = "绩效目标公开表";
const HEADER = ["单位编码", "单位及项目名称", "金额 (万元)", "绩效目标", "绩效指标"];

export function seedSheet(): Sheet {
  const seed = seedToRows(fs.readFileSync(SEED_TEXT_FILE, "utf8"));
  return sheetFromValues(SHEET_NAME, [
    [seed.title],
    seed.header,
    ...seed.rows.map((r) => [r.code, r.name, Number(r.amount), r.goal, r.indicators]),
  ]);
}

/** The same table with every project replaced by its corrected copy (amounts, hence totals, unchanged). */
export function correctedSheet(projects: readonly SeedProject[]): Sheet {
  const total = projects.reduce((s, p) => s + Math.round(Number(p.amount) * 100), 0) / 100;
  return sheetFromValues(SHEET_NAME, [
    ["门源县政协办公室2024年部门预算项目支出绩效目标公开表（修改稿）"],
    HEADER,
    ["", "合计", total, "", ""],
    ["402", "门源县政协办", total, "", ""],
    ["402001", "门源县政协办公", total, "", ""],
    ...projects.map((p, i) => ["", `${i + 1}. ${p.name}`, Number(p.amount), p.goal, p.indicators]),
  ]);
}
