// Demo data: an obviously fictional network (advocates, organizations, staff and applicants) to try the
// platform with. Needs the reference data (countries, Bangkok Rules) first. Runs once: if the demo admin
// exists it does nothing. Everything is written in one transaction with a few batched statements, so a
// failure leaves no half-seeded network behind.
import { hash, type Algorithm } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sealTotpSecret } from "@/lib/auth/totp-secret-box";
import { newProfileHandle } from "@/lib/profiles/schema";
import { profileSearchColumns } from "@/lib/profiles/format";
import { seedDemoBoard } from "./demo-board";
import { seedDemoCampaigns } from "./demo-campaigns";
import { seedDemoCollaborations } from "./demo-collaborations";
import { seedDemoConversations } from "./demo-conversations";
import { seedDemoModeration } from "./demo-moderation";
import { seedDemoMonitoring } from "./demo-monitoring";
import { seedDemoResources } from "./demo-resources";
import { seedDemoNotifications } from "./demo-notifications";
import { seedDemoSafety } from "./demo-safety";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, buildDemoData } from "./demo-data";

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
export const DEMO_PASSWORD_HASH_OPTIONS = {
  algorithm: 2 satisfies Algorithm.Argon2id as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export type DemoSeedReport =
  | { status: "already-seeded" }
  | {
      status: "seeded";
      users: number;
      applications: number;
      profiles: number;
      organizations: number;
      memberships: number;
      ruleInterests: number;
      countries: number;
      boardThreads: number;
      boardPosts: number;
      collaborationRequests: number;
      collaborationResponses: number;
      conversations: number;
      resources: number;
    };

/** `authSecret` (AUTH_SECRET) seals the demo admin's two-step secret, as the app will read it. */
export async function seedDemoData(prisma: PrismaClient, authSecret: string): Promise<DemoSeedReport> {
  const existing = await prisma.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } });
  if (existing) return { status: "already-seeded" };

  const data = buildDemoData();
  const countryCodes = [...new Set([...data.profiles, ...data.organizations, ...data.organizationCountries].map((row) => row.countryCode))];
  const [knownCountries, knownRules] = await Promise.all([
    prisma.country.count({ where: { code: { in: countryCodes } } }),
    prisma.bangkokRule.count(),
  ]);
  if (knownCountries < countryCodes.length || knownRules === 0) {
    throw new Error("Demo data needs the reference data (countries, Bangkok Rules): run seedReferenceData first");
  }

  // One hash for every demo account: argon2id is slow on purpose, and they all share the password.
  const passwordHash = await hash(DEMO_PASSWORD, DEMO_PASSWORD_HASH_OPTIONS);

  let board = { threads: 0, posts: 0 };
  let collaborations = { requests: 0, responses: 0 };
  let conversations = { conversations: 0, messages: 0 };
  let resources = { resources: 0 };
  await prisma.$transaction(
    async (tx) => {
      const users = await tx.user.createManyAndReturn({
        data: data.users.map((user) =>
          user.email === DEMO_ADMIN_EMAIL
            ? { ...user, passwordHash, totpSecret: sealTotpSecret(DEMO_ADMIN_TOTP_SECRET, authSecret), totpEnabledAt: user.createdAt }
            : { ...user, passwordHash },
        ),
        select: { id: true, email: true },
      });
      const displayNames = new Map(data.users.map((user) => [user.email, user.displayName ?? null]));
      const userId = lookup(new Map(users.map((user) => [user.email, user.id])), "user");

      await tx.advocateProfile.createMany({
        data: data.profiles.map(({ email, ...profile }) => ({
          ...profile,
          ...profileSearchColumns(displayNames.get(email) ?? null, profile),
          userId: userId(email),
          handle: newProfileHandle(),
        })),
      });
      await tx.profileRuleInterest.createMany({
        data: data.ruleInterests.map(({ email, ruleNumber }) => ({ userId: userId(email), ruleNumber })),
      });

      const organizations = await tx.organization.createManyAndReturn({
        data: data.organizations,
        select: { id: true, slug: true },
      });
      const organizationId = lookup(new Map(organizations.map((org) => [org.slug, org.id])), "organization");

      await tx.organizationMembership.createMany({
        data: data.memberships.map(({ slug, email, ...membership }) => ({
          ...membership,
          organizationId: organizationId(slug),
          userId: userId(email),
        })),
      });
      await tx.organizationCountry.createMany({
        data: data.organizationCountries.map(({ slug, countryCode }) => ({ organizationId: organizationId(slug), countryCode })),
      });
      await tx.organizationJoinRequest.createMany({
        data: data.joinRequests.map(({ slug, email, ...request }) => ({ ...request, organizationId: organizationId(slug), userId: userId(email) })),
      });
      board = await seedDemoBoard(tx, userId);
      collaborations = await seedDemoCollaborations(tx, userId, organizationId);
      conversations = await seedDemoConversations(tx, userId);
      resources = await seedDemoResources(tx, userId, organizationId);
      await seedDemoMonitoring(tx, userId, organizationId);
      await seedDemoSafety(tx, userId);
      await tx.membershipApplication.createMany({
        data: data.applications.map(({ email, organizationSlug, ...application }) => ({
          ...application,
          userId: userId(email),
          organizationId: organizationSlug ? organizationId(organizationSlug) : null,
        })),
      });
      await seedDemoModeration(tx, userId);
      await seedDemoNotifications(tx, userId);
      await seedDemoCampaigns(tx, userId, organizationId);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    status: "seeded",
    users: data.users.length,
    applications: data.applications.length,
    profiles: data.profiles.length,
    organizations: data.organizations.length,
    memberships: data.memberships.length,
    ruleInterests: data.ruleInterests.length,
    countries: countryCodes.length,
    boardThreads: board.threads,
    boardPosts: board.posts,
    collaborationRequests: collaborations.requests,
    collaborationResponses: collaborations.responses,
    conversations: conversations.conversations,
    resources: resources.resources,
  };
}

function lookup(ids: Map<string, string>, what: string): (key: string) => string {
  return (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Demo data refers to unknown ${what} ${key}`);
    return id;
  };
}
