/**
 * A minimal reader for the zip container of an .xlsx: central directory, stored and deflated entries,
 * zip64 sizes. Reading from the central directory (not streaming local headers) means a truncated or
 * damaged file is reported as damaged instead of hanging or yielding half a workbook.
 */
import * as zlib from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export type ZipResult = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; reason: string };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

/** zlib.crc32 exists from node 20.15 / 22.2; without it the length check still catches most damage. */
const crc32: ((data: Buffer) => number) | undefined = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  return -1;
}

export function readZipDirectory(buf: Buffer): ZipResult {
  if (buf.length < 22) return { ok: false, reason: "too short" };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: "no end of central directory" };
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) return { ok: false, reason: "zip64 locator missing" };
    const z = Number(buf.readBigUInt64LE(loc + 8));
    if (z < 0 || z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD_SIG) return { ok: false, reason: "zip64 record missing" };
    count = Number(buf.readBigUInt64LE(z + 32));
    cdSize = Number(buf.readBigUInt64LE(z + 40));
    cdOffset = Number(buf.readBigUInt64LE(z + 48));
  }
  if (cdOffset + cdSize > buf.length) return { ok: false, reason: "central directory beyond end" };
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) return { ok: false, reason: "bad central entry" };
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    if (p + 46 + nameLen + extraLen > buf.length) return { ok: false, reason: "central entry beyond end" };
    applyZip64Extra(buf, p + 46 + nameLen, extraLen, entry);
    entries.set(entry.name.replace(/\\/g, "/"), entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

function applyZip64Extra(buf: Buffer, start: number, len: number, e: ZipEntry): void {
  let q = start;
  while (q + 4 <= start + len) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      if (e.size === U32_MAX && r + 8 <= q + 4 + size) (e.size = Number(buf.readBigUInt64LE(r))), (r += 8);
      if (e.compressedSize === U32_MAX && r + 8 <= q + 4 + size)
        (e.compressedSize = Number(buf.readBigUInt64LE(r))), (r += 8);
      if (e.localHeaderOffset === U32_MAX && r + 8 <= q + 4 + size) e.localHeaderOffset = Number(buf.readBigUInt64LE(r));
      return;
    }
    q += 4 + size;
  }
}

/** The entry's bytes; a string reason when they cannot be read intact. */
export function readZipEntry(buf: Buffer, e: ZipEntry): Buffer | string {
  if (e.flags & 1) return "encrypted entry";
  const h = e.localHeaderOffset;
  if (h < 0 || h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL_SIG) return "bad local header";
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) return "entry beyond end";
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (e.method === 0) data = raw;
  else if (e.method === 8) {
    try {
      data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
    } catch {
      return "inflate failed";
    }
  } else return `unsupported method ${e.method}`;
  if (data.length !== e.size) return "size mismatch";
  if (crc32 && crc32(data) >>> 0 !== e.crc >>> 0) return "crc mismatch";
  return data;
}
