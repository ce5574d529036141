/** --config FILE: JSON settings, validated against the rule registry; problems in Chinese. */
import type { Settings } from "../core/settings";
import { validateSettings } from "../core/settings/validate";
import { RULES } from "../core/rules";
import { jsonErrorPlace, stripBom } from "../core/text/json-text";
import { readUserFile } from "./read-user-file";

/**
 * ok: the settings to use, with `warnings` for fields that were bad and fell back to their defaults
 * (the check still runs). Not ok: no settings could be read at all (missing file, not JSON).
 */
export type ConfigResult =
  { ok: true; settings: Settings; warnings: string[] } | { ok: false; errors: string[] };

export async function loadConfig(file: string, shownAs = file): Promise<ConfigResult> {
  const read = await readUserFile(file, "设置文件", shownAs);
  if (!read.ok) return read;
  const text = stripBom(read.text);
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
  return { ok: true, settings, warnings: errors.map((m) => `设置文件 ${shownAs}：${m}`) };
}
