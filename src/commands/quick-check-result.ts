/** The small dialog 快速检查 opens: title and text from the query string, shown as text, never markup. */
function fill(): void {
  const params = new URLSearchParams(window.location.search);
  const title = params.get("title") ?? "";
  document.title = title;
  const heading = document.getElementById("title");
  const text = document.getElementById("text");
  const close = document.getElementById("close");
  if (heading) heading.textContent = title;
  if (text) text.textContent = params.get("text") ?? "";
  if (close) {
    close.textContent = params.get("close") ?? "OK";
    close.addEventListener("click", () => {
      if (typeof Office !== "undefined") Office.context.ui.messageParent("close");
      else window.close();
    });
    close.focus();
  }
}

if (typeof Office !== "undefined") void Office.onReady(fill);
else fill();

// A module, not a global script (keeps fill() out of the global scope).
export {};
