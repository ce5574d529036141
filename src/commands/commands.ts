/**
 * The ribbon's function file. 快速检查 runs the whole check without opening the pane and shows the counts
 * in a small dialog. event.completed() is called on every path: Office keeps the button busy until then.
 */
import { runQuickCheck } from "../excel/quick-check";
import { guardBlocked } from "../guard/blocked";
import { pickStrings } from "../taskpane/i18n/pick";
import { messageUrl, showMessageDialog } from "./show-message";

export interface QuickCheckDeps {
  run: typeof runQuickCheck;
  show: (url: string) => Promise<void>;
  displayLanguage: string | undefined;
  baseUrl: string;
}

export async function quickCheck(event: Office.AddinCommands.Event, deps: QuickCheckDeps): Promise<void> {
  const strings = pickStrings(deps.displayLanguage);
  try {
    let text: string;
    try {
      const outcome = await deps.run();
      text = outcome.ok ? outcome.value.summary : outcome.message;
    } catch (err) {
      text = strings.unexpected(err instanceof Error ? err.message : String(err));
    }
    await deps.show(messageUrl(deps.baseUrl, strings.quickCheckTitle, text, strings.quickCheckClose));
  } finally {
    event.completed();
  }
}

function onQuickCheck(event: Office.AddinCommands.Event): Promise<void> {
  return quickCheck(event, {
    run: runQuickCheck,
    show: showMessageDialog,
    displayLanguage: Office.context.displayLanguage,
    baseUrl: window.location.href,
  });
}

if (typeof Office !== "undefined") {
  // Older Excel builds call the manifest's FunctionName as a global; current ones use Office.actions.
  // (When Office is too old the guard replaces it with its own answer, after Office.onReady.)
  (window as unknown as Record<string, unknown>).quickCheck = onQuickCheck;
  void Office.onReady(() => {
    // Too old an Office: the guard (office-guard.js) answers 快速检查 with its message instead.
    if (guardBlocked() !== null) return;
    Office.actions?.associate("quickCheck", onQuickCheck);
  });
}
