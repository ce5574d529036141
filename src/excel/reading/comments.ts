/**
 * Where the workbook's threaded comments sit. Excel only says which cell a comment is on through
 * getLocation(), which needs the comment list first: the list is loaded in one sync and the locations
 * in the next one the caller makes anyway. A cell can hold a note or a comment thread, not both, so
 * marks need this before writing notes as well.
 */
import { splitSheetAddress } from "../../host/a1";
import type { XComment, XRange, XRequestContext, XWorkbook } from "../office-api";

export interface CommentInfo {
  id: string;
  content: string;
  sheet: string;
  cell: string;
}

export interface CommentIndex {
  /** Comment ids, sorted: if the set is unchanged, the locations still hold. */
  ids: string[];
  byCell: Map<string, CommentInfo>;
}

export const cellKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

/** Queue the comment list (ids and text). */
export function queueCommentList(workbook: XWorkbook): () => XComment[] {
  const comments = workbook.comments;
  comments.load("items/id,items/content");
  return () => comments.items;
}

/** Queue the comment list's ids only (their text and places are read in round trips of a limited size). */
export function queueCommentIds(workbook: XWorkbook): () => string[] {
  const comments = workbook.comments;
  comments.load("items/id");
  return () => comments.items.map((c) => c.id);
}

/** Rough characters of one comment's text and place in a response (the text is not known before it is read). */
const COMMENT_CHARS = 350;

/**
 * Every comment's text and place, about `budget` characters of response per round trip — for Excel on
 * the web, when a whole list was refused for its size.
 */
export async function readCommentsInPieces(
  ctx: XRequestContext,
  ids: readonly string[],
  budget: number,
): Promise<CommentIndex> {
  const per = Math.max(1, Math.floor(budget / COMMENT_CHARS));
  const list: { id: string; content: string; address: string }[] = [];
  for (let i = 0; i < ids.length; i += per) {
    const located = ids.slice(i, i + per).map((id) => {
      const c = ctx.workbook.comments.getItem(id);
      c.load("content");
      const where = c.getLocation();
      where.load("address");
      return { id, c, where };
    });
    await ctx.sync();
    for (const { id, c, where } of located) list.push({ id, content: c.content, address: where.address });
  }
  return indexFrom(list);
}

/** Queue each comment's location; the returned function builds the index after the next sync. */
export function queueCommentLocations(items: readonly XComment[]): () => CommentIndex {
  const located: { c: XComment; where: XRange }[] = items.map((c) => {
    const where = c.getLocation();
    where.load("address");
    return { c, where };
  });
  return () =>
    indexFrom(located.map(({ c, where }) => ({ id: c.id, content: c.content, address: where.address })));
}

/** The index from a fresh list whose ids match a known index: reuse its locations, take the new text. */
export function reuseLocations(items: readonly XComment[], known: CommentIndex): CommentIndex | null {
  const ids = items.map((c) => c.id).sort();
  if (ids.length !== known.ids.length || ids.some((id, i) => id !== known.ids[i])) return null;
  const where = new Map<string, CommentInfo>();
  for (const info of known.byCell.values()) where.set(info.id, info);
  return indexFrom(
    items.map((c) => {
      const w = where.get(c.id);
      return { id: c.id, content: c.content, address: w ? `'${w.sheet.replace(/'/g, "''")}'!${w.cell}` : "" };
    }),
  );
}

function indexFrom(list: { id: string; content: string; address: string }[]): CommentIndex {
  const byCell = new Map<string, CommentInfo>();
  for (const { id, content, address } of list) {
    const at = splitSheetAddress(address);
    if (at) byCell.set(cellKey(at.sheet, at.cell), { id, content, sheet: at.sheet, cell: at.cell });
  }
  return { ids: list.map((l) => l.id).sort(), byCell };
}

/** The index after the add-in added and deleted comments itself (ids of added ones known after the sync). */
export function withChanges(
  index: CommentIndex,
  added: readonly CommentInfo[],
  deletedIds: ReadonlySet<string>,
): CommentIndex {
  const byCell = new Map<string, CommentInfo>();
  for (const [k, v] of index.byCell) if (!deletedIds.has(v.id)) byCell.set(k, v);
  for (const a of added) byCell.set(cellKey(a.sheet, a.cell), a);
  const ids = index.ids
    .filter((id) => !deletedIds.has(id))
    .concat(added.map((a) => a.id))
    .sort();
  return { ids, byCell };
}
