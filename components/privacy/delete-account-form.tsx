"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteAccountAction } from "@/lib/privacy/actions";

/** Deleting the account: the password (and a two-step code when on), what becomes of the posts, a confirmation. */
export function DeleteAccountForm({ email, needsCode }: { email: string; needsCode: boolean }) {
  const t = useTranslations("DataRights.delete");
  const field = useTranslations("ui.formField");
  const [state, action] = useActionState(deleteAccountAction, null);
  const refusal = refusalOf(state);
  const posts = refusal.text("posts");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} idPrefix="delete-account" fieldLabels={{ password: t("password"), code: t("code"), posts: t("postsLegend"), confirm: t("confirm") }} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <ChoiceGroup id="delete-account-posts" legend={t("postsLegend")} hint={t("postsHint")} error={refusal.errors.posts} required requiredLabel={field("required")}>
        <Radio id="delete-account-posts-keep" name="posts" value="keep" defaultChecked={posts === "keep"} label={t("postsKeep")} />
        <Radio id="delete-account-posts-delete" name="posts" value="delete" defaultChecked={posts === "delete"} label={t("postsDelete")} />
      </ChoiceGroup>
      <FormField id="delete-account-password" label={t("password")} error={refusal.errors.password} required>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" />}
      </FormField>
      {needsCode ? (
        <FormField id="delete-account-code" label={t("code")} hint={t("codeHint")} error={refusal.errors.code} required>
          {(control) => <Input {...control} name="code" inputMode="text" autoComplete="one-time-code" />}
        </FormField>
      ) : null}
      <Checkbox id="delete-account-confirm" name="confirm" value="yes" label={t("confirm")} error={refusal.errors.confirm} />
      <SubmitButton variant="danger" pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
