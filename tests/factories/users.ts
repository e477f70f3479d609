// People for integration and e2e tests. Every factory takes the test's PrismaClient and overrides, and makes
// unique emails so specs can run in parallel against one database.
import { hash } from "@node-rs/argon2";
import type { AdvocateProfile, MemberRole, MemberStatus, Prisma, PrismaClient, User } from "@/lib/generated/prisma/client";
import { ensureBangkokRules, ensureCountry } from "./reference";
import { uniqueEmail, uniqueSuffix } from "./unique";
import { profileSearchColumns } from "@/lib/profiles/format";
import { newProfileHandle } from "@/lib/profiles/schema";

/** The password of every factory-made user unless a test chooses another. */
export const TEST_PASSWORD = "test-password-1234";

/** OWASP's argon2id baseline (argon2id is the library's default algorithm), as the app uses. */
const HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

const hashes = new Map<string, Promise<string>>();
/** argon2id is slow on purpose: hash each distinct password once per process. */
export function passwordHashFor(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) {
    hashed = hash(password, HASH_OPTIONS);
    hashes.set(password, hashed);
  }
  return hashed;
}

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "profile" | "accounts" | "sessions" | "organizations">> & {
  /** Plain password to hash; ignored when passwordHash is given (null means no password). */
  password?: string;
};

export type ProfileOverrides = Partial<Omit<Prisma.AdvocateProfileUncheckedCreateInput, "userId" | "ruleInterests">> & {
  /** Bangkok Rule numbers the member works on (the rules are inserted if missing). */
  ruleNumbers?: number[];
};

export type UserWithProfile = User & { profile: AdvocateProfile };

async function userData(overrides: UserOverrides): Promise<Prisma.UserUncheckedCreateInput> {
  const { password, ...data } = overrides;
  const suffix = uniqueSuffix();
  return {
    email: uniqueEmail(),
    name: `Test Person ${suffix}`,
    displayName: `Test ${suffix}`,
    ...data,
    passwordHash: data.passwordHash !== undefined ? data.passwordHash : await passwordHashFor(password ?? TEST_PASSWORD),
  };
}

/** A user row only (schema defaults: UNVERIFIED member without profile), with a password. */
export async function createUser(prisma: PrismaClient, overrides: UserOverrides = {}): Promise<User> {
  return prisma.user.create({ data: await userData(overrides) });
}

async function createWithProfile(
  prisma: PrismaClient,
  defaults: UserOverrides,
  overrides: UserOverrides & { profile?: ProfileOverrides },
): Promise<UserWithProfile> {
  const { profile: profileOverrides = {}, ...userOverrides } = overrides;
  const { ruleNumbers = [], ...profile } = profileOverrides;
  if (profile.countryCode) profile.countryCode = (await ensureCountry(prisma, profile.countryCode)).code;
  if (ruleNumbers.length > 0) await ensureBangkokRules(prisma);
  const user = await userData({ ...defaults, ...userOverrides });
  // What the app folds on every profile write (lib/profiles/mutations.ts), so the directory finds this member.
  const search = profileSearchColumns(user.displayName ?? null, {
    bio: profile.bio ?? null,
    bioVisibility: profile.bioVisibility ?? "MEMBERS",
    areasOfWork: Array.isArray(profile.areasOfWork) ? profile.areasOfWork : [],
    keywords: Array.isArray(profile.keywords) ? profile.keywords : [],
    areasVisibility: profile.areasVisibility ?? "MEMBERS",
  });
  return prisma.user.create({
    data: {
      ...user,
      profile: {
        create: {
          languages: ["en"],
          handle: newProfileHandle(),
          ...search,
          ...profile,
          ruleInterests: ruleNumbers.length ? { createMany: { data: ruleNumbers.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        },
      },
    },
    include: { profile: true },
  }) as Promise<UserWithProfile>;
}

/** An approved (ACTIVE) member with a profile. */
export function createMember(
  prisma: PrismaClient,
  overrides: UserOverrides & { profile?: ProfileOverrides } = {},
): Promise<UserWithProfile> {
  const now = new Date();
  return createWithProfile(prisma, { status: "ACTIVE", role: "MEMBER", emailVerified: now, approvedAt: now }, overrides);
}

export type ApplicantStatus = Extract<MemberStatus, "UNVERIFIED" | "PENDING" | "MORE_INFO_REQUESTED">;

/** Someone who applied and awaits a decision (PENDING unless told otherwise), with the profile they submitted. */
export function createApplicant(
  prisma: PrismaClient,
  overrides: Omit<UserOverrides, "status"> & { status?: ApplicantStatus; profile?: ProfileOverrides } = {},
): Promise<UserWithProfile> {
  const status = overrides.status ?? "PENDING";
  const emailVerified = status === "UNVERIFIED" ? null : new Date();
  return createWithProfile(prisma, { status, role: "MEMBER", emailVerified, approvedAt: null }, overrides);
}

function createStaff(role: MemberRole) {
  return (prisma: PrismaClient, overrides: UserOverrides & { profile?: ProfileOverrides } = {}) =>
    createMember(prisma, { role, ...overrides });
}

/** An active member with the ADMIN role. */
export const createAdmin = createStaff("ADMIN");
/** An active member with the MODERATOR role. */
export const createModerator = createStaff("MODERATOR");
