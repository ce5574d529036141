/**
 * 模板: fill a project's indicators from a template, as a short flow — the selected project, its type
 * (a dropdown, the suggested type first), the parameters, the preview — with 插入 / 撤销插入 and their
 * result in an action bar that stays at the bottom of the pane. The preview is exactly what 插入 will
 * write; cells with content are replaced only after a confirmation that shows them; 撤销插入 puts back
 * what the last insertion changed, and after either the form stays on the template used. A field is
 * marked wrong only once the user has touched it. 本单位模板 (the unit's own, kept in the workbook) are
 * managed below the flow; the form starts once both the selection and those templates are read.
 * Loaded lazily: the template library and the planning code stay out of the pane's first load.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { AddSquareRegular, ArrowSyncRegular, ArrowUndoRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Settings } from "../../../core/settings";
import { createLibrary } from "../../../core/templates";
import type { WorkbookGateway } from "../../../host/gateway";
import { useStrings } from "../../i18n";
import {
  evaluateForm,
  hasIndicators,
  prefillFor,
  shownErrors,
  startForm,
  type FormStart,
  type TemplateForm,
} from "../../state/template-form";
import { useTemplates } from "../../state/use-templates";
import { useUnitTemplates } from "../../state/use-unit-templates";
import { MessageList } from "../MessageList";
import { ConfirmOverwrite } from "./ConfirmOverwrite";
import { InsertPreview } from "./InsertPreview";
import { ParamForm } from "./ParamForm";
import { TemplateTypePicker } from "./TemplateTypePicker";
import { UnitTemplates } from "./UnitTemplates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  project: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  projectLine: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  projectText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  readButton: { flexShrink: 0 },
  inline: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Always in view at the bottom of the pane while the flow is: 插入, 撤销插入 and what they did.
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TemplatesTabProps {
  gateway: WorkbookGateway;
  settings: Settings;
  /** Opened from a finding's 补全 button: start with only the missing categories. */
  preset: { mode: "add" } | null;
}

export default function TemplatesTab({ gateway, settings, preset }: TemplatesTabProps) {
  const styles = useStyles();
  const strings = useStrings();
  const s = strings.templates;
  const headingId = useId("templates");
  const standards = settings.standards;
  const [state, act] = useTemplates(gateway, settings, strings);
  const [unit, unitAct] = useUnitTemplates(gateway, strings);
  // A unit's template with a built-in's id or name replaces it (createLibrary's rule).
  const library = useMemo(() => createLibrary(unit.templates), [unit.templates]);
  const { target, busy } = state;
  const [start, setStart] = useState<FormStart | null>(null);
  const [form, setForm] = useState<TemplateForm | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const presetUsed = useRef(false);
  const profile = target?.profile ?? (settings.profile === "auto" ? "2015" : settings.profile);

  // Each read of the selection starts the form afresh: type suggested, values prefilled — except a read
  // that follows an insert or undo, which keeps the template used. A change of the unit's templates
  // (imported or deleted) starts afresh too: the suggestion may now be one of them.
  useEffect(() => {
    if (state.readId === 0 || !unit.loaded) return;
    const keep = state.readCause === "insert" || state.readCause === "undo" ? (form ?? undefined) : undefined;
    const next = startForm(target, library, standards, presetUsed.current ? null : preset, profile, keep);
    presetUsed.current = true;
    setStart(next);
    setForm(next.form);
    if (!keep) setTouched(new Set());
    // The form follows the reads and the library only (not every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restarting on every target/preset change would lose the user's edits
  }, [state.readId, unit.loaded, library]);

  const template = form
    ? (library.templates.find((t) => t.id === form.templateId) ?? library.templates[0])
    : null;
  const evaluation = useMemo(
    () => (form && template ? evaluateForm(form, template, target, profile, standards) : null),
    [form, template, target, profile, standards],
  );

  if (!form || !template || !start || !evaluation) {
    return <Spinner size="small" label={s.reading} />;
  }

  const idle = busy === null && unit.busy === null;
  const update = (patch: Partial<TemplateForm>) => setForm({ ...form, ...patch });
  const touch = (id: string) => {
    if (!touched.has(id)) setTouched(new Set([...touched, id]));
  };
  const chooseTemplate = (id: string) => {
    const t = library.templates.find((x) => x.id === id);
    if (!t) return;
    const pre = prefillFor(t, target, standards, form.amount);
    setStart({ ...start, sources: pre.sources });
    setTouched(new Set([...touched].filter((k) => k === "amount" || k === "newName")));
    update({ templateId: id, values: pre.values });
  };
  const project = target?.project ?? null;
  const plan = evaluation.plan;
  const insert = () => {
    if (!plan) return;
    if (plan.overwrites.length > 0) setConfirming(true);
    else void act.insert(plan, false);
  };
  const rowsTable = target?.table && target.table.layout !== "wide";
  const errors = shownErrors(evaluation.fieldErrors, touched);
  // Why there is no preview, in plain words (problems of untouched fields are not shown as errors).
  const blocked = [
    ...Object.entries(evaluation.fieldErrors)
      .filter(([k]) => !errors[k])
      .map(([, v]) => v),
    ...evaluation.problems,
  ];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} className={styles.heading}>
        {s.heading}
      </Text>
      <div className={styles.project}>
        <div className={styles.projectLine}>
          <Text className={styles.projectText}>
            {project && target?.table
              ? s.selected({
                  sheet: target.sheet.name,
                  row: project.cells.name.row + 1,
                  name: project.name || project.rawName,
                  layout: strings.layout[target.table.layout],
                  amount: project.amount ? project.amount.toFixed() : null,
                })
              : target?.tables.length
                ? s.noProject
                : s.noTable}
          </Text>
          <Button
            className={styles.readButton}
            size="small"
            icon={<ArrowSyncRegular />}
            disabled={!idle}
            onClick={() => void act.read()}
          >
            {busy === "read" ? s.reading : s.readSelection}
          </Button>
        </div>
        {target?.protected && project && (
          <Text className={styles.note}>{s.protectedSheet(target.sheet.name)}</Text>
        )}
      </div>

      {project && (
        <RadioGroup
          layout="horizontal"
          value={form.into}
          onChange={(_e, d) => update({ into: d.value as TemplateForm["into"] })}
          disabled={!idle}
          aria-label={s.intoLabel}
          className={styles.inline}
        >
          <Radio value="project" label={s.intoProject} />
          <Radio value="newSheet" label={s.intoNewSheet} />
        </RadioGroup>
      )}

      <TemplateTypePicker
        templates={library.templates}
        suggestions={start.suggestions}
        selected={template}
        disabled={!idle}
        onSelect={chooseTemplate}
      />

      {form.into === "project" && hasIndicators(target) && (
        <div className={styles.section}>
          <RadioGroup
            layout="horizontal"
            value={form.mode}
            onChange={(_e, d) => update({ mode: d.value as TemplateForm["mode"] })}
            disabled={!idle}
            aria-label={s.modeLabel}
            className={styles.inline}
          >
            <Radio value="replace" label={s.modeReplace} disabled={!!rowsTable} />
            <Radio value="add" label={s.modeAdd} />
          </RadioGroup>
          <Text className={styles.note}>{rowsTable ? s.modeReplaceRowsHint : s.modeReplaceWideHint}</Text>
        </div>
      )}
      {form.into === "newSheet" && (
        <div className={styles.section}>
          <Field
            label={s.newName}
            required
            validationMessage={errors.newName}
            validationState={errors.newName ? "error" : "none"}
          >
            <Input
              value={form.newName}
              disabled={!idle}
              onBlur={() => touch("newName")}
              onChange={(_e, d) => {
                touch("newName");
                update({ newName: d.value });
              }}
            />
          </Field>
          <Field label={s.newGoal}>
            <Textarea
              value={form.newGoal}
              disabled={!idle}
              resize="vertical"
              onChange={(_e, d) => update({ newGoal: d.value })}
            />
          </Field>
        </div>
      )}

      <div className={styles.section}>
        <Text as="h3" className={styles.subheading}>
          {s.paramsHeading}
        </Text>
        <ParamForm
          template={template}
          values={form.values}
          amount={form.amount}
          sources={start.sources}
          errors={errors}
          disabled={!idle}
          onTouch={touch}
          onValue={(id, v) => {
            touch(id);
            update({ values: { ...form.values, [id]: v } });
          }}
          onAmount={(v) => {
            touch("amount");
            update({ amount: v });
          }}
        />
        {form.into === "project" && project && project.goal.trim() === "" && (
          <Checkbox
            checked={form.writeGoal}
            disabled={!idle}
            label={s.writeGoal}
            onChange={(_e, d) => update({ writeGoal: d.checked === true })}
          />
        )}
      </div>

      <div className={styles.section}>
        <Text as="h3" className={styles.subheading}>
          {s.previewHeading}
        </Text>
        {plan ? (
          <InsertPreview preview={plan.preview} summary={plan.summary} />
        ) : (
          <Text role="status" className={styles.note}>
            {evaluation.planError ?? (blocked.length ? s.previewBlocked(blocked) : s.previewNothing)}
          </Text>
        )}
      </div>

      <div className={styles.actions} role="group" aria-label={s.actionsLabel}>
        <MessageList messages={state.message ? [state.message] : []} onDismiss={act.dismiss} />
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<AddSquareRegular />} disabled={!idle || !plan} onClick={insert}>
            {busy === "insert" ? s.inserting : s.insert}
          </Button>
          <Button icon={<ArrowUndoRegular />} disabled={!idle || !state.last} onClick={() => void act.undo()}>
            {busy === "undo" ? s.undoing : s.undo}
          </Button>
        </div>
        {state.last && !state.message && (
          <Text className={styles.note}>{s.lastInsertion(state.last.summary)}</Text>
        )}
      </div>

      <UnitTemplates state={unit} actions={unitAct} disabled={busy !== null} chosen={template} />
      <ConfirmOverwrite
        open={confirming}
        overwrites={plan?.overwrites ?? []}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (plan) void act.insert(plan, true);
        }}
      />
    </section>
  );
}
