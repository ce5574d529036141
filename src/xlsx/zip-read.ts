/**
 * Just enough of the zip format to look inside a workbook before exceljs does: the central directory
 * (names, methods, sizes) and one entry's bytes inflated under a byte budget. Plain Uint8Array and
 * fflate, no Node API: the CLI (src/cli/preflight.ts) and the web edition read workbooks with this one
 * implementation.
 *
 * The sizes a zip declares are never trusted: inflating stops at the budget whatever the header says,
 * and an entry that inflates far more than deflate does on real XML is stopped after its first
 * megabytes (RATIO). That keeps a zip bomb (a few KB that inflate to gigabytes) from being expanded: the
 * input is fed to the inflater in small slices, so no single step can produce more than about a
 * thousand times a slice (deflate's own ceiling).
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** As declared: a hint, never a limit. */
  size: number;
  localOffset: number;
}

/** The zip is damaged or uses something this reader does not (a multi-disk archive, encryption). */
export class ZipError extends Error {}

/** An entry inflates to more bytes than allowed, or far more than its compressed size warrants. */
export class ZipBudgetError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: "budget" | "ratio",
  ) {
    super(`${entry}: ${reason}`);
  }
}

/**
 * Compression ratios beyond this are refused once an entry has inflated past `minBytes`. Real sheet
 * XML compresses 5–20 times (a million empty rows 7, a hundred thousand rows of styled empty cells
 * 12); runs of one byte or character reach deflate's ceiling of about 1,030. `minBytes` lets a single
 * absurd cell (millions of one character) through to be named by the per-cell limit instead.
 */
export const RATIO = { max: 500, minBytes: 32 * 1024 * 1024 } as const;

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Compressed bytes handed to the inflater at a time. */
const SLICE = 64 * 1024;

const latin1 = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};
const utf8 = new TextDecoder("utf-8");

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(p: number): number {
    return this.view.getUint16(p, true);
  }
  u32(p: number): number {
    return this.view.getUint32(p, true);
  }
  u64(p: number): number {
    return Number(this.view.getBigUint64(p, true));
  }
}

function findEocd(r: Reader): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, r.bytes.length - 22 - 0xffff);
  for (let i = r.bytes.length - 22; i >= stop; i--) if (r.u32(i) === EOCD) return i;
  return -1;
}

/** The central directory's entries, in order. Throws ZipError for anything that is not a sound zip. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ZipError("too short");
  const r = new Reader(bytes);
  const eocd = findEocd(r);
  if (eocd < 0) throw new ZipError("no end record");
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || r.u32(loc) !== ZIP64_EOCD_LOCATOR) throw new ZipError("zip64 locator");
    const at = r.u64(loc + 8);
    if (at + 56 > bytes.length || r.u32(at) !== ZIP64_EOCD) throw new ZipError("zip64 end");
    count = r.u64(at + 32);
    cdSize = r.u64(at + 40);
    cdOffset = r.u64(at + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipError("directory outside the file");
  // Each entry takes at least 46 bytes of the directory: a count beyond that is a lie.
  if (count * 46 > cdSize) throw new ZipError("directory entry");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || r.u32(p) !== CENTRAL) throw new ZipError("directory entry");
    const flags = r.u16(p + 8);
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > bytes.length) throw new ZipError("directory entry");
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const e: ZipEntry = {
      name: flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes),
      method: r.u16(p + 10),
      flags,
      crc: r.u32(p + 16),
      compressedSize: r.u32(p + 20),
      size: r.u32(p + 24),
      localOffset: r.u32(p + 42),
    };
    readZip64Extra(r, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readZip64Extra(r: Reader, start: number, len: number, e: ZipEntry): void {
  for (let q = start; q + 4 <= start + len;) {
    const id = r.u16(q);
    const size = r.u16(q + 2);
    if (id === 1) {
      let at = q + 4;
      const next = (): number => {
        if (at + 8 > q + 4 + size) throw new ZipError("zip64 extra");
        const v = r.u64(at);
        at += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    q += 4 + size;
  }
}

/** The raw (still compressed) bytes of an entry. */
export function rawData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const r = new Reader(bytes);
  const p = e.localOffset;
  if (p + 30 > bytes.length || r.u32(p) !== LOCAL) throw new ZipError("local header");
  const start = p + 30 + r.u16(p + 26) + r.u16(p + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipError("entry outside the file");
  return bytes.subarray(start, end);
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Inflates a raw deflate stream to at most `maxBytes` bytes, or gives undefined (damaged, longer, or
 * any other trouble). Set by a caller that has a faster inflater than fflate's (the CLI: Node's zlib).
 */
export type NativeInflate = (raw: Uint8Array, maxBytes: number) => Uint8Array | undefined;

let nativeInflate: NativeInflate | undefined;
let nativeCrc32: ((data: Uint8Array) => number) | undefined;

/** Let entryData try `inflate` first (see NativeInflate), and check its bytes with `crc` when given. */
export function useNativeInflate(inflate: NativeInflate, crc?: (data: Uint8Array) => number): void {
  nativeInflate = inflate;
  nativeCrc32 = crc;
}

/**
 * An entry's bytes, inflated and checked against its CRC; ZipBudgetError as soon as they pass
 * `maxBytes` or inflate beyond RATIO, ZipError when they are damaged.
 */
export function entryData(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Uint8Array {
  if (e.flags & 1) throw new ZipError("encrypted entry");
  const raw = rawData(bytes, e);
  let out: Uint8Array;
  if (e.method === 0) {
    if (raw.length > maxBytes) throw new ZipBudgetError(e.name, "budget");
    out = raw;
  } else if (e.method === 8) {
    // A native inflater's bytes are taken when they are whole and below every bound (so this inflater
    // would have produced the very same bytes without stopping); anything else is decided here.
    const fast = nativeInflate?.(raw, Math.min(maxBytes, RATIO.minBytes));
    if (fast && fast.length <= maxBytes && (nativeCrc32 ?? crc32)(fast) === e.crc) return fast;
    out = inflateBounded(raw, e.name, maxBytes);
  } else throw new ZipError(`method ${e.method}`);
  if (crc32(out) !== e.crc) throw new ZipError("crc");
  return out;
}

function inflateBounded(raw: Uint8Array, name: string, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new ZipBudgetError(name, "budget");
    if (chunk.length) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let p = 0; p < raw.length || p === 0; p += SLICE) {
      const end = Math.min(raw.length, p + SLICE);
      inflater.push(raw.subarray(p, end), end === raw.length);
      if (total > RATIO.minBytes && total > RATIO.max * end) throw new ZipBudgetError(name, "ratio");
      if (end === raw.length) break;
    }
  } catch (err) {
    if (err instanceof ZipBudgetError) throw err;
    throw new ZipError("inflate");
  }
  if (!ended) throw new ZipError("inflate");
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
