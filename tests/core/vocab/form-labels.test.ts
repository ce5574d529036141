/**
 * isNameLabel is formLabelOf's 项目名称 test on its own (asked of every data row): it must answer as
 * formLabelOf does, for labels of every part, project names and stray texts.
 */
import { formLabelOf, isNameLabel } from "../../../src/core/vocab/form-labels";

const TEXTS = [
  "项目名称",
  "项目名称：",
  "项 目 名 称",
  "*项目名称",
  "专项资金名称",
  "項目名稱",
  "项目(专项)名称",
  "项目名称:乡村道路硬化",
  "二级项目名称",
  "单位名称",
  "年度资金总额",
  "年度资金总额:50万",
  "年度目标",
  "其中：财政拨款",
  "1. 年鉴编纂经费",
  "示例单位1机关",
  "名称",
  "",
  "101",
  "项目名称".repeat(8),
];

describe("isNameLabel", () => {
  it.each(TEXTS)("answers for %j as formLabelOf does", (text) => {
    expect(isNameLabel(text)).toBe(formLabelOf(text)?.part === "name");
  });

  it("knows a 项目名称 label from a project's name", () => {
    expect(isNameLabel("项目名称")).toBe(true);
    expect(isNameLabel("項目名稱")).toBe(true);
    expect(isNameLabel("1. 年鉴编纂经费")).toBe(false);
  });
});
