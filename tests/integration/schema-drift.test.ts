// Proves the migrations build exactly the database prisma/schema/ describes: one database is built
// by applying prisma/migrations, another straight from the schema with the SQL Prisma generates for it,
// and their catalogues are compared.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { compareDatabaseShapes, readDatabaseShape, type DatabaseShape } from "@/lib/migrations/database-shape";
import { readSchema } from "@/lib/migrations/migration-files";
import { diffSchemas } from "@/lib/migrations/offline-schema-engine";
import { createEmptyDatabase, onServer, type TestDatabase } from "./support/test-database";

/**
 * What hand-written migrations (`-- name --empty`) add that schema.prisma cannot express, exactly as the
 * catalogue prints it: expected in the migrated database on top of what the schema describes, so neither
 * its absence nor any other extra goes unnoticed. Each entry names the migration that writes it.
 */
const HAND_WRITTEN_SHAPE: ReadonlyArray<[key: string, definition: string]> = [
  // 20261201201004_invitation_open_once: one open invitation per address and scope (a partial index on an expression).
  [
    "index Invitation_open_email_key",
    'CREATE UNIQUE INDEX "Invitation_open_email_key" ON public."Invitation" USING btree (lower(email), "organizationId") NULLS NOT DISTINCT WHERE (("acceptedAt" IS NULL) AND ("revokedAt" IS NULL))',
  ],
  // 20261201201846_member_search_prefix_indexes: the admins' member search by the start of a name or email.
  ["index User_displayName_prefix_idx", 'CREATE INDEX "User_displayName_prefix_idx" ON public."User" USING btree (lower("displayName") text_pattern_ops)'],
  ["index User_name_prefix_idx", 'CREATE INDEX "User_name_prefix_idx" ON public."User" USING btree (lower(name) text_pattern_ops)'],
  ["index User_email_prefix_idx", 'CREATE INDEX "User_email_prefix_idx" ON public."User" USING btree (lower(email) text_pattern_ops)'],
  // 20261202115336_directory_search: the directory's text search over the folded text the app writes.
  ["index AdvocateProfile_searchText_idx", `CREATE INDEX "AdvocateProfile_searchText_idx" ON public."AdvocateProfile" USING gin (to_tsvector('simple'::regconfig, "searchText"))`],
  // 20261202171259_board_search_vector: the posts' stored tsvector and its GIN index (the board's search).
  ["column BoardPost.searchVector", `tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED`],
  ["index BoardPost_searchVector_idx", `CREATE INDEX "BoardPost_searchVector_idx" ON public."BoardPost" USING gin ("searchVector")`],
  // 20261202171452_collaborations: text search over requests, and one open or accepted response per member and request.
  ["index CollaborationRequest_searchText_idx", `CREATE INDEX "CollaborationRequest_searchText_idx" ON public."CollaborationRequest" USING gin (to_tsvector('simple'::regconfig, "searchText"))`],
  [
    "index CollaborationResponse_open_key",
    `CREATE UNIQUE INDEX "CollaborationResponse_open_key" ON public."CollaborationResponse" USING btree ("requestId", "responderId") WHERE (status = ANY (ARRAY['OPEN'::"CollaborationResponseStatus", 'ACCEPTED'::"CollaborationResponseStatus"]))`,
  ],
  // 20261203120629_two_factor_reset: one open two-step reset request per staff member.
  [
    "index TwoFactorReset_open_staff_key",
    `CREATE UNIQUE INDEX "TwoFactorReset_open_staff_key" ON public."TwoFactorReset" USING btree ("staffId") WHERE (("approvedAt" IS NULL) AND ("cancelledAt" IS NULL))`,
  ],
  // 20261204021500_resources: the resources' stored tsvector and its GIN index; a version is a link or a stored file
  // (lib/files' StoredFile, whose model this schema does not own); the triggers that keep "referenced in".
  ["column Resource.searchVector", `tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED`],
  ["index Resource_searchVector_idx", `CREATE INDEX "Resource_searchVector_idx" ON public."Resource" USING gin ("searchVector")`],
  ["constraint ResourceVersion.ResourceVersion_link_or_file", `CHECK ((("linkUrl" IS NULL) <> ("storedFileId" IS NULL)))`],
  ["constraint ResourceVersion.ResourceVersion_storedFileId_fkey", `FOREIGN KEY ("storedFileId") REFERENCES "StoredFile"(id) ON UPDATE CASCADE ON DELETE RESTRICT`],
  // 20261204185152_monitoring_writing: the places registry's text search (an expression GIN index).
  ["index DetentionPlace_searchText_idx", `CREATE INDEX "DetentionPlace_searchText_idx" ON public."DetentionPlace" USING gin (to_tsvector('simple'::regconfig, "searchText"))`],
  ["constraint MonitoringFindingEvidence.MonitoringFindingEvidence_file_or_resource", `CHECK ((("storedFileId" IS NULL) <> ("resourceId" IS NULL)))`],
  ["constraint MonitoringFindingEvidence.MonitoringFindingEvidence_storedFileId_fkey", `FOREIGN KEY ("storedFileId") REFERENCES "StoredFile"(id) ON UPDATE CASCADE ON DELETE RESTRICT`],
  ["constraint MonitoringReport.MonitoringReport_visit_dates", `CHECK (("visitEndedOn" >= "visitStartedOn"))`],
  ["constraint CampaignSpotlight.CampaignSpotlight_approved_snapshot", `CHECK (((consent = 'APPROVED'::"SpotlightConsent") = (approved IS NOT NULL)))`],
  ["constraint CampaignSpotlight.CampaignSpotlight_one_subject", `CHECK ((((subject = 'MEMBER'::"SpotlightSubject") AND ("memberId" IS NOT NULL) AND ("organizationId" IS NULL) AND ("collaborationRequestId" IS NULL) AND ("resourceId" IS NULL)) OR ((subject = 'ORGANIZATION'::"SpotlightSubject") AND ("organizationId" IS NOT NULL) AND ("memberId" IS NULL) AND ("collaborationRequestId" IS NULL) AND ("resourceId" IS NULL)) OR ((subject = 'COLLABORATION_OUTCOME'::"SpotlightSubject") AND ("collaborationRequestId" IS NOT NULL) AND ("memberId" IS NULL) AND ("organizationId" IS NULL) AND ("resourceId" IS NULL)) OR ((subject = 'RESOURCE'::"SpotlightSubject") AND ("resourceId" IS NOT NULL) AND ("memberId" IS NULL) AND ("organizationId" IS NULL) AND ("collaborationRequestId" IS NULL))))`],
  ["function resource_references_sync()", "exists"],
  ["trigger BoardPost.BoardPost_resource_references", `CREATE TRIGGER "BoardPost_resource_references" AFTER INSERT OR DELETE OR UPDATE OF cooked ON public."BoardPost" FOR EACH ROW EXECUTE FUNCTION resource_references_sync('BoardPost')`],
  ["trigger CollaborationRequest.CollaborationRequest_resource_references", `CREATE TRIGGER "CollaborationRequest_resource_references" AFTER INSERT OR DELETE OR UPDATE OF cooked ON public."CollaborationRequest" FOR EACH ROW EXECUTE FUNCTION resource_references_sync('CollaborationRequest')`],
  // 20261204184244_resource_attachments: an attachment has exactly one source.
  ["constraint ResourceAttachment.ResourceAttachment_one_source", `CHECK ((num_nonnulls("postId", "requestId", "messageId") = 1))`],
  // 20261204185031_monitoring_matrix_counts: the triggers that keep the monitoring matrix's counts, and the covering
  // partial indexes the matrix counts two filters on.
  ["function monitoring_matrix_count()", "exists"],
  ["trigger MonitoringFinding.MonitoringFinding_matrix_insert", `CREATE TRIGGER "MonitoringFinding_matrix_insert" AFTER INSERT ON public."MonitoringFinding" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count()`],
  ["trigger MonitoringFinding.MonitoringFinding_matrix_update", `CREATE TRIGGER "MonitoringFinding_matrix_update" AFTER UPDATE ON public."MonitoringFinding" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count()`],
  ["trigger MonitoringFinding.MonitoringFinding_matrix_delete", `CREATE TRIGGER "MonitoringFinding_matrix_delete" AFTER DELETE ON public."MonitoringFinding" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_matrix_count()`],
  ["index MonitoringFinding_visible_type_visit_idx", `CREATE INDEX "MonitoringFinding_visible_type_visit_idx" ON public."MonitoringFinding" USING btree ("placeType", "visitStartedOn") INCLUDE ("ruleNumber", "countryCode", assessment, "organizationId") WHERE "networkVisible"`],
  ["index MonitoringFinding_visible_organization_visit_idx", `CREATE INDEX "MonitoringFinding_visible_organization_visit_idx" ON public."MonitoringFinding" USING btree ("organizationId", "visitStartedOn") INCLUDE ("ruleNumber", "countryCode", assessment, "placeType") WHERE "networkVisible"`],
  // 20261206215525_public_cache_notify: a change to a campaign's public pages notifies its slug to the page cache.
  ["function public_page_notify()", "exists"],
  ["trigger Campaign.Campaign_public_page_notify", `CREATE TRIGGER "Campaign_public_page_notify" AFTER INSERT OR DELETE OR UPDATE OF "contentVersion", slug, indexable, "publishAt" ON public."Campaign" FOR EACH ROW EXECUTE FUNCTION public_page_notify()`],
  // 20261124162426_audit_log_append_only: the audit log refuses updates and deletes.
  ["function audit_log_refuse_change()", "exists"],
  ["trigger AuditLog.AuditLog_append_only", `CREATE TRIGGER "AuditLog_append_only" BEFORE DELETE OR UPDATE ON public."AuditLog" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`],
  // 20261203120204_moderation_items: the trigger that files every new flag in the one moderation queue.
  ["function moderation_item_author(target_type text, target_id text)", "exists"],
  ["function moderation_item_flagged()", "exists"],
  ["trigger ModerationFlag.moderation_item_flagged", `CREATE TRIGGER moderation_item_flagged AFTER INSERT ON public."ModerationFlag" FOR EACH ROW EXECUTE FUNCTION moderation_item_flagged()`],
  // 20261202135834_directory_facets: the triggers that keep the directory's tokens and counts.
  ["function directory_count(removed text[], added text[])", "exists"],
  ["function directory_facet(token text)", "exists"],
  ["function directory_facet_pairs(tokens text[])", "exists"],
  ["function directory_profile_counts()", "exists"],
  ["function directory_profile_tokens()", "exists"],
  ["function directory_rebuild()", "exists"],
  ["function directory_refresh_changed_members()", "exists"],
  ["function directory_refresh_organization_members()", "exists"],
  ["function directory_refresh_user()", "exists"],
  ['function directory_tokens(profile "AdvocateProfile")', "exists"],
  ["trigger AdvocateProfile.AdvocateProfile_directory_counts", `CREATE TRIGGER "AdvocateProfile_directory_counts" AFTER INSERT OR DELETE OR UPDATE ON public."AdvocateProfile" FOR EACH ROW EXECUTE FUNCTION directory_profile_counts()`],
  ["trigger AdvocateProfile.AdvocateProfile_directory_tokens", `CREATE TRIGGER "AdvocateProfile_directory_tokens" BEFORE INSERT OR UPDATE ON public."AdvocateProfile" FOR EACH ROW EXECUTE FUNCTION directory_profile_tokens()`],
  ["trigger Organization.Organization_directory_status", `CREATE TRIGGER "Organization_directory_status" AFTER UPDATE OF status ON public."Organization" FOR EACH ROW WHEN ((old.status IS DISTINCT FROM new.status)) EXECUTE FUNCTION directory_refresh_organization_members()`],
  ["trigger OrganizationMembership.OrganizationMembership_directory_added", `CREATE TRIGGER "OrganizationMembership_directory_added" AFTER INSERT ON public."OrganizationMembership" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION directory_refresh_changed_members()`],
  ["trigger OrganizationMembership.OrganizationMembership_directory_changed", `CREATE TRIGGER "OrganizationMembership_directory_changed" AFTER UPDATE ON public."OrganizationMembership" REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION directory_refresh_changed_members()`],
  ["trigger OrganizationMembership.OrganizationMembership_directory_removed", `CREATE TRIGGER "OrganizationMembership_directory_removed" AFTER DELETE ON public."OrganizationMembership" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION directory_refresh_changed_members()`],
  ["trigger ProfileRuleInterest.ProfileRuleInterest_directory_added", `CREATE TRIGGER "ProfileRuleInterest_directory_added" AFTER INSERT ON public."ProfileRuleInterest" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION directory_refresh_changed_members()`],
  ["trigger ProfileRuleInterest.ProfileRuleInterest_directory_removed", `CREATE TRIGGER "ProfileRuleInterest_directory_removed" AFTER DELETE ON public."ProfileRuleInterest" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION directory_refresh_changed_members()`],
  ["trigger User.User_directory_status", `CREATE TRIGGER "User_directory_status" AFTER UPDATE OF status ON public."User" FOR EACH ROW WHEN ((old.status IS DISTINCT FROM new.status)) EXECUTE FUNCTION directory_refresh_user()`],
  // 20261202135135_join_request_open_once: one open join request per member and organization.
  [
    "index OrganizationJoinRequest_open_key",
    `CREATE UNIQUE INDEX "OrganizationJoinRequest_open_key" ON public."OrganizationJoinRequest" USING btree ("organizationId", "userId") WHERE (status = 'PENDING'::"JoinRequestStatus")`,
  ],
];

let fromMigrations: TestDatabase;
let fromSchema: TestDatabase;

const shapeOf = (url: string): Promise<DatabaseShape> => onServer(url, (client: pg.Client) => readDatabaseShape(client));

beforeAll(async () => {
  [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase("wipn_drift_a"), createEmptyDatabase("wipn_drift_b")]);
  await applyMigrations({ connectionString: fromMigrations.url });
  const schemaSql = await diffSchemas(null, readSchema());
  await onServer(fromSchema.url, (client) => client.query(schemaSql));
});

afterAll(async () => {
  await Promise.all([fromMigrations?.drop(), fromSchema?.drop()]);
});

describe("schema drift", () => {
  it("the migrations build exactly what prisma/schema/ describes", async () => {
    const expected = new Map([...(await shapeOf(fromSchema.url)), ...HAND_WRITTEN_SHAPE]);
    const differences = compareDatabaseShapes(expected, await shapeOf(fromMigrations.url));

    expect(differences, `The migrations and prisma/schema/ disagree:\n${differences.join("\n")}\n` +
      "Generate a migration with `npm run db:migration:new -- <name>` instead of editing applied ones.").toEqual([]);
  });

  it("sees every kind of difference the comparison promises", async () => {
    const expected = await shapeOf(fromSchema.url);
    const altered = new Map(expected);
    altered.set("column User.locale", "text NOT NULL");
    altered.delete("index User_email_key");
    altered.set("constraint Account.Account_userId_fkey", "FOREIGN KEY (\"userId\") REFERENCES \"User\"(id) ON DELETE SET NULL");
    altered.set("table Extra", "exists");

    expect(compareDatabaseShapes(expected, altered)).toEqual([
      expect.stringMatching(/^different column User\.locale: expected text, found text NOT NULL$/),
      expect.stringMatching(/^different constraint Account\.Account_userId_fkey: expected .*ON DELETE CASCADE.*, found .*SET NULL/),
      expect.stringMatching(/^missing   index User_email_key: CREATE UNIQUE INDEX/),
      "unexpected table Extra: exists",
    ]);
  });

  it("reads the catalogue in enough detail to tell types, nullability, defaults, indexes and foreign-key actions", async () => {
    const shape = await shapeOf(fromMigrations.url);

    expect(shape.get("column User.status")).toBe(`"MemberStatus" NOT NULL DEFAULT 'UNVERIFIED'::"MemberStatus"`);
    expect(shape.get("column User.createdAt")).toBe("timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP");
    expect(shape.get("column AdvocateProfile.languages")).toBe("text[]");
    expect(shape.get("index User_email_key")).toContain("CREATE UNIQUE INDEX");
    expect(shape.get("constraint AdvocateProfile.AdvocateProfile_countryCode_fkey")).toContain("ON DELETE SET NULL");
    expect(shape.get("enum MemberRole")).toBe("MEMBER, MODERATOR, ADMIN");
  });
});
