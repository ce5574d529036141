import rule from "../../../src/core/rules/periods-identical";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid } from "./_support/column-grid";
import { midtermForm, type SetRow } from "./_support/midterm-form";

const SAME: SetRow[] = [
  ["数量指标", "飞机增雨作业航时", "≥30小时", "数量指标", "飞机增雨作业航时", "≥30小时"],
  ["质量指标", "作业安全率", "100%", "质量指标", "作业安全率", "100%"],
];
const DIFFERENT: SetRow[] = [
  ["数量指标", "飞机增雨作业航时", "≥90小时", "数量指标", "飞机增雨作业航时", "≥30小时"],
  SAME[1],
];
const MID_GOAL = "建立较为完善的人工增雨飞机作业体系";
const GOAL = "完成本年度15次飞机增雨作业";

ruleTester(rule, {
  valid: [
    {
      name: "the sets differ",
      ...midtermForm({ mid: 449.8, annual: 189.8, midGoal: MID_GOAL, goal: GOAL, rows: DIFFERENT }),
    },
    {
      name: "identical sets, equal amounts (a one-year project)",
      ...midtermForm({ mid: 189.8, annual: 189.8, midGoal: GOAL, goal: GOAL, rows: SAME }),
    },
    {
      name: "identical sets, no 中期 amount",
      ...midtermForm({ mid: "", annual: 189.8, midGoal: MID_GOAL, goal: GOAL, rows: SAME }),
    },
    {
      name: "an ordinary form has no 中期 side",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]]),
    },
    {
      name: "no grid",
      table: midtermForm({ mid: 449.8, annual: 189.8, midGoal: GOAL, goal: GOAL, rows: SAME }).table,
    },
  ],
  invalid: [
    {
      name: "identical indicator sets, amounts 449.8 and 189.8 (亳州 人工增雨)",
      ...midtermForm({ mid: "449.8万", annual: "189.8万", midGoal: MID_GOAL, goal: GOAL, rows: SAME }),
      findings: [{ messageId: "setsSame", data: { count: 2, mid: "449.8", annual: "189.8" } }],
    },
    {
      name: "identical goal texts, amounts 68.5 and 51.35 (六安 农产品质检)",
      ...midtermForm({ mid: 68.5, annual: 51.35, midGoal: GOAL, goal: `${GOAL} `, rows: DIFFERENT }),
      findings: [{ messageId: "goalsSame", cell: "B7", data: { mid: "68.5", annual: "51.35" } }],
    },
  ],
});
