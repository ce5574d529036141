import {
  clip,
  displayName,
  effectiveUnit,
  formatTarget,
  unitInName,
} from "../../../../src/core/rules/util/indicator-text";
import { makeIndicator } from "../../../helpers/model-factory";

describe("indicator text helpers", () => {
  it("quotes a target with its operator, value and unit", () => {
    expect(
      formatTarget(makeIndicator({ name: "服务中心工作经费", op: ">=", value: "2.5", unit: "万元" })),
    ).toBe("≥2.5万元");
    expect(formatTarget(makeIndicator({ name: "政协委员参会率", op: null, value: "95", unit: "%" }))).toBe(
      "95%",
    );
    expect(
      formatTarget(makeIndicator({ name: "政协委员参会率", op: null, value: "95", unit: "%" }), ">="),
    ).toBe("≥95%");
    expect(formatTarget(makeIndicator({ name: "会议管理制度健全性", value: "健全" }))).toBe("健全");
  });

  it("names an indicator by its 二级 label when the 三级 name is empty", () => {
    expect(displayName(makeIndicator({ l2: "数量指标", name: "" }))).toBe("数量指标");
    expect(displayName(makeIndicator({ l2: "", name: " " }))).toBe("（未命名指标）");
  });

  it("reads a unit written in the name", () => {
    expect(unitInName("苗木成活率(%)")).toBe("%");
    expect(unitInName("人均补助（元/人）")).toBe("元/人");
    expect(unitInName("接待人数（人次）")).toBe("人次");
    expect(unitInName("编辑出版《非物质文化遗产》数量")).toBeNull();
    expect(effectiveUnit(makeIndicator({ name: "苗木成活率(%)", value: "85" }))).toBe("%");
  });

  it("clips long text", () => {
    expect(clip("a".repeat(50))).toBe(`${"a".repeat(40)}…`);
    expect(clip("  合同 \n ")).toBe("合同");
  });
});
