/** Small helpers for validating template data: type tests, a value shown in a message, an error collector. */

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === "string";
export const isNonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
export const show = (v: unknown): string => {
  if (typeof v === "string") return `“${v}”`;
  if (v === undefined) return "空";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** Collects errors under a prefix ("模板“会议”：参数“people”："). */
export class Errors {
  readonly list: string[] = [];
  constructor(private readonly prefix: string) {}
  add(where: string, message: string): void {
    this.list.push(`${this.prefix}${where ? `${where}：` : ""}${message}`);
  }
  unknownKeys(o: Obj, known: Set<string>, where: string): void {
    for (const k of Object.keys(o)) if (!known.has(k)) this.add(where, `未知的字段“${k}”`);
  }
}

export function stringList(
  v: unknown,
  where: string,
  field: string,
  errors: Errors,
  allowEmpty = true,
): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isNonEmpty)) {
    errors.add(where, `“${field}”应为一组文字，如 ["会议", "全会"]，收到 ${show(v)}`);
    return [];
  }
  if (!allowEmpty && v.length === 0) errors.add(where, `“${field}”至少要有一项`);
  return v.map((s) => s.trim());
}

export function finiteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

export function compileRegex(source: string, where: string, errors: Errors): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    errors.add(where, `匹配规则 ${show(source)} 不是有效的正则表达式`);
    return null;
  }
}
