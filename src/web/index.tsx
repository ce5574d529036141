/** The web edition's entry (dist/web/jixiao.html): no Office, no network — the page and its files only. */
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";

const container = document.getElementById("root");
if (container) createRoot(container).render(<WebApp />);
