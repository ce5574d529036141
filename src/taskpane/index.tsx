/**
 * The task pane's entry: the only module that touches Office. Nothing renders before Office.onReady;
 * opened outside Excel (no office.js, or a host that is not Excel) the page says so instead.
 *
 * The first script holds what the first screen shows. The check engine, the results view and English
 * are chunks of their own (src/host/engine.ts, components/App.tsx, i18n/load.ts): the engine and the
 * results view load once the pane is on screen, while the browser is idle, and the engine runs once on a
 * small workbook then (warmEngine), so the first 检查 is as quick as the next.
 */
import { createRoot, type Root } from "react-dom/client";
import { createExcelGateway } from "../excel/excel-gateway";
import { guardBlocked } from "../guard/blocked";
import { warmEngine, whenIdle } from "../host/engine";
import { preloadPaneParts } from "./components/App";
import { loadStrings, zhCN, type Strings } from "./i18n";
import { pickTheme } from "./theme";
import { NoHost, TaskPane } from "./TaskPane";

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function showPane(root: Root, host: Office.HostType | null, strings: Strings): void {
  const context = host ? Office.context : undefined;
  const theme = pickTheme(context?.officeTheme, prefersDark());
  if (host !== Office.HostType.Excel) {
    root.render(
      <NoHost theme={theme} strings={strings} message={host ? strings.notExcel : strings.officeMissing} />,
    );
    return;
  }
  root.render(<TaskPane gateway={createExcelGateway()} theme={theme} strings={strings} />);
  whenIdle(() => {
    void warmEngine();
    preloadPaneParts();
  });
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(
      <NoHost theme={pickTheme(undefined, prefersDark())} strings={zhCN} message={zhCN.officeMissing} />,
    );
  } else {
    void Office.onReady((info) => {
      // Too old an Office: the guard (office-guard.js) has put its message on the page instead.
      if (info.host && guardBlocked() !== null) return;
      const language = info.host ? Office.context.displayLanguage : undefined;
      void loadStrings(language).then((strings) => showPane(root, info.host, strings));
    });
  }
}
