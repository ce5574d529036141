/** Exactly what an insertion will write: the indicator cell's text, or the rows in the table's columns. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InsertionPreview } from "../../../host/insert";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  text: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "22em",
    overflowY: "auto",
  },
  scroll: { overflowX: "auto", maxHeight: "22em", overflowY: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    textAlign: "start",
    verticalAlign: "top",
  },
  caption: {
    textAlign: "start",
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXS,
  },
  goal: { overflowWrap: "anywhere" },
});

export function InsertPreview({ preview, summary }: { preview: InsertionPreview; summary: string }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <>
      <Text>{summary}</Text>
      {preview.goal && (
        <Text className={styles.goal}>
          {s.templates.previewGoal}
          {preview.goal}
        </Text>
      )}
      {preview.kind === "text" ? (
        <pre
          className={styles.text}
          data-testid="insert-preview"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable regions must be focusable
          tabIndex={0}
          aria-label={s.templates.previewHeading}
        >
          {preview.text}
        </pre>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe: scrollable regions must be focusable
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={s.templates.previewHeading}>
          <table className={styles.table} data-testid="insert-preview">
            <caption className={styles.caption}>
              {s.templates.previewRowsCaption(preview.rows.length)}
            </caption>
            <thead>
              <tr>
                {preview.header.map((h, i) => (
                  <th key={i} scope="col" className={styles.cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j} className={styles.cell}>
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
