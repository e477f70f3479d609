"use client";

import type { Ref, SelectHTMLAttributes } from "react";
import { controlClasses } from "./field-classes";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
};

/**
 * A native select: accessible and usable on every phone without JavaScript. Pass <option>s as children.
 *
 * React 19 resets a form once its action has run, and a reset puts a select back on the option marked as
 * the default — which React marks only when the select mounts, never when `defaultValue` changes, and never
 * for a controlled `value` (facebook/react#32362, #30580). So the choice made is marked as the default as
 * it is made, and a new `defaultValue` (the values a refused form sends back) mounts a fresh select.
 */
export function Select({ invalid, className, children, onChange, defaultValue, ...rest }: SelectProps) {
  return (
    <select
      key={defaultValue === undefined ? undefined : String(defaultValue)}
      defaultValue={defaultValue}
      onChange={(event) => {
        keepChoiceOnReset(event.currentTarget);
        onChange?.(event);
      }}
      aria-invalid={invalid || undefined}
      className={controlClasses(invalid, `min-h-11 ${className ?? ""}`)}
      {...rest}
    >
      {children}
    </select>
  );
}

function keepChoiceOnReset(select: HTMLSelectElement): void {
  for (const option of select.options) option.defaultSelected = option.selected;
}

export type SelectOption = { value: string; label: string };

/** A Select over a list of choices, with an optional first "nothing chosen" option (value ""). */
export function OptionSelect({ options, placeholder, ...rest }: Omit<SelectProps, "children"> & { options: readonly SelectOption[]; placeholder?: string }) {
  return (
    <Select {...rest}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

/** Countries ({ code, name }) as select options. */
export const countryChoices = (countries: readonly { code: string; name: string }[]): SelectOption[] => countries.map((country) => ({ value: country.code, label: country.name }));

/** Organizations ({ id, name }) as select options. */
export const organizationChoices = (organizations: readonly { id: string; name: string }[]): SelectOption[] =>
  organizations.map((organization) => ({ value: organization.id, label: organization.name }));
