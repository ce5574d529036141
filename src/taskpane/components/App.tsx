/**
 * The task pane. All workbook behaviour comes in through the gateway prop, so the pane renders the same
 * with Excel's gateway or a test's fake; it never touches Office or Excel itself.
 */
import { Spinner, Tab, TabList, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../core/finding";
import { countFindings } from "../../core/finding";
import type { RuleInfo } from "../../core/rules/catalog";
import { lazyPart, PART_UNAVAILABLE } from "../../host/engine";
import type { WorkbookGateway } from "../../host/gateway";
import { useStrings } from "../i18n";
import { NO_FILTER, buildFindingsView, type FindingFilter } from "../state/findings-view";
import { readingView } from "../state/reading-view";
import { useTaskPane } from "../state/use-task-pane";
import { MessageList } from "./MessageList";
import { loadMoreActions, Toolbar } from "./Toolbar";
import { useVisuallyHidden } from "./visually-hidden";

const SettingsPanel = lazy(() => import("./SettingsPanel"));
const TemplatesTab = lazy(() => import("./templates/TemplatesTab"));

type ResultsPart = typeof import("./results-part");
/** The results view once loaded: rendered at once, in the same commit as the check's result. */
let resultsPart: ResultsPart | null = null;
const loadResults = lazyPart(() =>
  import(/* webpackChunkName: "results" */ "./results-part").then((m) => (resultsPart = m)),
);

/**
 * The results view's components when they are wanted: at once when loaded — as a rule, since index.tsx
 * preloads them while the browser is idle and 检查 asks for them as it starts — else loaded now (null
 * meanwhile). Not React.lazy: a lazy component suspends on its first render even when its code is at
 * hand, and the findings would come in a later, time-sliced render. `failed`: the load failed (a new
 * `attempt` tries again).
 */
function useResultsPart(wanted: boolean, attempt: number): { part: ResultsPart | null; failed: boolean } {
  const [, setLoaded] = useState(0);
  const [failedAttempt, setFailedAttempt] = useState<number | null>(null);
  useEffect(() => {
    if (!wanted || resultsPart) return;
    let live = true;
    loadResults().then(
      () => live && setLoaded((n) => n + 1),
      () => live && setFailedAttempt(attempt),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return { part: resultsPart, failed: !resultsPart && failedAttempt === attempt };
}

/** Load the parts the first screen leaves out (index.tsx calls it when the browser is idle). */
export function preloadPaneParts(): void {
  void loadResults().catch(() => undefined);
  void loadMoreActions().catch(() => undefined);
}

type View = "checks" | "templates";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  gateway: WorkbookGateway;
  /** Rule metadata for filters and settings (the rule catalog's, see TaskPane). */
  rules: readonly RuleInfo[];
}

export function App({ gateway, rules }: AppProps) {
  const styles = useStyles();
  const s = useStrings();
  const [state, act] = useTaskPane(gateway, s);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const capabilities = useMemo(() => gateway.capabilities(), [gateway]);
  const findingsHeading = useId("findings");
  const hidden = useVisuallyHidden();
  const [view, setView] = useState<View>("checks");
  // Each 补全 click opens the 模板 tab afresh (key), preset to the missing categories.
  const [templatesOpen, setTemplatesOpen] = useState<{ key: number; preset: { mode: "add" } | null }>({
    key: 0,
    preset: null,
  });
  const onFix = useCallback(
    async (finding: Finding) => {
      await act.select(finding);
      setTemplatesOpen((o) => ({ key: o.key + 1, preset: { mode: "add" } }));
      setView("templates");
    },
    [act],
  );

  const { result, stored } = state;
  const ignored = useMemo(() => new Set(stored.ignored), [stored.ignored]);
  const findings = useMemo(
    () =>
      result
        ? buildFindingsView(
            result.findings,
            ignored,
            filter,
            result.tables.map((t) => t.sheet),
          )
        : null,
    [result, ignored, filter],
  );
  // 提示 rule lists start open when the user asked for one rule, or when only 提示 are listed.
  const openInfo =
    filter.ruleId !== null || (findings?.sections.length === 1 && findings.sections[0].severity === "info");
  // What 在表格中标记 marks: the listed findings, in the check's order (the notes list them so).
  const listed = useMemo(() => {
    if (!findings || !result) return [];
    const shown = new Set(findings.ordered.map((it) => it.finding));
    return result.findings.filter((f) => shown.has(f));
  }, [findings, result]);
  const reading = useMemo(
    () => (result ? readingView(result.tables, stored.corrections ?? []) : null),
    [result, stored.corrections],
  );
  const { part: results, failed: resultsFailed } = useResultsPart(
    result !== null || stored.ignored.length > 0,
    state.runId,
  );
  // A new check or a new filter starts the list afresh (position, open groups).
  const listKey = `${state.runId}|${[...filter.severities].join(",")}|${filter.ruleId ?? ""}`;

  return (
    <main className={styles.root}>
      <Toolbar
        busy={state.busy}
        progress={state.progress}
        canMark={listed.length > 0 && (result?.tables.length ?? 0) > 0}
        canClear={state.hasMarks !== false}
        marksSupported={capabilities.marks}
        markCount={listed.length}
        settingsOpen={settingsOpen}
        onCheck={() => {
          void loadResults().catch(() => undefined);
          void act.check();
        }}
        onMark={() => void act.mark(listed)}
        onClear={() => void act.clearMarks()}
        onToggleSettings={() => setSettingsOpen((o) => !o)}
        onResultsSheet={
          gateway.addResultsSheet ? () => void act.addResultsSheet(findings?.active ?? []) : undefined
        }
        canResultsSheet={findings !== null && (result?.tables.length ?? 0) > 0}
      />
      {!capabilities.marks && <Text>{s.marksUnsupported}</Text>}
      {/* In 设置 the message sits in the action bar beside 保存设置, where the user is looking. */}
      {!settingsOpen && <MessageList messages={state.messages} onDismiss={act.dismiss} />}
      <div role="status" className={hidden}>
        {state.busy === "check"
          ? s.checking
          : findings && result
            ? s.checkDone(result.tables.length === 0 ? s.noTables : s.counts(countFindings(findings.active)))
            : ""}
      </div>

      {settingsOpen ? (
        <Suspense fallback={<Spinner size="small" label={s.loading} />}>
          <SettingsPanel
            settings={stored.settings}
            rules={rules}
            saving={state.busy !== null}
            onSave={act.saveSettings}
            onBack={() => setSettingsOpen(false)}
            messages={state.messages}
            onDismiss={act.dismiss}
          />
        </Suspense>
      ) : (
        <>
          {capabilities.marks && (
            <TabList
              selectedValue={view}
              onTabSelect={(_e, d) => setView(d.value as View)}
              aria-label={s.templates.tabsLabel}
            >
              <Tab value="checks">{s.templates.tabChecks}</Tab>
              <Tab value="templates">{s.templates.tabTemplates}</Tab>
            </TabList>
          )}
          {view === "templates" && capabilities.marks ? (
            <Suspense fallback={<Spinner size="small" label={s.loading} />}>
              <TemplatesTab
                key={templatesOpen.key}
                gateway={gateway}
                settings={stored.settings}
                preset={templatesOpen.preset}
              />
            </Suspense>
          ) : (
            <>
              {!result || !findings ? (
                <Text>{state.busy === "load" ? s.loading : s.intro}</Text>
              ) : !results ? (
                resultsFailed ? (
                  <Text>{PART_UNAVAILABLE}</Text>
                ) : (
                  <Spinner size="small" label={s.loading} />
                )
              ) : (
                <>
                  {/* The reader's 识别结果 (what it understood of each table) belongs beside the summary. */}
                  <results.Summary
                    result={result}
                    active={findings.active}
                    ignoredCount={findings.ignoredCount}
                    rules={rules}
                    filter={filter}
                    onFilterChange={setFilter}
                  />
                  {findings.active.length > 0 && result.tables.length > 0 && (
                    <section className={styles.section} aria-labelledby={findingsHeading}>
                      <results.FindingsList
                        key={listKey}
                        view={findings}
                        headingId={findingsHeading}
                        openInfo={openInfo}
                        onSelect={act.select}
                        onIgnore={act.ignore}
                        onFix={capabilities.marks ? (f) => void onFix(f) : undefined}
                      />
                    </section>
                  )}
                  {reading && reading.length > 0 && (
                    <results.ReadingPanel
                      tables={reading}
                      disabled={state.busy !== null}
                      onSelect={(sheet, cell) => void act.selectCell(sheet, cell)}
                      onCorrectPart={(sheet, key, part) => void act.correctPart(sheet, key, part)}
                      onCorrectColumn={(sheet, row) => void act.correctTargetColumn(sheet, row)}
                      onUndo={(c) => void act.undoCorrection(c)}
                    />
                  )}
                </>
              )}
              {stored.ignored.length > 0 && results && (
                <results.IgnoredList
                  ignored={stored.ignored}
                  findings={result?.findings ?? []}
                  rules={rules}
                  disabled={state.busy !== null}
                  onRestore={act.restore}
                />
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
