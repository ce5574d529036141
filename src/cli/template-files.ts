/** --templates FILE.json: a unit's own templates, validated whole; problems in Chinese. */
import { promises as fs } from "fs";
import { loadTemplatesText, type Template } from "../core/templates";

export type UnitTemplatesResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

export async function loadUnitTemplates(file: string, shownAs = file): Promise<UnitTemplatesResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, errors: [`找不到模板文件：${shownAs}`] };
    if (code === "EISDIR") return { ok: false, errors: [`模板文件应是一个 .json 文件，不是文件夹：${shownAs}`] };
    return { ok: false, errors: [`无法读取模板文件：${shownAs}`] };
  }
  // Notepad on Windows saves UTF-8 with a byte-order mark: loadTemplatesText allows it.
  return loadTemplatesText(text, `模板文件 ${shownAs}`);
}
