import type { ReactNode } from "react";
import { cx } from "./class-names";

/**
 * For elements that show text a person wrote (names, emails, descriptions, reasons): its direction comes
 * from the text itself, so Arabic or Hebrew mixed with Latin reads correctly, and a long unbroken word
 * wraps instead of widening the page (`overflow-wrap: anywhere`, which also lets flex and grid items
 * shrink below the word's width).
 */
export function userTextProps(className?: string): { dir: "auto"; className: string } {
  return { dir: "auto", className: cx("wrap-anywhere", className) };
}

/** A piece of user-written text inside other copy, e.g. a name in "Welcome, {name}". */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return <span {...userTextProps(className)}>{children}</span>;
}
