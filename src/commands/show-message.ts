/**
 * How a ribbon (ExecuteFunction) command shows its result in Excel: there is no toast or notification API
 * for Excel function commands, so the result opens in a small Office dialog (DialogApi 1.1; a function
 * file may host one dialog). It resolves when the user closes the dialog, or after a time limit, so the
 * command can call event.completed() in every case.
 */
export const MESSAGE_PAGE = "quick-check-result.html";
/** Office ends a function command that runs too long; close the dialog well before that. */
export const DIALOG_LIMIT_MS = 4 * 60 * 1000;
/** Keep the URL short: the message travels in its query string. */
const MAX_TEXT = 1500;

export function messageUrl(base: string, title: string, text: string, close: string): string {
  const url = new URL(MESSAGE_PAGE, base);
  url.searchParams.set("title", title);
  url.searchParams.set("text", text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
  url.searchParams.set("close", close);
  return url.toString();
}

/** Resolves once the dialog is gone; resolves at once when dialogs are unsupported or fail to open. */
export function showMessageDialog(url: string, limitMs = DIALOG_LIMIT_MS): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (close: boolean) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        if (close) dialog.close();
        resolve();
      };
      // The page's 知道了 button sends a message; the dialog's own close box raises an event (12006).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
      timer = setTimeout(() => finish(true), limitMs);
    });
  });
}
