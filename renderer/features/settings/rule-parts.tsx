import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The building blocks of the reminder rules card: a rule with its on/off switch, a number field.

export function Rule(props: {
  id: string;
  label: string;
  hint: string;
  enabled: boolean;
  onToggle: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="rule" data-testid={`rule-${props.id}`}>
      <label className="rule__head">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          name={props.id}
          checked={props.enabled}
          onChange={(e) => props.onToggle(e.target.checked)}
        />
        <span className="rule__text">
          <span className="rule__label">{props.label}</span>
          <span className="rule__hint">{props.hint}</span>
        </span>
      </label>
      <div className="rule__params" aria-disabled={!props.enabled}>
        {props.children}
      </div>
    </div>
  );
}

export function NumberInput(props: {
  name: string;
  label: string;
  value: string;
  disabled?: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <input
      className="input rule__number"
      type="number"
      inputMode="numeric"
      min={0}
      name={props.name}
      aria-label={props.label}
      aria-invalid={props.error ? true : undefined}
      title={props.error ? t(props.error) : undefined}
      disabled={props.disabled}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
