/** @jest-environment jsdom */
/**
 * The same React pane on the WPS adapter over the fake WPS — 检查, 在表格中标记, 清除标记 — with the workbook
 * back exactly as it was.
 */
import "../taskpane/setup";
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { createWpsGateway } from "../../src/wps/wps-gateway";
import { fakeSheet, fakeWorkbook, workbookLooks } from "../excel/fake-excel";
import { wideTable } from "../excel/table-fixture";
import { FakeWps } from "./fake-wps/fake-wps";

jest.setTimeout(60_000);

describe("the pane in WPS 表格", () => {
  test("检查, 在表格中标记 and 清除标记 run on the WPS workbook", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(4) })]);
    const before = workbookLooks(data);
    const user = userEvent.setup();
    render(<TaskPane gateway={createWpsGateway({ app: new FakeWps(data) })} theme={webLightTheme} />);
    await screen.findByText(/点击「检查」/);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByRole("heading", { name: "检查结果" });
    expect(screen.getByRole("status")).toHaveTextContent(/检查完成：错误 \d+/);
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    await screen.findByText(/已标记 \d+ 个单元格/);
    expect(data.sheets[0].notes.size).toBeGreaterThan(0);
    expect(workbookLooks(data)).not.toEqual(before);
    const clear = screen.getByRole("button", { name: "清除标记" });
    await waitFor(() => expect(clear).toBeEnabled());
    await user.click(clear);
    await screen.findByText(/已恢复 \d+ 个单元格/);
    expect(workbookLooks(data)).toEqual(before);
  });
});
