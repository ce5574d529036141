import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDark, pickTheme } from "../../src/taskpane/theme";

describe("pickTheme: the pane follows Office's theme", () => {
  test("Office's isDarkTheme decides when the host gives it", () => {
    expect(pickTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, false)).toBe(webDarkTheme);
    expect(pickTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, true)).toBe(webLightTheme);
  });

  test("otherwise the body background's brightness decides", () => {
    expect(isDark({ bodyBackgroundColor: "#262626" }, false)).toBe(true); // Office Black
    expect(isDark({ bodyBackgroundColor: "#666666" }, false)).toBe(true); // Dark Gray
    expect(isDark({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe(false); // Colorful / White
    expect(isDark({ bodyBackgroundColor: "ffffff" }, true)).toBe(false);
  });

  test("without a usable Office theme, prefers-color-scheme decides", () => {
    expect(pickTheme(undefined, true)).toBe(webDarkTheme);
    expect(pickTheme(undefined, false)).toBe(webLightTheme);
    expect(pickTheme({ bodyBackgroundColor: "not a colour" }, true)).toBe(webDarkTheme);
  });
});
