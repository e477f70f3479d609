import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "@/components/ui/class-names";
import { FieldErrors } from "@/components/ui/form-field";

/**
 * A group of radio buttons or checkboxes under one legend, with a hint and errors the group announces
 * (aria-describedby on the fieldset), in the style of FormField.
 */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  required,
  requiredLabel,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: readonly string[] | string | null;
  required?: boolean;
  /** "(required)", from the ui.formField messages. */
  requiredLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const errors = (typeof error === "string" ? [error] : (error ?? [])).filter(Boolean);
  const describedBy = cx(hint ? `${id}-hint` : undefined, errors.length ? `${id}-error` : undefined) || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className={cx("flex flex-col gap-2", className)}>
      <legend className="mb-1 font-medium text-ink">
        {legend}
        {required && requiredLabel ? <span className="font-normal text-muted"> {requiredLabel}</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {errors.length ? <FieldErrors id={`${id}-error`} errors={errors} /> : null}
    </fieldset>
  );
}

/** One radio button with its label beside it. */
export function Radio({ label, id, className, ...rest }: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { id: string; label: ReactNode }) {
  return (
    <div className={cx("flex items-start gap-3", className)}>
      <input {...rest} id={id} type="radio" className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700" />
      <label htmlFor={id} className="cursor-pointer text-ink">
        {label}
      </label>
    </div>
  );
}
