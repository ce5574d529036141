/**
 * The accountant's corrections of a reading (识别结果): "the amount of this project is in D7", "the target
 * column is E". Saved with the workbook by the pane and applied on every later check, so a table the
 * reader misunderstood is checked as the person who knows it says. Cells are A1 addresses on the sheet.
 */
import type { PartName } from "./reading";

export type ReadingCorrection =
  | {
      /** A project's name, amount or goal is in this cell. */
      kind: "part";
      sheet: string;
      /** The project's key as the reader gave it before any correction ("Sheet1!3"). */
      projectKey: string;
      part: PartName;
      cell: string;
    }
  | {
      /** The indicator grid's target (指标值) column is this column. */
      kind: "targetColumn";
      sheet: string;
      /** 0-based row of the table's header (its first row), as the reader found it. */
      headerRow: number;
      column: string;
    };
