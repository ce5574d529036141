/** Project names as written in name cells: "10. 政协协商 议政服务中 心" → "政协协商议政服务中心". */
import { normalizeText, removeCjkSpaces } from "../text/normalize";
import { removePinyinGlosses } from "../text/match-key";
import { readNumbering } from "./numbering";

const LINE_BREAKS = /\n/g;

/**
 * Remove the leading list number: "10. 政协协商议政服务中心" → "政协协商议政服务中心"; also "1、", "（1）",
 * "①", "一、", "（一）". A number that is part of the name ("2024年…", "5G…") stays.
 */
export function stripLeadingNumber(name: string): string {
  const norm = normalizeText(name ?? "");
  const t = (norm.indexOf("\n") >= 0 ? norm.replace(LINE_BREAKS, " ") : norm).trim();
  const n = readNumbering(t);
  return n.kind === "none" ? t : n.body;
}

/**
 * A project name cell → the name: debris removed, OCR line breaks and spaces inside the name removed
 * ("政协委员 民主监督工 作经费" → "政协委员民主监督工作经费"), leading number stripped, and the pinyin
 * glosses a web page's ruby text left after characters removed ("救助補(bǔ)助" → "救助補助").
 */
export function cleanProjectName(raw: string): string {
  const lines = removePinyinGlosses(normalizeText(raw ?? "")).split("\n");
  const joined = removeCjkSpaces(lines.join(" ")).replace(/\s+/g, " ").trim();
  const n = readNumbering(joined);
  const body = n.kind === "none" ? joined : n.body;
  return body.replace(/[:：]\s*$/, "").trim();
}
