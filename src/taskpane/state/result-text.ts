/** One line per table found, and the messages after marking and clearing, in the pane's language. */
import type { Table } from "../../core/model";
import { rangeToA1 } from "../../core/grid";
import type { ClearSummary, MarkSummary } from "../../host/gateway";
import type { Strings } from "../i18n";

export function describeTable(strings: Strings, table: Table): string {
  return strings.tableFound({
    sheet: table.sheet,
    range: rangeToA1(table.range),
    layout: strings.layout[table.layout],
    projects: table.projects.length,
  });
}

export function markMessage(strings: Strings, summary: MarkSummary): string {
  return strings.sentences([strings.marked(summary.marked), ...summary.skipped.map((s) => s.message)]);
}

export function clearMessage(strings: Strings, summary: ClearSummary): string {
  return strings.sentences([
    strings.cleared(summary.restored, summary.keptUserEdits),
    ...summary.skipped.map((s) => s.message),
  ]);
}
