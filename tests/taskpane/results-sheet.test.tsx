/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import type { Finding } from "../../src/core/finding";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findingKey, type Outcome, type ResultsSheetSummary } from "../../src/host/gateway";
import { failed, fakeGateway, ok, sampleResult } from "./fixtures";
import { renderChecked, renderPane } from "./render";

const MENU = "更多操作";
const ITEM = "添加「检查结果」工作表";

function withResultsSheet(answer: Outcome<ResultsSheetSummary> = ok({ sheet: "检查结果", rows: 4 })) {
  const addResultsSheet = jest.fn(async (_f: readonly Finding[]) => answer);
  return { gateway: fakeGateway({ addResultsSheet }), addResultsSheet };
}

describe("task pane: the 「检查结果」 sheet on request", () => {
  test("lists every finding not ignored and says where", async () => {
    const { gateway, addResultsSheet } = withResultsSheet();
    const ignoredOne = sampleResult().findings[0];
    gateway.loadState.mockResolvedValue(
      ok({ settings: DEFAULT_SETTINGS, ignored: [findingKey(ignoredOne)] }),
    );
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: MENU }));
    await user.click(await screen.findByRole("menuitem", { name: ITEM }));
    expect(addResultsSheet).toHaveBeenCalledTimes(1);
    const sent = addResultsSheet.mock.calls[0][0];
    const all = sampleResult().findings;
    expect(sent.map(findingKey)).toEqual(
      all.filter((f) => findingKey(f) !== findingKey(ignoredOne)).map(findingKey),
    );
    expect(
      await screen.findByText("已添加工作表「检查结果」，列出 4 条问题；点击「单元格」列可跳到对应单元格。"),
    ).toBeInTheDocument();
  });

  test("offered only after a check that read a table", async () => {
    const { gateway, addResultsSheet } = withResultsSheet();
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: MENU }));
    const item = await screen.findByRole("menuitem", { name: ITEM });
    expect(item).toHaveAttribute("aria-disabled", "true");
    await user.click(item);
    expect(addResultsSheet).not.toHaveBeenCalled();
  });

  test("a refusal is shown, not thrown", async () => {
    const { gateway } = withResultsSheet(failed("工作簿结构受保护，无法添加「检查结果」工作表，未做改动。"));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: MENU }));
    await user.click(await screen.findByRole("menuitem", { name: ITEM }));
    expect(await screen.findByText(/操作没有完成：工作簿结构受保护/)).toBeInTheDocument();
  });

  test("a host without the action shows no menu for it", async () => {
    await renderChecked(fakeGateway());
    expect(screen.queryByRole("button", { name: MENU })).not.toBeInTheDocument();
  });
});
