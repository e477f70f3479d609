"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/class-names";

const items = [
  { href: "/account", key: "overview" },
  { href: "/account/profile", key: "profile" },
  { href: "/account/password", key: "password" },
  { href: "/account/email", key: "email" },
  { href: "/account/security", key: "security" },
  { href: "/account/sessions", key: "sessions" },
  { href: "/account/messages", key: "messages" },
  { href: "/account/people", key: "people" },
  { href: "/account/notifications", key: "notifications" },
  { href: "/account/privacy", key: "privacy" },
] as const;

/** The account pages; the current one is marked for assistive technology and visually. */
export function AccountNav() {
  const t = useTranslations("AccountNav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="lg:w-56 lg:shrink-0">
      {/* A compact row of links on phones, so the page itself starts near the top; a column beside it on wide screens. */}
      <ul className="flex flex-wrap gap-x-1 gap-y-1 border-b border-line pb-3 lg:flex-col lg:flex-nowrap lg:gap-0 lg:border-b-0 lg:border-l lg:pb-0">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <NextLink
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "flex min-h-11 items-center rounded-md px-3 py-2 font-medium lg:-ml-px lg:rounded-none lg:border-l-4 lg:px-4",
                  current
                    ? "bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4 lg:border-brand-700 lg:no-underline"
                    : "text-ink hover:bg-brand-50 hover:text-brand-800 lg:border-transparent lg:hover:border-brand-200",
                )}
              >
                {t(item.key)}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
