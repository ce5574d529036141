/**
 * The preview page: loads a workbook from the preview server, holds it in the stand-in Excel, offers it
 * to the task pane's frame (window.jixiaoHost, read by office-stub.ts) and draws it beside the pane.
 *
 * Query parameters (all optional): wb (workbook id, see /workbooks), api (newest ExcelApi set, default
 * 1.20), theme (light | dark), width (pane width in px, default 360), payload (bytes per sync, default
 * 5 MB), lang (Office display language, default zh-CN), keep (1: the add-in's workbook settings outlive a
 * reload of the page, as Excel keeps them in the saved file; kept in the tab's sessionStorage), host
 * (excel | wps: with wps the pane is the WPS add-in's, dist/wps/jixiao, on the fake WPS over the same
 * workbook; the page redraws when the fake WPS was called, and stats().runs counts those calls).
 *
 * For tests, window.jixiaoPreview exposes the workbook: snapshot(), stats(), selection().
 */
import { snapshotOf, toWorkbookData, type WorkbookJson, type WorkbookSnapshot } from "../workbook-json";
import { BRIDGE_NAME, type HostBridge, type ThemeName } from "./bridge";
import { renderGrid, revealSelection } from "./grid-view";
import { DEFAULT_PAYLOAD_LIMIT, StandInExcel, type SyncRecord } from "./stand-in-excel";
import type { FakeStats } from "../../tests/excel/fake-excel";
import { selectCell } from "../../tests/excel/fake-excel/workbook-data";
import { FakeWps } from "../../tests/wps/fake-wps/fake-wps";

const API_CHOICES = ["1.4", "1.9", "1.12", "1.18", "1.20"];
const WIDTH_CHOICES = ["320", "360", "450"];

interface PreviewConfig {
  wb: string;
  api: string;
  theme: ThemeName;
  width: number;
  payload: number;
  lang: string;
  keep: boolean;
  host: "excel" | "wps";
}

function readConfig(): PreviewConfig {
  const q = new URLSearchParams(location.search);
  const api = q.get("api") ?? "1.20";
  const width = Number(q.get("width") ?? 360);
  const payload = Number(q.get("payload") ?? DEFAULT_PAYLOAD_LIMIT);
  return {
    wb: q.get("wb") ?? "default",
    api: /^1\.\d{1,2}$/.test(api) ? api : "1.20",
    theme: q.get("theme") === "dark" ? "dark" : "light",
    width: Number.isFinite(width) && width >= 200 && width <= 1200 ? width : 360,
    payload: Number.isFinite(payload) && payload > 0 ? payload : DEFAULT_PAYLOAD_LIMIT,
    lang: q.get("lang") ?? "zh-CN",
    keep: q.get("keep") === "1",
    host: q.get("host") === "wps" ? "wps" : "excel",
  };
}

export interface PreviewApi {
  ready: boolean;
  snapshot(): WorkbookSnapshot;
  stats(): FakeStats & { syncs: SyncRecord[]; active: number };
  selection(): { activeSheet: string | null; selection: string | null };
  resetStats(): void;
}

function reloadWith(change: Partial<Record<keyof PreviewConfig, string>>): void {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(change)) q.set(k, String(v));
  location.search = q.toString();
}

function labelled(labelText: string, control: HTMLSelectElement): HTMLLabelElement {
  const label = document.createElement("label");
  label.append(document.createTextNode(labelText), control);
  return label;
}

function select(
  options: { value: string; text: string }[],
  value: string,
  onPick: (v: string) => void,
): HTMLSelectElement {
  const s = document.createElement("select");
  for (const o of options) {
    const opt = document.createElement("option");
    opt.value = o.value;
    opt.textContent = o.text;
    s.append(opt);
  }
  s.value = value;
  s.addEventListener("change", () => onPick(s.value));
  return s;
}

async function main(): Promise<void> {
  const config = readConfig();
  document.documentElement.dataset.theme = config.theme;
  const status = document.getElementById("status")!;
  const controls = document.getElementById("controls")!;
  const gridRoot = document.getElementById("grid")!;
  const paneBox = document.getElementById("pane-box")!;

  const [listResponse, wbResponse] = await Promise.all([
    fetch("/workbooks"),
    fetch(`/workbooks/${encodeURIComponent(config.wb)}.json`),
  ]);
  if (!wbResponse.ok) {
    status.textContent = `无法载入工作簿“${config.wb}”：${await wbResponse.text()}`;
    return;
  }
  const list = (await listResponse.json()) as { id: string; name: string }[];
  const json = (await wbResponse.json()) as WorkbookJson;
  const data = toWorkbookData(json);
  const excel = new StandInExcel(data, { maxApi: config.api, payloadLimit: config.payload });
  // keep=1: the add-in settings saved before a reload come back, as from a saved file.
  const keptKey = `jixiao-preview-settings:${config.wb}`;
  if (config.keep) {
    const kept = sessionStorage.getItem(keptKey);
    if (kept) for (const [k, v] of JSON.parse(kept) as [string, string][]) data.settings.set(k, v);
  }

  const widths = WIDTH_CHOICES.includes(String(config.width))
    ? WIDTH_CHOICES
    : [...WIDTH_CHOICES, String(config.width)].sort((a, b) => Number(a) - Number(b));
  controls.append(
    labelled(
      "工作簿 ",
      select(
        list.map((w) => ({ value: w.id, text: w.name })),
        config.wb,
        (v) => reloadWith({ wb: v }),
      ),
    ),
    labelled(
      "ExcelApi ",
      select(
        API_CHOICES.map((v) => ({ value: v, text: v })),
        config.api,
        (v) => reloadWith({ api: v }),
      ),
    ),
    labelled(
      "主题 ",
      select(
        [
          { value: "light", text: "浅色" },
          { value: "dark", text: "深色" },
        ],
        config.theme,
        (v) => reloadWith({ theme: v }),
      ),
    ),
    labelled(
      "窗格宽度 ",
      select(
        widths.map((v) => ({ value: v, text: `${v} px` })),
        String(config.width),
        (v) => reloadWith({ width: v }),
      ),
    ),
  );

  // host=wps: the fake WPS over the same workbook; its calls are synchronous and leave no sync to hook.
  const wps = config.host === "wps" ? new FakeWps(data) : null;
  let pending = false;
  let lastSelection: string | null = null;
  const showStatus = (): void => {
    const s = excel.stats;
    const selected = data.selection ? ` · 选中 ${data.selection}` : "";
    status.textContent = wps
      ? `${json.name} · WPS 表格（模拟）· 调用 ${wps.calls} 次${selected}`
      : `${json.name} · ExcelApi ${config.api} · Excel.run ${s.runs} 次，同步 ${s.roundTrips} 次${selected}`;
  };
  const draw = (): void => {
    pending = false;
    renderGrid(gridRoot, data, {
      onPickSheet: (name) => {
        data.activeSheet = name;
        draw();
      },
      // A click makes the cell the active cell and the selection, as in Excel; the pane reads it at
      // its next workbook read (模板, 读取 corrections), as it would read Excel's.
      onPickCell: (sheet, address) => {
        selectCell(data, sheet, address);
        // The cell is where the user is looking: no scrolling to it.
        lastSelection = data.selection;
        draw();
      },
    });
    showStatus();
    if (data.selection !== lastSelection) {
      lastSelection = data.selection;
      revealSelection(gridRoot);
    }
  };
  // A sync or run that only read leaves the sheet as it was: the status line counts it, the grid is not
  // drawn again. Real Excel draws its grid in its own process; here the grid shares the pane's thread,
  // and redrawing a large sheet after every read would slow the pane in a way Excel never does.
  excel.onChange((wrote) => {
    if (config.keep) sessionStorage.setItem(keptKey, JSON.stringify([...data.settings]));
    if (!wrote) {
      showStatus();
      return;
    }
    if (pending) return;
    pending = true;
    requestAnimationFrame(draw);
  });
  draw();
  if (wps) {
    let seen = wps.calls;
    setInterval(() => {
      if (wps.calls === seen) return;
      seen = wps.calls;
      draw();
    }, 100);
  }

  const bridge: HostBridge = {
    ...(wps ? { wps } : {}),
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    theme: config.theme,
    displayLanguage: config.lang,
  };
  const preview: PreviewApi = {
    ready: true,
    snapshot: () => snapshotOf(data),
    stats: () => ({
      ...excel.stats,
      ...(wps ? { runs: wps.calls } : {}),
      syncs: [...excel.syncs],
      active: excel.active,
    }),
    selection: () => ({ activeSheet: data.activeSheet, selection: data.selection }),
    resetStats: () => {
      excel.fake.resetStats();
      excel.syncs.length = 0;
    },
  };
  Object.assign(window, { [BRIDGE_NAME]: bridge, jixiaoPreview: preview });

  // The pane loads only now, so its office.js finds the workbook ready.
  const frame = document.createElement("iframe");
  frame.id = "pane";
  frame.title = "绩效目标助手任务窗格";
  frame.src = wps ? "/wps-pane/taskpane.html" : "/pane/taskpane.html";
  frame.style.width = `${config.width}px`;
  paneBox.append(frame);
}

void main().catch((err: unknown) => {
  const status = document.getElementById("status");
  if (status) status.textContent = `预览页出错：${err instanceof Error ? err.message : String(err)}`;
  throw err;
});
