/** Building the gateway's results (every method resolves to an Outcome; failures are values). */
import type { Outcome } from "./gateway";

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(message: string): Outcome<T> => ({ ok: false, message });
