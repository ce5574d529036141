/** The template's parameters (and the amount): prefilled, each with where its value came from and its problem. */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Template } from "../../../core/templates";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ParamFormProps {
  template: Template;
  values: Record<string, string>;
  amount: string;
  sources: Record<string, string>;
  errors: Record<string, string>;
  disabled: boolean;
  /** The user left a field: its problem may now be shown. */
  onTouch(id: string): void;
  onValue(id: string, value: string): void;
  onAmount(value: string): void;
}

export function ParamForm({
  template,
  values,
  amount,
  sources,
  errors,
  disabled,
  onTouch,
  onValue,
  onAmount,
}: ParamFormProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root}>
      <Field
        label={s.templates.amount}
        validationMessage={errors.amount}
        validationState={errors.amount ? "error" : "none"}
      >
        <Input
          value={amount}
          inputMode="decimal"
          disabled={disabled}
          onBlur={() => onTouch("amount")}
          onChange={(_e, d) => onAmount(d.value)}
        />
      </Field>
      {template.params.map((p) => {
        const hint = [sources[p.id] ? s.templates.source(sources[p.id]) : "", p.help]
          .filter(Boolean)
          .join(" · ");
        const label = p.unit ? `${p.label}（${p.unit}）` : p.label;
        return (
          <Field
            key={p.id}
            label={label}
            hint={hint || undefined}
            validationMessage={errors[p.id]}
            validationState={errors[p.id] ? "error" : "none"}
          >
            {p.type === "choice" ? (
              <Select
                value={values[p.id] ?? ""}
                disabled={disabled}
                onChange={(_e, d) => onValue(p.id, d.value)}
              >
                {p.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                value={values[p.id] ?? ""}
                inputMode="decimal"
                disabled={disabled}
                onBlur={() => onTouch(p.id)}
                onChange={(_e, d) => onValue(p.id, d.value)}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}
