/**
 * What the gateway needs for template insertion, as one chunk loaded when the 模板 tab first asks
 * (excel-gateway.ts): reading the selected project (the engine's table detection), inserting, undoing.
 */
export { runInsert } from "./insert-run";
export { readActive, readActiveInPieces } from "./read-active";
export { runUndo } from "./undo-run";
