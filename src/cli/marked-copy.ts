/**
 * What makes a marked copy one: a custom document property the CLI writes into every copy
 * (docProps/custom.xml, `jixiao.markedCopy`, visible in Excel under 文件 → 信息 → 属性 → 高级属性 →
 * 自定义). Folder scans skip such files whatever their name or folder, so an --out-marked folder inside
 * (or equal to) the folder being checked works, and yesterday's copies are not checked again.
 *
 * And how a copy is written without ever replacing a file: the bytes go to a temporary file in the
 * target folder, which is then hard-linked under its final name — link fails when the name exists, so
 * nothing is overwritten even when two runs race, and a reader never sees a half-written workbook.
 */
import { constants, promises as fs } from "fs";
import * as path from "path";
import { readFileBytesSync } from "./read-xlsx";
import { entryData, listZip, writeZip, type ZipOut } from "./zip";

export const MARKER_PROPERTY = "jixiao.markedCopy";

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

function customXml(source: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${MARKER_PROPERTY}">` +
    `<vt:lpwstr>${esc(`绩效目标助手标记副本（原文件：${source}）`)}</vt:lpwstr></property></Properties>`
  );
}

/** The workbook exceljs wrote, with the marker property added (exceljs writes no custom properties). */
export function addMarker(xlsx: Buffer, source: string): Buffer {
  const entries = listZip(xlsx);
  const out: ZipOut[] = [];
  for (const e of entries) {
    if (e.name === CUSTOM_PART) continue;
    if (e.name === "[Content_Types].xml" || e.name === "_rels/.rels") {
      let xml = entryData(xlsx, e, 16 * 1024 * 1024).toString("utf8");
      xml =
        e.name === "_rels/.rels"
          ? xml.replace(
              "</Relationships>",
              `<Relationship Id="rIdJixiaoMarked" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`,
            )
          : xml.replace(
              "</Types>",
              `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`,
            );
      out.push({ name: e.name, data: Buffer.from(xml, "utf8") });
    } else out.push({ name: e.name, from: xlsx, entry: e });
  }
  out.push({ name: CUSTOM_PART, data: Buffer.from(customXml(source), "utf8") });
  return writeZip(out);
}

/** One buffer for every glance at a file. */
const scratch = { buf: Buffer.alloc(0) };

/**
 * Does the workbook at `file` carry the marker? false for anything unreadable. Read without the event
 * loop: a folder scan glances at every file before the first is checked, and the promise and
 * thread-pool round trips of five system calls per file took longer than the glance itself.
 */
export function isMarkedCopy(file: string): Promise<boolean> {
  return Promise.resolve(markedCopyAt(file));
}

function markedCopyAt(file: string): boolean {
  const read = readFileBytesSync(file, scratch);
  if (!read.ok) return false;
  try {
    const entry = listZip(read.buf).find((e) => e.name === CUSTOM_PART);
    return (
      entry !== undefined && entryData(read.buf, entry, 1024 * 1024).includes(`name="${MARKER_PROPERTY}"`)
    );
  } catch {
    return false;
  }
}

/**
 * Write `data` as `dest` if no file has that name. "exists" when one has (nothing is written then);
 * with `replace`, an existing file is replaced atomically (only for the tool's own earlier copy).
 */
export async function writeNewFile(
  dest: string,
  data: Buffer,
  replace = false,
): Promise<"written" | "exists"> {
  const dir = path.dirname(dest);
  await fs.mkdir(dir, { recursive: true });
  // Not .xlsx, so no folder scan ever picks it up. crypto is loaded here, not at start-up (it is slow
  // to load and a check without marked copies never needs it).
  const { randomBytes } = await import("crypto");
  const tmp = path.join(dir, `.~jixiao-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  await fs.writeFile(tmp, data, { flag: "wx" });
  try {
    if (replace) {
      await fs.rename(tmp, dest);
      return "written";
    }
    try {
      await fs.link(tmp, dest);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return "exists";
      // File systems without hard links (FAT, some network shares): an exclusive copy still never
      // replaces a file, though a reader could then see it while it is being copied.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
      try {
        await fs.copyFile(tmp, dest, constants.COPYFILE_EXCL);
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === "EEXIST") return "exists";
        throw e2;
      }
    }
    return "written";
  } finally {
    await fs.unlink(tmp).catch(() => undefined);
  }
}
