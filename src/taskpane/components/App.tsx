/**
 * The task pane. All workbook behaviour comes in through the gateway prop, so the pane renders the same
 * with Excel's gateway or a test's fake; it never touches Office or Excel itself.
 */
import { Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState } from "react";
import { countFindings } from "../../core/finding";
import type { RuleMeta } from "../../core/rules/rule";
import type { WorkbookGateway } from "../../excel/gateway";
import { useStrings } from "../i18n";
import { NO_FILTER, buildFindingsView, type FindingFilter } from "../state/findings-view";
import { useTaskPane } from "../state/use-task-pane";
import { Filters } from "./Filters";
import { FindingsList } from "./FindingsList";
import { IgnoredList } from "./IgnoredList";
import { MessageList } from "./MessageList";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";
import { useVisuallyHidden } from "./visually-hidden";

const SettingsPanel = lazy(() => import("./SettingsPanel"));

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
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  gateway: WorkbookGateway;
  /** Rule metadata for filters and settings (the registry's, see TaskPane). */
  rules: readonly RuleMeta<string>[];
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

  const { result, stored } = state;
  const ignored = useMemo(() => new Set(stored.ignored), [stored.ignored]);
  const view = useMemo(
    () => (result ? buildFindingsView(result.findings, ignored, filter) : null),
    [result, ignored, filter],
  );
  const listed = useMemo(() => view?.ordered.map((it) => it.finding) ?? [], [view]);
  // A new check or a new filter starts the list afresh (position, open groups).
  const listKey = `${state.runId}|${[...filter.severities].join(",")}|${filter.ruleId ?? ""}`;

  return (
    <main className={styles.root}>
      <Toolbar
        busy={state.busy}
        progress={state.progress}
        canMark={listed.length > 0}
        marksSupported={capabilities.marks}
        markCount={listed.length}
        settingsOpen={settingsOpen}
        onCheck={() => void act.check()}
        onMark={() => void act.mark(listed)}
        onClear={() => void act.clearMarks()}
        onToggleSettings={() => setSettingsOpen((o) => !o)}
      />
      {!capabilities.marks && <Text>{s.marksUnsupported}</Text>}
      <MessageList messages={state.messages} onDismiss={act.dismiss} />
      <div role="status" className={hidden}>
        {state.busy === "check" ? s.checking : view ? s.checkDone(s.counts(countFindings(view.active))) : ""}
      </div>

      {settingsOpen ? (
        <Suspense fallback={<Spinner size="small" label={s.loading} />}>
          <SettingsPanel
            settings={stored.settings}
            rules={rules}
            saving={state.busy === "save"}
            onSave={act.saveSettings}
            onBack={() => setSettingsOpen(false)}
          />
        </Suspense>
      ) : (
        <>
          {!result || !view ? (
            <Text>{state.busy === "load" ? s.loading : s.intro}</Text>
          ) : (
            <>
              <Summary result={result} active={view.active} ignoredCount={view.ignoredCount} />
              {view.active.length > 0 && (
                <section className={styles.section} aria-labelledby={findingsHeading}>
                  <Text as="h2" id={findingsHeading} className={styles.heading}>
                    {s.findingsHeading}
                  </Text>
                  <Filters findings={view.active} rules={rules} filter={filter} onChange={setFilter} />
                  <FindingsList key={listKey} view={view} onSelect={act.select} onIgnore={act.ignore} />
                </section>
              )}
            </>
          )}
          <IgnoredList
            ignored={stored.ignored}
            findings={result?.findings ?? []}
            rules={rules}
            disabled={state.busy !== null}
            onRestore={act.restore}
          />
        </>
      )}
    </main>
  );
}
