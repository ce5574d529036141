import {
  level1KeyFromName,
  level1KeyOf,
  level2KeyFromName,
  level2KeyOf,
  ndrcContainerOf,
} from "../../../src/core/vocab/categories";

describe("level1KeyOf", () => {
  it.each([
    ["产出指标", "output"],
    ["產出指標", "output"],
    ["产 出 指 标：", "output"],
    ["项目完成指标", "output"],
    ["效益指标", "benefit"],
    ["效果指标", "benefit"],
    ["满意度指标", "satisfaction"],
    ["社会公众或服务对象满意度指标", "satisfaction"],
    ["成本指标", "cost"],
    ["成本指标(必填硬性指标)", "cost"],
    ["實施效果指標", null],
    ["过程管理指标", null],
    ["一级指标", null],
  ])("%s → %s", (text, key) => {
    expect(level1KeyOf(text)).toBe(key);
  });
});

describe("level2KeyOf", () => {
  it.each([
    ["数量指标", "quantity"],
    ["數量指標", "quantity"],
    ["数量指标(必填硬性指标)", "quantity"],
    ["数量指标*", "quantity"],
    ["質(zhì)量指標", "quality"],
    ["时效指标", "timeliness"],
    ["进度指标", "timeliness"],
    ["成本指标", "cost"],
    ["经济成本指标", "economicCost"],
    ["社会成本指标", "socialCost"],
    ["生态环境成本指标", "ecoCost"],
    ["经济效益指标", "economic"],
    ["社会效益指标", "social"],
    ["生态效益指标", "ecological"],
    ["环境效益指标", "ecological"],
    ["可持续影响指标", "sustainable"],
    ["服务对象满意度指标", "satisfaction"],
    ["社会公众或服务对象满意度指标", "satisfaction"],
    ["三级指标", null],
  ])("%s → %s", (text, key) => {
    expect(level2KeyOf(text)).toBe(key);
  });
});

describe("ndrcContainerOf", () => {
  it.each([
    ["实施效果指标", "effect"],
    ["过程管理指标", "process"],
    ["产出指标", null],
  ])("%s → %s", (text, key) => {
    expect(ndrcContainerOf(text)).toBe(key);
  });
});

describe("level2KeyFromName / level1KeyFromName", () => {
  it.each<[string, string | null, string | null, string | null]>([
    ["群众满意度", "%", "satisfaction", "satisfaction"],
    ["项目完成及时率", "%", "timeliness", "output"],
    ["工程完成时间", null, "timeliness", "output"],
    ["设备购置成本", null, "cost", null],
    ["物资采购金额", "万元", "cost", null],
    ["物资采购金额", null, null, null],
    ["验收合格率", "%", "quality", "output"],
    ["任务完成率", "%", "quality", "output"],
    ["培训人数", "人", "quantity", "output"],
    ["新建村道", "公里", "quantity", "output"],
    ["改造面积", null, "quantity", "output"],
    ["带动群众增收", null, null, null],
  ])("%s (%s) → %s / %s", (name, unit, k2, k1) => {
    expect(level2KeyFromName(name, unit)).toBe(k2);
    expect(level1KeyFromName(name, unit)).toBe(k1);
  });
});

describe("level2KeyFromName reads names as matched", () => {
  it.each<[string, string | null]>([
    ["救助對象對救助工作滿意度(%)", "satisfaction"],
    ["資金發放及時率", "timeliness"],
    ["救 助 覆 蓋 率", "quality"],
  ])("%s → %s", (name, k2) => {
    expect(level2KeyFromName(name, "%")).toBe(k2);
  });
});
