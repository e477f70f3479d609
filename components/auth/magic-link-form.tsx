"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestMagicLinkAction } from "@/lib/auth/actions";

export function MagicLinkForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(requestMagicLinkAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormStatus state={state} idPrefix="magic-link" fieldLabels={{ email: t("email") }} />
      <FormField id="magic-link-email" label={t("email")} error={refusalOf(state).errors.email} required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("magicLinkSubmitting")} className="self-start">
        {t("magicLinkSubmit")}
      </SubmitButton>
    </form>
  );
}
