"use client";

import { usePathname } from "next/navigation";

/** A hidden field holding the current path, so a form's action can send the visitor back here. */
export function ReturnToInput({ name = "returnTo" }: { name?: string }) {
  return <input type="hidden" name={name} value={usePathname()} />;
}
