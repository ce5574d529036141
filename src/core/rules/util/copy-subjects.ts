/**
 * What each project of the workbook is about, for copy-paste-suspect: the distinctive part of its name
 * ("专委会工作经费" → 专委会, "政协常委会工作经费" → 常委会, "公务接待费" → 公务接待), and a fingerprint
 * of its whole indicator block. Built once per workbook (cached on the tables array).
 */
import type { Project, Table } from "../../model";
import { compactName } from "./cost-items";
import { SubjectMatcher } from "./copy-matcher";

// Words every project of a unit shares: they say nothing about which project an indicator belongs to.
const GENERIC_WORDS =
  /（[^）]*）|\([^)]*\)|政协|委员会|委员|工作|经费|费用|项目|专项|资金|补助|补贴|年度|本级|\d{4}年|第?[零〇一二两三四五六七八九十\d]+[届次期]|费$/g;
const GENERIC_SUBJECTS = new Set(["办公室", "机关运转", "日常运转", "日常公用", "人员经费"]);
/** Shorter pieces (会议, 培训, 视察, 活动) are activities every project may mention. */
const MIN_SUBJECT = 3;
/** A block this small (one 满意度 line, "政策知晓率≥98%") is copied legitimately all the time. */
export const MIN_BLOCK = 3;

/** The distinctive pieces of a project name, each at least three characters. */
export function projectSubjects(name: string): string[] {
  const pieces = compactName(name).replace(GENERIC_WORDS, "|").split("|");
  return pieces.filter((p) => p.length >= MIN_SUBJECT && !GENERIC_SUBJECTS.has(p));
}

/** The whole indicator block as one string: category, name, operator, value, unit of every line. */
export function blockFingerprint(project: Project): string | null {
  if (project.indicators.length < MIN_BLOCK) return null;
  return project.indicators
    .map((i) => `${i.level2Key ?? i.level1Key ?? ""}\u0001${compactName(i.name)}\u0001${i.operator ?? ""}\u0001${i.value ?? ""}\u0001${i.unit ?? ""}`)
    .join("\u0002");
}

export interface WorkbookSubjects {
  matcher: SubjectMatcher;
  /** For each pattern id: the one project whose name has it (subjects in two names are dropped). */
  owner: (Project | null)[];
  /** Fingerprint → the first project with that indicator block. */
  firstWithBlock: Map<string, Project>;
}

const cache = new WeakMap<readonly Table[], WorkbookSubjects>();

export function workbookSubjects(tables: readonly Table[]): WorkbookSubjects {
  const hit = cache.get(tables);
  if (hit) return hit;
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const firstWithBlock = new Map<string, Project>();
  for (const t of tables) {
    for (const p of t.projects) {
      for (const s of projectSubjects(p.name)) {
        if (!ids.has(s)) {
          ids.set(s, patterns.length);
          patterns.push(s);
        }
      }
      const fp = blockFingerprint(p);
      if (fp !== null && !firstWithBlock.has(fp)) firstWithBlock.set(fp, p);
    }
  }
  const matcher = new SubjectMatcher(patterns);
  // Owner: the only project whose (compacted) name contains the subject.
  const owner: (Project | null)[] = patterns.map(() => null);
  const count = new Array<number>(patterns.length).fill(0);
  for (const t of tables) {
    for (const p of t.projects) {
      for (const id of matcher.find(compactName(p.name))) {
        count[id]++;
        owner[id] = count[id] === 1 ? p : null;
      }
    }
  }
  const result: WorkbookSubjects = { matcher, owner, firstWithBlock };
  cache.set(tables, result);
  return result;
}
