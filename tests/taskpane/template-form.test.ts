/** The 模板 form's defaults and what it shows, without React: the mode, the kept template, touched fields. */
import { createLibrary, lacksCategories } from "../../src/core/templates";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  defaultMode,
  orderedTemplates,
  shownErrors,
  startForm,
} from "../../src/taskpane/state/template-form";
import {
  LONG_HEADER_ROW,
  longTarget,
  publishingTarget,
  SEED_PUBLISHING,
  targetFor,
  trainingTarget,
} from "./template-fixtures";

const COMPLETE = `${SEED_PUBLISHING}\n三、满意度指标\n（一）服务对象满意度指标：\n1. 读者满意度 ≥90%`;
const library = createLibrary();
const longFirst = () =>
  targetFor(
    "申报表",
    [
      LONG_HEADER_ROW,
      ["公务接待费", 4.25, "做好公务接待。", "产出指标", "数量指标", "接待批次", "≥", 30, "批次"],
    ],
    "A2",
  );
const standards = DEFAULT_SETTINGS.standards;

describe("插入内容 defaults to what inserts something", () => {
  test.each([
    ["an empty indicator cell", trainingTarget(null), null, "replace"],
    ["a project without 满意度指标", publishingTarget(), null, "add"],
    ["a complete project", trainingTarget(COMPLETE), null, "replace"],
    ["a complete project opened from 补全", trainingTarget(COMPLETE), { mode: "add" } as const, "add"],
    ["a row-per-indicator project without rows", longTarget(), null, "replace"],
    ["a row-per-indicator project with rows (cannot replace them)", longFirst(), null, "add"],
  ])("%s → %s", (_what, target, preset, mode) => {
    expect(defaultMode(target, "2015", preset)).toBe(mode);
    expect(startForm(target, library, standards, preset, "2015").form.mode).toBe(mode);
  });

  test("lacksCategories reads the project as the completeness rules do", () => {
    expect(lacksCategories(publishingTarget().project!, "2015")).toBe(true);
    expect(lacksCategories(trainingTarget(COMPLETE).project!, "2015")).toBe(false);
    expect(lacksCategories(trainingTarget(null).project!, "2015")).toBe(true);
  });
});

describe("after an insert or undo the form stays on the template used", () => {
  test("the kept form's template, values and amount win over the suggestion", () => {
    const target = trainingTarget();
    const fresh = startForm(target, library, standards, null);
    expect(fresh.form.templateId).toBe("training");
    const used = { ...fresh.form, templateId: "reception", values: { visits: "12" }, amount: "9" };
    const again = startForm(target, library, standards, null, "2015", used);
    expect(again.form).toMatchObject({ templateId: "reception", values: { visits: "12" }, amount: "9" });
    // The suggestion is still offered beside it.
    expect(again.suggestions[0].template.id).toBe("training");
  });

  test("a kept template that is gone (a unit's, deleted) falls back to the suggestion", () => {
    const target = trainingTarget();
    const used = { ...startForm(target, library, standards, null).form, templateId: "no-such" };
    expect(startForm(target, library, standards, null, "2015", used).form.templateId).toBe("training");
  });
});

describe("the type dropdown and the fields' problems", () => {
  test("types the name or goal points to come first, marked suggested", () => {
    const start = startForm(trainingTarget(), library, standards, null);
    const ordered = orderedTemplates(library.templates, start.suggestions);
    expect(ordered[0]).toMatchObject({ template: { id: "training" }, suggested: true });
    expect(ordered.filter((o) => o.suggested)).toHaveLength(1);
    expect(ordered.map((o) => o.template.id).sort()).toEqual(library.templates.map((t) => t.id).sort());
  });

  test("only touched fields show their problem", () => {
    const errors = { amount: "请填写项目金额（万元）。", newName: "请填写项目名称。" };
    expect(shownErrors(errors, new Set())).toEqual({});
    expect(shownErrors(errors, new Set(["newName"]))).toEqual({ newName: "请填写项目名称。" });
  });
});
