/**
 * The pane's strings for Office's display language. Chinese is in the pane's first script; English is a
 * chunk of its own, loaded before the first render only where Office speaks English.
 */
import { zhCN, type Strings } from "./zh-CN";

/** English when Office's display language is English; Chinese (zh-CN) for everything else. */
export function isEnglish(displayLanguage: string | undefined): boolean {
  return Boolean(displayLanguage && /^en\b/i.test(displayLanguage));
}

/** The strings to show; Chinese when the English chunk cannot be loaded. */
export async function loadStrings(displayLanguage: string | undefined): Promise<Strings> {
  if (!isEnglish(displayLanguage)) return zhCN;
  try {
    return (await import(/* webpackChunkName: "strings-en" */ "./en")).en;
  } catch {
    return zhCN;
  }
}
