/**
 * index.html of the JS加载项: WPS loads it out of sight at start and calls its globals from the ribbon
 * (ribbon.xml): OnAddinLoad, OnAction (打开助手 / 快速检查), GetImage. Nothing here reaches the network.
 */
import { runQuickCheckOn } from "../host/quick-check";
import type { WAddinRoot } from "./et-api";
import { hostWps, createWpsGateway } from "./wps-gateway";

const PANE_KEY = "jixiao.taskPaneId";

/** A file of the add-in, beside this page (online: on the server; offline: in the add-in's folder). */
export function addinUrl(file: string, here: string = window.location.href): string {
  return new URL(file, here).href;
}

function root(): WAddinRoot | null {
  return hostWps() as WAddinRoot | null;
}

/** 打开助手: the pane is made once and shown or hidden after that. */
export function togglePane(wps: WAddinRoot, here?: string): void {
  const saved = Number(wps.PluginStorage.getItem(PANE_KEY));
  // Assumption (WPS): GetTaskPane of an id from this session gives the pane, null (or an error) otherwise.
  let pane = null;
  try {
    pane = saved ? wps.GetTaskPane(saved) : null;
  } catch {
    pane = null;
  }
  if (pane) {
    pane.Visible = !pane.Visible;
    return;
  }
  const made = wps.CreateTaskPane(addinUrl("taskpane.html", here), "绩效目标助手");
  wps.PluginStorage.setItem(PANE_KEY, String(made.ID));
  made.Visible = true;
}

/** 快速检查: check with the workbook's settings, mark, and say what happened. */
export async function quickCheck(wps: WAddinRoot, show: (text: string) => void): Promise<void> {
  try {
    const out = await runQuickCheckOn(createWpsGateway({ app: wps }));
    show(out.ok ? out.value.summary : out.message);
  } catch (err) {
    show(`快速检查出错：${err instanceof Error ? err.message : String(err)}`);
  }
}

const ICONS: Record<string, string> = {
  jixiaoOpen: "assets/icon-32.png",
  jixiaoQuickCheck: "assets/icon-32.png",
};

function install(): void {
  const w = window as unknown as Record<string, unknown>;
  w.OnAddinLoad = (): boolean => true;
  w.OnAction = (control: { Id?: string }): boolean => {
    const wps = root();
    if (!wps) return false;
    if (control.Id === "jixiaoOpen") togglePane(wps);
    // Assumption (WPS): alert() in a JS加载项 page shows a WPS message box.
    else if (control.Id === "jixiaoQuickCheck") void quickCheck(wps, (text) => window.alert(text));
    return true;
  };
  // Assumption (WPS): GetImage may answer with a path relative to the add-in's folder.
  w.GetImage = (control: { Id?: string }): string => ICONS[control.Id ?? ""] ?? ICONS.jixiaoOpen;
}

install();
