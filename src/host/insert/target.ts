/** The selected project from a sheet as read and the active cell: the core's table detection, no host calls. */
import { detectTables } from "../../core/detect";
import { detectProfile, profileFor } from "../../core/engine/profile";
import { toA1, type Sheet } from "../../core/grid";
import type { Settings } from "../../core/settings";
import { locate } from "./blocks";
import type { InsertionTarget } from "./types";

/** Where the selection is and what surrounds it (also built by the web edition from its grid). */
export interface ActiveHead {
  row: number;
  col: number;
  protected: boolean;
  sheetNames: string[];
}

/** The selected project from a sheet as read and the active cell (no Excel: the web edition uses it too). */
export function targetOf(sheet: Sheet, h: ActiveHead, settings: Settings | null): InsertionTarget {
  const { tables } = detectTables(sheet);
  const { table, project } = locate(sheet, tables, h.row, h.col);
  return {
    sheet,
    cell: { row: h.row, col: h.col, address: toA1(h.row, h.col) },
    tables,
    table,
    project,
    profile: table ? (settings ? profileFor(table, settings) : detectProfile(table)) : "2015",
    protected: h.protected,
    sheetNames: h.sheetNames,
  };
}
