/** Parsing of cell text: indicator trees, values (指标值), amounts and project names. */
export * from "./amount";
export * from "./indicator-text";
export * from "./measure";
export * from "./names";
export { normalizeText, toHalfWidth } from "../text/normalize";
