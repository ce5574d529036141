/**
 * 设置, grouped by purpose: 指标体系 (framework and indicator-count thresholds), 满意度, 开支标准 and 规则
 * (listed by their Chinese names, with a search box; ids only in tooltips). 保存设置 sits in an action bar
 * that stays at the bottom of the pane, so it is reachable without scrolling; saving checks the workbook
 * again and the result appears in that bar. The form is validated by the core's validateSettings, whose
 * problems carry a path: each is shown at its field (settings-form.ts). Loaded lazily: most sessions
 * never open it.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Select,
  Switch,
  Text,
  Tooltip,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowLeftRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Severity } from "../../core/finding";
import { ruleName } from "../../core/report/rule-names";
import type { RuleInfo } from "../../core/rules/catalog";
import { CATEGORY_LABEL, RULE_CATEGORIES } from "../../core/rules/rule";
import {
  applyCheckPreset,
  DEFAULT_SETTINGS,
  DEFAULT_STANDARDS,
  type ProfileSetting,
  type Settings,
} from "../../core/settings";
import { QUOTA_KEYS, type SettingsProblem } from "../../core/settings/validate";
import { useStrings } from "../i18n";
import { SEVERITIES } from "../state/findings-view";
import {
  defaultForm,
  toForm,
  validateForm,
  type FieldErrors,
  type SettingsForm,
  type SettingsSection,
} from "../state/settings-form";
import type { MessageSlot, PaneMessage } from "../state/use-task-pane";
import { MessageList } from "./MessageList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  headingRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0 },
  headerSummary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pair: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  pairField: { flexGrow: 1, flexBasis: "9em", minWidth: 0 },
  grid: {
    display: "grid",
    gridTemplateColumns: "auto repeat(4, minmax(0, 1fr))",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  grid3: { gridTemplateColumns: "repeat(3, minmax(0, 1fr))" },
  gridHead: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: "center" },
  gridRowHead: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  cell: { minWidth: 0, width: "100%", "& input": { minWidth: 0, width: "100%" } },
  cellInput: { minWidth: 0, width: "100%", textAlign: "right" },
  cellErrors: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  category: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  rule: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  ruleSwitch: { minWidth: 0, flexGrow: 1, flexBasis: "10em", overflowWrap: "anywhere" },
  presetRow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  actionBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SettingsPanelProps {
  settings: Settings;
  rules: readonly RuleInfo[];
  saving: boolean;
  onSave(settings: Settings): Promise<boolean>;
  onBack(): void;
  /** The pane's message (shown in the action bar, beside 保存设置). */
  messages?: readonly PaneMessage[];
  onDismiss?(slot: MessageSlot): void;
}

const SECTIONS: readonly SettingsSection[] = ["framework", "satisfaction", "standards", "rules"];

/** Does the rule match the search text (its Chinese name, description or id)? */
export function ruleMatches(rule: RuleInfo, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return true;
  return [ruleName(rule.id), rule.description, rule.id].some((t) => t.toLowerCase().includes(q));
}

export default function SettingsPanel(props: SettingsPanelProps) {
  const { settings, rules, saving, onSave, onBack } = props;
  const styles = useStyles();
  const s = useStrings();
  const t = s.settingsForm;
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [open, setOpen] = useState<SettingsSection[]>(["rules"]);
  const [query, setQuery] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId("settings");
  const ids = useId("settings-field");
  useEffect(() => headingRef.current?.focus(), []);

  const update = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
  const setStandard = (key: string, value: string) =>
    setForm((f) => ({ ...f, standards: { ...f.standards, [key]: value } }));
  const setRuleEnabled = (id: string, on: boolean) =>
    setForm((f) => ({ ...f, disabled: on ? f.disabled.filter((x) => x !== id) : [...f.disabled, id] }));
  const setSeverity = (id: string, value: string) =>
    setForm((f) => {
      const severity = { ...f.severity };
      if (value === "") delete severity[id];
      else severity[id] = value as Severity;
      return { ...f, severity };
    });

  /** 导入前检查: the CLI's `--profile import` as a form state (rules and severities only). */
  const applyImportPreset = () =>
    setForm((f) => {
      const base = { ...DEFAULT_SETTINGS, severity: f.severity, disabledRules: f.disabled };
      const p = applyCheckPreset(
        base,
        "import",
        rules.map((r) => r.id),
      );
      return { ...f, disabled: p.disabledRules, severity: p.severity };
    });

  const save = async () => {
    const checked = validateForm(
      form,
      rules.map((r) => r.id),
    );
    if (!checked.ok) {
      // One message at a time: an earlier 「设置已保存」 would contradict the refusal.
      props.onDismiss?.("save");
      setErrors(checked.errors);
      setOpen((o) => [...new Set([...o, ...checked.errors.sections])]);
      return;
    }
    setErrors(null);
    await onSave(checked.settings);
  };

  const problemAt = (key: string): SettingsProblem | undefined => errors?.fields[key];
  const messageAt = (key: string): string | undefined => {
    const p = problemAt(key);
    return p ? t.fieldProblem(p) : undefined;
  };
  const fieldId = (key: string) => `${ids}-${key.replace(/[^\w-]/g, (c) => c.charCodeAt(0).toString(36))}`;

  /** A number in a table of numbers: its problem is listed under the table (see cellErrors). */
  const numberCell = (key: string, label: string) => {
    const p = problemAt(`standards.${key}`);
    return (
      <Input
        key={key}
        size="small"
        inputMode="decimal"
        className={styles.cell}
        input={{ className: styles.cellInput }}
        aria-label={label}
        aria-invalid={p ? true : undefined}
        aria-describedby={p ? fieldId(`standards.${key}`) : undefined}
        value={form.standards[key] ?? ""}
        onChange={(_e, d) => setStandard(key, d.value)}
      />
    );
  };
  const cellErrors = (entries: readonly [key: string, label: string][]) => {
    const wrong = entries.filter(([key]) => problemAt(`standards.${key}`));
    if (wrong.length === 0) return null;
    return (
      <ul className={styles.cellErrors}>
        {wrong.map(([key, label]) => (
          <li key={key} id={fieldId(`standards.${key}`)}>
            {t.namedProblem(label, t.fieldProblem(problemAt(`standards.${key}`)!))}
          </li>
        ))}
      </ul>
    );
  };

  const shownRules = useMemo(() => rules.filter((r) => ruleMatches(r, query)), [rules, query]);
  const offCount = rules.filter((r) => form.disabled.includes(r.id)).length;
  const meetingClasses = Object.keys(DEFAULT_STANDARDS.meeting);
  const trainingClasses = Object.keys(DEFAULT_STANDARDS.training);
  const lectureGrades = Object.keys(DEFAULT_STANDARDS.lectureFee);
  const meetingEntries = meetingClasses.flatMap((cls) =>
    QUOTA_KEYS.map((q): [string, string] => [`meeting.${cls}.${q}`, t.meetingField(cls, t.quota[q])]),
  );
  const trainingEntries = trainingClasses.map((c): [string, string] => [
    `training.${c}`,
    t.classField(t.training, c),
  ]);
  const lectureEntries = lectureGrades.map((g): [string, string] => [
    `lectureFee.${g}`,
    t.classField(t.lectureFee, g),
  ]);

  const profileLabel =
    form.profile === "2015" ? s.profile2015 : form.profile === "2021" ? s.profile2021 : s.profileAuto;
  const summaries: Record<SettingsSection, string> = {
    framework: profileLabel,
    satisfaction: `${form.warnBelow || "—"} / ${form.errorBelow || "—"}`,
    standards: `${t.meetingClass(meetingClasses[0])} ${form.standards[`meeting.${meetingClasses[0]}.total`] ?? ""}`,
    rules: t.rulesOff(offCount),
  };
  const titles: Record<SettingsSection, string> = {
    framework: t.sectionFramework,
    satisfaction: t.sectionSatisfaction,
    standards: t.sectionStandards,
    rules: t.sectionRules,
  };
  const header = (section: SettingsSection) => (
    <AccordionHeader>
      <span className={styles.headerText}>
        <span>{titles[section]}</span>
        <span className={styles.headerSummary}>{summaries[section]}</span>
      </span>
    </AccordionHeader>
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.headingRow}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {s.back}
        </Button>
        <Text as="h2" id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
          {s.settingsHeading}
        </Text>
      </div>

      {errors && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {s.invalidSettings}
            {errors.general.length > 0 && (
              <ul>
                {errors.general.map((p, i) => (
                  <li key={i}>{t.otherProblem(p)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_e, d) => setOpen(d.openItems as SettingsSection[])}
      >
        {SECTIONS.map((section) => (
          <AccordionItem key={section} value={section}>
            {header(section)}
            <AccordionPanel className={styles.panel}>
              {section === "framework" && (
                <>
                  <Field label={s.profile} hint={s.profileDetected}>
                    <RadioGroup
                      value={form.profile}
                      onChange={(_e, d) => update({ profile: d.value as ProfileSetting })}
                    >
                      <Radio value="auto" label={s.profileAuto} />
                      <Radio value="2015" label={s.profile2015} />
                      <Radio value="2021" label={s.profile2021} />
                    </RadioGroup>
                  </Field>
                  <fieldset className={styles.fieldset}>
                    <legend className={styles.legend}>{t.indicatorCount}</legend>
                    <Text className={styles.hint}>{t.indicatorCountHint}</Text>
                    <div className={styles.pair}>
                      <Field
                        className={styles.pairField}
                        label={t.minQuantitative}
                        validationMessage={messageAt("indicatorCount.minQuantitative")}
                      >
                        <Input
                          className={styles.cell}
                          inputMode="numeric"
                          value={form.minQuantitative}
                          onChange={(_e, d) => update({ minQuantitative: d.value })}
                        />
                      </Field>
                      <Field
                        className={styles.pairField}
                        label={t.maxQualitativePercent}
                        validationMessage={messageAt("indicatorCount.maxQualitativePercent")}
                      >
                        <Input
                          className={styles.cell}
                          inputMode="decimal"
                          value={form.maxQualitativePercent}
                          onChange={(_e, d) => update({ maxQualitativePercent: d.value })}
                        />
                      </Field>
                    </div>
                  </fieldset>
                </>
              )}

              {section === "satisfaction" && (
                <fieldset className={styles.fieldset}>
                  <legend className={styles.legend}>{s.satisfaction}</legend>
                  <div className={styles.pair}>
                    <Field
                      className={styles.pairField}
                      label={s.warnBelow}
                      validationMessage={messageAt("satisfaction.warnBelow")}
                    >
                      <Input
                        className={styles.cell}
                        inputMode="decimal"
                        value={form.warnBelow}
                        onChange={(_e, d) => update({ warnBelow: d.value })}
                      />
                    </Field>
                    <Field
                      className={styles.pairField}
                      label={s.errorBelow}
                      validationMessage={messageAt("satisfaction.errorBelow")}
                    >
                      <Input
                        className={styles.cell}
                        inputMode="decimal"
                        value={form.errorBelow}
                        onChange={(_e, d) => update({ errorBelow: d.value })}
                      />
                    </Field>
                  </div>
                </fieldset>
              )}

              {section === "standards" && (
                <>
                  <Text className={styles.hint}>{t.standardsHint}</Text>
                  <fieldset className={styles.fieldset}>
                    <legend className={styles.legend}>{t.meetingQuota}</legend>
                    <div className={styles.grid}>
                      <span />
                      {QUOTA_KEYS.map((q) => (
                        <span key={q} className={styles.gridHead} aria-hidden="true">
                          {t.quota[q]}
                        </span>
                      ))}
                      {meetingClasses.map((cls) => (
                        <div
                          key={cls}
                          style={{ display: "contents" }}
                          role="group"
                          aria-label={t.meetingClass(cls)}
                        >
                          <span className={styles.gridRowHead} aria-hidden="true">
                            {cls}
                          </span>
                          {QUOTA_KEYS.map((q) =>
                            numberCell(`meeting.${cls}.${q}`, t.meetingField(cls, t.quota[q])),
                          )}
                        </div>
                      ))}
                    </div>
                    {cellErrors(meetingEntries)}
                  </fieldset>
                  {(
                    [
                      [t.training, trainingClasses, trainingEntries],
                      [t.lectureFee, lectureGrades, lectureEntries],
                    ] as const
                  ).map(([legend, classes, entries]) => (
                    <fieldset key={legend} className={styles.fieldset}>
                      <legend className={styles.legend}>{legend}</legend>
                      <div className={`${styles.grid} ${styles.grid3}`}>
                        {classes.map((c) => (
                          <span key={c} className={styles.gridHead} aria-hidden="true">
                            {c}
                          </span>
                        ))}
                        {entries.map(([key, label]) => numberCell(key, label))}
                      </div>
                      {cellErrors(entries)}
                    </fieldset>
                  ))}
                  <div className={styles.pair}>
                    {(["travelMeal", "receptionMeal"] as const).map((key) => (
                      <Field
                        key={key}
                        className={styles.pairField}
                        label={t[key]}
                        validationMessage={messageAt(`standards.${key}`)}
                      >
                        <Input
                          className={styles.cell}
                          inputMode="decimal"
                          value={form.standards[key] ?? ""}
                          onChange={(_e, d) => setStandard(key, d.value)}
                        />
                      </Field>
                    ))}
                  </div>
                  <div className={styles.pair}>
                    <Field className={styles.pairField} label={t.defaultMeetingClass}>
                      <Select
                        value={form.defaultMeetingClass}
                        onChange={(_e, d) =>
                          update({ defaultMeetingClass: d.value as SettingsForm["defaultMeetingClass"] })
                        }
                      >
                        {meetingClasses.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field className={styles.pairField} label={t.defaultTrainingClass}>
                      <Select
                        value={form.defaultTrainingClass}
                        onChange={(_e, d) =>
                          update({ defaultTrainingClass: d.value as SettingsForm["defaultTrainingClass"] })
                        }
                      >
                        {trainingClasses.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </div>
                </>
              )}

              {section === "rules" && (
                <>
                  <Field label={t.ruleSearch} hint={t.ruleMatches(shownRules.length, rules.length)}>
                    <SearchBox
                      placeholder={t.ruleSearchPlaceholder}
                      value={query}
                      onChange={(_e, d) => setQuery(d.value)}
                    />
                  </Field>
                  {shownRules.length === 0 && <Text>{t.noRuleMatches(query.trim())}</Text>}
                  {RULE_CATEGORIES.map((cat) => {
                    const inCategory = shownRules.filter((r) => r.category === cat);
                    if (inCategory.length === 0) return null;
                    return (
                      <div key={cat} role="group" aria-label={CATEGORY_LABEL[cat]}>
                        <Text as="h3" className={styles.category}>
                          {CATEGORY_LABEL[cat]}
                        </Text>
                        {inCategory.map((r) => {
                          const name = ruleName(r.id);
                          return (
                            <div key={r.id} className={styles.rule}>
                              <Tooltip
                                content={t.ruleTooltip(r.description, r.id)}
                                relationship="description"
                                positioning="below-start"
                              >
                                <Switch
                                  className={styles.ruleSwitch}
                                  checked={!form.disabled.includes(r.id)}
                                  onChange={(_e, d) => setRuleEnabled(r.id, d.checked)}
                                  label={name}
                                />
                              </Tooltip>
                              <Select
                                size="small"
                                aria-label={s.severityOverrideLabel(name)}
                                value={form.severity[r.id] ?? ""}
                                onChange={(_e, d) => setSeverity(r.id, d.value)}
                              >
                                <option value="">{s.defaultSeverity(s.severity[r.defaultSeverity])}</option>
                                {SEVERITIES.map((sev) => (
                                  <option key={sev} value={sev}>
                                    {s.severity[sev]}
                                  </option>
                                ))}
                              </Select>
                            </div>
                          );
                        })}
                      </div>
                    );
                  })}
                  <div className={styles.presetRow}>
                    <Button disabled={saving} onClick={applyImportPreset}>
                      {s.importPreset}
                    </Button>
                    <Text size={200} className={styles.hint}>
                      {s.importPresetHint}
                    </Text>
                  </div>
                </>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>

      <div className={styles.actionBar} role="region" aria-label={t.actionsLabel}>
        {props.messages && props.onDismiss && (
          <MessageList messages={props.messages} onDismiss={props.onDismiss} />
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={() => void save()}>
            {s.save}
          </Button>
          <Button
            disabled={saving}
            onClick={() => {
              setForm(defaultForm());
              setErrors(null);
            }}
          >
            {s.resetDefaults}
          </Button>
        </div>
      </div>
    </section>
  );
}
