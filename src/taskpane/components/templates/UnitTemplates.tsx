/**
 * 本单位模板: the workbook's own templates (names); 从当前工作表导入 (templates written in a worksheet,
 * one row per indicator) and 生成模板工作表 (the chosen type written as such a sheet to start from);
 * 导入模板文件… (a .json file picked on this computer); the sheet's or file's problems as a list when
 * it is refused — a sheet's against their cells — and 删除本单位模板 after a confirmation. Template
 * names and messages are shown as text (data), never as markup.
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  DeleteRegular,
  DismissRegular,
  DocumentArrowUpRegular,
  TableAddRegular,
  TableArrowUpRegular,
} from "@fluentui/react-icons";
import type { Template } from "../../../core/templates";
import { useRef, useState, type ChangeEvent } from "react";
import { useStrings } from "../../i18n";
import type { UnitTemplatesActions, UnitTemplatesState } from "../../state/use-unit-templates";
import { ConfirmRemoveUnit } from "./ConfirmRemoveUnit";

/** Built by webpack beside taskpane.html from docs/templates.md. */
export const UNIT_HELP_PAGE = "templates-help.html";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  body: { overflowWrap: "anywhere" },
});

export interface UnitTemplatesProps {
  state: UnitTemplatesState;
  actions: UnitTemplatesActions;
  /** Something else in the tab is under way. */
  disabled: boolean;
  /** The type chosen in the form: what 生成模板工作表 writes. */
  chosen: Template;
}

export function UnitTemplates({ state, actions, disabled, chosen }: UnitTemplatesProps) {
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.templates;
  const headingId = useId("unit-templates");
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const idle = !disabled && state.busy === null;
  const count = state.templates.length;

  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared, so that picking the same file again (after fixing it) is a change too.
    e.target.value = "";
    if (file) void actions.importFile(file);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} className={styles.heading}>
        {s.unitHeading}
      </Text>
      {count > 0 ? (
        <div>
          <Text id={`${headingId}-list`}>{s.unitListLabel(count)}</Text>
          <ul className={styles.list} aria-labelledby={`${headingId}-list`}>
            {state.templates.map((t) => (
              <li key={t.id}>{t.name}</li>
            ))}
          </ul>
        </div>
      ) : (
        <Text>{s.unitNone}</Text>
      )}
      {state.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <ul className={styles.list}>
              {state.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.rejected && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{state.rejected.title}</MessageBarTitle>
            <ul className={styles.list} aria-label={state.rejected.title}>
              {state.rejected.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={strings.dismiss}
                icon={<DismissRegular />}
                onClick={actions.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar
          intent={state.notice.intent}
          layout="multiline"
          politeness={state.notice.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody className={styles.body}>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={strings.dismiss}
                icon={<DismissRegular />}
                onClick={actions.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {(actions.importSheet || actions.generateSheet) && (
        <>
          <div className={styles.buttons}>
            {actions.importSheet && (
              <Button
                icon={<TableArrowUpRegular />}
                disabled={!idle}
                onClick={() => void actions.importSheet?.()}
              >
                {state.busy === "sheet" ? s.unitFromSheetBusy : s.unitFromSheet}
              </Button>
            )}
            {actions.generateSheet && (
              <Button
                icon={<TableAddRegular />}
                disabled={!idle}
                onClick={() => void actions.generateSheet?.(chosen)}
              >
                {state.busy === "generate" ? s.unitGenerating : s.unitGenerate}
              </Button>
            )}
          </div>
          <Text className={styles.note}>{s.unitSheetHint(chosen.name)}</Text>
          <Text className={styles.note}>{s.unitFileHeading}</Text>
        </>
      )}
      <div className={styles.buttons}>
        <Button icon={<DocumentArrowUpRegular />} disabled={!idle} onClick={() => input.current?.click()}>
          {state.busy === "import" ? s.unitImporting : s.unitImport}
        </Button>
        <Button icon={<DeleteRegular />} disabled={!idle || count === 0} onClick={() => setConfirming(true)}>
          {state.busy === "remove" ? s.unitRemoving : s.unitRemove}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={s.unitFileInput}
        onChange={picked}
      />
      <Text className={styles.note}>
        {s.unitHint(Boolean(actions.importSheet))}{" "}
        {/* A page of the add-in itself (dist/templates-help.html, made from docs/templates.md): no network beyond the add-in's own host. */}
        <Link href={UNIT_HELP_PAGE} target="_blank" rel="noopener">
          {s.unitHelpLink}
        </Link>
      </Text>
      <ConfirmRemoveUnit
        open={confirming}
        count={count}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void actions.remove();
        }}
      />
    </section>
  );
}
