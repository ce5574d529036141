/**
 * Metamorphic tests of the reader: the same small table in each layout, changed the ways real publishers
 * change a table (title and note rows, blank rows and columns, a two-row header, columns in another order,
 * 元 instead of 万元, spaced labels, a 序号 column, merged or repeated 一级/二级 cells, a 合计 row, another
 * sheet before it), must read the same: the same projects, amounts, goals and indicator trees.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { detectTables } from "../../../src/core/detect";
import { sheetFromValues } from "../../../src/core/grid";
import {
  build,
  PROJECTS,
  readingOf,
  sideBySide,
  type Grid,
  type Layout,
  type Variant,
} from "./shape-variants";

const LAYOUTS: Layout[] = ["wide", "long", "form"];

function read(g: Grid) {
  const d = detectTables(sheetFromValues("表", g.rows, g.merges));
  return readingOf(d.tables);
}

function expected(layout: Layout) {
  const projects = layout === "form" ? PROJECTS.slice(0, 1) : PROJECTS;
  return read(build(layout, {}, projects));
}

const VARIANTS: [string, Variant, Layout[]?][] = [
  ["title, unit and note rows around the table", { framed: true }],
  ["a blank column inside the table", { blankColumnAt: 1 }],
  ["a blank column before the last column", { blankColumnAt: 3 }],
  ["a blank row between projects / before the grid", { blankRow: true }],
  ["the header over two rows with merged cells", { splitHeader: true }],
  ["columns in another order", { reordered: true }],
  ["amounts in 元", { yuan: true }],
  ["spaces and half-width brackets in labels", { spacedLabels: true }],
  ["a 序号 column", { serial: true }],
  ["一级/二级 repeated on every row", { continuation: "repeated" }, ["long", "form"]],
  ["一级/二级 only on the first row of their block", { continuation: "blank" }, ["long", "form"]],
  ["a trailing 合计 row", { totalRow: true }, ["wide", "long"]],
  ["a 合计 row above the projects", { totalFirst: true }, ["wide", "long"]],
  ["amounts typed as text", { amountAsText: true }],
  ["amounts in 元 typed as text", { amountAsText: true, yuan: true }],
  ["numbered project names", { numberedNames: true }, ["wide", "long"]],
  ["labels ending in a colon", { colonLabels: true }],
  ["the unit only in a 单位 line above", { unitLineOnly: true }],
  ["元 only in a 单位 line above", { unitLineOnly: true, yuan: true }],
  ["主管部门 beside the project name", { pairedLabels: true }, ["form"]],
  ["a fund block with 其中 lines under the amount", { fundLines: true }, ["form"]],
  ["a fund block in 元", { fundLines: true, yuan: true }, ["form"]],
  ["each label above its value", { valuesBelow: true }, ["form"]],
  ["the unit on a line of its own in the amount header", { unitInHeader: "newline" }],
  ["元 on a line of its own in the amount header", { unitInHeader: "newline", yuan: true }],
  ["the unit as 「（单位：万元）」 in the amount header", { unitInHeader: "words" }],
  ["元 as 「（单位：元）」 in the amount header", { unitInHeader: "words", yuan: true }],
  ["amounts in 元 as text with thousands separators", { amountStyle: "thousands", yuan: true }],
  ["amounts as text ending in 万元", { amountStyle: "wan" }],
  ["amounts as text ending in 万元 under a 元 header", { amountStyle: "wan", yuan: true }],
  ["full-width digits in amounts and values", { fullWidth: true }],
  ["full-width digits in amounts in 元", { fullWidth: true, yuan: true }],
  ["一级 names written vertically", { verticalLevel1: true }, ["long", "form"]],
  ["the 二级 column two columns wide", { wideLevel2: true }, ["long", "form"]],
  ["a wide 二级 column under a two-row header", { wideLevel2: true, splitHeader: true }, ["long", "form"]],
  ["non-breaking spaces and a leading apostrophe", { webSpaces: true }],
  ["小计 and 合计 rows inside the indicator grid", { gridSubtotals: true }, ["long", "form"]],
  ["小计 rows with 一级/二级 repeated", { gridSubtotals: true, continuation: "repeated" }, ["long", "form"]],
  ["计量单位 in a column of its own", { valueColumns: "unit" }, ["long", "form"]],
  ["指标性质 and 计量单位 in columns of their own", { valueColumns: "operatorAndUnit" }, ["long", "form"]],
  [
    "指标性质 and 计量单位 under a two-row header",
    { valueColumns: "operatorAndUnit", splitHeader: true },
    ["long", "form"],
  ],
  ["line breaks inside the header labels", { wrappedLabels: true }],
  ["the header repeated at a page break", { pageBreak: true }],
  ["a two-row header repeated at a page break", { pageBreak: true, splitHeader: true }],
  ["a page break, 一级/二级 repeated on every row", { pageBreak: true, continuation: "repeated" }],
  ["a page break, 一级/二级 only at the top of their block", { pageBreak: true, continuation: "blank" }],
];

describe("the plain tables read as described", () => {
  test.each(LAYOUTS)("%s", (layout) => {
    const got = expected(layout);
    const want = (layout === "form" ? PROJECTS.slice(0, 1) : PROJECTS).map((p) => ({
      name: p.name,
      amount: Number(p.amount).toFixed(4),
      goal: p.goal,
      names: p.indicators.map((i) => i.name),
    }));
    expect(
      got.map((p) => ({
        name: p.name,
        amount: p.amount,
        goal: p.goal,
        names: p.indicators.map((i) => i.split("|")[2]),
      })),
    ).toEqual(want);
    expect(got[0].indicators[0]).toBe("output|quantity|宣讲场次|>=|12|场");
    expect(got[0].indicators[5]).toBe("satisfaction|satisfaction|群众满意度|>=|90|%");
  });
});

describe.each(LAYOUTS)("%s layout reads the same after one change", (layout) => {
  const cases = VARIANTS.filter(([, , only]) => !only || only.includes(layout));
  test.each(cases)("%s", (_name, variant) => {
    const projects = layout === "form" ? PROJECTS.slice(0, 1) : PROJECTS;
    expect(read(build(layout, variant, projects))).toEqual(expected(layout));
  });

  test("another sheet before it", () => {
    const projects = layout === "form" ? PROJECTS.slice(0, 1) : PROJECTS;
    const g = build(layout, { framed: true }, projects);
    const notes = sheetFromValues("填报说明", [
      ["填报说明"],
      ["1. 金额以万元为单位。"],
      ["2. 指标值请填写数字。"],
    ]);
    const result = checkWorkbook({
      name: "w.xlsx",
      sheets: [notes, sheetFromValues("表", g.rows, g.merges)],
    });
    expect(readingOf(result.tables)).toEqual(expected(layout));
  });
});

describe("two forms side by side read as each form alone", () => {
  const cases = VARIANTS.filter(([, , only]) => !only || only.includes("form"));
  test.each([["no change", {}] as [string, Variant], ...cases])("%s", (_name, variant) => {
    const [a, b] = PROJECTS.map((p) => build("form", variant, [p]));
    const alone = [...read(a), ...read(b)];
    expect(alone.map((p) => p.name)).toEqual(PROJECTS.map((p) => p.name));
    expect(read(sideBySide(a, b))).toEqual(alone);
  });
});

describe.each(LAYOUTS)("%s layout reads the same after any mix of changes", (layout) => {
  test("property", () => {
    const projects = layout === "form" ? PROJECTS.slice(0, 1) : PROJECTS;
    const want = expected(layout);
    const variant = fc.record(
      {
        framed: fc.boolean(),
        blankColumnAt: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }),
        blankRow: fc.boolean(),
        splitHeader: fc.boolean(),
        reordered: fc.boolean(),
        yuan: fc.boolean(),
        spacedLabels: fc.boolean(),
        serial: fc.boolean(),
        continuation: fc.constantFrom("merged" as const, "repeated" as const, "blank" as const),
        totalRow: fc.boolean(),
        totalFirst: fc.boolean(),
        amountAsText: fc.boolean(),
        numberedNames: fc.boolean(),
        colonLabels: fc.boolean(),
        unitLineOnly: fc.boolean(),
        pairedLabels: fc.boolean(),
        fundLines: fc.boolean(),
        valuesBelow: fc.boolean(),
        unitInHeader: fc.option(fc.constantFrom("newline" as const, "words" as const), { nil: undefined }),
        amountStyle: fc.option(fc.constantFrom("thousands" as const, "wan" as const), { nil: undefined }),
        fullWidth: fc.boolean(),
        verticalLevel1: fc.boolean(),
        wideLevel2: fc.boolean(),
        webSpaces: fc.boolean(),
        gridSubtotals: fc.boolean(),
        valueColumns: fc.option(fc.constantFrom("unit" as const, "operatorAndUnit" as const), {
          nil: undefined,
        }),
        wrappedLabels: fc.boolean(),
        pageBreak: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(variant, (v) => {
        const form = layout === "form";
        const effective = {
          ...v,
          totalRow: !form && v.totalRow,
          totalFirst: !form && v.totalFirst,
          numberedNames: !form && v.numberedNames,
          pairedLabels: form && v.pairedLabels && !v.valuesBelow,
          fundLines: form && v.fundLines && !v.valuesBelow,
          valuesBelow: form && v.valuesBelow,
          verticalLevel1: layout !== "wide" && v.verticalLevel1,
          wideLevel2: layout !== "wide" && v.wideLevel2,
          gridSubtotals: layout !== "wide" && v.gridSubtotals,
        };
        expect(read(build(layout, effective, projects))).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });
});
