import type { Ref, SelectHTMLAttributes } from "react";
import { controlClasses } from "./field-classes";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
};

/** A native select: accessible and usable on every phone without JavaScript. Pass <option>s as children. */
export function Select({ invalid, className, children, ...rest }: SelectProps) {
  return (
    <select aria-invalid={invalid || undefined} className={controlClasses(invalid, `min-h-11 ${className ?? ""}`)} {...rest}>
      {children}
    </select>
  );
}
