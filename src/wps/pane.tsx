/**
 * The task pane in WPS 表格 (CreateTaskPane opens taskpane.html): the same React pane as in Excel, on the
 * WPS gateway. Host detection at start: without WPS's object model the page says so instead.
 */
import { createRoot } from "react-dom/client";
import { whenIdle } from "../host/engine";
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
  // The results view is a chunk of its own (components/App.tsx): loaded before 检查 needs it.
  if (app) whenIdle(preloadPaneParts);
}
