/**
 * Marking and clearing against Excel, in a fixed number of round trips whatever the table's size:
 *
 *   A  the record, sheet names, protection, comment list, and the current look of every cell concerned
 *      (cells named by the cached record and the targets, on sheets known to exist);
 *  (A2 only if A found something the cache did not predict: another record, new sheets, other comments)
 *   B  every write: restores first, then the new record, then the new marks. If B stops half-way, a cell
 *      whose restore or mark did not happen simply shows its original, which the next clear leaves alone.
 *  (B2 only on ExcelApi 1.10–1.17, when new threaded comments are added: see below)
 *
 * The record must hold each cell's original look, which is only known after A; that is why marking
 * needs two round trips and not one.
 */
import { cellsToAreas, chunkAreas, quoteSheet } from "./a1";
import type { ApiLevel } from "./capabilities";
import { SheetProbe } from "./cell-probe";
import {
  queueCommentList,
  queueCommentLocations,
  reuseLocations,
  withChanges,
  type CommentIndex,
  type CommentInfo,
} from "./comments";
import { planMarks, type MarkPlan, type SheetState, type Targets } from "./mark-plan";
import {
  decodeRecord,
  encodeRecord,
  MARK_FILL,
  MARK_FONT,
  MARKS_KEY,
  MAX_RECORD_CHARS,
  type MarkRecord,
  type MarkSeverity,
  type NoteKind,
} from "./marks-record";
import { MSG } from "./messages";
import type { XComment, XRequestContext, XWorksheet } from "./office-api";

/** What one gateway remembers between actions to save round trips; always re-validated. */
export interface Session {
  /** Sheets known to exist (from the last read); null when unknown. */
  sheetNames: Set<string> | null;
  /** The stored record text as last seen; undefined when never read. */
  recordRaw: string | null | undefined;
  comments: CommentIndex | null;
}

export function newSession(): Session {
  return { sheetNames: null, recordRaw: undefined, comments: null };
}

export type ApplyOutcome = { ok: true; plan: MarkPlan } | { ok: false; message: string };

interface Probed {
  ws: XWorksheet;
  probe: SheetProbe;
}

const RANK: Record<MarkSeverity, number> = { e: 0, w: 1, i: 2 };

export async function applyMarks(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  targets: Targets,
  retry = true,
): Promise<ApplyOutcome> {
  const wb = ctx.workbook;
  const kind: NoteKind = level.notes ? "note" : level.comments ? "comment" : "none";
  const probes = new Map<string, Probed>();
  const probeSheet = (sheet: string): Probed => {
    let p = probes.get(sheet);
    if (!p) {
      const ws = wb.worksheets.getItem(sheet);
      ws.protection.load("protected");
      probes.set(sheet, (p = { ws, probe: new SheetProbe(ws, level.notes) }));
    }
    return p;
  };
  const probeAll = (record: MarkRecord | null, exists: (s: string) => boolean): boolean => {
    let queued = false;
    for (const [sheet, cells] of wanted(targets, record)) {
      if (!exists(sheet)) continue;
      if (!probes.has(sheet)) queued = true;
      const p = probeSheet(sheet);
      for (const c of cells) {
        if (!p.probe.has(c)) {
          p.probe.queue(c);
          queued = true;
        }
      }
    }
    return queued;
  };

  // A: fresh record, names, comments — plus, speculatively, the cells the cache says are concerned.
  wb.worksheets.load("items/name");
  const recItem = wb.settings.getItemOrNullObject(MARKS_KEY);
  recItem.load("value");
  const commentList = level.comments ? queueCommentList(wb) : null;
  const cached = session.recordRaw === undefined ? undefined : session.recordRaw === null ? null : decodeRecord(session.recordRaw);
  const known = session.sheetNames;
  // Sheets named by findings almost always exist; if one does not, A fails and we start again
  // without guessing (A2 then probes what A found to exist).
  if (known) probeAll(cached ?? null, (s) => known.has(s));
  else if (retry) probeAll(null, () => true);
  try {
    await ctx.sync();
  } catch (err) {
    // A sheet the cache believed in is gone: start again without guessing.
    if (retry && probes.size > 0) {
      session.sheetNames = null;
      session.recordRaw = undefined;
      return applyMarks(ctx, level, session, targets, false);
    }
    throw err;
  }

  const names = new Set(wb.worksheets.items.map((w) => w.name));
  const raw = recItem.isNullObject ? null : asText(recItem.value);
  const old = raw === null ? null : decodeRecord(raw);
  if (old && old.kind === "note" && !level.notes && old.sheets.size > 0) return { ok: false, message: MSG.notesUnavailable };

  // A2: whatever A showed that the cache did not predict.
  let extra = probeAll(old, (s) => names.has(s));
  let comments: CommentIndex | null = null;
  let locate: (() => CommentIndex) | null = null;
  if (commentList) {
    const items = commentList();
    comments = session.comments ? reuseLocations(items, session.comments) : null;
    if (!comments && items.length === 0) comments = { ids: [], byCell: new Map() };
    if (!comments) {
      locate = queueCommentLocations(items);
      extra = true;
    }
  }
  if (extra) await ctx.sync();
  if (locate) comments = locate();

  const sheets = new Map<string, SheetState>();
  for (const [sheet] of wanted(targets, old)) {
    const p = probes.get(sheet);
    sheets.set(sheet, { exists: names.has(sheet) && p !== undefined, protected: p ? p.ws.protection.protected : false });
  }
  const plan = planWithinLimit(targets, (t) =>
    planMarks({
      old,
      targets: t,
      sheets,
      now: (sheet, cell) => probes.get(sheet)?.probe.collect(cell) ?? null,
      comments,
      kind,
    }),
  );
  if (raw !== null && old === null) plan.skipped.push({ sheet: "", message: MSG.recordUnreadable });

  // B: restores, record, marks.
  const deleted = new Set<string>();
  for (const op of plan.restoreComments) {
    if (op.op === "delete") {
      wb.comments.getItem(op.id).delete();
      deleted.add(op.id);
    }
  }
  for (const op of plan.restoreNotes) {
    if (op.op === "set") op.note.content = op.content;
    else if (op.op === "delete") op.note.delete();
  }
  for (const [sheet, w] of plan.writes) {
    const ws = probes.get(sheet)!.ws;
    for (const g of w.restoreFills) {
      for (const chunk of chunkAreas(cellsToAreas(g.cells))) {
        const fill = ws.getRanges(chunk).format.fill;
        if (g.fill.none) {
          fill.clear();
          continue;
        }
        fill.color = g.fill.color;
        if (g.fill.pattern) fill.pattern = g.fill.pattern;
        if (g.fill.tint !== null) fill.tintAndShade = g.fill.tint;
        if (g.fill.patternColor && g.fill.pattern && g.fill.pattern !== "Solid") fill.patternColor = g.fill.patternColor;
      }
    }
    for (const g of w.restoreFonts) {
      for (const chunk of chunkAreas(cellsToAreas(g.cells))) ws.getRanges(chunk).format.font.color = g.color;
    }
  }
  const newRaw = plan.record.sheets.size > 0 ? encodeRecord(plan.record) : null;
  if (newRaw !== null) wb.settings.add(MARKS_KEY, newRaw);
  else if (raw !== null) recItem.delete();
  for (const [sheet, w] of plan.writes) {
    const ws = probes.get(sheet)!.ws;
    for (const sev of ["e", "w"] as const) {
      for (const chunk of chunkAreas(cellsToAreas(w.markFills[sev]))) {
        const format = ws.getRanges(chunk).format;
        format.fill.color = MARK_FILL[sev];
        format.fill.pattern = "Solid";
        format.font.color = MARK_FONT[sev];
      }
    }
  }
  for (const op of plan.markNotes) {
    if (op.op === "add") probes.get(op.sheet)!.ws.notes.add(op.cell, op.content);
    else if (op.op === "set") op.note.content = op.content;
  }
  for (const op of plan.markComments) if (op.op === "set") wb.comments.getItem(op.id).content = op.content;
  await ctx.sync();

  // B2 (threaded comments only): a cell with an old-style note refuses a comment, and Excel cannot
  // show notes before ExcelApi 1.18 — so new comments go last, in their own round trip. If one is
  // refused, the ones after it are dropped; fills and the record are already in place.
  const added: { c: XComment; sheet: string; cell: string; content: string }[] = [];
  for (const op of plan.markComments) {
    if (op.op !== "add") continue;
    const c = wb.comments.add(`${quoteSheet(op.sheet)}!${op.cell}`, op.content);
    c.load("id");
    added.push({ c, sheet: op.sheet, cell: op.cell, content: op.content });
  }
  let commentsOk = true;
  if (added.length) {
    try {
      await ctx.sync();
    } catch {
      commentsOk = false;
      plan.skipped.push({ sheet: "", message: MSG.commentsRefused });
    }
  }

  session.sheetNames = names;
  session.recordRaw = newRaw;
  if (comments && commentsOk) {
    const infos: CommentInfo[] = added.map((a) => ({ id: a.c.id, content: a.content, sheet: a.sheet, cell: a.cell }));
    session.comments = withChanges(comments, infos, deleted);
  } else session.comments = null;
  return { ok: true, plan };
}

/** Sheets and cells an action concerns: the targets and everything on record. */
function wanted(targets: Targets, record: MarkRecord | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (sheet: string): Set<string> => {
    let s = out.get(sheet);
    if (!s) out.set(sheet, (s = new Set()));
    return s;
  };
  for (const [sheet, cells] of targets) for (const c of cells.keys()) add(sheet).add(c);
  if (record) for (const [sheet, cells] of record.sheets) for (const c of cells) add(sheet).add(c.cell);
  return out;
}

/** The plan, with the targets cut to the most severe ones when the record would be too big to store. */
function planWithinLimit(targets: Targets, plan: (t: Targets) => MarkPlan): MarkPlan {
  const full = plan(targets);
  if (encodeRecord(full.record).length <= MAX_RECORD_CHARS) return full;
  const all: { sheet: string; cell: string; sev: MarkSeverity }[] = [];
  for (const [sheet, cells] of targets) for (const [cell, t] of cells) all.push({ sheet, cell, sev: t.sev });
  all.sort((a, b) => RANK[a.sev] - RANK[b.sev]);
  let lo = 0;
  let hi = all.length;
  let best = plan(new Map());
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const p = plan(firstTargets(targets, all, mid));
    if (encodeRecord(p.record).length <= MAX_RECORD_CHARS) {
      best = p;
      lo = mid;
    } else hi = mid - 1;
  }
  best.skipped.push({ sheet: "", message: MSG.recordTooLarge(best.marked, all.length) });
  return best;
}

function firstTargets(targets: Targets, order: { sheet: string; cell: string }[], n: number): Targets {
  const out: Targets = new Map();
  for (const { sheet, cell } of order.slice(0, n)) {
    let m = out.get(sheet);
    if (!m) out.set(sheet, (m = new Map()));
    m.set(cell, targets.get(sheet)!.get(cell)!);
  }
  return out;
}

function asText(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}
