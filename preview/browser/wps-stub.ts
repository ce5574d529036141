/**
 * In the WPS pane's frame (preview --host wps), before the pane's own script: the global `wps` a JS加载项
 * page gets from WPS, here the preview page's fake WPS (tests/wps/fake-wps) over the workbook it draws.
 * Same-origin frames share the object itself. Opened without the preview page around it, nothing is
 * set and the pane says it is not in WPS, as it would be in a plain browser.
 */
import { BRIDGE_NAME, type HostBridge } from "./bridge";

function hostWps(): unknown {
  try {
    if (window.parent === window) return null;
    const bridge = (window.parent as unknown as Record<string, unknown>)[BRIDGE_NAME] as
      HostBridge | undefined;
    return bridge?.wps ?? null;
  } catch {
    return null;
  }
}

const wps = hostWps();
if (wps) (window as unknown as { wps: unknown }).wps = wps;

export {};
