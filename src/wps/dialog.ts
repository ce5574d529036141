/**
 * dialog.html: the small WPS dialog that shows 快速检查's result (addin.ts opens it with ShowDialog). The
 * text comes in the address's #fragment, so the page needs nothing of WPS and nothing from the network.
 */

/** The text carried by a dialog address's fragment ("" when there is none or it cannot be decoded). */
export function textOfHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return "";
  }
}

export function showDialogText(doc: Document = document, win: Window = window): void {
  const p = doc.getElementById("summary");
  if (p) p.textContent = textOfHash(win.location.hash) || "没有可显示的检查结果。";
  const close = doc.getElementById("close");
  // Assumption (WPS): window.close() in a ShowDialog page closes the dialog.
  close?.addEventListener("click", () => win.close());
  (close as HTMLButtonElement | null)?.focus();
}

showDialogText();
