/** The language choice, without React, so the ribbon command can use it too. */
import { en } from "./en";
import { isEnglish } from "./load";
import { zhCN, type Strings } from "./zh-CN";

/** English when Office's display language is English; Chinese (zh-CN) for everything else. */
export function pickStrings(displayLanguage: string | undefined): Strings {
  return isEnglish(displayLanguage) ? en : zhCN;
}
