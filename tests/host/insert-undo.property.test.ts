/**
 * Property: over random wide and long tables (with stray content around them, a random cell selected,
 * whole sets or only the missing categories, and sometimes an edit between planning and inserting),
 * an insertion without confirmation never changes a cell that had content — every such cell keeps its
 * value, at its new row when rows were inserted above it; with confirmation only the cells the plan
 * listed change; and 撤销插入 puts the workbook back exactly — on every host (tests/host/hosts.ts). The
 * tables' data rows may carry formats (fill, borders, wrapping, a number format) that inserted rows copy
 * and undo must leave as they were (on WPS 表格 the undo is wholly the add-in's: WPS keeps no undo step
 * for an add-in's writes).
 */
import fc from "fast-check";
import { toA1, type CellValue } from "../../src/core/grid";
import { planInsertion } from "../../src/host/insert";
import { COLS, fakeSheet, fakeWorkbook, selectCell, key, type FakeWorkbookData } from "../excel/fake-excel";
import { LONG_HEADER_ROW, SEED_MEETING, SEED_PUBLISHING, suggestedSet } from "../excel/insert-fixtures";
import { merge } from "../core/detect/grid-helpers";
import { EACH_HOST, userSnapshot } from "./hosts";

const NAMES = [
  "政协委员培训工作经费",
  "公务接待费",
  "文史资料出版费",
  "电信安全专线业务服务费",
  "办公设备购置经费",
  "协商议政服务中心工作经费",
];
const GOALS = ["", "按计划完成全年工作任务，保障单位正常运转。", "合同"];
const WIDE_TEXTS = [null, null, SEED_MEETING, SEED_PUBLISHING, "见附件"];
const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };
const LONG_ROWS: CellValue[][] = [
  ["产出指标", "数量指标", "召开会议次数", "=", 4, "次"],
  ["产出指标", "质量指标", "参会率", "≥", 95, "%"],
  ["效益指标", "社会效益指标", "提案办复率", "≥", 95, "%"],
  ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", 90, "%"],
];

interface Spec {
  layout: "wide" | "long";
  title: boolean;
  projects: { name: number; amount: number; goal: number; text: number; rows: number; merged: boolean }[];
  noise: { row: number; col: number; text: string }[];
  select: number;
  part: "full" | "missing";
  /** The data rows carry a fill, borders, wrapping and a number format. */
  styled: boolean;
  edit: { row: number; col: number } | null;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  layout: fc.constantFrom("wide" as const, "long" as const),
  title: fc.boolean(),
  projects: fc.array(
    fc.record({
      name: fc.nat(NAMES.length - 1),
      amount: fc.integer({ min: 1, max: 40 }),
      goal: fc.nat(GOALS.length - 1),
      text: fc.nat(WIDE_TEXTS.length - 1),
      rows: fc.nat(LONG_ROWS.length),
      merged: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  noise: fc.array(
    fc.record({ row: fc.nat(24), col: fc.nat(11), text: fc.constantFrom("备注", "见附件", "——", "已核对") }),
    { maxLength: 5 },
  ),
  select: fc.nat(20),
  part: fc.constantFrom("full" as const, "missing" as const),
  styled: fc.boolean(),
  /** An edit near the selected project (rows below its first, any column of the table). */
  edit: fc.option(fc.record({ row: fc.nat(3), col: fc.nat(9) }), { nil: null }),
});

/** The workbook and the first row of each project. */
function build(spec: Spec): { data: FakeWorkbookData; starts: number[] } {
  const values: CellValue[][] = [];
  const starts: number[] = [];
  const merges = [];
  if (spec.title) values.push(["项目支出绩效目标表"]);
  if (spec.layout === "wide") {
    values.push(["项目名称", "金额（万元）", "绩效目标", "绩效指标"]);
    for (const p of spec.projects) {
      starts.push(values.length);
      values.push([NAMES[p.name], p.amount, GOALS[p.goal] || null, WIDE_TEXTS[p.text]]);
    }
  } else {
    values.push(LONG_HEADER_ROW.slice(0, 9));
    for (const p of spec.projects) {
      const first = values.length;
      starts.push(first);
      const n = Math.max(1, p.rows);
      for (let i = 0; i < n; i++) {
        const head =
          i === 0 || !p.merged ? [NAMES[p.name], p.amount, GOALS[p.goal] || null] : [null, null, null];
        values.push([...head, ...(i < p.rows ? LONG_ROWS[i] : [])]);
      }
      if (p.merged && n > 1) for (const c of "ABC") merges.push(merge(`${c}${first + 1}:${c}${first + n}`));
    }
  }
  // Stray content right of and below the table (never inside a merged area).
  for (const n of spec.noise) {
    const col = n.col < 10 ? n.col + 10 : n.col;
    while (values.length <= n.row) values.push([]);
    values[n.row][col] = n.text;
  }
  const sheet = fakeSheet({ name: "表", values, merges });
  const width = spec.layout === "wide" ? 4 : 9;
  if (spec.styled)
    for (const start of starts)
      for (let r = start; r < values.length && r < start + 5; r++)
        for (let c = 0; c < width; c++) {
          let cell = sheet.cells.get(key(r, c));
          if (!cell)
            sheet.cells.set(key(r, c), (cell = { value: null, fill: { none: true }, font: "#000000" }));
          cell.fill = { none: false, color: "#FFF2CC", pattern: "Solid", tint: 0, patternColor: "#000000" };
          cell.style = { verticalAlignment: "Center", borders: { top: THIN, bottom: THIN } };
          if (c === 1) cell.numberFormat = "0.00";
        }
  return { data: fakeWorkbook([sheet]), starts };
}

/** Every cell with content: "A1" → value. */
function contents(data: FakeWorkbookData): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const [k, c] of data.sheets[0].cells)
    if (c.value !== null && c.value !== "") out.set(toA1(Math.floor(k / COLS), k % COLS), c.value);
  return out;
}

describe.each(EACH_HOST)("insertion on %s", (_name, host) => {
  it("never replaces content without confirmation, and undo restores the sheet exactly", async () => {
    await fc.assert(
      fc.asyncProperty(specArb, fc.boolean(), async (spec, confirm) => {
        const { data, starts } = build(spec);
        const gateway = host.open(data);
        const start = starts[spec.select % starts.length];
        selectCell(data, "表", `A${start + 1}`);
        const target = await gateway.selectedProject();
        if (!target.ok || !target.value.project) return;
        let set;
        let goal;
        try {
          ({ set, goal } = suggestedSet(target.value, spec.part));
        } catch {
          return; // no complete suggestion for this project (no amount …)
        }
        const planned = planInsertion(target.value, set, {
          into: "project",
          mode: spec.part === "missing" ? "add" : "replace",
          goal,
        });
        if (!planned.ok) return;
        const plan = planned.value;
        if (spec.edit) {
          const cells = data.sheets[0].cells;
          const row = start + spec.edit.row;
          const k = row * COLS + spec.edit.col;
          const covered = data.sheets[0].merges.some(
            (m) => row > m.top && row <= m.bottom && spec.edit!.col >= m.left && spec.edit!.col <= m.right,
          );
          if (!covered)
            cells.set(k, {
              ...(cells.get(k) ?? { fill: { none: true }, font: "#000000" }),
              value: "用户改动",
            } as never);
        }
        const before = contents(data);
        const snapshot = userSnapshot(data);
        const out = await gateway.insertTemplate(plan, { confirmedOverwrite: confirm });
        if (!out.ok) {
          expect(userSnapshot(data)).toEqual(snapshot);
          return;
        }
        const at = plan.insertRows?.at ?? Infinity;
        const count = plan.insertRows?.count ?? 0;
        const after = contents(data);
        const listed = new Set(plan.overwrites.map((o) => o.cell));
        for (const [cell, v] of before) {
          const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
          const row = Number(m[2]) - 1;
          const moved = `${m[1]}${row >= at ? row + count + 1 : row + 1}`;
          if (confirm && listed.has(cell)) continue;
          expect([moved, after.get(moved)]).toEqual([moved, v]);
        }
        if (!confirm) expect(plan.overwrites).toEqual([]);
        const undone = await host.open(data).undoInsertion();
        expect(undone.ok).toBe(true);
        expect(userSnapshot(data)).toEqual(snapshot);
      }),
      {
        numRuns: 200,
        // Found by CI: the user types into a cell that a merged 一级 heading of the plan will cover, after
        // the plan was made; merging would have dropped it without asking.
        examples: [
          [
            {
              layout: "long",
              title: false,
              projects: [
                { name: 1, amount: 2, goal: 0, text: 0, rows: 0, merged: false },
                { name: 1, amount: 1, goal: 0, text: 0, rows: 0, merged: false },
              ],
              noise: [],
              select: 15,
              part: "full",
              styled: false,
              edit: { row: 0, col: 3 },
            },
            false,
          ],
        ],
      },
    );
  }, 120_000);
});
