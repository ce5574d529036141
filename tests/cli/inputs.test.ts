import * as fs from "fs";
import * as path from "path";
import { expandInputs, INPUT_MESSAGES } from "../../src/cli/inputs";
import { addMarker } from "../../src/cli/marked-copy";
import { makeTmpDir, makeXlsx, removeDir } from "./workbooks";

const SHEET = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
  const touch = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), "x");
  };
  for (const f of [
    "材料/b.xlsx",
    "材料/a.XLSX",
    "材料/sub/c.xlsx",
    "材料/sub/deeper/d.xlsx",
    "材料/~$a.xlsx",
    "材料/说明.docx",
    "材料/z.xls",
    "材料/标记/a.标记.xlsx",
    "single.xlsx",
  ]) {
    touch(f);
  }
  // The tool's own marked copies, whatever their names and folders: skipped in folder scans.
  const marked = addMarker(makeXlsx(SHEET), "a.xlsx");
  fs.writeFileSync(path.join(dir, "材料", "标记", "a.标记.xlsx"), marked);
  fs.writeFileSync(path.join(dir, "材料", "sub", "renamed-copy.xlsx"), marked);
  fs.writeFileSync(path.join(dir, "材料", "sub", "macros.xlsm"), makeXlsx(SHEET));
  fs.mkdirSync(path.join(dir, "只有副本"));
  fs.writeFileSync(path.join(dir, "只有副本", "x.标记.xlsx"), marked);
  fs.mkdirSync(path.join(dir, "空"));
  fs.mkdirSync(path.join(dir, "空/sub"));
});
afterAll(() => removeDir(dir));

describe("expandInputs", () => {
  it("lists a folder's .xlsx and .xlsm files recursively, sorted, skipping lock files, other files and marked copies", async () => {
    const items = await expandInputs(["材料"], { cwd: dir });
    expect(items).toEqual(
      [
        "a.XLSX",
        "b.xlsx",
        path.join("sub", "c.xlsx"),
        path.join("sub", "deeper", "d.xlsx"),
        path.join("sub", "macros.xlsm"),
      ].map((rel) => ({
        kind: "file",
        path: path.join(dir, "材料", rel),
        display: path.join("材料", rel),
        relative: rel,
      })),
    );
  });

  it("checks a file named with a marked copy's name when it is not one, and a marked copy named explicitly", async () => {
    fs.writeFileSync(path.join(dir, "材料", "标记", "user.标记.xlsx"), makeXlsx(SHEET));
    const items = await expandInputs(["材料", path.join("材料", "标记", "a.标记.xlsx")], { cwd: dir });
    expect(items.map((i) => i.display)).toContain(path.join("材料", "标记", "user.标记.xlsx"));
    expect(items[items.length - 1]).toMatchObject({
      kind: "file",
      display: path.join("材料", "标记", "a.标记.xlsx"),
    });
    fs.rmSync(path.join(dir, "材料", "标记", "user.标记.xlsx"));
  });

  it("says so when a folder holds only marked copies", async () => {
    expect(await expandInputs(["只有副本"], { cwd: dir })).toEqual([
      { kind: "error", display: "只有副本", message: INPUT_MESSAGES.onlyMarked },
    ]);
  });

  it("keeps the order of the arguments, errors in place", async () => {
    const items = await expandInputs(["single.xlsx", "没有", "空", "材料/sub"], { cwd: dir });
    expect(items.map((i) => [i.kind, i.display])).toEqual([
      ["file", "single.xlsx"],
      ["error", "没有"],
      ["error", "空"],
      ["file", path.join("材料/sub", "c.xlsx")],
      ["file", path.join("材料/sub", "deeper", "d.xlsx")],
      ["file", path.join("材料/sub", "macros.xlsm")],
    ]);
    expect(items[1]).toMatchObject({ message: INPUT_MESSAGES.missing });
    expect(items[2]).toMatchObject({ message: INPUT_MESSAGES.emptyFolder });
  });

  it("passes a named file through whatever its extension (the reader explains)", async () => {
    const items = await expandInputs(["材料/z.xls"], { cwd: dir });
    expect(items).toEqual([{ kind: "file", path: path.join(dir, "材料/z.xls"), display: "材料/z.xls" }]);
  });
});
