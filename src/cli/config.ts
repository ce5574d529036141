/** --config FILE: JSON settings, validated against the rule registry; problems in Chinese. */
import { promises as fs } from "fs";
import type { Settings } from "../core/settings";
import { validateSettings } from "../core/settings/validate";
import { RULES } from "../core/rules";

export type ConfigResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export async function loadConfig(file: string, shownAs = file): Promise<ConfigResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, errors: [`找不到设置文件：${shownAs}`] };
    if (code === "EISDIR") return { ok: false, errors: [`设置文件应是一个 .json 文件，不是文件夹：${shownAs}`] };
    return { ok: false, errors: [`无法读取设置文件：${shownAs}`] };
  }
  // Notepad on Windows saves UTF-8 with a byte-order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`设置文件 ${shownAs} 不是有效的 JSON${jsonErrorPlace(text, e)}。`] };
  }
  const { settings, errors } = validateSettings(
    input,
    RULES.map((r) => r.meta.id),
  );
  if (errors.length > 0) return { ok: false, errors: errors.map((m) => `设置文件 ${shownAs}：${m}`) };
  return { ok: true, settings };
}

/** "（第 3 行第 5 列附近）" from the parser's "at position N", when it says where. */
function jsonErrorPlace(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return "";
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const col = before.length - before.lastIndexOf("\n");
  return `（第 ${line} 行第 ${col} 列附近）`;
}
