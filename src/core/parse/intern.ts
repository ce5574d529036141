/**
 * One string per distinct indicator name of a sheet. A wide table repeats a few thousand names over
 * hundreds of thousands of indicators ("服务对象满意度"); sharing the string keeps the model small (less
 * for the garbage collector to copy) and lets the rules' maps keyed by name reuse its cached hash.
 * Cleared with the other parse caches, so each check starts cold.
 */
import { registerCache } from "./caches";

const names = registerCache(new Map<string, string>());
const NAMES_LIMIT = 50_000;

export function internName(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size >= NAMES_LIMIT) names.clear();
  names.set(name, name);
  return name;
}
