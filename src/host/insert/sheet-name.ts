/** The name of a new declaration sheet (kept apart from the planning code: the adapter needs it too). */
export const NEW_SHEET_NAME = "绩效目标表";

/** 绩效目标表, 绩效目标表2, … — the first that no sheet has (Excel compares names without case). */
export function newSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? NEW_SHEET_NAME : `${NEW_SHEET_NAME}${i}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
