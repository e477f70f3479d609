import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonLink, Link } from "@/components/ui/link";
import { loadViewer } from "@/lib/auth/viewer";

/** Sign in, or — once signed in — the account link and a sign-out button (a form: works without JavaScript). */
export async function AccountMenu() {
  const viewer = await loadViewer();
  const t = await getTranslations("Account");
  if (viewer.kind === "anonymous") {
    const shell = await getTranslations("Shell");
    return (
      <ButtonLink href="/sign-in" variant="secondary" size="sm" className="shrink-0">
        {shell("signIn")}
      </ButtonLink>
    );
  }
  return (
    <div className="flex shrink-0 items-center gap-3">
      <Link href="/account" variant="subtle" className="max-w-40 truncate" aria-label={t("signedInAs", { name: viewer.displayName })}>
        {t("account")}
      </Link>
      <form method="post" action="/sign-out">
        <Button type="submit" variant="secondary" size="sm">
          {t("signOut")}
        </Button>
      </form>
    </div>
  );
}
