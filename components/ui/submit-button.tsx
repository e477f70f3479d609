"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/**
 * A submit button that shows the pending state of its enclosing <form action={...}> and ignores
 * repeat clicks while the form is submitting. Without JavaScript it is a plain submit button.
 */
export function SubmitButton({ pending: pendingProp, pendingLabel, onClick, ...rest }: Omit<ButtonProps, "type">) {
  const t = useTranslations("ui.button");
  const { pending: formPending } = useFormStatus();
  const pending = pendingProp ?? formPending;
  return (
    <Button
      {...rest}
      type="submit"
      pending={pending}
      pendingLabel={pendingLabel ?? t("pending")}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
