/**
 * The bundle's side of the old-Office guard (office-guard.js, loaded before the bundle in every add-in
 * page): after Office.onReady, a page asks whether this Office can run the add-in at all. The guard has
 * then already put its Chinese message on the page; the bundle must not render over it.
 */
interface Guard {
  blocked(): string | null;
}

export function guardBlocked(): string | null {
  const guard = (globalThis as { jixiaoGuard?: Guard }).jixiaoGuard;
  return guard && typeof guard.blocked === "function" ? guard.blocked() : null;
}
