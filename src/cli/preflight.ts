/**
 * The CLI's way into a workbook: the limits of src/xlsx/preflight.ts and the exceljs workarounds of
 * src/xlsx/normalize-package.ts (both shared with the web edition), with Node Buffers and zlib.
 */
import { normalizePackage } from "../xlsx/normalize-package";
import { inspectPackage } from "../xlsx/preflight";
import { asBuffer, type ZipEntry } from "./zip";
import * as zlib from "zlib";

export { CORRUPT, countSheet, LIMIT_MESSAGES, LIMITS } from "../xlsx/preflight";

export type PreflightResult =
  | {
      ok: true;
      sheetNames: string[];
      /** Every part of the package as it was in the file, inflated (for the fast reader). */
      parts: Map<string, Buffer>;
      /** The package as exceljs can read it, made when asked for: the fast reader does not need it. */
      exceljsPackage(): Buffer;
    }
  | { ok: false; failure: "corrupt" | "too-large"; message: string };

/** Check the package against LIMITS; the package for exceljs on request. Never throws. */
export function preflight(buf: Buffer, entries: readonly ZipEntry[]): PreflightResult {
  const inspected = inspectPackage(buf, entries);
  if (!inspected.ok) return inspected;
  const inflated = new Map<string, Buffer>();
  for (const [name, p] of inspected.parts) inflated.set(name, asBuffer(p.data));
  return {
    ok: true,
    sheetNames: inspected.worksheets.map((w) => w.name),
    parts: inflated,
    exceljsPackage: () =>
      asBuffer(normalizePackage(buf, inspected.parts, inspected.worksheets, (d) => zlib.deflateRawSync(d))),
  };
}
