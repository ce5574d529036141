/** A gateway call as a value: a call that throws anyway (it should not) becomes a failure with its message. */
import type { Outcome } from "../../host/gateway";

export async function settle<T>(call: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await call();
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
