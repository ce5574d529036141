/**
 * Every `npx jixiao …` line in README.md's code blocks runs, as written, against the compiled command line
 * (bin/jixiao.js over a fresh `tsc -p tsconfig.cli.json`), in a temporary folder holding the files it
 * names: a renamed option or template parameter fails here, not in a reader's terminal.
 *
 * Inputs are made from what the repository has: an .xlsx the example reads is a copy of one of
 * examples/*.xlsx, a folder it checks holds copies of them (and a subfolder), a `--config` file is the
 * README's own settings example and a `--templates` file is docs/templates.md's example. Outputs
 * (`--out`, `--out-marked`) must be relative paths, so they land in the temporary folder.
 *
 * The CLI is compiled into the temporary folder rather than build/, so this test never races another
 * test that rebuilds build/ while it runs.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { templatesDocExample } from "./templates-doc-example";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, "examples"))
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((f) => path.join(ROOT, "examples", f));

/** Options of the jixiao command line that take a value (the others are switches). */
const VALUE_OPTIONS = new Set([
  "--format",
  "--out-marked",
  "--config",
  "--min-severity",
  "--profile",
  "--templates",
  "--amount",
  "--param",
  "--out",
]);
const OUTPUT_OPTIONS = new Set(["--out", "--out-marked"]);

/** A node stack frame, as an uncaught exception prints it. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:[^)]*\))$/m;

/** The lines of README.md's fenced code blocks that run `npx jixiao`, without their trailing comments. */
function readmeExamples(readme: string): string[] {
  const blocks = [...readme.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split("\n"))
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter((line) => /^npx jixiao(\s|$)/.test(line));
}

/** Splits a command line as a POSIX shell would for these simple lines: spaces, '…' and "…". */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

interface Parsed {
  args: string[];
  inputs: string[];
  config?: string;
  templates?: string;
  outputs: { option: string; value: string }[];
}

function parseExample(line: string): Parsed {
  const args = shellWords(line).slice(2); // drop "npx jixiao"
  const parsed: Parsed = { args, inputs: [], outputs: [] };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    if (!VALUE_OPTIONS.has(a)) continue;
    const value = args[++i];
    if (value === undefined) throw new Error(`README example ${line}: ${a} has no value`);
    if (OUTPUT_OPTIONS.has(a)) parsed.outputs.push({ option: a, value });
    if (a === "--config") parsed.config = value;
    if (a === "--templates") parsed.templates = value;
  }
  if (positional[0] === "check") parsed.inputs = positional.slice(1);
  return parsed;
}

/** The README's settings-file example: its ```json block with a "profile". */
function readmeSettings(): string {
  const blocks = [...README.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  const settings = blocks.filter((b) => {
    try {
      return "profile" in (JSON.parse(b) as object);
    } catch {
      return false;
    }
  });
  if (settings.length !== 1)
    throw new Error(`README.md should show one settings example, found ${settings.length}`);
  return settings[0];
}

let tmp: string;
let bin: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-readme-"));
  // A private copy of the package: bin/, package.json, a fresh build/, and the repository's node_modules.
  const pkg = path.join(tmp, "pkg");
  fs.mkdirSync(path.join(pkg, "bin"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "bin", "jixiao.js"), path.join(pkg, "bin", "jixiao.js"));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(pkg, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"), "dir");
  const tsc = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      path.join(ROOT, "tsconfig.cli.json"),
      "--outDir",
      path.join(pkg, "build"),
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${tsc.stdout}\n${tsc.stderr}`);
  bin = path.join(pkg, "bin", "jixiao.js");
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh working folder for one example, with the files it reads. */
function workFolder(p: Parsed, index: number): string {
  const dir = path.join(tmp, `example-${index}`);
  fs.mkdirSync(dir);
  p.inputs.forEach((input, i) => {
    const target = path.join(dir, input);
    if (input.endsWith("/") || !path.extname(input)) {
      fs.mkdirSync(path.join(target, "子文件夹"), { recursive: true });
      EXAMPLES.forEach((e, j) => {
        const into = j === 0 ? path.join(target, "子文件夹") : target;
        fs.copyFileSync(e, path.join(into, path.basename(e)));
      });
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(EXAMPLES[i % EXAMPLES.length], target);
    }
  });
  if (p.config) fs.writeFileSync(path.join(dir, p.config), readmeSettings());
  if (p.templates) fs.writeFileSync(path.join(dir, p.templates), templatesDocExample(ROOT));
  return dir;
}

const examples = readmeExamples(README);

describe("README.md's command-line examples", () => {
  it("are found: checks and every template command", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const sub of ["check", "template list", "template show", "template new"])
      expect(examples.some((e) => e.startsWith(`npx jixiao ${sub}`))).toBe(true);
  });

  it("use only npm scripts that package.json defines", () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const named = [...README.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test|stop))\b/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(named).toContain("demo");
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
  });

  it("name outputs inside the working folder", () => {
    for (const e of examples)
      for (const o of parseExample(e).outputs) {
        expect(path.isAbsolute(o.value)).toBe(false);
        expect(path.normalize(o.value).startsWith("..")).toBe(false);
      }
  });

  it.each(examples.map((e, i) => [e, i] as const))("%s", (line, index) => {
    const p = parseExample(line);
    const cwd = workFolder(p, index);
    const r = spawnSync(process.execPath, [bin, ...p.args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 120_000,
    });
    const shown = `${line}\nexit ${r.status}\nstdout:\n${r.stdout.slice(0, 2000)}\nstderr:\n${r.stderr}`;
    // 0 no errors, 1 errors found; 2 is a usage error or an unreadable input, which an example must not be.
    if (r.status !== 0 && r.status !== 1) throw new Error(shown);
    if (STACK_FRAME.test(r.stderr) || STACK_FRAME.test(r.stdout)) throw new Error(`stack trace:\n${shown}`);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).not.toBe("");
    for (const o of p.outputs) {
      const out = path.join(cwd, o.value);
      expect(fs.existsSync(out)).toBe(true);
      if (o.option === "--out-marked")
        expect(fs.readdirSync(out).filter((f) => f.endsWith(".xlsx")).length).toBeGreaterThan(0);
    }
  });
});
