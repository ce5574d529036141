import { RULES } from "../../../src/core/rules";
import {
  applyCheckPreset,
  DEFAULT_SETTINGS,
  IMPORT_PRECHECK_RULES,
  parseCheckPreset,
} from "../../../src/core/settings";

const ids = RULES.map((r) => r.meta.id);

describe("check presets", () => {
  it("reads import and its Chinese name", () => {
    expect(parseCheckPreset("import")).toBe("import");
    expect(parseCheckPreset(" 导入前检查 ")).toBe("import");
    expect(parseCheckPreset("2015")).toBeNull();
  });

  it("import: only the registered import pre-checks run, each as an error", () => {
    const s = applyCheckPreset(DEFAULT_SETTINGS, "import", ids);
    const reading = ["reading-uncertain", "table-not-found"];
    const running = ids.filter((id) => !s.disabledRules.includes(id) && !reading.includes(id));
    expect(running.sort()).toEqual(IMPORT_PRECHECK_RULES.filter((id) => ids.includes(id)).sort());
    expect(running.length).toBeGreaterThanOrEqual(4);
    for (const id of running) expect(s.severity[id]).toBe("error");
    // an unread workbook is still said to be unread
    for (const id of reading.filter((r) => ids.includes(r))) {
      expect(s.disabledRules).not.toContain(id);
      expect(s.severity[id]).toBeUndefined();
    }
  });

  it("keeps a rule the user switched off switched off, and leaves the settings it was given alone", () => {
    const mine = { ...DEFAULT_SETTINGS, disabledRules: ["whitespace-in-field"] };
    const s = applyCheckPreset(mine, "import", ids);
    expect(s.disabledRules).toContain("whitespace-in-field");
    expect(mine.disabledRules).toEqual(["whitespace-in-field"]);
    expect(DEFAULT_SETTINGS.severity).toEqual({});
  });
});
