import * as fs from "fs";
import * as path from "path";
import { expandInputs, INPUT_MESSAGES } from "../../src/cli/inputs";
import { makeTmpDir, removeDir } from "./workbooks";

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
  fs.mkdirSync(path.join(dir, "空"));
  fs.mkdirSync(path.join(dir, "空/sub"));
});
afterAll(() => removeDir(dir));

describe("expandInputs", () => {
  it("lists a folder's .xlsx files recursively, sorted, skipping lock files, other files and the marked-copy folder", async () => {
    const items = await expandInputs(["材料"], { cwd: dir, skipDir: path.join(dir, "材料", "标记") });
    expect(items).toEqual(
      ["a.XLSX", "b.xlsx", path.join("sub", "c.xlsx"), path.join("sub", "deeper", "d.xlsx")].map((rel) => ({
        kind: "file",
        path: path.join(dir, "材料", rel),
        display: path.join("材料", rel),
        relative: rel,
      })),
    );
  });

  it("includes the marked-copy folder when it is not the output", async () => {
    const items = await expandInputs(["材料"], { cwd: dir });
    expect(items.map((i) => i.display)).toContain(path.join("材料", "标记", "a.标记.xlsx"));
  });

  it("keeps the order of the arguments, errors in place", async () => {
    const items = await expandInputs(["single.xlsx", "没有", "空", "材料/sub"], { cwd: dir });
    expect(items.map((i) => [i.kind, i.display])).toEqual([
      ["file", "single.xlsx"],
      ["error", "没有"],
      ["error", "空"],
      ["file", path.join("材料/sub", "c.xlsx")],
      ["file", path.join("材料/sub", "deeper", "d.xlsx")],
    ]);
    expect(items[1]).toMatchObject({ message: INPUT_MESSAGES.missing });
    expect(items[2]).toMatchObject({ message: INPUT_MESSAGES.emptyFolder });
  });

  it("passes a named file through whatever its extension (the reader explains)", async () => {
    const items = await expandInputs(["材料/z.xls"], { cwd: dir });
    expect(items).toEqual([{ kind: "file", path: path.join(dir, "材料/z.xls"), display: "材料/z.xls" }]);
  });
});
