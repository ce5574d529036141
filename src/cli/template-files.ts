/** --templates FILE.json: a unit's own templates, validated whole; problems in Chinese. */
import { loadTemplatesText, type Template } from "../core/templates";
import { readUserFile } from "./read-user-file";

export type UnitTemplatesResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

export async function loadUnitTemplates(file: string, shownAs = file): Promise<UnitTemplatesResult> {
  const read = await readUserFile(file, "模板文件", shownAs);
  if (!read.ok) return read;
  // loadTemplatesText allows the byte-order mark Notepad writes.
  return loadTemplatesText(read.text, `模板文件 ${shownAs}`);
}
