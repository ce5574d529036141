/**
 * @jest-environment jsdom
 */
/** dialog.html's script: 快速检查's result from the address's fragment, and a 关闭 button that closes. */
import { showDialogText, textOfHash } from "../../src/wps/dialog";

describe("the result dialog", () => {
  it("shows the text the address carries and closes on 关闭", () => {
    document.body.innerHTML = '<p id="summary"></p><button id="close">关闭</button>';
    const text = "检查了 4 个项目，发现 3 个错误。\n已在表格中标出 5 个单元格。";
    window.location.hash = `#${encodeURIComponent(text)}`;
    const close = jest.spyOn(window, "close").mockImplementation(() => undefined);
    showDialogText(document, window);
    expect(document.getElementById("summary")!.textContent).toBe(text);
    expect(document.activeElement?.id).toBe("close");
    document.getElementById("close")!.click();
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });

  it("says so when there is nothing to show, and never shows a broken escape", () => {
    expect(textOfHash("#%E4%B8%AD")).toBe("中");
    expect(textOfHash("#%E4%B8")).toBe("");
    document.body.innerHTML = '<p id="summary"></p><button id="close">关闭</button>';
    window.location.hash = "";
    showDialogText(document, window);
    expect(document.getElementById("summary")!.textContent).toBe("没有可显示的检查结果。");
  });
});
