/**
 * The web edition's page: open one or many .xlsx files (picker, folder, drag and drop), a table of the
 * open files with their counts, and the current file as a read-only grid beside the add-in's own task
 * pane (src/taskpane, fed through a WorkbookGateway backed by that file). Downloads: the marked copy,
 * the batch summary and a zip of all marked copies. Nothing leaves the machine.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DocumentTableRegular,
  FolderOpenRegular,
  FolderZipRegular,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { CheckResult } from "../core/check";
import { countFindings, type Finding } from "../core/finding";
import { marksFromFindings } from "../core/report/marks";
import { DEFAULT_SETTINGS } from "../core/settings";
import { TaskPane } from "../taskpane/TaskPane";
import { isOtherSpreadsheet, isXlsxFile, type WebDocument } from "./documents";
import { copyText, downloadBytes, markedFileName } from "./downloads";
import { layoutBytes, markedCopiesZip, markedCopyBytes, summaryWorkbookBytes } from "./exports";
import { GridView } from "./GridView";
import { createReader } from "./reader";
import { createWebGateway, type WebSession } from "./web-gateway";
import { webStrings } from "./web-strings";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    background: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: "12px",
  },
  privacy: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: "none" },
  body: { display: "flex", flex: 1, minHeight: 0 },
  workArea: { display: "flex", flexDirection: "column", flex: 1, minWidth: 0, minHeight: 0 },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground1,
  },
  drop: {
    margin: "auto",
    padding: "48px",
    maxWidth: "640px",
    textAlign: "center",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: "8px",
    background: tokens.colorNeutralBackground1,
  },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  files: {
    maxHeight: "30vh",
    overflow: "auto",
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  filesTable: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: {
    position: "sticky",
    top: 0,
    textAlign: "left",
    background: tokens.colorNeutralBackground3,
    padding: "4px 8px",
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { padding: "2px 8px", borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  current: { background: tokens.colorBrandBackground2 },
  linkButton: {
    font: "inherit",
    border: "none",
    background: "none",
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    textAlign: "left",
    textDecoration: "underline",
  },
  fileError: { color: tokens.colorPaletteRedForeground1 },
  docError: { padding: tokens.spacingHorizontalM },
});

interface Selection {
  sheet: string;
  row: number;
  col: number;
}

/** A File from the picker, a folder or a drop, with the path shown for it. */
interface Picked {
  name: string;
  file: File;
}

/**
 * Seconds since `since` (null: not counting), updated every second: the progress line shows it while a
 * file is read, and it moves only because the reading does not hold up the page.
 */
function useElapsedSeconds(since: number | null): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/** The grid's selected cell, for the gateway (the 模板 tab reads the project there); one page, one grid. */
const cursor: { at: Selection | null } = { at: null };

function pickedFrom(list: FileList | null): Picked[] {
  return Array.from(list ?? [], (file) => ({
    file,
    name: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
  }));
}

export function WebApp() {
  const styles = useStyles();
  const [docs, setDocs] = useState<WebDocument[]>([]);
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [openingSince, setOpeningSince] = useState<number | null>(null);
  const elapsed = useElapsedSeconds(openingSince);
  // Files are read and checked off the page's thread (reader.ts); one reader for the page.
  const [reader] = useState(createReader);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: "error" | "success" | "warning"; text: string } | null>(
    null,
  );
  const [dragging, setDragging] = useState(false);
  const [marks, setMarks] = useState<readonly Finding[] | null>(null);
  const [activeSheet, setActiveSheet] = useState<string>("");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [revealKey, setRevealKey] = useState(0);
  const [, setResultTick] = useState(0);
  // What outlives one file (settings, ignored findings, a unit's templates): one object for the page.
  const [session] = useState<WebSession>(() => ({
    state: { settings: DEFAULT_SETTINGS, ignored: [] },
    unitTemplates: null,
  }));
  const select = useCallback((at: Selection | null) => {
    cursor.at = at;
    setSelection(at);
  }, []);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);

  const current = docs.find((d) => d.id === currentId) ?? null;

  const show = useCallback(
    (doc: WebDocument) => {
      setCurrentId(doc.id);
      setMarks(null);
      select(null);
      setActiveSheet(doc.workbook?.sheets[0]?.name ?? "");
    },
    [select],
  );

  const open = useCallback(
    async (picked: Picked[]) => {
      const wanted = picked.filter(
        (p) => isXlsxFile(p.name) || isOtherSpreadsheet(p.name) || picked.length === 1,
      );
      if (wanted.length === 0) {
        setNotice({ intent: "warning", text: "没有找到 .xlsx 文件。" });
        return;
      }
      setNotice(null);
      const opened: WebDocument[] = [];
      for (let i = 0; i < wanted.length; i++) {
        const p = wanted[i];
        setOpening(`正在读取并检查 ${p.name}（${i + 1} / ${wanted.length}）…`);
        setOpeningSince(Date.now());
        opened.push(await reader.open(p.name, p.file, session.state.settings));
      }
      setOpening(null);
      setOpeningSince(null);
      setDocs((all) => [...all, ...opened]);
      show(opened[0]);
    },
    [show, session, reader],
  );

  const gateway = useMemo(() => {
    if (!current) return null;
    return createWebGateway(current, session, {
      showMarks: (findings) => setMarks(findings),
      select: (sheet, row, col) => {
        if (!current.workbook?.sheets.some((s) => s.name === sheet)) return false;
        setActiveSheet(sheet);
        select({ sheet, row, col });
        setRevealKey((k) => k + 1);
        return true;
      },
      activeCell: () => cursor.at,
      checked: (_result: CheckResult) => setResultTick((n) => n + 1),
      download: downloadBytes,
      copy: copyText,
      layoutBytes,
    });
  }, [current, session, select]);

  const markList = useMemo(() => marksFromFindings(marks ?? []), [marks]);

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: "error", text: `${label}没有完成：${e instanceof Error ? e.message : String(e)}` });
    }
    setBusy(null);
  };

  const readable = docs.filter((d) => d.result);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void open(pickedFrom(e.dataTransfer.files));
  };

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <div
        className={mergeClasses(styles.page, dragging && styles.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <Text as="h1" className={styles.title}>
            绩效目标助手 · 网页版
          </Text>
          <Button
            appearance="primary"
            icon={<DocumentTableRegular />}
            disabled={opening !== null}
            onClick={() => fileInput.current?.click()}
          >
            打开文件
          </Button>
          <Button
            icon={<FolderOpenRegular />}
            disabled={opening !== null}
            onClick={() => folderInput.current?.click()}
          >
            打开文件夹
          </Button>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={!current?.result || busy !== null}
            onClick={() =>
              current &&
              void run("下载标记副本", async () =>
                downloadBytes(markedFileName(current.name), await markedCopyBytes(current)),
              )
            }
          >
            下载标记副本
          </Button>
          {docs.length > 0 && (
            <>
              <Button
                icon={<ArrowDownloadRegular />}
                disabled={busy !== null}
                onClick={() =>
                  void run("下载汇总", async () =>
                    downloadBytes("检查汇总.xlsx", await summaryWorkbookBytes(docs)),
                  )
                }
              >
                下载汇总
              </Button>
              <Button
                icon={<FolderZipRegular />}
                disabled={busy !== null || readable.length === 0}
                onClick={() =>
                  void run("下载全部标记副本", async () =>
                    downloadBytes("标记副本.zip", await markedCopiesZip(docs)),
                  )
                }
              >
                下载全部标记副本（zip）
              </Button>
            </>
          )}
          <span className={styles.privacy}>文件只在本机浏览器中读取和检查，不会上传。</span>
          {busy && <Spinner size="tiny" label={`正在${busy}…`} />}
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,.xls,.et,.xlsb,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="选择 .xlsx 文件"
            data-testid="file-input"
            onChange={(e) => {
              void open(pickedFrom(e.currentTarget.files));
              e.currentTarget.value = "";
            }}
          />
          <input
            ref={(el) => {
              folderInput.current = el;
              // A folder picker: webkitdirectory is not in React's attribute types.
              el?.setAttribute("webkitdirectory", "");
            }}
            className={styles.hiddenInput}
            type="file"
            multiple
            aria-label="选择文件夹"
            data-testid="folder-input"
            onChange={(e) => {
              void open(pickedFrom(e.currentTarget.files));
              e.currentTarget.value = "";
            }}
          />
        </header>
        {opening && (
          <Spinner
            size="small"
            label={elapsed > 0 ? `${opening} 已用 ${elapsed} 秒` : opening}
            data-testid="opening"
          />
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {docs.length > 1 && <FileTable docs={docs} currentId={currentId} onOpen={show} />}
        {!current ? (
          !opening && (
            <div className={styles.drop}>
              <Text as="p" size={500} weight="semibold">
                把 .xlsx 申报表拖到这里，或点击「打开文件」
              </Text>
              <Text as="p">
                可以一次打开多个文件或整个文件夹：上方列出每个文件的错误、警告和提示数，点击文件名查看问题。
                不用安装，不联网，文件不会离开这台电脑。
              </Text>
            </div>
          )
        ) : (
          <div className={styles.body}>
            <main className={styles.workArea} aria-label={current.name}>
              {current.workbook ? (
                <GridView
                  sheets={current.workbook.sheets}
                  activeSheet={activeSheet}
                  marks={markList}
                  selected={selection && selection.sheet === activeSheet ? selection : null}
                  revealKey={revealKey}
                  onPickSheet={setActiveSheet}
                  onSelectCell={(row, col) => select({ sheet: activeSheet, row, col })}
                />
              ) : (
                <MessageBar intent="error" className={styles.docError}>
                  <MessageBarBody>
                    {current.name}：{current.error}
                  </MessageBarBody>
                </MessageBar>
              )}
            </main>
            {current.workbook && gateway && (
              <aside className={styles.pane} aria-label="检查结果">
                <TaskPane key={current.id} gateway={gateway} theme={webLightTheme} strings={webStrings} />
              </aside>
            )}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

function FileTable({
  docs,
  currentId,
  onOpen,
}: {
  docs: readonly WebDocument[];
  currentId: number | null;
  onOpen(doc: WebDocument): void;
}) {
  const styles = useStyles();
  const total = { errors: 0, warnings: 0, infos: 0 };
  return (
    <section className={styles.files} aria-label="已打开的文件">
      <table className={styles.filesTable}>
        <thead>
          <tr>
            <th className={styles.th}>文件（{docs.length} 个）</th>
            <th className={mergeClasses(styles.th, styles.num)}>项目</th>
            <th className={mergeClasses(styles.th, styles.num)}>错误</th>
            <th className={mergeClasses(styles.th, styles.num)}>警告</th>
            <th className={mergeClasses(styles.th, styles.num)}>提示</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => {
            const c = d.result ? countFindings(d.result.findings) : null;
            if (c) {
              total.errors += c.errors;
              total.warnings += c.warnings;
              total.infos += c.infos;
            }
            const projects = d.result?.tables.reduce((n, t) => n + t.projects.length, 0) ?? null;
            return (
              <tr key={d.id} className={d.id === currentId ? styles.current : undefined} data-file={d.name}>
                <td className={styles.td}>
                  <button
                    type="button"
                    className={styles.linkButton}
                    aria-current={d.id === currentId ? "true" : undefined}
                    onClick={() => onOpen(d)}
                  >
                    {d.name}
                  </button>
                  {d.error && <span className={styles.fileError}>：{d.error}</span>}
                </td>
                <td className={mergeClasses(styles.td, styles.num)}>{projects ?? "—"}</td>
                <td className={mergeClasses(styles.td, styles.num)} data-count="errors">
                  {c ? c.errors : "—"}
                </td>
                <td className={mergeClasses(styles.td, styles.num)} data-count="warnings">
                  {c ? c.warnings : "—"}
                </td>
                <td className={mergeClasses(styles.td, styles.num)} data-count="infos">
                  {c ? c.infos : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th className={styles.td} scope="row">
              合计
            </th>
            <td className={styles.td} />
            <td className={mergeClasses(styles.td, styles.num)}>{total.errors}</td>
            <td className={mergeClasses(styles.td, styles.num)}>{total.warnings}</td>
            <td className={mergeClasses(styles.td, styles.num)}>{total.infos}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
