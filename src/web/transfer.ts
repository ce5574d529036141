/**
 * A check's result across the worker boundary. postMessage copies plain data, Maps and Sets (shared
 * references stay shared), but not a Decimal — an indicator's number, an amount — whose instances carry
 * their constructor as an own property. The worker replaces each Decimal by a tagged string, the page
 * turns them back into Decimals; everything else goes as it is.
 */
import Decimal from "decimal.js";

const TAG = "jixiao.decimal";

interface Tagged {
  [TAG]: string;
}

const isTagged = (v: object): v is Tagged =>
  Object.prototype.hasOwnProperty.call(v, TAG) && typeof (v as Tagged)[TAG] === "string";

/** A copy of `value` with every Decimal replaced by a tagged string (shared objects copied once). */
export function encodeDecimals<T>(value: T): unknown {
  const copies = new Map<object, unknown>();
  const encode = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (Decimal.isDecimal(v)) return { [TAG]: (v as Decimal).toString() };
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = new Array(v.length);
      copies.set(v, out);
      v.forEach((x, i) => (out[i] = encode(x)));
      return out;
    }
    if (v instanceof Map) {
      const out = new Map();
      copies.set(v, out);
      for (const [k, x] of v) out.set(k, encode(x));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      copies.set(v, out);
      for (const x of v) out.add(encode(x));
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return out;
  };
  return encode(value);
}

/** The encoded value's Decimals back, in place (the value is the page's own copy of the message). */
export function decodeDecimals<T>(value: unknown): T {
  const seen = new Set<object>();
  const decode = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (isTagged(v)) return new Decimal(v[TAG]);
    if (seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => (v[i] = decode(x)));
    else if (v instanceof Map) for (const [k, x] of v) v.set(k, decode(x));
    else if (v instanceof Set) {
      const items = [...v];
      v.clear();
      for (const x of items) v.add(decode(x));
    } else for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = decode(x);
    return v;
  };
  return decode(value) as T;
}
