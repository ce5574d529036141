/**
 * Offline structural checks of manifest.xml (office-addin-manifest validate needs Microsoft's web
 * service: `npm run validate`). Parsed with jsdom's XML parser.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";
import { detectApiLevel } from "../../src/excel/capabilities";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  (env: object, argv: { mode: string }): { plugins: { patterns?: CopyPattern[] }[] };
  PAGES: { filename: string }[];
  DEV_URL: string;
  DEFAULT_URL_PROD: string;
};

const icons = require(path.join(ROOT, "scripts", "make-icons.js")) as {
  ICONS: Record<string, { source: string; sizes: number[] }>;
  RIBBON_SIZES: number[];
  renderIcon(name: string, size: number): Buffer;
};

interface CopyPattern {
  from: string;
  transform?: (content: Buffer, absoluteFrom: string) => Buffer | string;
}

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function parse(xml: string): Document {
  const { DOMParser } = new JSDOM("").window;
  return new DOMParser().parseFromString(xml, "application/xml");
}

const doc = parse(MANIFEST);
const root = doc.documentElement;
const all = (name: string): Element[] => Array.from(doc.getElementsByTagName(name));
const one = (name: string): Element => {
  const found = all(name);
  if (found.length === 0) throw new Error(`manifest has no <${name}>`);
  return found[0];
};
const text = (name: string): string => one(name).textContent?.trim() ?? "";

/** Every https URL in the manifest, from DefaultValue/Value attributes. */
function urls(): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:/.test(v)) out.push(v);
    }
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp task-pane root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
  });

  test("the parser used here does reject malformed XML (so the test above can fail)", () => {
    expect(parse("<OfficeApp><Id></OfficeApp>").getElementsByTagName("parsererror").length).toBeGreaterThan(
      0,
    );
  });

  test("identity: a real GUID, provider, zh-CN with an en-US override, version a.b.c.d", () => {
    const id = text("Id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(id).not.toMatch(/^0{8}-/);
    expect(text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text("ProviderName")).not.toBe("");
    expect(text("DefaultLocale")).toBe("zh-CN");
    const name = one("DisplayName");
    expect(name.getAttribute("DefaultValue")).toBe("绩效目标助手");
    expect(name.getElementsByTagName("Override")[0].getAttribute("Locale")).toBe("en-US");
    expect(one("Description").getAttribute("DefaultValue")).toMatch(/绩效目标表/);
  });

  test("Excel workbook host with read/write access to the document", () => {
    expect(text("Permissions")).toBe("ReadWriteDocument");
    const hosts = one("Hosts").getElementsByTagName("Host");
    expect(hosts[0].getAttribute("Name")).toBe("Workbook");
    const overrideHost = one("VersionOverrides").getElementsByTagName("Host")[0];
    expect(overrideHost.getAttributeNS(XSI, "type")).toBe("Workbook");
  });

  test("requires the ExcelApi set the check cannot do without, and no higher", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set).toBeDefined();
    const min = set!.getAttribute("MinVersion")!;
    const atLeast = (v: string) => Number(v.split(".")[1]) <= Number(min.split(".")[1]);
    // An Excel that has exactly the manifest's minimum can read and check the workbook…
    expect(detectApiLevel((name, v) => name === "ExcelApi" && atLeast(v)).read).toBe(true);
    // …and one set lower could not, so the minimum is not set higher than needed.
    const lower = `1.${Number(min.split(".")[1]) - 1}`;
    expect(
      detectApiLevel(
        (name, v) => name === "ExcelApi" && Number(v.split(".")[1]) <= Number(lower.split(".")[1]),
      ).read,
    ).toBe(false);
  });

  test("every URL is on the dev server and maps to an icon in assets/ or a page the build produces", () => {
    const pages = new Set(webpackConfig.PAGES.map((p) => p.filename));
    const found = urls();
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) {
      expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
      const rel = url.slice(webpackConfig.DEV_URL.length);
      if (rel.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, rel))).toBe(true);
      else expect(pages).toContain(rel);
    }
    expect(one("SourceLocation").getAttribute("DefaultValue")).toBe(`${webpackConfig.DEV_URL}taskpane.html`);
  });

  test("icons: each ribbon image is a PNG of its declared size; the add-in icons are 32 and 64 px", () => {
    const images = Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((e) => e.hasAttribute("id"));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      const url = img.getAttribute("DefaultValue")!;
      const size = Number(/-(\d+)\.png$/.exec(url)![1]);
      const dims = pngSize(path.join(ROOT, url.slice(webpackConfig.DEV_URL.length)));
      expect(dims).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(ROOT, "assets", "icon-32.png"))).toEqual({ width: 32, height: 32 });
    expect(one("HighResolutionIconUrl").getAttribute("DefaultValue")).toMatch(/icon-64\.png$/);
  });

  test("the two ribbon buttons have distinct icons, each at every size Office asks for", () => {
    const byControl = new Map<string, { size: number; file: string }[]>();
    const urlOf = new Map(
      Array.from(doc.getElementsByTagNameNS(BT, "Image"))
        .filter((e) => e.hasAttribute("id"))
        .map((e) => [e.getAttribute("id")!, e.getAttribute("DefaultValue")!]),
    );
    for (const control of all("Control")) {
      const images = Array.from(control.getElementsByTagNameNS(BT, "Image")).map((img) => ({
        size: Number(img.getAttribute("size")),
        file: urlOf.get(img.getAttribute("resid")!)!.slice(webpackConfig.DEV_URL.length),
      }));
      byControl.set(control.getAttribute("id")!, images);
    }
    expect([...byControl.keys()].sort()).toEqual(["Jixiao.OpenPane", "Jixiao.QuickCheck"]);
    const files: string[][] = [];
    for (const images of byControl.values()) {
      // 16, 32 and 80 are required; 20, 24, 40, 48 and 64 serve high-DPI scales.
      expect(images.map((i) => i.size)).toEqual(icons.RIBBON_SIZES);
      for (const { size, file } of images) {
        expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
        expect(pngSize(path.join(ROOT, file))).toEqual({ width: size, height: size });
      }
      files.push(images.map((i) => i.file));
    }
    // Distinct drawings, not one picture under two names.
    const [a, b] = files;
    a.forEach((file, i) =>
      expect(fs.readFileSync(path.join(ROOT, file)).equals(fs.readFileSync(path.join(ROOT, b[i])))).toBe(
        false,
      ),
    );
  });

  test("the committed icons are what scripts/make-icons.js draws from the SVG sources", () => {
    for (const [name, { sizes }] of Object.entries(icons.ICONS)) {
      for (const size of sizes) {
        const committed = fs.readFileSync(path.join(ROOT, "assets", `${name}-${size}.png`));
        expect(icons.renderIcon(name, size).equals(committed)).toBe(true);
      }
    }
  });

  test("every resid points at a resource; short and long strings fit Office's limits", () => {
    const ids = new Set(
      ["Image", "Url", "String"].flatMap((n) =>
        Array.from(doc.getElementsByTagNameNS(BT, n)).map((e) => e.getAttribute("id")),
      ),
    );
    const resids = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids).toContain(r);
    for (const [group, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      const el = doc.getElementsByTagNameNS(BT, group)[0];
      for (const s of Array.from(el.getElementsByTagNameNS(BT, "String"))) {
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(limit);
        for (const o of Array.from(s.getElementsByTagNameNS(BT, "Override")))
          expect(o.getAttribute("Value")!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  test("Home tab group 绩效检查 with 打开助手 (task pane) and 快速检查 (function quickCheck)", () => {
    const label = (resid: string | null) =>
      Array.from(doc.getElementsByTagNameNS(BT, "String"))
        .find((s) => s.getAttribute("id") === resid)
        ?.getAttribute("DefaultValue");
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    const group = one("Group");
    expect(label(group.getElementsByTagName("Label")[0].getAttribute("resid"))).toBe("绩效检查");
    const controls = Array.from(group.getElementsByTagName("Control"));
    const actions = controls.map((c) => [
      label(c.getElementsByTagName("Label")[0].getAttribute("resid")),
      c.getElementsByTagName("Action")[0].getAttributeNS(XSI, "type"),
    ]);
    expect(actions).toEqual([
      ["打开助手", "ShowTaskpane"],
      ["快速检查", "ExecuteFunction"],
    ]);
    expect(text("FunctionName")).toBe("quickCheck");
    const commands = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain(`associate("quickCheck"`);
  });

  test("the production build rewrites every dev URL to URL_PROD", () => {
    const saved = process.env.URL_PROD;
    process.env.URL_PROD = "https://budget.example.cn/jixiao";
    try {
      const config = webpackConfig({}, { mode: "production" });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
      const out = pattern!.transform!(Buffer.from(MANIFEST), "manifest.xml").toString();
      expect(out).not.toMatch(/https?:\/\/localhost/);
      expect(out).toContain("https://budget.example.cn/jixiao/taskpane.html");
      expect(parse(out).getElementsByTagName("parsererror")).toHaveLength(0);
    } finally {
      if (saved === undefined) delete process.env.URL_PROD;
      else process.env.URL_PROD = saved;
    }
  });
});
