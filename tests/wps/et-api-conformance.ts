/**
 * Compile-time check (npm run typecheck), not a jest test: WPS objects as Kingsoft declares them (the
 * et-jsapi-declare package, unmodified) satisfy the slice of the ET API the WPS adapter is written
 * against (src/wps/et-api.ts). If a declarations update or an edit to et-api.ts breaks that, this file
 * stops compiling.
 */
/// <reference types="et-jsapi-declare" />
import type {
  WAddinRoot,
  WApplication,
  WComment,
  WFont,
  WHyperlinks,
  WInterior,
  WRange,
  WSheets,
  WTaskPane,
  WWorkbook,
  WWindow,
  WWorksheet,
} from "../../src/wps/et-api";

type Assignable<To, From extends To> = [To, From];

/**
 * Sheets.Item is declared to give Worksheet | Sheets (a Sheets for an array of names); the adapter passes
 * one index or name only, which gives a Worksheet.
 */
type DeclaredSheets = Omit<Et.Sheets, "Item"> & { Item(index: number | string): Et.Worksheet };
type DeclaredWorkbook = Omit<Et.Workbook, "Worksheets"> & { readonly Worksheets: DeclaredSheets };

export type Conformance = [
  Assignable<WInterior, Et.Interior>,
  Assignable<WFont, Et.Font>,
  Assignable<WComment, Et.Comment>,
  Assignable<WRange, Et.Range>,
  Assignable<WHyperlinks, Et.Hyperlinks>,
  Assignable<WWindow, Et.Window>,
  Assignable<WWorksheet, Et.Worksheet>,
  Assignable<WSheets, DeclaredSheets>,
  Assignable<WWorkbook, DeclaredWorkbook>,
  Assignable<WTaskPane, WPS.CustomTaskpane>,
];

/** The global `wps` of a JS加载项, with the workbook reached as above. */
type DeclaredRoot = Omit<WPSMergedRoot, "ActiveWorkbook"> & { readonly ActiveWorkbook: DeclaredWorkbook };
export type RootConformance = [Assignable<WApplication, DeclaredRoot>, Assignable<WAddinRoot, DeclaredRoot>];
