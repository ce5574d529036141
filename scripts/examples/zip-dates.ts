/**
 * exceljs stamps every zip entry with the current time, so regenerating an unchanged example would still
 * change its bytes. This sets all entry dates to one fixed DOS date (the CRCs do not cover headers).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** 2024-01-01 00:00 in DOS format. */
export const FIXED_DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** A copy of `zip` with every entry dated `dosDate` 00:00; unchanged when it is not a zip it understands. */
export function stampZipDates(zip: Uint8Array, dosDate = FIXED_DOS_DATE): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries && p + 46 <= out.length && out.readUInt32LE(p) === CENTRAL; k++) {
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (local + 30 <= out.length && out.readUInt32LE(local) === LOCAL) {
      out.writeUInt16LE(0, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
