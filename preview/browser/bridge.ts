/**
 * What the preview page (host.ts) offers the task pane's frame as `window.jixiaoHost`, and what the
 * office.js stand-in (office-stub.ts) builds Office and Excel from. Same-origin frames share it directly.
 */
import type { ExcelRun } from "../../src/excel/office-api";

export type ThemeName = "light" | "dark";

export interface HostBridge {
  run: ExcelRun;
  /** preview --host wps: the fake WPS application the WPS pane's frame takes as its global `wps`. */
  wps?: unknown;
  isSetSupported(name: string, version?: string): boolean;
  theme: ThemeName;
  displayLanguage: string;
}

export const BRIDGE_NAME = "jixiaoHost";
