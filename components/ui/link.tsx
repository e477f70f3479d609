import NextLink from "next/link";
import type { AnchorHTMLAttributes, ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button";
import { cx } from "./class-names";

export type LinkVariant = "inline" | "standalone" | "subtle";

const variants: Record<LinkVariant, string> = {
  inline: "text-brand-700 underline underline-offset-2 hover:text-brand-900 hover:decoration-2",
  standalone: "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2",
  subtle: "text-ink underline-offset-4 hover:underline",
};

export function linkClasses(variant: LinkVariant = "inline", className?: string): string {
  return cx(variants[variant], className);
}

export type LinkProps = ComponentProps<typeof NextLink> & {
  variant?: LinkVariant;
};

/** An in-app link (next/link, so it prefetches and navigates client-side once JavaScript loads). */
export function Link({ variant = "inline", className, ...rest }: LinkProps) {
  return <NextLink className={linkClasses(variant, className)} {...rest} />;
}

export type ExternalLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: LinkVariant;
};

/**
 * A link to another site. Opens in the same tab (no surprise new windows) and sends no referrer or
 * opener, so the other site cannot learn which page of ours a member came from.
 */
export function ExternalLink({ variant = "inline", className, rel, ...rest }: ExternalLinkProps) {
  return <a className={linkClasses(variant, className)} rel={cx("noopener noreferrer", rel)} {...rest} />;
}

export type ButtonLinkProps = ComponentProps<typeof NextLink> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** A link that looks like a button: for navigation, never for actions. */
export function ButtonLink({ variant, size, className, ...rest }: ButtonLinkProps) {
  return <NextLink className={buttonClasses({ variant, size, className })} {...rest} />;
}
