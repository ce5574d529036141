import fc from "fast-check";
import { formatJson, jsonReport, toJsonReport } from "../../../src/core/report/json";
import type { FileReport } from "../../../src/core/report/summary";
import { formatText, textReport } from "../../../src/core/report/text";
import type { Severity } from "../../../src/core/finding";
import { finding, report } from "./report-fixtures";

const severity = fc.constantFrom<Severity>("error", "warning", "info");
const text = fc.string({ unit: fc.constantFrom("a", "甲", "\n", '"', "\\", " ", "「") });

const fileReport: fc.Arbitrary<FileReport> = fc.oneof(
  fc.record({ file: text, error: text }).map(({ file, error }) => ({
    file,
    tables: [],
    findings: [],
    problems: [],
    error,
  })),
  fc
    .record({
      file: text,
      findings: fc.array(fc.record({ severity, message: text, project: text, line: fc.option(fc.nat()) }), {
        maxLength: 5,
      }),
      marked: fc.option(text),
    })
    .map(({ file, findings, marked }) =>
      report({
        file,
        findings: findings.map((f) => finding({ ...f, line: f.line ?? undefined })),
        ...(marked !== null ? { markedCopy: marked } : {}),
      }),
    ),
);

const options = fc.record({
  minSeverity: fc.option(severity, { nil: undefined }),
  explain: fc.boolean(),
});

describe("reports written file by file", () => {
  it("JSON: the same text as JSON.stringify of the whole report, for any files", () => {
    fc.assert(
      fc.property(fc.array(fileReport, { maxLength: 6 }), options, (reports, opts) => {
        const whole = `${JSON.stringify(toJsonReport(reports, opts), null, 2)}\n`;
        const stream = jsonReport(opts);
        let streamed = "";
        for (const r of reports) streamed += stream.file(r);
        streamed += stream.end();
        expect(streamed).toBe(whole);
        expect(formatJson(reports, opts)).toBe(whole);
      }),
    );
  });

  it("text: the pieces make formatText's report, and the totals count every file", () => {
    fc.assert(
      fc.property(fc.array(fileReport, { maxLength: 6 }), options, (reports, opts) => {
        const stream = textReport(opts);
        const pieces = reports.map((r) => stream.file(r));
        expect(pieces.join("") + stream.end()).toBe(formatText(reports, opts));
        const t = stream.totals();
        expect(t.files + t.unreadable).toBe(reports.length);
        expect(t.errors).toBe(
          reports.reduce(
            (n, r) => n + (r.error ? 0 : r.findings.filter((f) => f.severity === "error").length),
            0,
          ),
        );
      }),
    );
  });
});
