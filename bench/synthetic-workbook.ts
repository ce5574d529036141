/**
 * Writes the bench's wide workbook with exceljs' streaming writer: title, header, 合计, then units
 * (402-style code), each with one sub-unit and its projects. Subtotals add up except in a few units.
 */
import ExcelJS from "exceljs";
import { centsText, makeRandom, syntheticProject } from "./synthetic-project";

export interface SyntheticOptions {
  projects: number;
  projectsPerUnit: number;
  seed: number;
}

export interface SyntheticStats {
  projects: number;
  units: number;
  /** Indicators written (the check should read about as many). */
  indicators: number;
}

const HEADER = ["单位编码", "单位及项目名称", "金额（万元）", "绩效目标", "绩效指标"];

export async function writeSyntheticWorkbook(file: string, opts: SyntheticOptions): Promise<SyntheticStats> {
  const rnd = makeRandom(opts.seed);
  const cents = Array.from({ length: opts.projects }, () => 20 + Math.floor(rnd() * 4980));
  const units: number[][] = [];
  for (let i = 0; i < cents.length; i += opts.projectsPerUnit)
    units.push(cents.slice(i, i + opts.projectsPerUnit));
  const subtotal = (u: number[]): number => u.reduce((a, b) => a + b, 0);
  const total = subtotal(cents);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("项目支出绩效目标表");
  ws.columns = [
    { width: 10 },
    { width: 28 },
    { width: 12, style: { numFmt: "0.00" } },
    { width: 50 },
    { width: 60 },
  ];
  ws.addRow(["示例县2024年部门预算项目支出绩效目标公开表（性能测试用合成数据）"]).commit();
  ws.addRow(HEADER).commit();
  ws.addRow([null, "合计", Number(centsText(total))]).commit();

  let index = 0;
  let indicators = 0;
  units.forEach((u, k) => {
    const code = String(101 + k);
    // Every 50th unit's subtotal is typed 0.10 too high (sum-mismatch), as happens in real tables.
    const written = k % 50 === 49 ? subtotal(u) + 10 : subtotal(u);
    ws.addRow([code, `示例单位${k + 1}`, Number(centsText(written))]).commit();
    ws.addRow([`${code}001`, `示例单位${k + 1}机关`, Number(centsText(subtotal(u)))]).commit();
    for (const c of u) {
      index++;
      const p = syntheticProject(rnd, index, c);
      indicators += p.indicatorCount;
      ws.addRow([null, p.name, Number(centsText(c)), p.goal || null, p.indicatorText]).commit();
    }
  });
  ws.commit();
  await wb.commit();
  return { projects: index, units: units.length, indicators };
}
