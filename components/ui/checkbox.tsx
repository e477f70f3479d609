import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { cx } from "./class-names";
import { FieldErrors } from "./form-field";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | readonly string[] | null;
  ref?: Ref<HTMLInputElement>;
};

/** A checkbox with its label beside it, and optional hint and error wired with aria-describedby. */
export function Checkbox({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? `checkbox-${generatedId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const errors = (typeof error === "string" ? [error] : (error ?? [])).filter((message) => message !== "");
  const invalid = errors.length > 0;

  return (
    <div className={cx("flex items-start gap-3", className)}>
      <input
        {...rest}
        type="checkbox"
        id={inputId}
        aria-invalid={invalid || undefined}
        aria-describedby={cx(hint ? hintId : undefined, invalid ? errorId : undefined) || undefined}
        className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="cursor-pointer text-ink">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        {invalid ? <FieldErrors id={errorId} errors={errors} /> : null}
      </div>
    </div>
  );
}
