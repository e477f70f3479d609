/** Joins class names, skipping falsy values (a dependency-free stand-in for clsx). */
export function cx(...values: Array<string | false | null | undefined>): string {
  return values.filter(Boolean).join(" ");
}
