import type { Ref, TextareaHTMLAttributes } from "react";
import { controlClasses } from "./field-classes";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  invalid?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

export function Textarea({ invalid, className, rows = 5, ...rest }: TextareaProps) {
  return <textarea rows={rows} aria-invalid={invalid || undefined} className={controlClasses(invalid, className)} {...rest} />;
}
