import type { InputHTMLAttributes, Ref } from "react";
import { controlClasses } from "./field-classes";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  /** Marks the value invalid (aria-invalid and a red border). FormField passes this for you. */
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
};

export function Input({ invalid, className, type = "text", ...rest }: InputProps) {
  return (
    <input
      type={type}
      aria-invalid={invalid || undefined}
      className={controlClasses(invalid, `min-h-11 ${className ?? ""}`)}
      {...rest}
    />
  );
}
