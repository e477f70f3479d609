import "server-only";
import { imageUploadsPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { authorize } from "@/lib/auth/authorize";
import { canEditOwnProfile, canReadPrivateProfileFields, canViewMemberProfiles } from "@/lib/auth/policy";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { countryExists } from "@/lib/countries/data";
import { AppError, fieldsRefused } from "@/lib/errors";
import { findOwnProfile, findProfileSubject, listPrivateReads, membershipOrganizationIds, readProfileFields } from "./data";
import { processImage, readImageUpload } from "@/lib/files/images";
import { recordPrivateRead, replacePhoto, saveProfile } from "./mutations";
import { privateFieldsIn, visibleProfileFields } from "./policy";
import { isProfileHandle, PROFILE_FIELD_NAMES, type ProfileField, type ProfileInput } from "./schema";

/** The member's own profile, every field with its visibility, for the profile form. */
export async function ownProfile(requester: Viewer) {
  const viewer = authorize(requester, canEditOwnProfile);
  return { viewer, profile: await findOwnProfile(viewer.id) };
}

/** Saves the profile form: the country must be one people work in, titles only for the member's organizations. */
export async function updateOwnProfile(requester: Viewer, input: ProfileInput): Promise<void> {
  const viewer = authorize(requester, canEditOwnProfile);
  const [current, memberships, countryOk] = await Promise.all([
    findOwnProfile(viewer.id),
    membershipOrganizationIds(viewer.id),
    input.countryCode ? countryExists(input.countryCode) : true,
  ]);
  const foreignOrganization = input.organizationTitles.some((entry) => !memberships.has(entry.organizationId));
  const refusal = fieldsRefused({ countryCode: countryOk ? undefined : "Errors.fields.invalid_value", organizationTitles: foreignOrganization ? "Errors.fields.invalid" : undefined });
  if (refusal) throw refusal;
  await saveProfile(viewer.id, input, changedFields(current, input));
}

type OwnProfile = NonNullable<Awaited<ReturnType<typeof findOwnProfile>>>;

/** Names of what the form changed, for the audit entry (never the values). */
function changedFields(current: OwnProfile | null, input: ProfileInput): string[] {
  if (!current) return Object.keys(input);
  const before: Record<string, unknown> = {
    ...current,
    displayName: current.user.displayName,
    countryCode: current.country?.code ?? null,
    ruleNumbers: current.ruleInterests.map((interest) => interest.ruleNumber),
    organizationTitles: current.user.organizations.map((membership) => ({ organizationId: membership.organization.id, title: membership.title })),
  };
  return Object.entries(input)
    .filter(([key, value]) => key !== "organizationTitles" || (value as unknown[]).length > 0)
    .filter(([key, value]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null))
    .map(([key]) => key);
}

/**
 * A member's profile as `requester` may see it (lib/profiles/policy.ts): only those fields are read. An
 * admin's `privateRead` shows every field plus the legal name and email, and is recorded in the audit log
 * (the member sees it on /account/privacy).
 */
export async function memberProfile(requester: Viewer, handle: string, { privateRead = false } = {}) {
  const viewer = authorize(requester, canViewMemberProfiles);
  if (privateRead) authorize(viewer, canReadPrivateProfileFields);
  const subject = isProfileHandle(handle) ? await findProfileSubject({ handle }) : null;
  const fields = subject ? visibleProfileFields(viewer, subject, { privateRead }) : null;
  if (!subject || !fields) throw new AppError("NOT_FOUND");
  const isSelf = subject.userId === viewer.id;
  const identity = privateRead && !isSelf;
  const profile = await readProfileFields(subject.userId, fields, { identity });
  if (!profile) throw new AppError("NOT_FOUND");
  if (identity) await recordPrivateRead(viewer.id, subject.userId, [...privateFieldsIn(fields, subject), "legalName", "email"]);
  return {
    profile,
    fields,
    isSelf,
    hidden: subject.hiddenFromDirectory,
    status: subject.status,
    canReadPrivate: canReadPrivateProfileFields(viewer) && !isSelf,
    privateRead: identity,
    /** Fields the member shows only to admins: marked as such for the member and in an admin's private read. */
    adminOnlyFields: isSelf || identity ? privateFieldsIn(fields, subject) : [],
  };
}

/** The member's own profile exactly as another (ordinary) member sees it. */
export async function previewOwnProfile(requester: Viewer) {
  const viewer = authorize(requester, canEditOwnProfile);
  const subject = await findProfileSubject({ userId: viewer.id });
  if (!subject) throw new AppError("NOT_FOUND");
  const otherMember: SignedInViewer = { ...viewer, id: "preview", role: "MEMBER", organizationIds: [], representativeOf: [] };
  const fields = visibleProfileFields(otherMember, subject) ?? new Set<ProfileField>();
  const profile = await readProfileFields(viewer.id, fields);
  if (!profile) throw new AppError("NOT_FOUND");
  return { profile, fields, hidden: subject.hiddenFromDirectory, hiddenFields: PROFILE_FIELD_NAMES.filter((field) => !fields.has(field)) };
}

/** Admins' reads of the member's private fields, newest first. */
export async function ownPrivateReads(requester: Viewer) {
  const viewer = authorize(requester, canEditOwnProfile);
  return listPrivateReads(viewer.id, 100);
}

/** What the member has not filled in yet, for the first-sign-in prompt on /welcome. */
export async function missingProfileFields(requester: Viewer): Promise<ProfileField[]> {
  const viewer = authorize(requester, canEditOwnProfile);
  const profile = await findOwnProfile(viewer.id);
  const filled: Record<ProfileField, boolean> = {
    photo: Boolean(profile?.photoId),
    bio: Boolean(profile?.bio),
    country: Boolean(profile?.country),
    languages: Boolean(profile?.languages.length),
    areas: Boolean(profile?.areasOfWork.length || profile?.keywords.length),
    rules: Boolean(profile?.ruleInterests.length),
    canHelpWith: Boolean(profile?.canHelpWith),
    lookingFor: Boolean(profile?.lookingFor),
    organizations: true, // joined on an organization's page, not filled in on the profile
    livedExperience: true, // never asked for
  };
  return PROFILE_FIELD_NAMES.filter((field) => !filled[field]);
}

/**
 * A new profile photo: decoded, size- and pixel-limited, re-encoded as a 256 px WebP without any metadata
 * (lib/files/images.ts). A refused file changes nothing.
 */
export async function replaceOwnPhoto(requester: Viewer, file: unknown): Promise<void> {
  const viewer = authorize(requester, canEditOwnProfile);
  if (!(file instanceof Blob)) throw new AppError("IMAGE_EMPTY", { field: "photo", messageKey: "Errors.codes.IMAGE_EMPTY" });
  await enforceLimits([imageUploadsPerMember(viewer.id)]);
  const image = await processImage(await readImageUpload(file, { field: "photo" }), "PROFILE_PHOTO", { field: "photo" });
  await replacePhoto(viewer.id, image);
}

export async function removeOwnPhoto(requester: Viewer): Promise<void> {
  const viewer = authorize(requester, canEditOwnProfile);
  await replacePhoto(viewer.id, null);
}
