/**
 * Marking and clearing against Excel, in a fixed number of round trips whatever the table's size.
 *
 * Right after a check (`markAfterCheck`): one round trip. The check already read everything marking
 * needs (knowledge.ts); the originals of newly marked cells are copied to a hidden sheet in the same
 * batch instead of being read first (hidden-sheet.ts, write-marks.ts).
 *
 * Otherwise (`applyMarks`, and always for clearing):
 *   A  the record, sheets, protection, comment list, and how every cell concerned looks now (cells named
 *      by the cached record and the targets, on sheets known to exist), with their notes and the
 *      originals kept in hidden sheets;
 *  (A2 only if A found something the cache did not predict: another record, new sheets, other comments)
 *   B  every write (write-marks.ts). Originals read in A are kept in the record itself.
 *
 * If Excel on the web refuses any of that for its size, `applyMarksInPieces` does it again, reading
 * first, in round trips of a limited size (A, A2 and B each cut into several).
 */
import type { ApiLevel } from "../capabilities";
import { CellReads } from "../reading/cell-reads";
import {
  queueCommentIds,
  queueCommentList,
  queueCommentLocations,
  readCommentsInPieces,
  reuseLocations,
} from "../reading/comments";
import { SHEET_LIST_PROPS } from "./hidden-sheet";
import { Knowledge, settingText } from "../knowledge";
import { planMarks, type MarkPlan, type Targets } from "./mark-plan";
import {
  decodeRecord,
  encodeRecord,
  MARKS_KEY,
  MAX_RECORD_CHARS,
  type MarkSeverity,
  type NoteKind,
} from "../../host/marks-record";
import { excelErrorMessage, isPayloadError, MSG } from "../messages";
import type { XRequestContext } from "../office-api";
import { FIRST_PIECE_BUDGET, halving, MIN_PIECE_BUDGET, type FreshRun } from "../reading/read-in-pieces";
import type { Session } from "../session";
import { writePlan } from "./write-marks";

export type ApplyOutcome = { ok: true; plan: MarkPlan } | { ok: false; message: string };

const RANK: Record<MarkSeverity, number> = { e: 0, w: 1, i: 2 };

/** Mark in one round trip with what the check just read. */
export async function markAfterCheck(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  known: Knowledge,
  targets: Targets,
): Promise<ApplyOutcome> {
  session.afterCheck = null;
  const guard = known.guard();
  if (guard === false) return applyMarks(ctx, level, session, targets);
  const planned = planFor(level, known, targets);
  if (!planned.ok) return planned;
  try {
    await writePlan(ctx, known, planned.plan, session, guard);
  } catch (err) {
    Object.assign(session, { sheetNames: null, recordRaw: undefined, comments: null });
    // Too large for Excel on the web: the caller writes again in smaller round trips.
    if (isPayloadError(err)) throw err;
    // The workbook changed since the check (the record rewritten elsewhere, a sheet renamed or
    // protected, a note added …).
    return { ok: false, message: MSG.changedSinceCheck(excelErrorMessage(err)) };
  }
  return planned;
}

/**
 * Read what is needed, then mark (or clear, with no targets). `budget`: characters of request per round
 * trip of the writes (write-marks.ts); Infinity, one round trip, unless Excel refused that for its size.
 */
export async function applyMarks(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  targets: Targets,
  budget = Infinity,
): Promise<ApplyOutcome> {
  session.afterCheck = null;
  const known = await probe(ctx, level, session, targets, true, budget);
  const planned = planFor(level, known, targets);
  if (!planned.ok) return planned;
  await writePlan(ctx, known, planned.plan, session, null, budget);
  return planned;
}

/**
 * Marking or clearing after Excel on the web refused a batch for its size. The refused batch may have
 * changed part of the workbook, and Excel does not say how much — only that what it applied is a prefix
 * of the batch, which write-marks.ts keeps safe. So every attempt is a fresh Excel.run that reads the
 * workbook again (record, cells, notes) and plans from what is there now, then writes in round trips of
 * about `budget` characters, reading too in round trips of about that size; refused again, the next
 * attempt halves the budget.
 */
export function applyMarksInPieces(
  run: FreshRun,
  level: ApiLevel,
  session: Session,
  targets: Targets,
): Promise<ApplyOutcome> {
  return halving(FIRST_PIECE_BUDGET, MIN_PIECE_BUDGET, (budget) => {
    Object.assign(session, { sheetNames: null, recordRaw: undefined, comments: null, afterCheck: null });
    return run((ctx) => applyMarks(ctx, level, session, targets, budget));
  });
}

function planFor(level: ApiLevel, known: Knowledge, targets: Targets): ApplyOutcome {
  const old = known.record;
  if (old && old.kind === "note" && !level.notes && old.sheets.size > 0)
    return { ok: false, message: MSG.notesUnavailable };
  const kind: NoteKind = level.notes ? "note" : level.comments ? "comment" : "none";
  const plan = planWithinLimit(targets, (t) => planMarks({ old, targets: t, known, kind }));
  if (known.recordRaw !== null && old === null)
    plan.skipped.push({ sheet: "", message: MSG.recordUnreadable });
  return { ok: true, plan };
}

/** A and A2 (see above). */
async function probe(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
  targets: Targets,
  guess: boolean,
  budget: number,
): Promise<Knowledge> {
  const wb = ctx.workbook;
  const known = new Knowledge();
  wb.worksheets.load(SHEET_LIST_PROPS);
  // Marking needs ExcelApi 1.9, so workbook protection (1.7) is there.
  wb.protection.load("protected");
  const recItem = wb.settings.getItemOrNullObject(MARKS_KEY);
  recItem.load("value");
  const revKeys = Knowledge.queueRevKeys(wb.settings);
  // In round trips of a limited size, the comments' text and places come later, a portion at a time.
  const paced = budget !== Infinity;
  const commentList = level.comments && !paced ? queueCommentList(wb) : null;
  const commentIds = level.comments && paced ? queueCommentIds(wb) : null;
  const reads = new CellReads(wb, known, level.notes);
  const cached =
    session.recordRaw === undefined || session.recordRaw === null ? null : decodeRecord(session.recordRaw);
  const names = session.sheetNames;
  const hidden = session.hiddenSheets;
  // Sheets named by findings almost always exist; if one does not, A fails and we start again
  // without guessing (A2 then reads what A found to exist).
  let queued = 0;
  if (names)
    queued = reads.queue(
      targets,
      cached,
      (s) => names.has(s),
      (h) => hidden.has(h),
    );
  else if (guess)
    queued = reads.queue(
      targets,
      null,
      () => true,
      () => false,
    );
  try {
    reads.issue(budget);
    await ctx.sync();
    // (Only in round trips of a limited size: reads the first one had no room for.)
    while (reads.hasWaiting) {
      reads.issue(budget);
      await ctx.sync();
    }
  } catch (err) {
    if (guess && queued > 0 && !isPayloadError(err)) {
      Object.assign(session, { sheetNames: null, recordRaw: undefined });
      return probe(ctx, level, session, targets, false, budget);
    }
    throw err;
  }

  known.setRecord(recItem.isNullObject ? null : settingText(recItem.value));
  for (const ws of wb.worksheets.items) {
    if (!known.noteHiddenSheet(ws))
      known.sheets.set(ws.name, { protected: ws.protection.protected, merges: [] });
  }
  known.structureProtected = wb.protection.protected;
  for (const k of revKeys()) known.revKeys.add(k);

  // A2: whatever A showed that the cache did not predict.
  let extra =
    reads.queue(
      targets,
      known.record,
      (s) => known.sheets.has(s),
      (h) => known.hiddenSheets.has(h),
    ) > 0;
  let locate: (() => Knowledge["comments"]) | null = null;
  if (commentIds) known.comments = await readCommentsInPieces(ctx, commentIds(), budget);
  if (commentList) {
    const items = commentList();
    known.comments = session.comments ? reuseLocations(items, session.comments) : null;
    if (!known.comments && items.length === 0) known.comments = { ids: [], byCell: new Map() };
    if (!known.comments) {
      locate = queueCommentLocations(items);
      extra = true;
    }
  }
  reads.issue(budget);
  if (extra) await ctx.sync();
  while (reads.hasWaiting) {
    reads.issue(budget);
    await ctx.sync();
  }
  if (locate) known.comments = locate();
  reads.collect();
  return known;
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
