// Labelled inputs with their hint and error wired through aria-describedby, and aria-invalid when the error shows.
import type { ChangeEvent, ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  required?: boolean;
  disabled?: boolean;
}

/** What every control of a field carries: its name, state, and the hint and error it is described by. */
function controlProps({ id, hint, error, disabled, required }: FieldProps) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { id, name: id, disabled, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.length ? ids.join(' ') : undefined };
}

function FieldFrame({ id, label, error, hint, className, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`ws-field${error ? ' ws-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="ws-field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="ws-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ws-field__error">
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4v5M8 11.2v.8" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password' | 'date';
    inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
    autoComplete?: string;
    placeholder?: string;
    onBlur?: () => void;
  },
) {
  const { value, onChange, type = 'text', inputMode, autoComplete, onBlur } = props;
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </FieldFrame>
  );
}

export function TextAreaField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    /** The language of the text typed in (a translation), with its direction: "rtl" for Arabic. */
    lang?: string;
    dir?: 'ltr' | 'rtl';
  },
) {
  const { value, onChange, rows = 2, lang, dir } = props;
  return (
    <FieldFrame {...props}>
      <textarea {...controlProps(props)} rows={rows} lang={lang} dir={dir} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & { value: V; onChange: (value: V) => void; options: readonly { value: V; label: string; lang?: string }[] },
) {
  const { value, onChange, options } = props;
  return (
    <FieldFrame {...props}>
      <select {...controlProps(props)} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label on the inline-end side (a filter, a confirmation). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
  disabled,
  className,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <div className={`ws-check${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="ws-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Moves focus to the first field of a form that shows an error (after a refused submit). */
export function focusFirstInvalid(form: HTMLElement | null) {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
}
