/** The pane's strings: picked once from Office's display language and handed down through context. */
import { createContext, useContext } from "react";
import { zhCN, type Strings } from "./zh-CN";

export type { Strings };
export { en } from "./en";
export { zhCN };
export { pickStrings } from "./pick";
export { loadStrings } from "./load";

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
