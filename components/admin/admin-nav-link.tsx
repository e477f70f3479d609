"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

/** A link of the admin navigation; the overview is current only on itself, the others on their sub-pages too. */
export function AdminNavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <NextLink
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        "inline-flex min-h-11 items-center gap-2 rounded-md px-3 font-medium no-underline",
        current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50",
      )}
    >
      {children}
    </NextLink>
  );
}
