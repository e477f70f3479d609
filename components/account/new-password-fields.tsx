"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NEW_PASSWORD_MAX_LENGTH } from "@/lib/account/schema";

/**
 * A new password and its confirmation; the browser may offer to generate one (autocomplete="new-password").
 * Their ids are `${idPrefix}-${name}` and `${idPrefix}-confirmPassword`, for the form status's links.
 */
export function NewPasswordFields({
  idPrefix,
  name,
  labels,
  errors,
}: {
  idPrefix: string;
  name: string;
  labels: { password: ReactNode; hint: ReactNode; confirm: ReactNode };
  errors: { password?: string[]; confirm?: string[] };
}) {
  return (
    <>
      <FormField id={`${idPrefix}-${name}`} label={labels.password} hint={labels.hint} error={errors.password} required>
        {(control) => <Input {...control} name={name} type="password" autoComplete="new-password" maxLength={NEW_PASSWORD_MAX_LENGTH} />}
      </FormField>
      <FormField id={`${idPrefix}-confirmPassword`} label={labels.confirm} error={errors.confirm} required>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" maxLength={NEW_PASSWORD_MAX_LENGTH} />}
      </FormField>
    </>
  );
}
