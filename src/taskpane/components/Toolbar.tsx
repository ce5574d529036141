/**
 * The pane's header: the three actions and settings in one row, and a progress bar while checking. The
 * product name is for screen readers only: Office already shows it in the pane's title bar, and at
 * 320 px every line above the findings pushes the first error further down.
 */
import {
  Button,
  Field,
  ProgressBar,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  EraserRegular,
  HighlightRegular,
  MoreHorizontalRegular,
  PlayRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import { Suspense, lazy } from "react";
import { lazyPart } from "../../host/engine";
import { useStrings } from "../i18n";
import type { Busy } from "../state/use-task-pane";
import { useVisuallyHidden } from "./visually-hidden";

/** The ⋯ menu: Fluent's menu and its positioning are a chunk of their own, loaded with the first render. */
export const loadMoreActions = lazyPart(() => import(/* webpackChunkName: "more-actions" */ "./MoreActions"));
const MoreActions = lazy(loadMoreActions);

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", flexGrow: 1, gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  busy: Busy;
  progress: number;
  canMark: boolean;
  /** The workbook holds marks to clear (true when unknown). */
  canClear: boolean;
  marksSupported: boolean;
  markCount: number;
  settingsOpen: boolean;
  onCheck(): void;
  onMark(): void;
  onClear(): void;
  onToggleSettings(): void;
  /** 添加「检查结果」工作表 (absent: the host cannot; no menu). */
  onResultsSheet?: () => void;
  /** A check has read a table (the sheet has something to list). */
  canResultsSheet: boolean;
}

export function Toolbar(p: ToolbarProps) {
  const styles = useStyles();
  const s = useStrings();
  const hidden = useVisuallyHidden();
  const idle = p.busy === null;
  return (
    <header className={styles.header}>
      <Text as="h1" className={hidden}>
        {s.productName}
      </Text>
      <div className={styles.row}>
        <div className={styles.actions} role="toolbar" aria-label={s.productName}>
          <Button appearance="primary" icon={<PlayRegular />} disabled={!idle} onClick={p.onCheck}>
            {p.busy === "check" ? s.checking : s.check}
          </Button>
          <Button
            icon={<HighlightRegular />}
            disabled={!idle || !p.canMark || !p.marksSupported}
            onClick={p.onMark}
            title={p.marksSupported ? s.markHint(p.markCount) : s.marksUnsupported}
          >
            {s.mark}
          </Button>
          <Button
            icon={<EraserRegular />}
            disabled={!idle || !p.marksSupported || !p.canClear}
            onClick={p.onClear}
            title={p.canClear ? s.clearHint : s.nothingToClear}
          >
            {s.clear}
          </Button>
        </div>
        {p.onResultsSheet && (
          <Suspense
            fallback={
              <Button
                appearance="subtle"
                icon={<MoreHorizontalRegular />}
                aria-label={s.moreActions}
                disabled
              />
            }
          >
            <MoreActions
              disabled={!idle || !p.canResultsSheet || !p.marksSupported}
              marksSupported={p.marksSupported}
              onResultsSheet={p.onResultsSheet}
            />
          </Suspense>
        )}
        <ToggleButton
          appearance="subtle"
          icon={<SettingsRegular />}
          checked={p.settingsOpen}
          onClick={p.onToggleSettings}
          aria-label={s.settings}
          title={s.settings}
        />
      </div>
      {p.busy === "check" && (
        <Field validationMessage={s.checking} validationState="none">
          <ProgressBar value={p.progress} max={1} aria-label={s.checkProgress} />
        </Field>
      )}
      {p.busy !== null && p.busy !== "check" && p.busy !== "load" && <ProgressBar aria-label={s.working} />}
    </header>
  );
}
