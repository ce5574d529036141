/**
 * Writing a mark plan in one batch. The order is what makes a batch that stops half-way safe — Excel
 * applies the commands before a failing one and drops the rest:
 *
 *   0  (written without reading first) the record's revision setting deleted: if someone else rewrote
 *      the record since the check, that setting is gone, and the batch fails here having changed nothing;
 *   1  hidden sheets created, those kept made VeryHidden again where a stopped batch left them merely
 *      Hidden, and the originals of newly marked cells copied into them;
 *   2  restores (notes, comments, fills, font colours) of cells no longer marked;
 *   3  hidden sheets no longer needed deleted (each made Hidden first: a VeryHidden sheet cannot be);
 *   4  the new record (it names only originals that step 1 saved or that were saved before), with a new
 *      revision and its setting;
 *   5  the new fills, notes and comment texts.
 *
 * Stopping before 4 leaves the old record, which still describes every cell showing a mark of ours (a
 * cell restored in 2 no longer shows our mark: the next clear sees that and leaves it alone). It also
 * still names the hidden sheets 3 deletes, so one left merely Hidden by a stop between its two commands
 * is still known as ours (hidden-sheet.ts) and deleted by the next mark or clear. Stopping
 * after 4 leaves cells not yet marked: they show their originals, which a clear leaves alone too; a
 * re-marked cell not reached still shows our previous mark, which the record names as `prev`. Stopping
 * between 0 and 4 leaves the old record without its revision setting: the next check sees that, and the
 * mark after it reads before writing.
 *
 * Because every prefix is safe, the same batch may also be cut into several round trips anywhere (Pacer,
 * below): that is how marks are written when Excel on the web refused the one batch for its size.
 *
 * New threaded comments (ExcelApi 1.10–1.17) go in a round trip of their own: a cell with an old-style
 * note refuses one, and Excel before 1.18 cannot list notes to avoid them. If one is refused, the ones
 * after it are dropped; fills and the record are already in place.
 */
import { chunkAreas, cellsToAreas, quoteSheet } from "../../host/a1";
import { withChanges, type CommentInfo } from "../reading/comments";
import { copyAreas } from "./hidden-sheet";
import type { Knowledge } from "../knowledge";
import type { MarkPlan } from "./mark-plan";
import { encodeRecord, MARK_FILL, MARKS_KEY, newRev, revKey } from "../../host/marks-record";
import { isPayloadError, MSG } from "../messages";
import type { XComment, XRequestContext, XWorksheet } from "../office-api";
import type { Session } from "../session";

export interface Written {
  /** The record text now in the workbook (null: none). */
  recordRaw: string | null;
}

/**
 * Roughly what each queued command adds to a request, besides the addresses and text it carries (the
 * object path and method, as Excel's JSON spells them).
 */
const COMMAND_CHARS = 60;

/**
 * Cuts one batch into round trips of about `budget` characters of request each (Infinity: a single
 * round trip). `take(chars)` before queueing a command: true when what is queued must be synced first.
 * Any cut is safe, as any prefix of the batch is (see above).
 */
export class Pacer {
  private used = 0;
  constructor(readonly budget: number) {}

  take(chars: number): boolean {
    const cost = chars + COMMAND_CHARS;
    const full = this.used > 0 && this.used + cost > this.budget;
    this.used = full ? cost : this.used + cost;
    return full;
  }
}

/**
 * Queue the plan's writes and sync; throws what Excel throws for the main batch. `guard`: the revision
 * setting to delete first (a batch written from a check's knowledge), or null (written after reading).
 * `budget`: characters of request per round trip — Infinity (one round trip) unless Excel on the web
 * refused a batch for its size (apply-marks.ts, applyMarksInPieces).
 */
export async function writePlan(
  ctx: XRequestContext,
  known: Knowledge,
  plan: MarkPlan,
  session: Session,
  guard: string | null,
  budget = Infinity,
): Promise<Written> {
  const wb = ctx.workbook;
  const pace = new Pacer(budget);
  /** Before queueing a command that sends `chars` characters of addresses and text. */
  const room = async (chars: number): Promise<void> => {
    if (pace.take(chars)) await ctx.sync();
  };
  // 0 Nobody rewrote the record since it was read.
  if (guard !== null) {
    await room(guard.length);
    wb.settings.getItem(guard).delete();
  }
  const sheets = new Map<string, XWorksheet>();
  const sheet = (name: string): XWorksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = wb.worksheets.getItem(name)));
    return ws;
  };

  // 1 Hidden sheets and the originals of newly marked cells.
  for (const [, name] of plan.createHidden) {
    await room(name.length * 2);
    const h = wb.worksheets.add(name);
    h.visibility = "VeryHidden";
    sheets.set(name, h);
  }
  for (const name of new Set(plan.record.hidden.values())) {
    if (!known.merelyHidden.has(name) || plan.deleteHidden.includes(name)) continue;
    await room(name.length + COMMAND_CHARS);
    sheet(name).visibility = "VeryHidden";
  }
  for (const [name, w] of plan.writes) {
    if (w.copies.length === 0) continue;
    const h = sheet(plan.record.hidden.get(name)!);
    // skipBlanks false: an empty cell's formats are copied too.
    for (const area of copyAreas(w.copies, known.sheets.get(name)?.merges ?? [])) {
      await room(area.length * 2 + name.length);
      h.getRange(area).copyFrom(`${quoteSheet(name)}!${area}`, "Formats", false, false);
    }
  }

  // 2 Restores.
  const deleted = new Set<string>();
  for (const op of plan.restoreComments) {
    if (op.op === "delete") {
      await room(op.id.length);
      wb.comments.getItem(op.id).delete();
      deleted.add(op.id);
    }
  }
  for (const op of plan.restoreNotes) {
    await room(op.cell.length + (op.op === "delete" ? 0 : op.content.length));
    const note = sheet(op.sheet).notes.getItem(op.cell);
    if (op.op === "delete") note.delete();
    else note.content = op.content;
  }
  for (const [name, w] of plan.writes) {
    const ws = sheet(name);
    for (const g of w.restoreFills) {
      for (const chunk of chunkAreas(cellsToAreas(g.cells))) {
        // Up to four properties set on one set of areas.
        await room(chunk.length + 4 * COMMAND_CHARS);
        const fill = ws.getRanges(chunk).format.fill;
        if (g.fill.none) {
          fill.clear();
          continue;
        }
        fill.color = g.fill.color;
        if (g.fill.pattern) fill.pattern = g.fill.pattern;
        if (g.fill.tint !== null) fill.tintAndShade = g.fill.tint;
        if (g.fill.patternColor && g.fill.pattern && g.fill.pattern !== "Solid")
          fill.patternColor = g.fill.patternColor;
      }
    }
    if (w.restoreFrom !== undefined) {
      for (const area of copyAreas(w.restoreCopies, known.sheets.get(name)?.merges ?? [])) {
        await room(area.length * 2 + w.restoreFrom.length);
        ws.getRange(area).copyFrom(`${quoteSheet(w.restoreFrom)}!${area}`, "Formats", false, false);
      }
    }
    for (const g of w.restoreFonts) {
      for (const chunk of chunkAreas(cellsToAreas(g.cells))) {
        await room(chunk.length);
        ws.getRanges(chunk).format.font.color = g.color;
      }
    }
  }

  // 3 Hidden sheets no longer needed, before the record that no longer names them (a VeryHidden
  //   sheet cannot be deleted as it is).
  for (const name of plan.deleteHidden) {
    await room(name.length + COMMAND_CHARS);
    const h = sheet(name);
    h.visibility = "Hidden";
    h.delete();
  }

  // 4 The record, with a new revision. (After reading, every revision setting seen goes; written from a
  //   check's knowledge, only the guard, deleted in 0 — others may have gone since.)
  //   The record and its revision setting travel together: a cut between them would leave a record
  //   that a check cannot guard.
  if (guard === null) {
    for (const k of known.revKeys) {
      await room(k.length);
      wb.settings.getItem(k).delete();
    }
  }
  let recordRaw: string | null = null;
  if (plan.record.sheets.size > 0) {
    plan.record.rev = newRev();
    recordRaw = encodeRecord(plan.record);
    // Written as JSON text inside JSON: every quote escaped.
    await room(recordRaw.length * 1.25 + 2 * COMMAND_CHARS);
    wb.settings.add(MARKS_KEY, recordRaw);
    wb.settings.add(revKey(plan.record.rev), "1");
  } else if (known.recordRaw !== null) {
    await room(MARKS_KEY.length);
    wb.settings.getItem(MARKS_KEY).delete();
  }

  // 5 Marks.
  for (const [name, w] of plan.writes) {
    const ws = sheet(name);
    for (const sev of ["e", "w"] as const) {
      for (const chunk of chunkAreas(cellsToAreas(w.markFills[sev]))) {
        await room(chunk.length + 2 * COMMAND_CHARS);
        const format = ws.getRanges(chunk).format;
        format.fill.color = MARK_FILL[sev];
        format.fill.pattern = "Solid";
      }
    }
  }
  for (const op of plan.markNotes) {
    if (op.op !== "delete") await room(op.cell.length + op.content.length);
    if (op.op === "add") sheet(op.sheet).notes.add(op.cell, op.content);
    else if (op.op === "set") sheet(op.sheet).notes.getItem(op.cell).content = op.content;
  }
  for (const op of plan.markComments) {
    if (op.op !== "set") continue;
    await room(op.id.length + op.content.length);
    wb.comments.getItem(op.id).content = op.content;
  }
  await ctx.sync();

  // Threaded comments, last and on their own.
  const added: { c: XComment; sheet: string; cell: string; content: string }[] = [];
  const commentPace = new Pacer(budget);
  let commentsOk = true;
  try {
    for (const op of plan.markComments) {
      if (op.op !== "add") continue;
      if (commentPace.take(op.sheet.length + op.cell.length + op.content.length)) await ctx.sync();
      const c = wb.comments.add(`${quoteSheet(op.sheet)}!${op.cell}`, op.content);
      c.load("id");
      added.push({ c, sheet: op.sheet, cell: op.cell, content: op.content });
    }
    if (added.length) await ctx.sync();
  } catch (err) {
    // Too large for Excel on the web: the caller writes again in smaller round trips.
    if (isPayloadError(err)) throw err;
    commentsOk = false;
    plan.skipped.push({ sheet: "", message: MSG.commentsRefused });
  }

  // What this gateway now knows for its next action.
  session.sheetNames = new Set(known.sheets.keys());
  session.recordRaw = recordRaw;
  session.hiddenSheets = new Set(
    [...known.hiddenSheets, ...plan.createHidden.values()].filter((h) => !plan.deleteHidden.includes(h)),
  );
  if (known.comments && commentsOk) {
    const infos: CommentInfo[] = added.map((a) => ({
      id: a.c.id,
      content: a.content,
      sheet: a.sheet,
      cell: a.cell,
    }));
    session.comments = withChanges(known.comments, infos, deleted);
  } else session.comments = null;
  return { recordRaw };
}
