import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/class-names";
import type { EmailStatus as Status } from "@/lib/generated/prisma/enums";

const styles: Record<Status, string> = {
  PENDING: "border-amber-800 bg-amber-50 text-amber-950",
  SENDING: "border-blue-800 bg-blue-50 text-blue-950",
  SENT: "border-green-800 bg-green-50 text-green-950",
  FAILED: "border-red-700 bg-red-50 text-red-950",
};

/** An email's status as a labelled badge (the word carries the meaning; colour only repeats it). */
export function EmailStatus({ status }: { status: Status }) {
  const t = useTranslations("Mailbox");
  return <span className={cx("inline-block rounded border px-2 py-0.5 text-sm font-medium", styles[status])}>{t(`status${status}`)}</span>;
}
