/**
 * Workbooks for the CLI tests, written with exceljs into a temporary folder: a small wide (disclosure)
 * table with seed-like projects, and the broken inputs the CLI must turn into clear messages.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";

export const WIDE_SHEET = "绩效目标公开表";

/** 1-based Excel rows of the wide table. */
export const WIDE_ROWS = { title: 1, header: 2, total: 3, unit: 4, firstProject: 5 } as const;

export interface WideProject {
  name: string;
  amount: number | string | { error: string };
  goal: string;
  indicators: string[];
}

const MEETING: WideProject = {
  name: "1. 政协全委会议工作经费",
  amount: 10.85,
  goal: "1、成功举办政协全委会议，以提案和社情民意信息反映群众呼声。\n2、会议期间做好服务保障工作，确保各项议程顺利进行。",
  indicators: [
    "一、产出指标",
    "(一) 数量指标:",
    "1. 举行政协全委会议 =1次",
    "2. 接待参会委员 ≥162名",
    "(二) 质量指标:",
    "1. 政协委员参会率 ≥95%",
    "2. 会议异常事故发生次数 0%",
    "(三) 时效指标:",
    "1. 会议接待及时率 =100%",
    "(四) 成本指标:",
    "1. 会议筹办总成本 ≤10.85万元",
    "二、效益指标",
    "(一) 社会效益指标:",
    "1. 社情民意问题整改率 ≥98%",
    "(二) 可持续影响指标:",
    "1. 会议管理制度健全性 健全",
    "三、满意度指标",
    "1. 参会委员满意度 ≥95%",
  ],
};

/** Seed project 10: 工作完成及时率 has no value (value-missing, line 7 of its indicator cell). */
export const SERVICE_CENTRE: WideProject = {
  name: "2. 政协协商议政服务中心",
  amount: 3.8,
  goal: "保障政协协商议政服务中心正常运转，按时完成各项协商议政服务工作。",
  indicators: [
    "一、产出指标",
    "(一) 数量指标:",
    "1. 工作人员 =4名",
    "(二) 质量指标:",
    "1. 工作人员工作完成率 ≥98%",
    "(三) 时效指标:",
    "1. 工作完成及时率",
    "(四) 成本指标:",
    "1. 服务中心工作经费 ≤3.8万元",
    "二、效益指标",
    "(一) 社会效益指标:",
    "1. 协商议政服务保障率 ≥95%",
    "(二) 可持续影响指标:",
    "1. 服务管理制度健全性 健全",
    "三、满意度指标",
    "1. 政协委员满意度 ≥95%",
  ],
};

const PRINTING: WideProject = {
  name: "3. 文史资料出版费",
  amount: 2.5,
  goal: "编纂出版文史资料一种，印刷800册，按期发放各有关单位。",
  indicators: [
    "一、产出指标",
    "(一) 数量指标:",
    "1. 出版种数 =1种",
    "(二) 质量指标:",
    "1. 审校通过率 =100%",
    "(三) 时效指标:",
    "1. 按期出版率 =100%",
    "(四) 成本指标:",
    "1. 印刷出版总成本 ≤2.5万元",
    "二、效益指标",
    "(一) 社会效益指标:",
    "1. 发放覆盖率 ≥90%",
    "(二) 可持续影响指标:",
    "1. 资料保存年限 ≥10年",
    "三、满意度指标",
    "1. 读者满意度 ≥90%",
  ],
};

export interface WideOptions {
  projects?: WideProject[];
  /** The third project's amount written as text ("2.50"). */
  amountAsText?: boolean;
  /** The third project's amount is a #REF! error. */
  refError?: boolean;
  /** A note already on the second project's indicator cell. */
  noteOnServiceCentre?: string;
  /** Hide the unit row. */
  hideUnitRow?: boolean;
  protectSheet?: boolean;
  /** A second, empty sheet after the table. */
  extraEmptySheet?: boolean;
}

export function wideProjects(opts: WideOptions = {}): WideProject[] {
  const printing = { ...PRINTING };
  if (opts.amountAsText) printing.amount = "2.50";
  if (opts.refError) printing.amount = { error: "#REF!" };
  return opts.projects ?? [MEETING, SERVICE_CENTRE, printing];
}

export async function writeWideWorkbook(file: string, opts: WideOptions = {}): Promise<void> {
  const projects = wideProjects(opts);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(WIDE_SHEET);
  ws.getCell("A1").value = "示例县政协办公室2024年部门预算项目支出绩效目标公开表";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:E1");
  ws.getRow(2).values = ["单位编码", "单位及项目名称", "金额 (万元)", "绩效目标", "绩效指标"];
  const total = projects.reduce((s, p) => s + (typeof p.amount === "number" ? p.amount : 0), 0);
  ws.getRow(3).values = [null, "合计", Math.round(total * 100) / 100];
  ws.getRow(4).values = ["402", "示例县政协办", Math.round(total * 100) / 100];
  projects.forEach((p, i) => {
    const row = ws.getRow(WIDE_ROWS.firstProject + i);
    row.values = [null, p.name, null, p.goal, p.indicators.join("\n")];
    row.getCell(3).value = p.amount as ExcelJS.CellValue;
  });
  for (let r = 3; r < WIDE_ROWS.firstProject + projects.length; r++) ws.getCell(r, 3).numFmt = "0.00";
  if (opts.noteOnServiceCentre) ws.getCell(WIDE_ROWS.firstProject + 1, 5).note = opts.noteOnServiceCentre;
  if (opts.hideUnitRow) ws.getRow(WIDE_ROWS.unit).hidden = true;
  if (opts.protectSheet) await ws.protect("", {});
  if (opts.extraEmptySheet) wb.addWorksheet("说明");
  await wb.xlsx.writeFile(file);
}

export async function writeEmptyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  await wb.xlsx.writeFile(file);
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) whose directory names the given streams: how
 * Excel stores a workbook with an open password (EncryptionInfo, EncryptedPackage), and how .xls
 * (Workbook) and .doc (WordDocument) files look. Only the header and the directory are real.
 */
export function makeOle(streams: string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(0, 48); // first directory sector
  const entry = (name: string, type: number): Buffer => {
    const e = Buffer.alloc(128, 0);
    e.write(name, 0, "utf16le");
    e.writeUInt16LE((name.length + 1) * 2, 64);
    e[66] = type;
    return e;
  };
  const dir = [entry("Root Entry", 5), ...streams.map((s) => entry(s, 2))];
  while (dir.length % 4) dir.push(Buffer.alloc(128, 0));
  return Buffer.concat([header, ...dir, Buffer.alloc(1024, 0)]);
}

/** How Excel stores a workbook with an open password: an OLE container with the encrypted package. */
export function writeEncryptedFake(file: string): void {
  fs.writeFileSync(file, makeOle(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
}

/** A real workbook cut off halfway (an interrupted download or copy). */
export async function writeTruncatedWorkbook(file: string): Promise<void> {
  await writeWideWorkbook(file);
  const buf = fs.readFileSync(file);
  fs.writeFileSync(file, buf.subarray(0, Math.floor(buf.length / 2)));
}

export interface ZipSpec {
  name: string;
  data: string | Buffer;
  deflate?: boolean;
}

/** A zip written by hand (stored or deflated entries), for containers exceljs would not write. */
export function makeZip(entries: ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, "utf8");
    const body = e.deflate ? zlib.deflateRawSync(data) : data;
    const name = Buffer.from(e.name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A minimal .xlsx from raw sheet XML (for cell encodings exceljs never writes). */
export function makeXlsx(
  sheetXml: string,
  opts: { sharedStrings?: string; styles?: string; sheetName?: string } = {},
): Buffer {
  const rels = [
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`,
  ];
  const entries: ZipSpec[] = [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${opts.sheetName ?? "Sheet1"}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml, deflate: true },
  ];
  if (opts.sharedStrings) {
    rels.push(
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    );
    entries.push({ name: "xl/sharedStrings.xml", data: opts.sharedStrings, deflate: true });
  }
  if (opts.styles) {
    rels.push(
      `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>`,
    );
    entries.push({ name: "xl/styles.xml", data: opts.styles });
  }
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  });
  return makeZip(entries);
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export function makeTmpDir(prefix = "jixiao-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Collects what main() writes. */
export function captureIO(extra: Record<string, unknown> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      workerScript: null,
      ...extra,
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}
