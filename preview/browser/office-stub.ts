/**
 * office.js as the preview serves it to the task pane (the real page asks for Microsoft's CDN; the
 * preview server points that script tag here). It gives exactly what the pane's entry and the Excel
 * adapter use — Office.onReady, Office.HostType, Office.context.{displayLanguage, officeTheme,
 * requirements.isSetSupported} and Excel.run — backed by the preview page that holds the workbook.
 * Any other member throws "not implemented". Opened without the preview page around it, onReady reports
 * no host, as real office.js does outside Office.
 */
import { BRIDGE_NAME, type HostBridge } from "./bridge";

const PROBED = new Set(["then", "toJSON", "constructor", "$$typeof", "nodeType", "asymmetricMatch"]);

function strictObject<T extends object>(name: string, o: T): T {
  return new Proxy(o, {
    get(t, p, r) {
      if (typeof p === "string" && !(p in t) && !PROBED.has(p)) {
        throw new Error(`not implemented in the preview's office.js: ${name}.${p}`);
      }
      return Reflect.get(t, p, r);
    },
    set(_t, p) {
      throw new Error(`not implemented in the preview's office.js: ${name}.${String(p)} =`);
    },
  });
}

function findBridge(): HostBridge | null {
  try {
    if (window.parent === window) return null;
    const bridge = (window.parent as unknown as Record<string, unknown>)[BRIDGE_NAME];
    return bridge ? (bridge as HostBridge) : null;
  } catch {
    // A parent on another origin: not the preview page, so there is no host.
    return null;
  }
}

const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
};

const bridge = findBridge();

type Batch = (ctx: unknown) => Promise<unknown>;

const excel = strictObject("Excel", {
  run(a: unknown, b?: unknown): Promise<unknown> {
    if (!bridge) return Promise.reject(new Error("preview office.js: no preview page around the pane"));
    if (typeof a === "function" && b === undefined) return bridge.run(null, a as Batch);
    if (
      a !== null &&
      typeof a === "object" &&
      Object.getPrototypeOf(a) === Object.prototype &&
      typeof b === "function"
    ) {
      return bridge.run(a as { mergeUndoGroup?: boolean }, b as Batch);
    }
    return Promise.reject(
      new Error("not implemented in the preview's office.js: Excel.run with these arguments"),
    );
  },
});

const info = bridge ? { host: "Excel", platform: "OfficeOnline" } : { host: null, platform: null };

const office = strictObject("Office", {
  HostType: strictObject("Office.HostType", { Excel: "Excel" }),
  context: strictObject("Office.context", {
    displayLanguage: bridge?.displayLanguage ?? "zh-CN",
    officeTheme: strictObject("Office.context.officeTheme", { ...OFFICE_THEMES[bridge?.theme ?? "light"] }),
    requirements: strictObject("Office.context.requirements", {
      isSetSupported: (name: string, version?: string): boolean =>
        bridge ? bridge.isSetSupported(name, version) : false,
    }),
  }),
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
});

Object.assign(window, { Office: office, Excel: excel });
