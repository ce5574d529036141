/**
 * 设置: indicator framework, satisfaction thresholds, rules on/off and their severities. Validated by the
 * core's validateSettings (Chinese messages next to the fields) before it is saved in the workbook.
 * Loaded lazily: most sessions never open it.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowLeftRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { Severity } from "../../core/finding";
import { CATEGORY_LABEL, RULE_CATEGORIES, type RuleMeta } from "../../core/rules/rule";
import { applyCheckPreset, DEFAULT_SETTINGS, type ProfileSetting, type Settings } from "../../core/settings";
import { useStrings } from "../i18n";
import { SEVERITIES } from "../state/findings-view";
import { toForm, validateForm, type FieldErrors, type SettingsForm } from "../state/settings-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  headingRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
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
  ruleSwitch: { minWidth: 0, flexGrow: 1, flexBasis: "12em", overflowWrap: "anywhere" },
  ruleId: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SettingsPanelProps {
  settings: Settings;
  rules: readonly RuleMeta<string>[];
  saving: boolean;
  onSave(settings: Settings): Promise<boolean>;
  onBack(): void;
}

export default function SettingsPanel({ settings, rules, saving, onSave, onBack }: SettingsPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId("settings");
  useEffect(() => headingRef.current?.focus(), []);

  const update = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
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
      settings,
      rules.map((r) => r.id),
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors(null);
    await onSave(checked.settings);
  };

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
                {errors.general.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <Field label={s.profile} hint={s.profileDetected}>
        <RadioGroup value={form.profile} onChange={(_e, d) => update({ profile: d.value as ProfileSetting })}>
          <Radio value="auto" label={s.profileAuto} />
          <Radio value="2015" label={s.profile2015} />
          <Radio value="2021" label={s.profile2021} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.satisfaction}</legend>
        <Field label={s.warnBelow} validationMessage={errors?.warnBelow}>
          <Input
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            value={form.warnBelow}
            onChange={(_e, d) => update({ warnBelow: d.value })}
          />
        </Field>
        <Field label={s.errorBelow} validationMessage={errors?.errorBelow}>
          <Input
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            value={form.errorBelow}
            onChange={(_e, d) => update({ errorBelow: d.value })}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.rulesHeading}</legend>
        {RULE_CATEGORIES.map((cat) => {
          const inCategory = rules.filter((r) => r.category === cat);
          if (inCategory.length === 0) return null;
          return (
            <div key={cat} role="group" aria-label={CATEGORY_LABEL[cat]}>
              <Text as="h3" className={styles.category}>
                {CATEGORY_LABEL[cat]}
              </Text>
              {inCategory.map((r) => (
                <div key={r.id} className={styles.rule}>
                  <Switch
                    className={styles.ruleSwitch}
                    checked={!form.disabled.includes(r.id)}
                    onChange={(_e, d) => setRuleEnabled(r.id, d.checked)}
                    label={
                      <>
                        {r.description}
                        <span className={styles.ruleId}>{r.id}</span>
                      </>
                    }
                  />
                  <Select
                    size="small"
                    aria-label={s.severityOverrideLabel(r.description)}
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
              ))}
            </div>
          );
        })}
      </fieldset>

      <div className={styles.buttons}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={() => void save()}>
          {s.save}
        </Button>
        <Button
          disabled={saving}
          onClick={() => {
            setForm(toForm({ ...DEFAULT_SETTINGS, standards: settings.standards }));
            setErrors(null);
          }}
        >
          {s.resetDefaults}
        </Button>
        <Button disabled={saving} onClick={applyImportPreset}>
          {s.importPreset}
        </Button>
      </div>
      <Text size={200} className={styles.ruleId}>
        {s.importPresetHint}
      </Text>
    </section>
  );
}
