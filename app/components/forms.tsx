// Form fields for conform + zod forms. Error messages arrive as translation keys
// (see app/models/accounts/account-forms.ts) and are shown next to their field in the UI language.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Any field a form renders as text: strings, and numbers and dates typed as text. */
export type Field = FieldMetadata<string | number | Date | undefined>;

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const { t } = useTranslation("errors");
  if (!errors?.length) return null;
  // The alert is a wrapper: on the list itself, role="alert" replaced its list role and the
  // items were no longer read as a list (axe: listitem).
  return (
    <div id={id} className="field-errors" role="alert">
      <ul>
        {errors.map((key) => (
          <li key={key}>{t(key, { defaultValue: t("invalid") })}</li>
        ))}
      </ul>
    </div>
  );
}

/** A field's frame: its label, the control, its help and its errors, in that order for every kind. */
function FieldShell({ id, label, help, helpId, errorId, errors, children }: { id: string; label: string; help?: string; helpId?: string; errorId: string; errors?: string[] | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

type InputType = "text" | "email" | "password" | "tel" | "number" | "date" | "url";

export function TextField({
  meta,
  label,
  type = "text",
  help,
  autoComplete,
  step,
}: {
  meta: Field;
  label: string;
  type?: InputType;
  help?: string;
  autoComplete?: string;
  /** For number fields: "any" accepts decimals such as a TKDN of 42.5. */
  step?: string;
}) {
  const helpId = help ? `${meta.id}-help` : undefined;
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: helpId });
  return (
    <FieldShell id={meta.id} label={label} help={help} helpId={helpId} errorId={meta.errorId} errors={meta.errors}>
      <input key={key} {...props} autoComplete={autoComplete} step={step} inputMode={type === "number" ? "decimal" : undefined} />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  meta,
  label,
  options,
  placeholder,
  onChange,
}: {
  meta: Field;
  label: string;
  options: Option[];
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  const { key, ...props } = getSelectProps(meta);
  return (
    <FieldShell id={meta.id} label={label} errorId={meta.errorId} errors={meta.errors}>
      <select key={key} {...props} onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}>
        <option value="">{placeholder ?? ""}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ meta, label }: { meta: Field; label: string }) {
  const { key, ...props } = getInputProps(meta, { type: "checkbox" });
  return (
    <div className="field checkbox">
      <label>
        <input key={key} {...props} /> {label}
      </label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** Errors that belong to the whole form (wrong password, too many attempts…). */
export function FormErrors({
  id,
  errors,
  values,
}: {
  id: string;
  errors?: string[] | null;
  values?: Record<string, unknown>;
}) {
  const { t } = useTranslation("errors");
  if (!errors?.length) return null;
  return (
    <div id={id} className="form-errors" role="alert">
      {errors.map((key) => (
        <p key={key}>{t(key, { ...values, defaultValue: t("invalid") })}</p>
      ))}
    </div>
  );
}

export function TextAreaField({ meta, label, help }: { meta: Field; label: string; help?: string }) {
  const helpId = help ? `${meta.id}-help` : undefined;
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: helpId });
  return (
    <FieldShell id={meta.id} label={label} help={help} helpId={helpId} errorId={meta.errorId} errors={meta.errors}>
      <textarea key={key} rows={5} {...props} />
    </FieldShell>
  );
}

/** What a document may be: the server checks the bytes, the browser's picker only offers these. */
export const DOCUMENT_TYPES = "application/pdf,image/jpeg,image/png";
/** What a photo may be. */
export const IMAGE_TYPES = "image/jpeg,image/png,image/webp";

/** A file to send, with what it may be, its help and its errors (read out with the field). */
export function FileField({
  id,
  name,
  label,
  accept = DOCUMENT_TYPES,
  help,
  errors,
  errorId,
}: {
  id?: string;
  name: string;
  label: string;
  accept?: string;
  help?: string;
  errors?: string[] | null;
  errorId?: string;
}) {
  const inputId = id ?? name;
  const helpId = help ? `${inputId}-help` : undefined;
  const errorsId = errorId ?? `${inputId}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? errorsId : null, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <FieldShell id={inputId} label={label} help={help} helpId={helpId} errorId={errorsId} errors={errors}>
      <input id={inputId} name={name} type="file" accept={accept} aria-invalid={invalid || undefined} aria-describedby={describedBy} />
    </FieldShell>
  );
}
