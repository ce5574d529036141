/**
 * Shared formulas are stored once (on the first cell of their range) and referenced by index from the
 * others; each follower's formula is the master's with relative references moved by the offset.
 */
import { columnLetters, parseA1 } from "../../core/grid";

// A reference candidate: optional sheet prefix, $col, $row, not followed by "(" (function name) or a word char.
const REF = /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

export function slideFormula(formula: string, rowOffset: number, colOffset: number): string {
  return formula.replace(
    REF,
    (match, quoted: string | undefined, sheet = "", colAbs: string, col: string, rowAbs: string, row: string, at: number) => {
      if (quoted) return match;
      // Not a reference when glued to a preceding word character (e.g. "LOG10").
      if (at > 0 && !sheet && /[\w.$]/.test(formula[at - 1])) return match;
      const ref = parseA1(`${col}${row}`);
      if (!ref || ref.col > 16383) return match;
      const newCol = colAbs ? ref.col : ref.col + colOffset;
      const newRow = ref.row + 1 + (rowAbs ? 0 : rowOffset);
      if (newCol < 0 || newRow < 1) return "#REF!";
      return `${sheet}${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
    },
  );
}
