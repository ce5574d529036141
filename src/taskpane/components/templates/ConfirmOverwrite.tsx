/** Before a cell with content is replaced: which cells, what they hold now, what they become. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Overwrite } from "../../../host/insert";
import { useStrings } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: "start",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  text: { maxHeight: "12em", overflowY: "auto" },
});

export interface ConfirmOverwriteProps {
  overwrites: readonly Overwrite[];
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmOverwrite({ overwrites, open, onConfirm, onCancel }: ConfirmOverwriteProps) {
  const styles = useStyles();
  const s = useStrings().templates;
  return (
    <ConfirmDialog
      open={open}
      title={s.confirmTitle}
      confirm={s.confirm}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {s.confirmIntro(overwrites.length)}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {s.confirmCell}
            </th>
            <th scope="col" className={styles.cell}>
              {s.confirmBefore}
            </th>
            <th scope="col" className={styles.cell}>
              {s.confirmAfter}
            </th>
          </tr>
        </thead>
        <tbody>
          {overwrites.map((o) => (
            <tr key={o.cell}>
              <th scope="row" className={styles.cell}>
                {o.cell}
              </th>
              {/* Long texts scroll inside the cell; tabIndex lets keyboard users scroll them too. */}
              <td className={styles.cell}>
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable regions must be focusable */}
                <div className={styles.text} tabIndex={0}>
                  {o.before}
                </div>
              </td>
              <td className={styles.cell}>
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable regions must be focusable */}
                <div className={styles.text} tabIndex={0}>
                  {o.after === "" ? s.confirmEmptied : o.after}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConfirmDialog>
  );
}
