/** The pane's header: product name, the three actions, settings, and a progress bar while checking. */
import {
  Button,
  Field,
  ProgressBar,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { EraserRegular, HighlightRegular, PlayRegular, SettingsRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import type { Busy } from "../state/use-task-pane";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  busy: Busy;
  progress: number;
  canMark: boolean;
  marksSupported: boolean;
  markCount: number;
  settingsOpen: boolean;
  onCheck(): void;
  onMark(): void;
  onClear(): void;
  onToggleSettings(): void;
}

export function Toolbar(p: ToolbarProps) {
  const styles = useStyles();
  const s = useStrings();
  const idle = p.busy === null;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Text as="h1" className={styles.title}>
          {s.productName}
        </Text>
        <ToggleButton
          appearance="subtle"
          icon={<SettingsRegular />}
          checked={p.settingsOpen}
          onClick={p.onToggleSettings}
          aria-label={s.settings}
          title={s.settings}
        />
      </div>
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
        <Button icon={<EraserRegular />} disabled={!idle || !p.marksSupported} onClick={p.onClear}>
          {s.clear}
        </Button>
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
