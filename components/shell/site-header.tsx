import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { loadViewer } from "@/lib/auth/viewer";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";
import { NetworkLogo } from "./network-logo";
import { navItemsFor } from "./nav-items";
import { PageContainer } from "./page-container";

export async function SiteHeader() {
  const [t, nav, viewer] = await Promise.all([getTranslations("Shell"), getTranslations("Nav"), loadViewer()]);
  const items = navItemsFor(viewer);
  return (
    <header className="border-b border-line bg-surface">
      <div className="border-b border-line bg-brand-50">
        <PageContainer className="flex justify-end py-1">
          <LanguageSwitcher />
        </PageContainer>
      </div>
      <PageContainer className="flex items-center justify-between gap-4 py-3">
        <NextLink href="/" className="flex min-h-11 items-center gap-2 text-lg leading-tight font-semibold text-brand-900">
          <NetworkLogo />
          <span>{t("networkName")}</span>
        </NextLink>
        <AccountMenu />
      </PageContainer>
      <nav aria-label={t("primaryNav")}>
        <MobileMenu label={t("menu")}>
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} layout="list">
                  {nav(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </MobileMenu>
        <PageContainer className="hidden md:block">
          <ul className="-mx-3 flex flex-wrap">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} layout="bar">
                  {nav(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </PageContainer>
      </nav>
    </header>
  );
}
