/**
 * A zip writer over plain Uint8Arrays: new entries deflated (fflate by default; the CLI passes Node's
 * zlib, which is faster), copied entries taken as they are from another zip. No Node API: the CLI and
 * the web edition write packages with this one implementation.
 */
import { deflateSync } from "fflate";
import { crc32, rawData, type ZipEntry } from "./zip-read";

/** One entry to write: new bytes (deflated here), or an entry copied as it is from another zip. */
export type ZipOut = { name: string; data: Uint8Array } | { name: string; from: Uint8Array; entry: ZipEntry };

/** Raw DEFLATE (no zlib header) of `data`. */
export type Deflate = (data: Uint8Array) => Uint8Array;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const fflateDeflate: Deflate = (data) => deflateSync(data, { level: 6 });

const utf8 = new TextEncoder();

/** A zip of the given entries, in order (names UTF-8). */
export function writeZip(entries: readonly ZipOut[], deflate: Deflate = fflateDeflate): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    let method: number, crc: number, size: number, body: Uint8Array;
    if ("data" in e) {
      method = 8;
      crc = crc32(e.data);
      size = e.data.length;
      body = deflate(e.data);
    } else {
      method = e.entry.method;
      crc = e.entry.crc;
      size = e.entry.size;
      body = rawData(e.from, e.entry);
    }
    const name = utf8.encode(e.name);
    const local = new Uint8Array(30);
    const l = new DataView(local.buffer);
    l.setUint32(0, LOCAL, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x800, true);
    l.setUint16(8, method, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    const dir = new Uint8Array(46);
    const d = new DataView(dir.buffer);
    d.setUint32(0, CENTRAL, true);
    d.setUint16(4, 20, true);
    d.setUint16(6, 20, true);
    d.setUint16(8, 0x800, true);
    d.setUint16(10, method, true);
    d.setUint32(16, crc, true);
    d.setUint32(20, body.length, true);
    d.setUint32(24, size, true);
    d.setUint16(28, name.length, true);
    d.setUint32(42, offset, true);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  let cdSize = 0;
  for (const c of central) cdSize += c.length;
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, EOCD, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const p of [...parts, ...central, end]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
