/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ok } from "./fixtures";
import { formWorkbook, readingGateway } from "./reading-fixture";
import { renderChecked } from "./render";

const AMOUNT_FIX = {
  kind: "part",
  sheet: "Sheet1",
  projectKey: "Sheet1!0",
  part: "amount",
  cell: "B2",
} as const;

const readingSection = () => within(screen.getByRole("region", { name: "识别结果" }));
const partRow = (part: string) => {
  const row = document.querySelector<HTMLElement>(`[data-reading-part="${part}"]`);
  if (!row) throw new Error(`no ${part} row`);
  return within(row);
};

describe("task pane: 识别结果", () => {
  test("shows each part with status, cell and evidence; opens by itself when a part is 未找到", async () => {
    await renderChecked(readingGateway());
    const section = readingSection();
    expect(section.getByText(/工作表「Sheet1」A1:E6 · 单项目表/)).toBeInTheDocument();
    expect(section.getByText("请核对")).toBeInTheDocument();
    expect(partRow("name").getByText("已识别")).toBeInTheDocument();
    expect(partRow("name").getByText("「文化活动补助」")).toBeInTheDocument();
    expect(partRow("name").getByText(/标签「项目名称」.*在 A1/)).toBeInTheDocument();
    expect(partRow("amount").getByText("未找到")).toBeInTheDocument();
    expect(partRow("amount").getByText("无单元格")).toBeInTheDocument();
    expect(partRow("goal").getByRole("button", { name: "选中绩效目标所在单元格 B3" })).toBeInTheDocument();
    expect(section.getByText(/D 列 指标值/)).toBeInTheDocument();
  });

  test("is collapsed when every part was read", async () => {
    const { user } = await renderChecked(readingGateway(formWorkbook("资金总额")));
    const section = readingSection();
    expect(section.queryByText("请核对")).not.toBeInTheDocument();
    expect(document.querySelector('[data-reading-part="amount"]')).toBeNull();
    await user.click(section.getByRole("button", { name: /工作表「Sheet1」/ }));
    expect(partRow("amount").getByText("已识别")).toBeInTheDocument();
  });

  test("a part's cell selects it in the sheet", async () => {
    const { user, gateway } = await renderChecked(readingGateway());
    await user.click(screen.getByRole("button", { name: "选中项目名称所在单元格 B1" }));
    expect(gateway.select).toHaveBeenCalledWith("Sheet1", "B1");
  });

  test("改为当前选中的单元格 saves the correction, checks again with it, and 撤销更正 takes it back", async () => {
    const { user, gateway } = await renderChecked(readingGateway());
    expect(gateway.check.mock.calls[0][2]).toEqual([]);
    await user.click(screen.getByRole("button", { name: "将「文化活动补助」的金额改为当前选中的单元格" }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      corrections: [AMOUNT_FIX],
    });
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(2));
    expect(gateway.check.mock.calls[1][2]).toEqual([AMOUNT_FIX]);
    expect(await screen.findByText(/已将金额改为 B2，并已重新检查/)).toBeInTheDocument();
    expect(partRow("amount").getByText("已识别")).toBeInTheDocument();
    expect(partRow("amount").getByText("（已更正）")).toBeInTheDocument();
    expect(partRow("amount").getByText(/由使用者指定/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "撤销更正：文化活动补助 金额" }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      corrections: [],
    });
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(3));
    expect(gateway.check.mock.calls[2][2]).toEqual([]);
    expect(await screen.findByText("已撤销更正，并已重新检查。")).toBeInTheDocument();
    expect(partRow("amount").getByText("未找到")).toBeInTheDocument();
  });

  test("a second correction of the same part replaces the first", async () => {
    const gateway = readingGateway(formWorkbook(), "B2");
    gateway.loadState.mockResolvedValue(
      ok({ settings: DEFAULT_SETTINGS, ignored: [], corrections: [{ ...AMOUNT_FIX, cell: "E9" }] }),
    );
    const { user } = await renderChecked(gateway);
    expect(gateway.check.mock.calls[0][2]).toEqual([{ ...AMOUNT_FIX, cell: "E9" }]);
    await user.click(readingSection().getByRole("button", { name: /工作表「Sheet1」/ }));
    expect(partRow("amount").getByText("（已更正）")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "将「文化活动补助」的金额改为当前选中的单元格" }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      corrections: [AMOUNT_FIX],
    });
  });

  test("指标值列改为当前选中的列 saves the selected cell's column", async () => {
    const gateway = readingGateway(formWorkbook(), "E5");
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "指标值列改为当前选中的列" }));
    const fix = { kind: "targetColumn", sheet: "Sheet1", headerRow: 3, column: "E" };
    expect(gateway.saveState).toHaveBeenLastCalledWith({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      corrections: [fix],
    });
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(2));
    expect(await screen.findByText(/已将指标值列改为 E 列/)).toBeInTheDocument();
    expect(readingSection().getByText(/E 列 指标值.*（已更正）/)).toBeInTheDocument();
    expect(
      readingSection().getByRole("button", { name: "撤销更正：指标值列改为当前选中的列" }),
    ).toBeInTheDocument();
  });

  test("a selection on another sheet is not taken; the pane says where to select", async () => {
    const gateway = readingGateway();
    gateway.activeCell.mockResolvedValue(ok({ sheet: "Sheet2", cell: "B2" }));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "将「文化活动补助」的金额改为当前选中的单元格" }));
    expect(await screen.findByText(/请先在工作表「Sheet1」中选中正确的单元格/)).toBeInTheDocument();
    expect(gateway.saveState).not.toHaveBeenCalled();
    expect(gateway.check).toHaveBeenCalledTimes(1);
  });
});
