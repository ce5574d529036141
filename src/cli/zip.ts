/**
 * The zip reader of src/xlsx/zip-read.ts (fflate, shared with the web edition) with Node Buffers for
 * the CLI's callers, and a writer. The sizes a zip declares are never trusted: inflating stops at the
 * budget whatever the header says, which is what keeps a zip bomb (a few KB that inflate to gigabytes)
 * from being expanded.
 */
import * as zlib from "zlib";
import * as shared from "../xlsx/zip-read";
import type { ZipEntry } from "../xlsx/zip-read";
import { writeZip as writeZipShared } from "../xlsx/zip-write";

// Node's zlib inflates a workbook's parts many times faster than fflate; fflate still decides every part
// zlib cannot inflate whole within the bounds (src/xlsx/zip-read.ts), so the results are the same.
// (zlib.crc32 is there from Node 20.15 on.)
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
shared.useNativeInflate(
  (raw, maxBytes) => {
    try {
      return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
    } catch {
      return undefined;
    }
  },
  zlibCrc32 && ((data) => zlibCrc32(data) >>> 0),
);

export { crc32, listZip, ZipBudgetError, ZipError, type ZipEntry } from "../xlsx/zip-read";

/** A Buffer over the same memory (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The raw (still compressed) bytes of an entry. */
export function rawData(buf: Buffer, e: ZipEntry): Buffer {
  return asBuffer(shared.rawData(buf, e));
}

/** An entry's bytes, inflated; ZipBudgetError as soon as they pass `maxBytes`. */
export function entryData(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  return asBuffer(shared.entryData(buf, e, maxBytes));
}

/** One entry to write: new bytes (deflated here), or an entry copied as it is from another zip. */
export type ZipOut = { name: string; data: Buffer } | { name: string; from: Buffer; entry: ZipEntry };

/** A zip of the given entries, in order (names UTF-8), new entries deflated by zlib. */
export function writeZip(entries: readonly ZipOut[]): Buffer {
  return asBuffer(writeZipShared(entries, (data) => zlib.deflateRawSync(data)));
}
