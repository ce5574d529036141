/** A one-project form for the 识别结果 tests; `amountLabel` names the amount (拨付额度: a label the reader does not know). */
import { checkWorkbook } from "../../src/core/check";
import { sheetFromValues, type Workbook } from "../../src/core/grid";
import type { ReadingCorrection } from "../../src/core/model";
import type { Settings } from "../../src/core/settings";
import { fakeGateway, ok, type FakeGateway } from "./fixtures";

export function formWorkbook(amountLabel = "拨付额度"): Workbook {
  const sheet = sheetFromValues("Sheet1", [
    ["项目名称", "文化活动补助"],
    [amountLabel, 6],
    ["年度目标", "开展宣讲活动十二场次以上"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备用值"],
    ["产出指标", "数量指标", "宣讲场次", "≥12场", "=10场"],
    ["", "成本指标", "宣讲成本", "≤8万元", "≤5万元"],
  ]);
  return { name: "form.xlsx", sheets: [sheet] };
}

/** A fake gateway whose check is the real core check of `workbook`, with the corrections it is given. */
export function readingGateway(workbook: Workbook = formWorkbook(), active = "B2"): FakeGateway {
  const gateway = fakeGateway();
  gateway.check.mockImplementation(
    async (settings: Settings, _p?: (f: number) => void, corrections?: readonly ReadingCorrection[]) =>
      ok(checkWorkbook(workbook, settings, corrections)),
  );
  gateway.activeCell.mockResolvedValue(ok({ sheet: "Sheet1", cell: active }));
  return gateway;
}
