/**
 * The command line under hostile input (`npm run test:hostile`, after `npm test` in CI): every kind of
 * bad input below is generated here, the compiled CLI runs on it as a user would, and for each the
 * suite asserts the exit code, exactly one Chinese line per bad input on stderr (no stack trace, no
 * English library message), a time bound, a memory bound (peak RSS of the whole process, worker
 * threads included) and that no input changed (sha256 of every file that was there before).
 */
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  HOSTILE_FILES,
  gridRows,
  oneSharedString,
  sharedTextRows,
  makeOle,
  makeXlsx,
  makeZip,
  mkfifo,
  sheet,
  write,
  writeWideWorkbook,
} from "./inputs";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "jixiao.js");
const PROBE = path.join(__dirname, "rss-probe.js");

/** Peak memory of any run, MB (the issue's bound for a single input). */
const MAX_RSS_MB = 1500;
/**
 * Time bound of a run, ms: a hang guard, not a speed test. Refusals take about a second on an idle
 * machine; the bound leaves room for a machine shared with other builds.
 */
const DEFAULT_MAX_MS = 60_000;

type Codes = number | number[];

interface Case {
  name: string;
  /** Creates the inputs in the case's own folder. */
  setup(dir: string): Promise<void> | void;
  args: string[];
  env?: Record<string, string>;
  /** Allowed exit codes (a checkable workbook may have error findings or not). */
  code: Codes;
  /** Lines on stderr (default: 1 for exit 2, else 0). */
  lines?: number;
  /** What stderr must say. */
  says?: RegExp;
  /** What stderr must not say. */
  never?: RegExp;
  maxMs?: number;
  /** Further checks on the folder afterwards. */
  after?(dir: string): void;
}

const wide = (dir: string, name: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  return writeWideWorkbook(path.join(dir, name));
};
const one = (v: string | number) => sheet(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);

const CASES: Case[] = [
  // files every reader refuses (shared with the web edition's tests: inputs.ts HOSTILE_FILES)
  ...HOSTILE_FILES.map((h): Case => ({
    name: h.what,
    setup: (d) => void write(d, h.file, h.make()),
    args: ["check", h.file],
    code: 2,
    says: h.says,
    never: h.never,
  })),
  // damaged zips
  {
    name: "truncated workbook (half a zip)",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      const b = fs.readFileSync(path.join(d, "a.xlsx"));
      fs.writeFileSync(path.join(d, "a.xlsx"), b.subarray(0, b.length >> 1));
    },
    args: ["check", "a.xlsx"],
    code: 2,
    says: /已损坏/,
  },
  {
    name: "only the first 100 bytes of a zip",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      fs.writeFileSync(path.join(d, "a.xlsx"), fs.readFileSync(path.join(d, "a.xlsx")).subarray(0, 100));
    },
    args: ["check", "a.xlsx"],
    code: 2,
  },
  {
    name: "an empty zip",
    setup: (d) => void write(d, "a.xlsx", makeZip([])),
    args: ["check", "a.xlsx"],
    code: 2,
  },
  {
    name: "a zip without a workbook part",
    setup: (d) => void write(d, "a.xlsx", makeZip([{ name: "hello.txt", data: "hi" }])),
    args: ["check", "a.xlsx"],
    code: 2,
  },
  // sizes
  {
    name: "a dimension of the whole sheet with two cells at its corners",
    setup: (d) =>
      void write(
        d,
        "far.xlsx",
        makeXlsx(
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>`,
        ),
      ),
    args: ["check", "far.xlsx"],
    code: [0, 1],
  },
  {
    name: "deeply nested XML in a sheet",
    setup: (d) =>
      void write(
        d,
        "deep.xlsx",
        makeXlsx(
          one(1).replace("</worksheet>", `${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}</worksheet>`),
        ),
      ),
    args: ["check", "deep.xlsx"],
    code: [0, 1, 2],
  },
  {
    name: "entity expansion (billion laughs) in a sheet",
    setup: (d) => {
      let ents = `<!ENTITY a0 "ha">`;
      for (let i = 1; i < 30; i++) ents += `<!ENTITY a${i} "&a${i - 1};&a${i - 1};">`;
      write(
        d,
        "laughs.xlsx",
        makeXlsx(
          `<?xml version="1.0"?><!DOCTYPE worksheet [${ents}]>${sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>&a29;</t></is></c></row>`)}`,
        ),
      );
    },
    args: ["check", "laughs.xlsx"],
    code: [0, 1, 2],
  },
  // not files
  {
    name: "a directory named like a workbook",
    setup: (d) => void fs.mkdirSync(path.join(d, "d.xlsx")),
    args: ["check", path.join("d.xlsx", ".")],
    code: 2,
  },
  {
    name: "a FIFO named .xlsx",
    setup: (d) => void mkfifo(path.join(d, "p.xlsx")),
    args: ["check", "p.xlsx"],
    code: 2,
    says: /不是普通文件/,
  },
  {
    name: "/dev/zero",
    setup: () => undefined,
    args: ["check", "/dev/zero"],
    code: 2,
    says: /不是普通文件/,
  },
  {
    name: "a symbolic link to /dev/zero named .xlsx",
    setup: (d) => fs.symlinkSync("/dev/zero", path.join(d, "z.xlsx")),
    args: ["check", "z.xlsx"],
    code: 2,
    says: /不是普通文件/,
  },
  {
    name: "a folder holding a FIFO and a link to /dev/zero besides a good workbook",
    setup: async (d) => {
      await wide(d, path.join("材料", "good.xlsx"));
      mkfifo(path.join(d, "材料", "p.xlsx"));
      fs.symlinkSync("/dev/zero", path.join(d, "材料", "z.xlsx"));
    },
    args: ["check", "材料"],
    code: 1,
    lines: 0,
  },
  { name: "a missing file", setup: () => undefined, args: ["check", "没有.xlsx"], code: 2, says: /找不到/ },
  {
    name: "a folder without workbooks",
    setup: (d) => void write(d, path.join("空", "readme.txt"), "x"),
    args: ["check", "空"],
    code: 2,
  },
  // other formats
  {
    name: ".xls (BIFF in OLE2)",
    setup: (d) => void write(d, "old.xls", makeOle(["Workbook", "\u0005SummaryInformation"])),
    args: ["check", "old.xls"],
    code: 2,
    says: /Excel 97-2003.*另存为 \.xlsx/,
  },
  {
    name: "an .xlsm is checked",
    setup: async (d) => {
      await wide(d, "m.xlsx");
      fs.renameSync(path.join(d, "m.xlsx"), path.join(d, "m.xlsm"));
    },
    args: ["check", "m.xlsm"],
    code: 1,
  },
  {
    name: "an openpyxl-style note and a chart sheet are read",
    setup: (d) => {
      const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
      write(
        d,
        "openpyxl.xlsx",
        makeZip([
          {
            name: "_rels/.rels",
            data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
          },
          {
            name: "xl/workbook.xml",
            data: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="图" sheetId="2" r:id="rId2"/></sheets></workbook>`,
          },
          {
            name: "xl/_rels/workbook.xml.rels",
            data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/chartsheet" Target="/xl/chartsheets/sheet1.xml"/></Relationships>`,
          },
          {
            name: "xl/worksheets/sheet1.xml",
            data: one(1).replace("</worksheet>", `<legacyDrawing xmlns:r="${R}" r:id="v"/></worksheet>`),
          },
          {
            name: "xl/worksheets/_rels/sheet1.xml.rels",
            data: `<Relationships xmlns="${PR}"><Relationship Id="c" Type="${R}/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="v" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>`,
          },
          {
            name: "xl/comments/comment1.xml",
            data: `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>a</author></authors><commentList><comment ref="A1" authorId="0"><text><t>注</t></text></comment></commentList></comments>`,
          },
          { name: "xl/drawings/commentsDrawing1.vml", data: `<xml/>` },
          { name: "xl/chartsheets/sheet1.xml", data: `<chartsheet/>` },
        ]),
      );
    },
    args: ["check", "openpyxl.xlsx"],
    code: [0, 1],
  },
  // names and the output folder
  {
    name: "unicode file names (emoji, combining marks, right-to-left, spaces)",
    setup: async (d) => {
      await wide(d, "申报表 📊 é\u0301 עברית.xlsx");
    },
    args: ["check", "申报表 📊 é\u0301 עברית.xlsx", "--out-marked", "标 记"],
    code: 1,
    after: (d) =>
      expect(fs.readdirSync(path.join(d, "标 记"))).toEqual(["申报表 📊 é\u0301 עברית.标记.xlsx"]),
  },
  {
    name: "a file name that looks like an option",
    setup: async (d) => wide(d, "-x.xlsx"),
    args: ["check", "-x.xlsx"],
    code: 2,
    says: /未知的选项/,
  },
  {
    name: "output folder = input folder, with a user's X.标记.xlsx there; run twice",
    setup: async (d) => {
      await wide(d, path.join("材料", "X.xlsx"));
      await writeWideWorkbook(path.join(d, "材料", "X.标记.xlsx"), { noteOnServiceCentre: "审核意见" });
      const first = spawnSync(process.execPath, [BIN, "check", "材料", "--out-marked", "材料"], { cwd: d });
      if (first.status !== 1) throw new Error(`first run: ${first.status} ${String(first.stderr)}`);
    },
    args: ["check", "材料", "--out-marked", "材料"],
    code: 1,
    after: (d) =>
      expect(fs.readdirSync(path.join(d, "材料")).sort()).toEqual(
        [
          "X.xlsx",
          "X.标记 (2).xlsx",
          "X.标记 (3).xlsx",
          "X.标记.xlsx",
          "X.标记.标记 (2).xlsx",
          "X.标记.标记.xlsx",
        ].sort(),
      ),
  },
  {
    name: "output folder below a file (cannot be created)",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      write(d, "file", "x");
    },
    args: ["check", "a.xlsx", "--out-marked", path.join("file", "out")],
    code: 2,
    says: /无法创建标记副本的文件夹/,
  },
  {
    name: "read-only output folder",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      fs.mkdirSync(path.join(d, "ro"));
      fs.chmodSync(path.join(d, "ro"), 0o555);
    },
    // root may write anyway; either way: no crash, at most one line, the input untouched.
    args: ["check", "a.xlsx", "--out-marked", "ro"],
    code: [1, 2],
    lines: -1,
  },
  // settings files
  {
    name: "settings file that is not JSON",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      write(d, "s.json", "{ profile: 2015 ");
    },
    args: ["check", "a.xlsx", "--config", "s.json"],
    code: 2,
    says: /不是有效的 JSON/,
  },
  {
    name: "settings file with one bad field: falls back and checks",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      write(
        d,
        "s.json",
        JSON.stringify({ profile: "2099", satisfaction: { warnBelow: 90, errorBelow: 80 } }),
      );
    },
    args: ["check", "a.xlsx", "--config", "s.json"],
    code: 1,
    lines: 1,
    says: /已使用默认值/,
  },
  {
    name: "settings file = /dev/zero",
    setup: async (d) => wide(d, "a.xlsx"),
    args: ["check", "a.xlsx", "--config", "/dev/zero"],
    code: 2,
    says: /不是普通文件/,
  },
  {
    name: "settings file is a folder",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      fs.mkdirSync(path.join(d, "s.json"));
    },
    args: ["check", "a.xlsx", "--config", "s.json"],
    code: 2,
  },
  {
    name: "settings file of 8 MB",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      write(d, "s.json", `{"profile":"auto","x":"${"a".repeat(8 * 1024 * 1024)}"}`);
    },
    args: ["check", "a.xlsx", "--config", "s.json"],
    code: 2,
    says: /太大/,
  },
  {
    name: "settings file nested 100,000 deep",
    setup: async (d) => {
      await wide(d, "a.xlsx");
      write(d, "s.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    },
    args: ["check", "a.xlsx", "--config", "s.json"],
    // the defaults are used, as for any bad settings file, and the one line says so
    code: 1,
    lines: 1,
    says: /已全部使用默认设置/,
  },
  // the folder workers' limits
  {
    name: "per-file time limit: the slow file is reported, the others finish",
    setup: async (d) => {
      write(d, path.join("材料", "a.xlsx"), makeXlsx(one(1)));
      // 880,000 cells (near the cell limit), each showing the same 300-character text: some ten
      // seconds of work on an idle machine, in a 1.9 MB file.
      const slow = makeXlsx(sheet(sharedTextRows(110_000, 8)), {
        sharedStrings: oneSharedString("指标".repeat(150)),
      });
      write(d, path.join("材料", "slow.xlsx"), slow);
    },
    args: ["check", "材料", "--format", "json"],
    // A file's time counts from when its worker has loaded: the small file needs a fraction of a
    // second even on a busy machine, the slow one several times the limit.
    env: { JIXIAO_FILE_TIMEOUT: "2" },
    code: 2,
    says: /slow\.xlsx：检查超过 2 秒仍未完成/,
    after: (d) => expect(fs.readdirSync(path.join(d, "材料")).sort()).toEqual(["a.xlsx", "slow.xlsx"]),
  },
  {
    name: "per-file time limit on one workbook named on the command line (checked in the main thread)",
    setup: async (d) => wide(d, "a.xlsx"),
    args: ["check", "a.xlsx"],
    env: { JIXIAO_FILE_TIMEOUT: "0.000001" },
    code: 2,
    says: /a\.xlsx：检查超过 0\.000001 秒仍未完成/,
  },
  {
    name: "per-worker memory limit: the large file is reported, the others finish",
    setup: async (d) => {
      write(d, path.join("材料", "a.xlsx"), makeXlsx(one(1)));
      write(d, path.join("材料", "big.xlsx"), makeXlsx(sheet(gridRows(60_000, 8))));
    },
    args: ["check", "材料", "--format", "json"],
    env: { JIXIAO_WORKER_MEMORY_MB: "64" },
    code: 2,
    says: /big\.xlsx：检查这个文件需要的内存超过 64 MB/,
  },
  {
    name: "--format xml",
    setup: async (d) => wide(d, "a.xlsx"),
    args: ["check", "a.xlsx", "--format", "xml"],
    code: 2,
  },
];

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssMb: number;
  before: Map<string, string>;
  after: Map<string, string>;
}

function hashAll(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.isFile())
        out.set(
          r,
          createHash("sha256")
            .update(fs.readFileSync(path.join(dir, r)))
            .digest("hex"),
        );
    }
  };
  walk("");
  return out;
}

function runCli(c: Case, dir: string): Promise<Run> {
  const probeFile = path.join(
    os.tmpdir(),
    `jixiao-probe-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  const before = hashAll(dir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", PROBE, BIN, ...c.args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", JIXIAO_PROBE_FILE: probeFile, ...c.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    // Hang guard: twice the bound, then the run is killed (and fails its time assertion).
    const guard = setTimeout(() => child.kill("SIGKILL"), 2 * (c.maxMs ?? DEFAULT_MAX_MS));
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      // Measured by the process itself: this process's event loop may be busy building the next input.
      let ms = Infinity;
      let rssMb = Infinity;
      try {
        const probe = JSON.parse(fs.readFileSync(probeFile, "utf8")) as { rssKb: number; ms: number };
        ms = probe.ms;
        rssMb = probe.rssKb / 1024;
        fs.rmSync(probeFile);
      } catch {
        // no report: the process died before its exit handler
      }
      try {
        resolve({ code, signal, stdout, stderr, ms, rssMb, before, after: hashAll(dir) });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** Words a Chinese line may contain: file names are cut off before the first "：". */
const ALLOWED_WORDS =
  /\b(Excel|WPS|xlsx|xlsm|xlsb|xls|ods|csv|JSON|json|HTML|CSV|OpenDocument|PowerPoint|Word|Office|jixiao|help|text|profile|auto|satisfaction|warnBelow|errorBelow|format|config)\b/g;

let root: string;
const runs = new Map<string, Run | Error>();

beforeAll(async () => {
  const build = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-hostile-"));
  // Two at a time: the machine has two cores; each run is mostly one thread.
  const queue = CASES.map((c, i) => ({ c, dir: path.join(root, String(i)) }));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      fs.mkdirSync(job.dir);
      try {
        await job.c.setup(job.dir);
        runs.set(job.c.name, await runCli(job.c, job.dir));
      } catch (e) {
        runs.set(job.c.name, e as Error);
      }
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

afterAll(() => {
  if (!root) return;
  // One line per case: how long it took and its peak memory (for tuning the bounds).
  const rows = CASES.map((c) => {
    const r = runs.get(c.name);
    return r && !(r instanceof Error)
      ? `${String(r.ms).padStart(6)} ms ${String(Math.round(r.rssMb)).padStart(5)} MB  ${c.name}`
      : `   —  ${c.name}`;
  });
  process.stdout.write(`\n${rows.join("\n")}\n`);
  // Make read-only folders removable again.
  spawnSync("chmod", ["-R", "u+w", root]);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("the command line under hostile input", () => {
  it("covers at least 40 kinds of bad input", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c, i) => [i + 1, c.name, c] as const))("%i. %s", (_, __, c) => {
    const r = runs.get(c.name);
    if (r === undefined || r instanceof Error) throw r ?? new Error("not run");
    const context = `exit ${r.code} (signal ${r.signal}) after ${r.ms} ms, ${Math.round(r.rssMb)} MB\nstderr:\n${r.stderr}`;
    const codes = Array.isArray(c.code) ? c.code : [c.code];
    if (!codes.includes(r.code ?? -1)) throw new Error(`unexpected exit code: ${context}`);
    expect(r.ms).toBeLessThan(c.maxMs ?? DEFAULT_MAX_MS);
    expect(r.rssMb).toBeLessThan(MAX_RSS_MB);

    const lines = r.stderr === "" ? [] : r.stderr.replace(/\n$/, "").split("\n");
    const wanted = c.lines ?? (r.code === 2 ? 1 : 0);
    if (wanted >= 0) expect(lines).toHaveLength(wanted);
    else expect(lines.length).toBeLessThanOrEqual(1);
    if (r.stderr !== "") expect(r.stderr.endsWith("\n")).toBe(true);
    for (const line of lines) {
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      // No stack trace, no English message from a library: what is left after the file the line is
      // about (before the first "："), the names the user gave (arguments, sheet names in 「」) and a
      // few product names has no English word.
      expect(line).not.toMatch(/\bat .*:\d+|Error|Cannot|undefined|ENOENT|EACCES/);
      let text = line.slice(line.indexOf("：") + 1).replace(/「[^」]*」/g, "");
      for (const arg of [...c.args].sort((a, b) => b.length - a.length)) text = text.split(arg).join("");
      expect(text.replace(ALLOWED_WORDS, "")).not.toMatch(/[A-Za-z]{4,}/);
    }
    if (c.says) expect(r.stderr).toMatch(c.says);
    if (c.never) expect(r.stderr).not.toMatch(c.never);

    // Every file that was there before is byte for byte the same.
    for (const [file, hash] of r.before) expect([file, r.after.get(file)]).toEqual([file, hash]);
    c.after?.(path.join(root, String(CASES.indexOf(c))));
  });
});
