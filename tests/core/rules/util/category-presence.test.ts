import { categoryPresence } from "../../../../src/core/rules/util/category-presence";
import { COMPLETE_2015, makeProject, type IndicatorSpec } from "../../../helpers/model-factory";

const presence = (indicators: IndicatorSpec[]) => categoryPresence(makeProject({ indicators }));

describe("categoryPresence", () => {
  it("reads a complete 2015 tree", () => {
    const p = presence(COMPLETE_2015);
    expect([...p.level1].sort()).toEqual(["benefit", "output", "satisfaction"]);
    expect([...p.level2.get("output")!].sort()).toEqual(["cost", "quality", "quantity", "timeliness"]);
    expect(p.hasCost).toBe(true);
    expect(p.hasSatisfaction).toBe(true);
  });

  it("counts satisfaction filed as a 二级 under 效益", () => {
    const p = presence([
      { l1: "效益指标", l2: "服务对象满意度指标", name: "满意度", op: ">=", value: "90", unit: "%" },
    ]);
    expect(p.hasSatisfaction).toBe(true);
    expect(p.level1.has("satisfaction")).toBe(false);
    expect(p.level2.get("benefit")!.has("satisfaction")).toBe(true);
  });

  it("files a 二级 without a known 一级 under the 一级 it belongs to", () => {
    const p = presence([{ l1: "", l2: "时效指标", name: "按时完成率", value: "100", unit: "%" }]);
    expect(p.level1.has("output")).toBe(true);
    expect(p.level2.get("output")!.has("timeliness")).toBe(true);
  });

  it("sees cost in a 2021-style 一级 成本指标", () => {
    const p = presence([{ l1: "成本指标", l2: "社会成本指标", name: "对周边群众的影响", value: "无" }]);
    expect(p.level1.has("cost")).toBe(true);
    expect(p.hasCost).toBe(true);
  });

  it("reports no cost and no satisfaction when there is none", () => {
    const p = presence(COMPLETE_2015.filter((s) => s.l2 !== "成本指标" && s.l1 !== "满意度指标"));
    expect(p.hasCost).toBe(false);
    expect(p.hasSatisfaction).toBe(false);
  });
});
