/**
 * index.html of the JS加载项: WPS loads it out of sight at start and calls its globals from the ribbon
 * (ribbon.xml): OnAddinLoad, OnAction (打开助手 / 快速检查), GetImage. Nothing here reaches the network.
 * 快速检查's result is shown in a small WPS dialog (dialog.html), never with alert().
 */
import { runQuickCheckOn } from "../host/quick-check";
import type { WAddinRoot } from "./et-api";
import { hostWps, createWpsGateway } from "./wps-gateway";

const PANE_KEY = "jixiao.taskPaneId";

/**
 * A file of the add-in, beside this page (online: on the server; offline: in the add-in's folder).
 * Assumption (WPS): index.html's location is the add-in's folder (http(s):// online, file:// offline),
 * and CreateTaskPane / ShowDialog take such an absolute address.
 */
export function addinUrl(file: string, here: string = window.location.href): string {
  return new URL(file, here).href;
}

function root(): WAddinRoot | null {
  return hostWps() as WAddinRoot | null;
}

/** 打开助手: the pane is made once and shown or hidden after that. */
export function togglePane(wps: WAddinRoot, here?: string): void {
  // Assumption (WPS): PluginStorage.getItem of a key never set gives an empty value (Number → 0 or NaN).
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

/** The result dialog's size in CSS pixels (scaled by the screen's pixel ratio for WPS). */
const DIALOG = { width: 420, height: 200 };

/**
 * Show a short text (快速检查's result) in a small modal WPS dialog; if WPS cannot open one, in a task pane
 * of its own. The text travels in the page address's #fragment (dialog.ts reads it).
 */
export function showResult(wps: WAddinRoot, text: string, here?: string): void {
  const url = `${addinUrl("dialog.html", here)}#${encodeURIComponent(text)}`;
  const scale = typeof window !== "undefined" && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  try {
    // Assumption (WPS): ShowDialog(url, title, width, height, isModal) opens the page in a dialog whose
    // size is in physical pixels (hence × devicePixelRatio, as Kingsoft's samples do).
    wps.ShowDialog(
      url,
      "快速检查",
      Math.round(DIALOG.width * scale),
      Math.round(DIALOG.height * scale),
      true,
    );
  } catch {
    const pane = wps.CreateTaskPane(url, "快速检查");
    pane.Visible = true;
  }
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

/** Each button's icon: the Excel ribbon's monoline drawings (assets/icons/*.svg, rasterised by resvg). */
export const ICONS: Record<string, string> = {
  jixiaoOpen: "assets/open-pane-32.png",
  jixiaoQuickCheck: "assets/quick-check-32.png",
};

function install(): void {
  const w = window as unknown as Record<string, unknown>;
  w.OnAddinLoad = (): boolean => true;
  w.OnAction = (control: { Id?: string }): boolean => {
    const wps = root();
    if (!wps) return false;
    if (control.Id === "jixiaoOpen") togglePane(wps);
    else if (control.Id === "jixiaoQuickCheck") void quickCheck(wps, (text) => showResult(wps, text));
    return true;
  };
  // Assumption (WPS): ribbon.xml's getImage="GetImage" calls this with the control ({ Id }) and takes a
  // path relative to the add-in's folder (a PNG) as the button's image, as Kingsoft's samples do.
  w.GetImage = (control: { Id?: string }): string => ICONS[control.Id ?? ""] ?? ICONS.jixiaoOpen;
}

install();
