import { formatGeneral, formatNumber, serialFromDate, serialToParts } from "../../src/cli/display-text";

describe("formatNumber", () => {
  it.each([
    [10.85, undefined, "10.85"],
    [0.1 + 0.2, undefined, "0.3"],
    [123456789012, undefined, "1.23457E+11"],
    [214.1, "0.00", "214.10"],
    [1.005, "0.00", "1.01"],
    [-3.5, "0.00", "-3.50"],
    [1234567.5, "#,##0", "1,234,568"],
    [1234.5, "#,##0.00", "1,234.50"],
    [0.98, "0%", "98%"],
    [0.955, "0.0%", "95.5%"],
    [12.5, '0.00"万元"', "12.50万元"],
    [12.5, "0.00_ ", "12.50 "],
    [-12.5, "#,##0.00;(#,##0.00)", "(12.50)"],
    [0, '0.00;-0.00;"—"', "—"],
    [1234.5, "[$¥-804]#,##0.00", "¥1,234.50"],
    [1234.5, "[Red]0.0", "1234.5"],
    [0.5, "#.##", ".5"],
    [2.5, "0.0#", "2.5"],
    [2.567, "0.0#", "2.57"],
    [12345, "0.00E+00", "1.23E+04"],
    [7, "@", "7"],
    [7, "General", "7"],
    [6.8, "0.00", "6.80"],
  ])("%p with %p → %p", (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });

  it.each([
    [45296, "yyyy-mm-dd", "2024-01-05"],
    [45296, "yyyy/m/d", "2024/1/5"],
    [45296, 'yyyy"年"m"月"d"日"', "2024年1月5日"],
    [45296.5, "yyyy/m/d h:mm", "2024/1/5 12:00"],
    [45296.75, "h:mm:ss AM/PM", "6:00:00 下午"],
    [45296, "d-mmm-yy", "5-Jan-24"],
    [44561, "yyyy-mm-dd", "2021-12-31"],
  ])("date %p with %p → %p", (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });

  it("counts 1904-system serials from 1904-01-01", () => {
    expect(formatNumber(0, "yyyy-mm-dd", true)).toBe("1904-01-01");
  });

  it('shows built-in format 14 (exceljs\'s "mm-dd-yy") as the Chinese short date', () => {
    expect(formatNumber(45296, "mm-dd-yy")).toBe("2024/1/5");
  });
});

describe("serial dates", () => {
  it("reads serials around the fictitious 1900-02-29", () => {
    expect(serialToParts(60)).toMatchObject({ y: 1900, m: 2, d: 29 });
    expect(serialToParts(59)).toMatchObject({ y: 1900, m: 2, d: 28 });
    expect(serialToParts(61)).toMatchObject({ y: 1900, m: 3, d: 1 });
    expect(serialToParts(1)).toMatchObject({ y: 1900, m: 1, d: 1 });
  });

  it("inverts exceljs's serial → date conversion exactly", () => {
    // exceljs: new Date(round((serial - 25569 [+ 1462]) * 86400000)), ignoring 1900-02-29.
    const toDate = (serial: number, date1904 = false) =>
      new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
    for (const serial of [1, 59, 60, 61, 45296, 45296.5, 45296.75])
      expect(serialFromDate(toDate(serial))).toBe(serial);
    expect(serialFromDate(toDate(100, true), true)).toBe(100);
    expect(serialFromDate(new Date(Date.UTC(2024, 0, 5)))).toBe(45296);
  });

  it("formats General like Excel's 11-character cell", () => {
    expect(formatGeneral(92.79)).toBe("92.79");
    expect(formatGeneral(1e-10)).toBe("1E-10");
    expect(formatGeneral(-0.5)).toBe("-0.5");
  });
});
