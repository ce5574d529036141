/**
 * The web edition's entry (dist/web/jixiao.html): no Office, no network — the page and its files only.
 * The same script also runs as the page's reading worker (reader.ts), where there is no document.
 */
import { createRoot } from "react-dom/client";
import { serveReader, type WorkerScope } from "./reader-worker";
import { WebApp } from "./WebApp";

if (typeof document === "undefined") serveReader(self as unknown as WorkerScope);
else {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<WebApp />);
}
