/** A unit's own templates kept in the workbook: saved as imported, validated again when read, never thrown. */
import { STATE_KEY } from "../../src/host/marks-record";
import { MSG } from "../../src/excel/messages";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { MAX_UNIT_TEMPLATES_BYTES, UNIT_TEMPLATES_KEY, utf8Bytes } from "../../src/host/unit-templates";
import { templatesDocExample } from "../docs/templates-doc-example";
import { fakeSheet, fakeWorkbook, type FakeWorkbookData } from "./fake-excel";
import { rig, value, type Rig } from "./helpers";

const book = () => fakeWorkbook([fakeSheet({ name: "表1", values: [["a"]] })]);
const EXAMPLE = templatesDocExample();

/** `n` templates: the doc's example under new ids and names. */
function manyTemplates(n: number): string {
  const one = (JSON.parse(EXAMPLE) as { templates: Record<string, unknown>[] }).templates[0];
  return JSON.stringify(
    Array.from({ length: n }, (_, i) => ({ ...one, id: `unit${i}`, name: `本单位模板${i}`, aliases: [] })),
    null,
    2,
  );
}

/** Round trips an action took, and its value. */
async function trips<T>(
  r: Rig,
  action: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
): Promise<[number, T]> {
  const before = r.excel.stats.roundTrips;
  const out = value(await action());
  return [r.excel.stats.roundTrips - before, out];
}

const stored = (data: FakeWorkbookData): string | undefined => {
  const raw = data.settings.get(UNIT_TEMPLATES_KEY);
  return raw === undefined ? undefined : (JSON.parse(raw) as string);
};

describe("loadUnitTemplates", () => {
  it("gives none for a workbook that has none, in one round trip", async () => {
    const r = rig(book());
    const [n, out] = await trips(r, () => r.gateway.loadUnitTemplates());
    expect(n).toBe(1);
    expect(out).toEqual({ text: null, templates: [] });
  });

  it("reads back exactly the text that was saved, from a new gateway (a colleague opening the file)", async () => {
    const data = book();
    const text = `\ufeff${EXAMPLE}`;
    const saved = value(await rig(data).gateway.saveUnitTemplates(text));
    expect(saved.templates.map((t) => [t.id, t.name, t.source])).toEqual([["publicity", "政策宣传", "unit"]]);
    expect(stored(data)).toBe(text);
    const out = value(await rig(data).gateway.loadUnitTemplates());
    expect(out.text).toBe(text);
    expect(out.warnings).toBeUndefined();
    expect(out.templates.map((t) => t.id)).toEqual(["publicity"]);
    expect(out.templates[0].indicators).toHaveLength(9);
  });

  it("text that is not JSON: a Chinese warning, no templates, nothing thrown", async () => {
    const data = book();
    data.settings.set(UNIT_TEMPLATES_KEY, JSON.stringify('[{"id": "x",\n  }]'));
    const out = value(await rig(data).gateway.loadUnitTemplates());
    expect(out.templates).toEqual([]);
    expect(out.warnings).toEqual([
      "本工作簿保存的本单位模板无法使用，现只提供内置模板。请重新导入模板文件，或删除本单位模板。",
      "本工作簿保存的本单位模板 不是有效的 JSON（第 2 行第 3 列附近）。",
    ]);
  });

  it("templates that break the schema: every problem listed, no templates", async () => {
    const data = book();
    const broken = (JSON.parse(EXAMPLE) as { templates: Record<string, unknown>[] }).templates[0];
    data.settings.set(
      UNIT_TEMPLATES_KEY,
      JSON.stringify(JSON.stringify([{ ...broken, id: "9x", indicators: [] }])),
    );
    const out = value(await rig(data).gateway.loadUnitTemplates());
    expect(out.templates).toEqual([]);
    expect(out.warnings!.slice(1)).toEqual([
      "本工作簿保存的本单位模板：第 1 个模板「政策宣传」：「id」应为英文标识（字母开头，可含数字、-、_），如 meeting，收到 「9x」",
      "本工作簿保存的本单位模板：第 1 个模板「政策宣传」：「indicators」应为指标列表，收到 []",
    ]);
  });

  it("a value Excel hands back parsed (not as text) is read as its JSON", async () => {
    const data = book();
    // The fake keeps what Excel would serialise: here an array rather than a string.
    data.settings.set(UNIT_TEMPLATES_KEY, JSON.stringify(JSON.parse(EXAMPLE)));
    const out = value(await rig(data).gateway.loadUnitTemplates());
    expect(out.templates.map((t) => t.id)).toEqual(["publicity"]);
  });
});

describe("saveUnitTemplates", () => {
  it("refuses an invalid file before sending anything: every problem, one per line, nothing saved", async () => {
    const data = book();
    const r = rig(data);
    const before = r.excel.stats.roundTrips;
    const out = await r.gateway.saveUnitTemplates('{"templates": [{"id": "a", "name": "甲"}]}');
    expect(out.ok).toBe(false);
    const lines = out.ok ? [] : out.message.split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.startsWith("模板文件：第 1 个模板「甲」："))).toBe(true);
    expect(lines).toContain(
      '模板文件：第 1 个模板「甲」：缺少「keywords」（识别项目类型的关键词，如 ["会议", "全会"]）',
    );
    expect(r.excel.stats.roundTrips).toBe(before);
    expect(data.settings.has(UNIT_TEMPLATES_KEY)).toBe(false);
  });

  it("refuses text that is not JSON, and an empty list", async () => {
    const { gateway } = rig(book());
    expect(await gateway.saveUnitTemplates("{oops")).toEqual({
      ok: false,
      message: expect.stringMatching(/^模板文件 不是有效的 JSON/),
    });
    expect(await gateway.saveUnitTemplates("[]")).toEqual({ ok: false, message: "模板文件中没有模板。" });
  });

  it("refuses a file over the size limit, counted as the file's UTF-8 bytes, and keeps what was saved", async () => {
    const data = book();
    const { gateway } = rig(data);
    value(await gateway.saveUnitTemplates(EXAMPLE));
    // Fewer characters than the limit, more bytes: Chinese takes three bytes each in the file.
    const padded = JSON.stringify([
      { ...(JSON.parse(EXAMPLE) as { templates: object[] }).templates[0], description: "宣".repeat(200_000) },
    ]);
    expect(padded.length).toBeLessThan(MAX_UNIT_TEMPLATES_BYTES);
    expect(utf8Bytes(padded)).toBeGreaterThan(MAX_UNIT_TEMPLATES_BYTES);
    const out = await gateway.saveUnitTemplates(padded);
    expect(out).toEqual({
      ok: false,
      message: expect.stringMatching(/^模板文件过大（约 \d+ KB），本单位模板最多 512 KB。/),
    });
    expect(stored(data)).toBe(EXAMPLE);
  });

  it("replaces what was saved, and leaves the pane's other settings alone", async () => {
    const data = book();
    const { gateway } = rig(data);
    value(await gateway.saveState({ settings: value(await gateway.loadState()).settings, ignored: ["k"] }));
    const stateBefore = data.settings.get(STATE_KEY);
    value(await gateway.saveUnitTemplates(EXAMPLE));
    value(await gateway.saveUnitTemplates(manyTemplates(2)));
    expect(value(await gateway.loadUnitTemplates()).templates.map((t) => t.id)).toEqual(["unit0", "unit1"]);
    expect(data.settings.get(STATE_KEY)).toBe(stateBefore);
  });

  it("says so outside Excel", async () => {
    const gateway = createExcelGateway({ isSetSupported: () => true });
    expect(await gateway.saveUnitTemplates(EXAMPLE)).toEqual({ ok: false, message: MSG.notInExcel });
    expect(await gateway.loadUnitTemplates()).toEqual({ ok: false, message: MSG.notInExcel });
    expect(await gateway.removeUnitTemplates()).toEqual({ ok: false, message: MSG.notInExcel });
  });
});

describe("removeUnitTemplates", () => {
  it("deletes the setting (two round trips); with none there it is one and changes nothing", async () => {
    const data = book();
    const r = rig(data);
    value(await r.gateway.saveUnitTemplates(EXAMPLE));
    const [n] = await trips(r, () => r.gateway.removeUnitTemplates());
    expect(n).toBe(2);
    expect(data.settings.has(UNIT_TEMPLATES_KEY)).toBe(false);
    expect(value(await r.gateway.loadUnitTemplates())).toEqual({ text: null, templates: [] });
    const [again] = await trips(r, () => r.gateway.removeUnitTemplates());
    expect(again).toBe(1);
  });
});

describe("round trips do not grow with the number of templates", () => {
  it.each([1, 100])("%i template(s): save 1, load 1, remove 2", async (count) => {
    const r = rig(book());
    const text = manyTemplates(count);
    const [save, saved] = await trips(r, () => r.gateway.saveUnitTemplates(text));
    const [load, loaded] = await trips(r, () => r.gateway.loadUnitTemplates());
    const [remove] = await trips(r, () => r.gateway.removeUnitTemplates());
    expect(saved.templates).toHaveLength(count);
    expect(loaded.templates).toHaveLength(count);
    expect({ save, load, remove }).toEqual({ save: 1, load: 1, remove: 2 });
  });
});
