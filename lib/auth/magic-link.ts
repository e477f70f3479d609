import "server-only";
import { findUserStatusByEmail } from "./data";
import { queueAccountEmail } from "./mutations";

/** Auth.js hands the link here; it goes to the outbox in the member's language. */
export async function sendMagicLink(email: string, url: string, minutes: number): Promise<void> {
  const user = await findUserStatusByEmail(email);
  if (!user) return;
  await queueAccountEmail(email, user.locale, "auth.magic-link", { url, minutes });
}
