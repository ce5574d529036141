/** A severity's icon and colour, with its name as text for screen readers (colour is never the only cue). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/finding";
import { useStrings } from "../i18n";
import { useVisuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: "text-bottom" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export function SeverityIcon({ severity, labelled = true }: { severity: Severity; labelled?: boolean }) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const strings = useStrings();
  const className = mergeClasses(styles.icon, styles[severity]);
  const Icon =
    severity === "error" ? ErrorCircle16Filled : severity === "warning" ? Warning16Filled : Info16Filled;
  return (
    <>
      <Icon className={className} aria-hidden="true" />
      {labelled && <span className={hidden}>{strings.severity[severity]}</span>}
    </>
  );
}
