/** --config FILE: JSON settings, validated against the rule registry; problems in Chinese. */
import type { Settings } from "../core/settings";
import { settingsProblemText } from "../core/settings/problem-text";
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
  let validated: ReturnType<typeof validateSettings>;
  try {
    validated = validateSettings(
      input,
      RULES.map((r) => r.meta.id),
    );
  } catch {
    // Only a pathological file gets here (nesting deep enough to exhaust the stack).
    return { ok: false, errors: [`设置文件 ${shownAs} 的结构异常（嵌套过深），不是有效的设置文件。`] };
  }
  const { settings, problems } = validated;
  // Each bad field fell back to its default: one line each, saying so.
  const warnings = problems.map((p) => `设置文件 ${shownAs}：${settingsProblemText(p)}`);
  return { ok: true, settings, warnings };
}
