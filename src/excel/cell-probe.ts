/**
 * Reading what marked (or to-be-marked) cells look like now: fill, font colour and note. Queued in the
 * batch before any write, so even in the same batch Excel reports the state before our changes.
 */
import type { Fill } from "./marks-record";
import type { XCellProperties, XCellPropertiesLoadOptions, XClientResult, XNote, XWorksheet } from "./office-api";

export const PROBE_PROPS: XCellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, tintAndShade: true, patternColor: true },
    font: { color: true },
  },
};

export interface CellNow {
  fill: Fill;
  font: string;
  /** The cell's note object (ExcelApi 1.18) when notes were probed and it has one. */
  note: XNote | null;
  noteContent: string | null;
}

interface Pending {
  props: XClientResult<XCellProperties[][]>;
  note: XNote | null;
}

const upper = (c: string | undefined | null): string => (c ?? "").toUpperCase();

/**
 * "No Fill" and a white fill both read as #FFFFFF (office-js #4900, #6218); a real fill reads a numeric
 * tintAndShade, No Fill reads null. A colour other than white is never taken for No Fill.
 */
export function fillFromProperties(p: XCellProperties | undefined): Fill {
  const f = p?.format?.fill;
  const color = upper(f?.color);
  const pattern = f?.pattern ?? null;
  const tint = typeof f?.tintAndShade === "number" ? f.tintAndShade : null;
  if (pattern === "None") return { none: true };
  if ((color === "" || color === "#FFFFFF") && tint === null) return { none: true };
  return { none: false, color: color || "#FFFFFF", pattern, tint, patternColor: f?.patternColor ? upper(f.patternColor) : null };
}

/** Queues reads of cells on one sheet; `collect` is valid after the sync. */
export class SheetProbe {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly ws: XWorksheet,
    private readonly withNotes: boolean,
  ) {}

  has(cell: string): boolean {
    return this.pending.has(cell);
  }

  queue(cell: string): void {
    if (this.pending.has(cell)) return;
    const props = this.ws.getRange(cell).getCellProperties(PROBE_PROPS);
    let note: XNote | null = null;
    if (this.withNotes) {
      note = this.ws.notes.getItemOrNullObject(cell);
      note.load("content");
    }
    this.pending.set(cell, { props, note });
  }

  collect(cell: string): CellNow | null {
    const p = this.pending.get(cell);
    if (!p) return null;
    const props = p.props.value?.[0]?.[0];
    const note = p.note && !p.note.isNullObject ? p.note : null;
    return {
      fill: fillFromProperties(props),
      font: upper(props?.format?.font?.color) || "#000000",
      note,
      noteContent: note ? note.content : null,
    };
  }
}
