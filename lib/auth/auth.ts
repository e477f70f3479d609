import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { findSignInPolicyByEmail } from "./data";
import { authAdapter, endSession, registerSession } from "./mutations";
import { authorizeCredentials, completeSecondStep, credentialsSchema } from "./sign-in";
import { recordRefusal, SignInRefused } from "./sign-in-refusal";
import { sendMagicLink } from "./magic-link";
import { DEVICE_COOKIE, noticeNewDevice } from "./devices";
import { issueSignInChallenge } from "./second-step";
import { sessionCookieName } from "./session-cookie";
import { maySignIn } from "./viewer-types";
import { clientAddress } from "@/lib/rate-limit/client-address";

/** A session lasts two weeks from its last use; the registered row, not the cookie, decides. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;


/** Refuses a sign-in: the sign-in action reads why with captureRefusal (Auth.js only passes CredentialsSignin on). */
function refuse(refusal: SignInRefused): never {
  recordRefusal(refusal);
  const error = new CredentialsSignin(refusal.refusal);
  error.code = refusal.refusal;
  throw error;
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
  // Server-side only (auth()): /api/auth/session, which would hand it to JavaScript, is not served.
  interface Session {
    sessionToken?: string;
    userId?: string;
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
  // Named from AUTH_URL, not guessed per request, so that lib/auth/viewer.ts reads the very cookie Auth.js sets.
  useSecureCookies: sessionCookieName().startsWith("__Secure-"),
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
      credentials: { email: {}, password: {}, challenge: {}, code: {} },
      async authorize(raw, request) {
        const input = credentialsSchema.safeParse(raw);
        if (!input.success) refuse(new SignInRefused("invalid-credentials"));
        const client = { address: clientAddress(request.headers), deviceId: (await cookies()).get(DEVICE_COOKIE)?.value };
        try {
          if ("challenge" in input.data) return await completeSecondStep(input.data, client);
          return await authorizeCredentials(input.data, client);
        } catch (error) {
          if (error instanceof SignInRefused) refuse(error);
          throw error;
        }
      },
    }),
    magicLink,
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      // Asking for a link or opening one: only for addresses that may sign in (no token for anyone else).
      if (!user.email) return false;
      const member = await findSignInPolicyByEmail(user.email);
      if (!member || !maySignIn(member.status)) return false;
      // An opened link is only the first step when the account has two-step verification: no session,
      // the code step instead (the link itself was spent by Auth.js before this callback).
      if (account?.provider === "magic-link" && account.type === "email" && member.totpEnabledAt && !email?.verificationRequest) {
        return `/sign-in?challenge=${encodeURIComponent(await issueSignInChallenge(member.id, "magic-link"))}`;
      }
      return true;
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
      return { expires: session.expires, sessionToken: token.sid, userId: token.sub } as typeof session;
    },
  },
  events: {
    // Every way out ends the registered session, not only the cookie.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(sid);
    },
  },
}));
