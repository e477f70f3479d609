"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestMagicLinkAction } from "@/lib/auth/actions";

export function MagicLinkForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(requestMagicLinkAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="next" value={next} />
      {state ? <Alert variant={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <FormField label={t("email")} error={state?.ok === false ? state.fieldErrors?.email : undefined} required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("magicLinkSubmitting")} className="self-start">
        {t("magicLinkSubmit")}
      </SubmitButton>
    </form>
  );
}
