/**
 * Writing an insertion plan, in two round trips whatever the table's size:
 *
 *   1  protection; the cells the plan expects (the project's name, every cell it writes that exists
 *      now) as they are now; the merged areas it splits or makes; the formats of the row new rows copy;
 *      the mark record (rows move it);
 *   2  — only when everything is as planned, and any cell with content that would be replaced was
 *      confirmed — the rows inserted, merged areas split, formats, values, merged areas made, the mark
 *      record moved, and the record of this insertion (for 撤销插入) saved in the workbook.
 *
 * A protected sheet, a table changed since it was read or an unconfirmed replacement: nothing written.
 */
import { rangeToA1, toA1, type CellRange } from "../../core/grid";
import { parseAreaList } from "../../host/a1";
import type { ApiLevel } from "../capabilities";
import type { InsertSummary, Outcome } from "../../host/gateway";
import { MSG } from "../messages";
import type { XRequestContext, XWorksheet } from "../office-api";
import type { Session } from "../session";
import {
  boundingBox,
  COPY_PROPS,
  LoadedBox,
  rowsAddress,
  sameValue,
  settableFrom,
  writeCells,
} from "./cells-io";
import {
  encodeInsertRecord,
  INSERT_KEY,
  newSheetRecord,
  placedRecord,
  swallowedCells,
} from "../../host/insert/insert-record";
import { queueMarksRead, queueMarksShift } from "./marks-io";
import { writeNewSheet } from "./new-sheet";
import type { InsertionPlan } from "../../host/insert/types";

const fail = (message: string): Outcome<never> => ({ ok: false, message });
const sameRange = (a: CellRange, b: CellRange) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export async function runInsert(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  plan: InsertionPlan,
  confirmed: boolean,
): Promise<Outcome<InsertSummary>> {
  session.afterCheck = null;
  if (plan.kind === "sheet") return insertSheet(ctx, level, session, plan);
  const wb = ctx.workbook;
  const ws = wb.worksheets.getItem(plan.sheet);
  ws.protection.load("protected");
  const at = plan.insertRows?.at ?? Infinity;
  const now = LoadedBox.queue(ws, boundingBox(plan.expect));
  // Merged areas where the plan splits or makes them (above any inserted row).
  const mergeZone = boundingBox(
    [...plan.unmerge, ...plan.merge]
      .filter((m) => m.top < at)
      .flatMap((m) => [
        { row: m.top, col: m.left },
        { row: Math.min(m.bottom, at - 1), col: m.right },
      ]),
  );
  let mergesNow: { zone: CellRange; read: () => CellRange[] } | null = null;
  if (mergeZone && level.mergedAreas) {
    const areas = ws.getRange(rangeToA1(mergeZone)).getMergedAreasOrNullObject();
    areas.load("address");
    mergesNow = { zone: mergeZone, read: () => (areas.isNullObject ? [] : parseAreaList(areas.address)) };
  }
  const from = plan.formatFrom;
  const template = from
    ? ws.getRange(rangeToA1({ top: from.row, left: from.left, bottom: from.row, right: from.right }))
    : null;
  const props = template ? template.getCellProperties(COPY_PROPS) : null;
  template?.load("numberFormat");
  const marks = plan.insertRows ? queueMarksRead(ctx) : null;
  const wraps = plan.wrap.map((w) => ({
    ...w,
    now: ws.getRange(toA1(w.row, w.col)).getCellProperties({ format: { wrapText: true } }),
  }));
  try {
    await ctx.sync();
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === "ItemNotFound")
      return fail(MSG.insertSheetMissing(plan.sheet));
    throw err;
  }

  if (ws.protection.protected) return fail(MSG.insertProtected(plan.sheet));
  for (const e of plan.expect) {
    const t = now!.text(e.row, e.col);
    if (t !== e.text) return fail(MSG.insertChanged(toA1(e.row, e.col), t));
  }
  if (mergesNow) {
    const current = mergesNow.read();
    const planned = plan.unmerge.filter((m) => m.top < at);
    if (!planned.every((m) => current.some((c) => sameRange(c, m)))) return fail(MSG.insertMergesChanged);
    const made = plan.merge
      .map((m) => ({ ...m, bottom: Math.min(m.bottom, at - 1) }))
      .filter((m) => m.top <= m.bottom);
    for (const c of current) {
      if (made.some((m) => overlaps(m, c)) && !planned.some((p) => sameRange(p, c)))
        return fail(MSG.insertMergesChanged);
    }
  }
  // Every cell with content that would be replaced must be on the list the user confirmed.
  const listed = new Set(plan.overwrites.map((o) => o.cell));
  for (const w of plan.writes) {
    if (w.row >= at) continue;
    const before = now && now.inside(w.row, w.col) ? now.value(w.row, w.col) : undefined;
    if (before === undefined) return fail(MSG.insertChanged(toA1(w.row, w.col), "（未读取）"));
    if (before !== null && !sameValue(before, w.value) && !listed.has(toA1(w.row, w.col)))
      return fail(MSG.insertUnlisted(toA1(w.row, w.col)));
  }
  // A merged area the plan makes keeps only its first cell: the others must still be empty (or listed).
  for (const { row, col } of swallowedCells(plan))
    if (now && now.inside(row, col) && now.value(row, col) !== null && !listed.has(toA1(row, col)))
      return fail(MSG.insertUnlisted(toA1(row, col)));
  if (plan.overwrites.length > 0 && !confirmed)
    return fail(MSG.insertNeedsConfirmation(plan.overwrites.map((o) => o.cell)));

  const wrapOn = wraps.filter((w) => w.now.value[0]?.[0]?.format?.wrapText === false);
  const record = placedRecord(plan, plan.sheet, (r, c) => now!.value(r, c), wrapOn);

  // 2 Writes.
  if (plan.insertRows) {
    const { at: first, count } = plan.insertRows;
    queueMarksShift(ctx, marks!, session, plan.sheet, first, count, "insert");
    ws.getRange(rowsAddress(first, count)).insert("Down");
    if (from && props && template)
      formatRows(ws, first, count, from, props.value[0] ?? [], (template.numberFormat[0] ?? []) as unknown[]);
    session.comments = null;
  }
  for (const m of plan.unmerge) ws.getRange(rangeToA1(m)).unmerge();
  writeCells(ws, plan.writes);
  for (const w of wrapOn)
    ws.getRange(toA1(w.row, w.col)).setCellProperties([[{ format: { wrapText: true } }]]);
  for (const m of plan.merge) ws.getRange(rangeToA1(m)).merge(false);
  const raw = encodeInsertRecord(record);
  wb.settings.add(INSERT_KEY, raw);
  ws.activate();
  ws.getRange(rangeToA1(plan.select)).select();
  await ctx.sync();
  session.insertRecordRaw = raw;
  return {
    ok: true,
    value: {
      sheet: plan.sheet,
      summary: plan.summary,
      cells: plan.writes.length,
      insertedRows: plan.insertRows?.count ?? 0,
    },
  };
}

/** The inserted rows take the template row's formats (fill cleared first: "No Fill" is not a colour). */
function formatRows(
  ws: XWorksheet,
  at: number,
  count: number,
  from: { left: number; right: number },
  props: Parameters<typeof settableFrom>[0][],
  numberFormat: unknown[],
): void {
  const area = ws.getRange(
    rangeToA1({ top: at, left: from.left, bottom: at + count - 1, right: from.right }),
  );
  area.format.fill.clear();
  const row = Array.from({ length: from.right - from.left + 1 }, (_, i) => settableFrom(props[i]));
  area.setCellProperties(Array.from({ length: count }, () => row));
  const nf = Array.from({ length: from.right - from.left + 1 }, (_, i) =>
    typeof numberFormat[i] === "string" ? numberFormat[i] : "General",
  );
  area.numberFormat = Array.from({ length: count }, () => nf);
}

async function insertSheet(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  plan: InsertionPlan,
): Promise<Outcome<InsertSummary>> {
  const wb = ctx.workbook;
  const layout = plan.newSheet!;
  wb.worksheets.load("items/name");
  if (level.workbookName) wb.protection.load("protected");
  await ctx.sync();
  if (level.workbookName && wb.protection.protected) return fail(MSG.insertStructureProtected);
  const names = wb.worksheets.items.map((w) => w.name);
  const { name, summary, record } = newSheetRecord(plan, names);
  const ws = wb.worksheets.add(name);
  writeNewSheet(ws, layout, plan.merge);
  const raw = encodeInsertRecord(record);
  wb.settings.add(INSERT_KEY, raw);
  ws.activate();
  ws.getRange(rangeToA1(plan.select)).select();
  await ctx.sync();
  session.insertRecordRaw = raw;
  session.sheetNames?.add(name);
  return { ok: true, value: { sheet: name, summary, cells: record.cells.length, insertedRows: 0 } };
}
