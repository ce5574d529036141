/** 信息化运维/专线 (专线、网络、信息化、运维、系统): 年服务费不超过金额（docs/domain.md）. */
import type { TemplateDef } from "../types";

export const itOps: TemplateDef = {
  id: "it-ops",
  name: "信息化运维/专线",
  aliases: ["信息化运维", "专线", "信息化", "运维", "网络专线"],
  description: "网络专线、业务系统运行维护等信息化服务经费。",
  keywords: ["专线", "网络", "信息化", "运维", "系统", "机房", "软件"],
  params: [
    {
      id: "lines",
      label: "专线条数",
      unit: "条",
      integer: true,
      min: 0,
      max: 100,
      default: 1,
      help: "没有专线的填 0。",
      prefill: [{ goal: ["条"], per: null }],
    },
    {
      id: "systems",
      label: "运维系统个数",
      unit: "个",
      integer: true,
      min: 0,
      max: 100,
      default: 0,
      help: "没有系统运维的填 0。",
      prefill: [{ goal: ["个", "套"], per: null, clause: "系统|平台" }],
    },
    { id: "hours", label: "故障响应时间", unit: "小时", min: 0.5, max: 72, default: 4 },
    { id: "availability", label: "可用率", unit: "%", min: 90, max: 100, default: 99 },
  ],
  goal: [
    { text: "保障" },
    { text: "{lines}条专线", when: "lines > 0" },
    { text: "和", when: "lines > 0 and systems > 0" },
    { text: "{systems}个业务系统", when: "systems > 0" },
    {
      text: "安全稳定运行，网络及系统可用率不低于{availability}%，发生故障{hours}小时以内响应并及时修复，年度运维服务费总额控制在{amount}万元以内，保障远程会议和日常办公正常开展。",
    },
  ],
  indicators: [
    { category: "数量", name: "专线数量", op: "=", value: "lines", unit: "条", when: "lines > 0" },
    { category: "数量", name: "运维系统数量", op: "=", value: "systems", unit: "个", when: "systems > 0" },
    { category: "质量", name: "网络及系统可用率", op: "≥", value: "availability", unit: "%" },
    { category: "质量", name: "故障修复率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "故障响应时间", op: "≤", value: "hours", unit: "小时" },
    { category: "成本", name: "年度运维服务费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "业务系统及网络运行保障率", op: "≥", value: 98, unit: "%" },
    { category: "可持续影响", name: "网络安全事件发生次数", op: "=", value: 0, unit: "次" },
    { category: "满意度", name: "使用人员满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: "lines + systems >= 1",
      param: "lines",
      message: "专线条数和运维系统个数不能都为 0：至少填一项，数量指标才有内容。",
    },
  ],
};
