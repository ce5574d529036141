/**
 * What each project of the workbook is about, for copy-paste-suspect: the distinctive part of its name
 * ("专委会工作经费" → 专委会, "政协常委会工作经费" → 常委会, "公务接待费" → 公务接待), and a fingerprint
 * of its whole indicator block. Built once per workbook (cached on the tables array).
 */
import type { Project, Table } from "../../model";
import { type BracketPair, replaceBracketSpans } from "../../text/bracket-spans";
import { compactName } from "./compact-name";
import { SubjectMatcher } from "./copy-matcher";
import { tableFacts, type TableFacts } from "./table-facts";

// Words every project of a unit shares: they say nothing about which project an indicator belongs to.
// Parenthetical notes ("(含慰问金)") say what the money covers, not what the project is.
// Both are linear: the notes are cut by replaceBracketSpans (a /（[^）]*）/ retries from every "（"), and the
// ordinal's numeral run is bounded (an unbounded run made a name of 20,000 numerals take seconds).
const PARENTHESES: readonly BracketPair[] = [
  ["（", "）"],
  ["(", ")"],
];
const GENERIC_WORDS =
  /政协|委员会|委员|工作|经费|费用|项目|专项|资金|补助|补贴|年度|本级|第?[零〇一二两三四五六七八九十\d]{1,12}[届次期号]|\d+年?|费$/g;
const GENERIC_SUBJECTS = new Set(["办公室", "机关运转", "日常运转", "日常公用", "人员经费"]);
/** Shorter pieces (会议, 培训, 视察, 活动) are activities every project may mention. */
const MIN_SUBJECT = 3;
/** A block this small (one 满意度 line, "政策知晓率≥98%") is copied legitimately all the time. */
export const MIN_BLOCK = 3;

/**
 * The distinctive pieces of a project name, each at least three characters. `compacted` is
 * compactName(name) when the caller has it (used when the name has no parenthetical note).
 */
export function projectSubjects(name: string, compacted?: string): string[] {
  const noted = replaceBracketSpans(name, PARENTHESES, "|");
  const pieces = (noted === name && compacted !== undefined ? compacted : compactName(noted))
    .replace(GENERIC_WORDS, "|")
    .split("|");
  return pieces.filter((p) => p.length >= MIN_SUBJECT && !GENERIC_SUBJECTS.has(p));
}

/**
 * A cheap number that equal blocks share (as many lines, with the same name keys in the same order); only
 * projects sharing it get a full fingerprint. Read from the facts' name-key hashes of project p alone.
 */
function blockSketch(facts: TableFacts, p: number): number | null {
  const first = facts.start[p];
  const end = facts.start[p + 1];
  if (end - first < MIN_BLOCK) return null;
  let h = Math.imul(end - first, 0x9e3779b1);
  for (let k = first; k < end; k++) h = Math.imul(h ^ facts.keyHash[k], 0x01000193);
  return h & 0x3fffffff; // a small integer: a cheap map key
}

/** The whole indicator block as one string: category, name, operator, value, unit of every line. */
export function blockFingerprint(project: Project): string | null {
  if (project.indicators.length < MIN_BLOCK) return null;
  return project.indicators
    .map(
      (i) =>
        `${i.level2Key ?? i.level1Key ?? ""}\u0001${compactName(i.name)}\u0001${i.operator ?? ""}\u0001${i.value ?? ""}\u0001${i.unit ?? ""}`,
    )
    .join("\u0002");
}

export interface WorkbookSubjects {
  /** Subjects found in a (compacted) indicator name, each with the one project that owns it. */
  subjectsIn(compactIndicatorName: string): readonly { subject: string; owner: Project }[];
  /** For a project whose whole block repeats an earlier project's: that earlier project. */
  copyOf: Map<Project, Project>;
  /** How many subjects have a single owner (0: no indicator can name another project's subject). */
  ownedSubjects: number;
}

const cache = new WeakMap<readonly Table[], WorkbookSubjects>();
const NO_SUBJECTS: readonly { subject: string; owner: Project }[] = Object.freeze([]);

export function workbookSubjects(tables: readonly Table[]): WorkbookSubjects {
  const hit = cache.get(tables);
  if (hit) return hit;
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const bySketch = new Map<number, Project[]>();
  // Units repeat project names (公务接待费, 机关运转经费): each name is read once, with the projects that
  // bear it and its compacted form.
  const projectsNamed = new Map<string, { named: Project[]; compact: string }>();
  for (const t of tables) {
    const facts = tableFacts(t);
    t.projects.forEach((p, index) => {
      const known = projectsNamed.get(p.name);
      if (known) known.named.push(p);
      else {
        const compact = compactName(p.name);
        projectsNamed.set(p.name, { named: [p], compact });
        for (const s of projectSubjects(p.name, compact)) {
          if (!ids.has(s)) {
            ids.set(s, patterns.length);
            patterns.push(s);
          }
        }
      }
      const sketch = blockSketch(facts, index);
      if (sketch === null) return;
      const group = bySketch.get(sketch);
      if (group) group.push(p);
      else bySketch.set(sketch, [p]);
    });
  }
  const copyOf = new Map<Project, Project>();
  for (const group of bySketch.values()) {
    if (group.length < 2) continue;
    const first = new Map<string, Project>();
    for (const p of group) {
      const fp = blockFingerprint(p) as string;
      const earlier = first.get(fp);
      if (earlier) copyOf.set(p, earlier);
      else first.set(fp, p);
    }
  }
  const matcher = new SubjectMatcher(patterns);
  // Owner: the only project whose (compacted) name contains the subject; null when two names do.
  const owner: (Project | null)[] = patterns.map(() => null);
  const count = new Array<number>(patterns.length).fill(0);
  projectsNamed.forEach(({ named, compact }) => {
    for (const id of matcher.find(compact)) {
      count[id] += named.length;
      owner[id] = count[id] === 1 ? named[0] : null;
    }
  });
  // Only a subject with one owner can be reported: indicator names are searched for those alone.
  const owned: { subject: string; owner: Project }[] = [];
  patterns.forEach((subject, id) => {
    const o = owner[id];
    if (o) owned.push({ subject, owner: o });
  });
  const ownedMatcher = new SubjectMatcher(owned.map((o) => o.subject));
  const subjectsIn = (name: string) => {
    if (owned.length === 0) return NO_SUBJECTS;
    const found = ownedMatcher.find(name);
    return found.length === 0 ? NO_SUBJECTS : found.map((id) => owned[id]);
  };
  const result: WorkbookSubjects = { subjectsIn, copyOf, ownedSubjects: owned.length };
  cache.set(tables, result);
  return result;
}
