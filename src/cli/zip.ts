/**
 * Just enough of the zip format to look inside a workbook before exceljs does, and to write one back:
 * the central directory (names, methods, sizes), one entry's bytes inflated under a byte budget, and a
 * writer. The sizes a zip declares are never trusted: inflating stops at the budget whatever the header
 * says, which is what keeps a zip bomb (a few KB that inflate to gigabytes) from being expanded.
 */
import * as zlib from "zlib";

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

/** An entry inflates to more bytes than allowed. */
export class ZipBudgetError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The central directory's entries, in order. Throws ZipError for anything that is not a sound zip. */
export function listZip(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError("too short");
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipError("no end record");
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_EOCD_LOCATOR) throw new ZipError("zip64 locator");
    const at = Number(buf.readBigUInt64LE(loc + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError("zip64 end");
    count = Number(buf.readBigUInt64LE(at + 32));
    cdSize = Number(buf.readBigUInt64LE(at + 40));
    cdOffset = Number(buf.readBigUInt64LE(at + 48));
  }
  if (cdOffset + cdSize > buf.length) throw new ZipError("directory outside the file");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError("directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > buf.length) throw new ZipError("directory entry");
    const e: ZipEntry = {
      name: buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      flags,
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    readZip64Extra(buf, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readZip64Extra(buf: Buffer, start: number, len: number, e: ZipEntry): void {
  for (let q = start; q + 4 <= start + len;) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const next = (): number => {
        if (r + 8 > q + 4 + size) throw new ZipError("zip64 extra");
        const v = Number(buf.readBigUInt64LE(r));
        r += 8;
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
export function rawData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError("local header");
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError("entry outside the file");
  return buf.subarray(start, end);
}

/** An entry's bytes, inflated; ZipBudgetError as soon as they pass `maxBytes`. */
export function entryData(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  if (e.flags & 1) throw new ZipError("encrypted entry");
  const raw = rawData(buf, e);
  if (e.method === 0) {
    if (raw.length > maxBytes) throw new ZipBudgetError(e.name);
    return raw;
  }
  if (e.method !== 8) throw new ZipError(`method ${e.method}`);
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ZipBudgetError(e.name);
    throw new ZipError("inflate");
  }
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

export function crc32(data: Buffer): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One entry to write: new bytes (deflated here), or an entry copied as it is from another zip. */
export type ZipOut = { name: string; data: Buffer } | { name: string; from: Buffer; entry: ZipEntry };

/** A zip of the given entries, in order (names UTF-8). */
export function writeZip(entries: readonly ZipOut[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let method: number, crc: number, size: number, body: Buffer;
    if ("data" in e) {
      method = 8;
      crc = crc32(e.data);
      size = e.data.length;
      body = zlib.deflateRawSync(e.data);
    } else {
      method = e.entry.method;
      crc = e.entry.crc;
      size = e.entry.size;
      body = rawData(e.from, e.entry);
    }
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
