/**
 * An address shown to someone who should recognise it but not read it in full, e.g. in the notice sent to
 * the old address when the email changes: "amara.diallo@example.org" -> "a•••@example.org".
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${Array.from(email)[0]}•••${email.slice(at)}`;
}
