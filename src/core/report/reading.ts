/**
 * The reading (识别结果) as plain data for reports — cells as A1 addresses, no model objects — and as the
 * lines of the text report's `--explain` section. The same data is in the JSON report's `reading`.
 */
import { columnLetters, rangeToA1, toA1 } from "../grid";
import { PART_LABEL, type PartName, type PartStatus, type ReadPart, type Table } from "../model";

export interface ReadPartReport {
  status: PartStatus;
  cell: string | null;
  label?: string;
  text: string;
  evidence: string;
  candidates?: string[];
}

export interface TableReadingReport {
  sheet: string;
  kind: string;
  range: string;
  headerRows: string;
  columns: { role: string; column: string; header: string; evidence: string }[];
  projects: { name: string; parts: Record<PartName, ReadPartReport>; indicators: number }[];
  skipped: { row: number; text: string; why: string }[];
  notes: string[];
}

const STATUS_WORD: Record<PartStatus, string> = {
  found: "已识别",
  empty: "空白",
  absent: "未找到",
  uncertain: "不确定",
};

function partReport(p: ReadPart): ReadPartReport {
  const out: ReadPartReport = {
    status: p.status,
    cell: p.cell ? toA1(p.cell.row, p.cell.col) : null,
    text: p.text,
    evidence: p.evidence,
  };
  if (p.label) out.label = toA1(p.label.cell.row, p.label.cell.col);
  if (p.candidates) out.candidates = p.candidates.map((c) => toA1(c.row, c.col));
  return out;
}

export function readingOf(tables: readonly Table[]): TableReadingReport[] {
  return tables.map((t) => {
    const r = t.reading;
    return {
      sheet: t.sheet,
      kind: r?.kind ?? t.layout,
      range: rangeToA1(t.range),
      headerRows: r ? `第${r.header.top + 1}–${r.header.bottom + 1}行` : `第${t.headerRow + 1}行`,
      columns: (r?.columns ?? []).map((c) => ({
        role: c.role,
        column: columnLetters(c.col),
        header: c.header,
        evidence: c.evidence,
      })),
      projects: t.projects.map((p) => ({
        name: p.name,
        indicators: p.indicators.length,
        parts: {
          name: partReport(p.reading?.name ?? missingPart()),
          amount: partReport(p.reading?.amount ?? missingPart()),
          goal: partReport(p.reading?.goal ?? missingPart()),
        },
      })),
      skipped: (r?.skipped ?? []).map((s) => ({ row: s.row + 1, text: s.text, why: s.why })),
      notes: r?.notes ?? [],
    };
  });
}

function missingPart(): ReadPart {
  return { status: "absent", cell: null, text: "", evidence: "" };
}

/** The text report's 识别结果 lines for one file (indented under the file's name). */
export function readingLines(reading: readonly TableReadingReport[]): string[] {
  const out: string[] = [];
  if (reading.length === 0) {
    out.push("  识别结果：没有识别出绩效目标表。");
    return out;
  }
  for (const t of reading) {
    out.push(`  识别结果：工作表「${t.sheet}」 ${t.range}，${t.kind}，表头在${t.headerRows}`);
    if (t.columns.length > 0) {
      out.push(
        `    列：${t.columns.map((c) => `${c.column}=${c.header ? `「${oneLine(c.header)}」` : ""}`).join(" ")}`,
      );
      for (const c of t.columns)
        if (!c.evidence.startsWith("表头「")) out.push(`      ${c.column}列：${c.evidence}`);
    }
    for (const n of t.notes) out.push(`    说明：${n}`);
    for (const p of t.projects) {
      out.push(`    项目「${p.name}」：${p.indicators} 条指标`);
      for (const key of ["name", "amount", "goal"] as const) {
        const part = p.parts[key];
        const at = part.cell ? ` ${part.cell}` : "";
        const text = part.text ? ` 「${oneLine(part.text)}」` : "";
        out.push(`      ${PART_LABEL[key]}（${STATUS_WORD[part.status]}）${at}${text}：${part.evidence}`);
      }
    }
    for (const s of t.skipped) out.push(`    第${s.row}行未作为指标：「${oneLine(s.text)}」（${s.why}）`);
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
