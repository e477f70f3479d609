"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NEW_PASSWORD_MAX_LENGTH } from "@/lib/account/schema";

/** A new password and its confirmation; the browser may offer to generate one (autocomplete="new-password"). */
export function NewPasswordFields({
  name,
  labels,
  errors,
}: {
  name: string;
  labels: { password: ReactNode; hint: ReactNode; confirm: ReactNode };
  errors: { password?: string[]; confirm?: string[] };
}) {
  return (
    <>
      <FormField label={labels.password} hint={labels.hint} error={errors.password} required>
        {(control) => <Input {...control} name={name} type="password" autoComplete="new-password" maxLength={NEW_PASSWORD_MAX_LENGTH} />}
      </FormField>
      <FormField label={labels.confirm} error={errors.confirm} required>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" maxLength={NEW_PASSWORD_MAX_LENGTH} />}
      </FormField>
    </>
  );
}
