/**
 * What one gateway remembers between actions to save round trips. Everything in it is re-validated
 * before use, except `afterCheck`: the knowledge a check just gathered, which the mark that follows
 * trusts so it can write in one round trip (if the workbook changed in between, that batch fails and
 * says to check again). Any write forgets it.
 */
import type { CommentIndex } from "./reading/comments";
import type { Knowledge } from "./knowledge";

export interface Session {
  /** The user's sheets as last seen; null when unknown. */
  sheetNames: Set<string> | null;
  /** The add-in's hidden sheets as last seen (meaningful when sheetNames is known). */
  hiddenSheets: Set<string>;
  /** The stored record text as last seen; undefined when never read. */
  recordRaw: string | null | undefined;
  comments: CommentIndex | null;
  afterCheck: Knowledge | null;
  /** The insertion record text as last written or read; undefined when never read (insert/insert-record.ts). */
  insertRecordRaw?: string | null;
}

export function newSession(): Session {
  return {
    sheetNames: null,
    hiddenSheets: new Set(),
    recordRaw: undefined,
    comments: null,
    afterCheck: null,
  };
}
