/** The messages between the page and its reading worker (reader.ts, reader-worker.ts). */
import type { Workbook } from "../core/grid";
import type { Settings } from "../core/settings";

/** Page → worker: read and check this file with these settings. */
export interface ReadRequest {
  job: number;
  name: string;
  file: Blob;
  settings: Settings;
}

/** Worker → page: the worker has started (sent once), or a file read. */
export type ReaderMessage =
  | { kind: "ready" }
  | {
      kind: "read";
      job: number;
      /** The package read (transferred, not copied); empty when the file was not read. */
      bytes: Uint8Array;
      workbook: Workbook | null;
      /** The CheckResult with its Decimals encoded (transfer.ts); null when not checked. */
      result: unknown;
      error?: string;
    };
