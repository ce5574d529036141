/**
 * The task pane in WPS 表格 (CreateTaskPane opens taskpane.html): the same React pane as in Excel, on the
 * WPS gateway. Host detection at start: without WPS's object model the page says so instead. As in Excel,
 * the first script holds only what the first screen shows.
 */
import { createRoot } from "react-dom/client";
import { warmEngine, whenIdle } from "../host/engine";
import { preloadPaneParts } from "../taskpane/components/App";
import { pickStrings } from "../taskpane/i18n";
import { pickTheme } from "../taskpane/theme";
import { NoHost, TaskPane } from "../taskpane/TaskPane";
import { createWpsGateway, hostWps } from "./wps-gateway";

const NOT_IN_WPS =
  "未检测到 WPS 表格。本页面是 WPS 加载项的任务窗格，请在 WPS 表格中点击「绩效检查 → 打开助手」。";

const container = document.getElementById("root");
if (container) {
  const strings = pickStrings("zh-CN");
  const dark =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  const theme = pickTheme(undefined, dark);
  const app = hostWps();
  createRoot(container).render(
    app ? (
      <TaskPane gateway={createWpsGateway({ app })} theme={theme} strings={strings} />
    ) : (
      <NoHost theme={theme} strings={strings} message={NOT_IN_WPS} />
    ),
  );
  // The check engine and the results view are chunks of their own (host/engine.ts, components/App.tsx):
  // loaded once the pane is on screen, and the engine run once on a small workbook while the pane is
  // idle (as in Excel), so the first 检查 is as quick as the next. A failed load is left to 检查, which
  // loads the engine again and says so when it cannot.
  if (app)
    whenIdle(() => {
      void warmEngine();
      preloadPaneParts();
    });
}
