import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { cx } from "./class-names";

/** What FormField hands to its control: spread it onto Input, Textarea or Select. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-required"?: true;
  invalid: boolean;
};

export type FormFieldProps = {
  label: ReactNode;
  /** Help shown under the label, linked to the control with aria-describedby. */
  hint?: ReactNode;
  /** Error text(s), e.g. zod's fieldErrors.name; makes the control aria-invalid and describes it. */
  error?: string | readonly string[] | null;
  /** Shows "(required)" after the label and sets aria-required (not `required`, so the browser does not
   *  show its own validation bubbles in a language other than the page's; the server validates). */
  required?: boolean;
  /** The control's id; generated when omitted. */
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label + hint + error around one control, wired for assistive technology:
 *
 *   <FormField label={t("name")} hint={t("nameHint")} error={state.fieldErrors?.name}>
 *     {(control) => <Input name="name" {...control} />}
 *   </FormField>
 */
export function FormField({ label, hint, error, required, id, className, children }: FormFieldProps) {
  const t = useTranslations("ui.formField");
  const generatedId = useId();
  const controlId = id ?? `field-${generatedId}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const errors = (typeof error === "string" ? [error] : (error ?? [])).filter((message) => message !== "");
  const invalid = errors.length > 0;
  const describedBy = cx(hint ? hintId : undefined, invalid ? errorId : undefined) || undefined;

  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="font-medium text-ink">
        {label}
        {required ? <span className="font-normal text-muted"> {t("required")}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id: controlId, "aria-describedby": describedBy, "aria-required": required ? true : undefined, invalid })}
      {invalid ? <FieldErrors id={errorId} errors={errors} /> : null}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  return (
    <div id={id} className="flex flex-col gap-0.5 text-sm font-medium text-red-700">
      {errors.map((message) => (
        <p key={message} className="flex items-start gap-1.5">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
            <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.2h1.8v5.6H9.1V5.7Zm0 7.2h1.8v1.8H9.1v-1.8Z" />
          </svg>
          <span>{message}</span>
        </p>
      ))}
    </div>
  );
}
