import type { ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

/** The page's horizontal rhythm: full width on phones, a readable measure on large screens. */
export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("mx-auto w-full max-w-5xl px-4 sm:px-6", className)}>{children}</div>;
}
