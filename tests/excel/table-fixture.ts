/**
 * A wide (disclosure-layout) table like the seed, of any size, as fake-Excel sheet values: title,
 * header, 合计, then one row per project. Most projects have something the core reports (a missing
 * unit, a low satisfaction target, an empty goal, a bare "100%"), so findings grow with the table;
 * every fourth project with i % 3 === 0 is clean.
 */
import type { CellValue } from "../../src/core/grid";

const HEADER = ["单位编码", "单位及项目名称", "金额（万元）", "绩效目标", "绩效指标"];

function indicators(i: number): string {
  const unit = i % 3 === 1 ? "" : "次";
  const satisfaction = i % 3 === 2 ? 60 : 95;
  return [
    "一、产出指标",
    "(一) 数量指标:",
    `1. 举办培训班 ≥${2 + (i % 5)}${unit}`,
    "2. 培训人数 ≥40人",
    "(二) 质量指标:",
    "1. 培训合格率 ≥95%",
    "(三) 时效指标:",
    `1. 培训完成及时率 ${i % 4 === 0 ? "=" : ""}100%`,
    "(四) 成本指标:",
    "1. 培训总成本 ≤5万元",
    "二、效益指标",
    "(一) 社会效益指标:",
    "1. 干部履职能力 提高",
    "(二) 可持续影响指标:",
    "1. 培训管理制度健全性 健全",
    "三、满意度指标",
    `1. 参训人员满意度 ≥${satisfaction}%`,
  ].join("\n");
}

export function wideTable(projects: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["门源县政协办公室2024年部门预算项目支出绩效目标公开表"],
    HEADER,
    [null, "合计", 5 * projects, null, null],
  ];
  for (let i = 0; i < projects; i++) {
    const goal =
      i % 3 === 0 && i % 2 === 1
        ? ""
        : "组织委员开展培训，提高委员履职能力，完成年度培训任务，确保培训质量。";
    rows.push([null, `${i + 1}. 委员培训工作经费${i + 1}`, 5, goal, indicators(i)]);
  }
  return rows;
}
