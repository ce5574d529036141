/** The time words of vocab/indicator-kind.ts: on time, about when, and the timeliness targets between. */
import { aboutTimeOf, isTimeliness, onTimeOf } from "../../../src/core/vocab/indicator-kind";

describe("onTimeOf: a name that says on time", () => {
  it.each(["培训及时率", "按时完成率", "按期完工率", "列车准时率", "办理时效"])("%s is on time", (n) =>
    expect(onTimeOf(n)).toBe(true),
  );
  it.each(["完成时间", "资金支出进度", "时间节点", "培训覆盖率"])("%s is not", (n) =>
    expect(onTimeOf(n)).toBe(false),
  );
});

describe("aboutTimeOf: a name about when", () => {
  it.each(["完成时间", "资金支出进度", "办理期限", "建设周期", "审批时限", "培训及时率"])("%s is", (n) =>
    expect(aboutTimeOf(n)).toBe(true),
  );
  it.each(["资助人数覆盖率", "经费到位率", "会议次数"])("%s is not", (n) =>
    expect(aboutTimeOf(n)).toBe(false),
  );
  it.each(["故障响应时间", "项目完成时间节点", "按时发放率", "建设周期", "审批时限"])(
    "every timeliness name (%s) is about time",
    (n) => {
      expect(isTimeliness(n)).toBe(true);
      expect(aboutTimeOf(n)).toBe(true);
    },
  );
});
