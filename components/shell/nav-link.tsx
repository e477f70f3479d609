"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

const layouts = {
  bar: "inline-flex min-h-11 items-center border-b-4 px-3 font-medium",
  list: "flex min-h-12 items-center border-l-4 px-4 font-medium",
} as const;

/** A navigation link that marks itself aria-current="page" inside its section. */
export function NavLink({ href, layout, children }: { href: string; layout: keyof typeof layouts; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <NextLink
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        layouts[layout],
        current
          ? "border-brand-700 text-brand-800"
          : "border-transparent text-ink hover:border-brand-200 hover:text-brand-800",
        layout === "list" && current && "bg-brand-50",
      )}
    >
      {children}
    </NextLink>
  );
}
