import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { findUserStatusByEmail } from "./data";
import { authAdapter, registerSession } from "./mutations";
import { authorizeCredentials, credentialsSchema, SignInRefused } from "./sign-in";
import { sendMagicLink } from "./magic-link";
import { noticeNewDevice } from "./devices";
import { APPLICANT_STATUSES } from "./viewer-types";
import { clientAddress } from "@/lib/rate-limit/client-address";

/** A session lasts two weeks from its last use; the registered row, not the cookie, decides. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

/** Carries the refusal code through Auth.js to the sign-in action. */
class RefusedSignIn extends CredentialsSignin {
  constructor(refusal: SignInRefused) {
    super(refusal.refusal);
    this.code = refusal.retryAfterSeconds ? `${refusal.refusal}:${refusal.retryAfterSeconds}` : refusal.refusal;
  }
}

const magicLink: EmailConfig = {
  id: "magic-link",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url }) {
    await sendMagicLink(identifier, url, MAGIC_LINK_MAX_AGE_SECONDS / 60);
  },
};

declare module "next-auth" {
  interface Session {
    sessionToken?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

// Created lazily (a function config) so that building the app never opens the database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: authAdapter(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in/error", verifyRequest: "/sign-in/check-email" },
  logger: {
    error(error) {
      // A refused sign-in is an answer, not a fault (bursts are audited); everything else is logged briefly.
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(raw, request) {
        const input = credentialsSchema.safeParse(raw);
        if (!input.success) throw new RefusedSignIn(new SignInRefused("invalid-credentials"));
        try {
          return await authorizeCredentials(input.data, clientAddress(request.headers));
        } catch (error) {
          if (error instanceof SignInRefused) throw new RefusedSignIn(error);
          throw error;
        }
      },
    }),
    magicLink,
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link: the action only asks for addresses that may sign in.
      if (email?.verificationRequest) return true;
      if (!user.email) return false;
      const account = await findUserStatusByEmail(user.email);
      return !!account && (account.status === "ACTIVE" || APPLICANT_STATUSES.includes(account.status));
    },
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user?.id) {
        const userAgent = (await headers()).get("user-agent");
        token.sid = await registerSession(user.id, userAgent, SESSION_MAX_AGE_SECONDS);
        await noticeNewDevice(user.id, userAgent, await cookies());
      }
      // Nothing else rides in the cookie: who the viewer is comes from the database on every request.
      return { sub: token.sub, sid: token.sid };
    },
    session({ session, token }) {
      return { expires: session.expires, sessionToken: token.sid } as typeof session;
    },
  },
}));
