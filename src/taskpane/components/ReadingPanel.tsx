/**
 * 识别结果: what the reader understood of each table — its kind and range, the columns by role, and per
 * project 项目名称 / 金额 / 绩效目标 with status, cell and evidence. Each cell is a button that selects it in
 * the sheet; each part can be pointed at the selected cell, the target column at the selected column,
 * and a correction undone. A table opens by itself when a part is 不确定 or 未找到. Behaviour comes in as
 * props.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ColumnRole, PartName, ReadingCorrection } from "../../core/model";
import { useStrings } from "../i18n";
import type { PartView, ProjectView, TableView } from "../state/reading-view";

const ROLE_WORD: Record<ColumnRole, string> = {
  code: "项目编码",
  name: "项目名称",
  amount: "金额",
  goal: "绩效目标",
  indicators: "绩效指标（一格）",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  operator: "指标性质/符号",
  value: "指标值",
  unit: "计量单位",
  explanation: "指标解释",
  weight: "权重/分值",
  remark: "备注",
  basis: "取值依据",
  history: "上年实际值",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  column: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  project: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  projectName: { fontWeight: tokens.fontWeightSemibold },
  part: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  partHead: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  text: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  headerText: { overflowWrap: "anywhere", minWidth: 0 },
});

const STATUS_COLOR = {
  found: "success",
  empty: "warning",
  absent: "danger",
  uncertain: "warning",
} as const;

export interface ReadingPanelProps {
  tables: readonly TableView[];
  /** The pane is busy: corrections wait. */
  disabled: boolean;
  onSelect(sheet: string, cell: string): void;
  onCorrectPart(sheet: string, projectKey: string, part: PartName): void;
  onCorrectColumn(sheet: string, headerRow: number): void;
  onUndo(correction: ReadingCorrection): void;
}

const tableId = (t: TableView): string => `${t.sheet}!${t.range}`;

function lookedAt(all: Record<string, boolean>, tables: readonly TableView[]): Record<string, boolean> {
  const fresh = tables.filter((t) => t.needsLook && !(tableId(t) in all)).map(tableId);
  return fresh.length ? { ...all, ...Object.fromEntries(fresh.map((id) => [id, true])) } : all;
}

export function ReadingPanel(props: ReadingPanelProps) {
  const { tables } = props;
  const styles = useStyles();
  const s = useStrings().reading;
  const headingId = useId("reading");
  // Which tables are open: those that need a look open by themselves, and stay open after their
  // correction; the accountant's own opening and closing wins.
  const [toggled, setToggled] = useState<Record<string, boolean>>(() => lookedAt({}, tables));
  const [seen, setSeen] = useState(tables);
  if (seen !== tables) {
    setSeen(tables);
    setToggled((all) => lookedAt(all, tables));
  }
  const open = tables.filter((t) => toggled[tableId(t)] ?? t.needsLook).map((t) => tableId(t));

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} className={styles.heading}>
        {s.heading}
      </Text>
      {tables.length === 0 ? (
        <Text>{s.noTables}</Text>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_e, d) =>
            setToggled((all) => ({ ...all, [String(d.value)]: !open.includes(String(d.value)) }))
          }
        >
          {tables.map((t) => (
            <AccordionItem key={tableId(t)} value={tableId(t)}>
              <AccordionHeader size="small">
                <span className={styles.headerText}>
                  {s.table(t)}
                  {t.needsLook && (
                    <>
                      {" "}
                      <Badge appearance="tint" color="warning" size="small">
                        {s.needsLook}
                      </Badge>
                    </>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <TableBody table={t} {...props} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}

function TableBody({
  table: t,
  disabled,
  onSelect,
  onCorrectPart,
  onCorrectColumn,
  onUndo,
}: ReadingPanelProps & { table: TableView }) {
  const styles = useStyles();
  const s = useStrings().reading;
  return (
    <div className={styles.body}>
      <Text className={styles.meta}>{s.headerAt(t.headerRows)}</Text>
      {t.columns.length > 0 && (
        <ul className={styles.list} aria-label={s.columns}>
          {t.columns.map((c) => (
            <li key={`${c.role}${c.column}`} className={styles.column}>
              {s.column(c.column)} {ROLE_WORD[c.role as ColumnRole] ?? c.role}
              {c.header && c.header !== ROLE_WORD[c.role as ColumnRole] ? `「${oneLine(c.header)}」` : ""}
              {c.role === "value" && t.columnCorrection ? s.correctedMark : ""}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button size="small" disabled={disabled} onClick={() => onCorrectColumn(t.sheet, t.headerRow)}>
          {s.correctColumn}
        </Button>
        {t.columnCorrection && (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={s.undoLabel(s.correctColumn)}
            onClick={() => onUndo(t.columnCorrection!)}
          >
            {s.undo}
          </Button>
        )}
      </div>
      {t.notes.map((n) => (
        <Text key={n} className={styles.meta}>
          {n}
        </Text>
      ))}
      {t.skipped.length > 0 && <Text className={styles.meta}>{s.skipped(t.skipped.length)}</Text>}
      {t.projects.map((p) => (
        <ProjectBlock
          key={p.key}
          sheet={t.sheet}
          project={p}
          disabled={disabled}
          onSelect={onSelect}
          onCorrectPart={onCorrectPart}
          onUndo={onUndo}
        />
      ))}
    </div>
  );
}

function ProjectBlock({
  sheet,
  project: p,
  disabled,
  onSelect,
  onCorrectPart,
  onUndo,
}: Pick<ReadingPanelProps, "disabled" | "onSelect" | "onCorrectPart" | "onUndo"> & {
  sheet: string;
  project: ProjectView;
}) {
  const styles = useStyles();
  const s = useStrings().reading;
  const name = p.name || s.unnamed;
  return (
    <div className={styles.project}>
      <Text className={styles.projectName}>{s.project(name, p.indicators)}</Text>
      <ul className={styles.list}>
        {p.parts.map((part) => (
          <PartRow
            key={part.part}
            part={part}
            projectName={name}
            disabled={disabled}
            onSelect={(cell) => onSelect(sheet, cell)}
            onCorrect={() => onCorrectPart(sheet, p.key, part.part)}
            onUndo={onUndo}
          />
        ))}
      </ul>
    </div>
  );
}

function PartRow({
  part,
  projectName,
  disabled,
  onSelect,
  onCorrect,
  onUndo,
}: {
  part: PartView;
  projectName: string;
  disabled: boolean;
  onSelect(cell: string): void;
  onCorrect(): void;
  onUndo(c: ReadingCorrection): void;
}) {
  const styles = useStyles();
  const s = useStrings().reading;
  return (
    <li className={styles.part} data-reading-part={part.part}>
      <span className={styles.partHead}>
        <Text weight="semibold">{part.label}</Text>
        <Badge appearance="tint" color={STATUS_COLOR[part.status]} size="small">
          {s.status[part.status]}
        </Badge>
        {part.cell ? (
          <Link as="button" aria-label={s.goTo(part.label, part.cell)} onClick={() => onSelect(part.cell!)}>
            {part.cell}
          </Link>
        ) : (
          <Text className={styles.meta}>{s.noCell}</Text>
        )}
        {part.correction && <Text className={styles.meta}>{s.correctedMark}</Text>}
      </span>
      {part.text && <Text className={styles.text}>「{oneLine(part.text)}」</Text>}
      {part.evidence && <Text className={styles.meta}>{part.evidence}</Text>}
      <span className={styles.actions}>
        <Button
          size="small"
          appearance="subtle"
          disabled={disabled}
          aria-label={s.correctPartLabel(part.label, projectName)}
          onClick={onCorrect}
        >
          {s.correctPart}
        </Button>
        {part.correction && (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={s.undoLabel(`${projectName} ${part.label}`)}
            onClick={() => onUndo(part.correction!)}
          >
            {s.undo}
          </Button>
        )}
      </span>
    </li>
  );
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
