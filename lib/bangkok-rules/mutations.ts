import "server-only";
// The network's activity per rule (BangkokRuleActivity) and its threads per country (BangkokRuleCountryActivity),
// recomputed whole and set-wise by the `rule-activity` job every quarter of an hour and at start-up, in one
// transaction behind an advisory lock: the hub never reads half a refresh and two runs take turns. It counts what
// any member may list, the same for every viewer: threads not removed, whose opening post no moderator hid,
// outside staff-only categories; requests shown to the whole network (NETWORK; a NAMED one is for its audience
// only); and the directory's own kept counts for members and organizations (DirectoryFacetCount: listed members,
// only where they show the rule or the organization); resources published to the network; and monitoring findings of
// reports published to the network, from the matrix's kept whole-network counts (MonitoringMatrixCount, token "":
// a range of its primary key, at most 70 × countries rows, kept right by its triggers).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** pg_advisory_xact_lock key of the refresh ("rule"). */
const REFRESH_LOCK = 1920298085;

/** Thread-rule pairs any member may list (x: BoardThreadRule, t: BoardThread, c: its category), and `join`ed tables. */
const networkThreadRules = (join: Prisma.Sql = Prisma.empty) => Prisma.sql`"BoardThreadRule" x
  JOIN "BoardThread" t ON t.id = x."threadId"
  JOIN "BoardCategory" c ON c.id = t."categoryId" ${join}
 WHERE t."deletedAt" IS NULL AND NOT c."staffOnly"
   AND NOT EXISTS (SELECT 1 FROM "BoardPost" p WHERE p."threadId" = t.id AND p.number = 1 AND p."hiddenAt" IS NOT NULL)`;

export type RuleActivityRefresh = { refreshedAt: Date; rules: number; countryRows: number; durationMs: number };

export async function refreshRuleActivity(now: Date = new Date()): Promise<RuleActivityRefresh> {
  const started = performance.now();
  const today = now.toISOString().slice(0, 10);
  return db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`);
      const rules = await tx.$executeRaw(Prisma.sql`
        INSERT INTO "BangkokRuleActivity" ("ruleNumber", threads, requests, "openRequests", members, organizations, resources, findings, "refreshedAt")
        SELECT b.number, coalesce(t.n, 0), coalesce(r.n, 0), coalesce(r.open, 0), coalesce(m.n, 0), coalesce(o.n, 0), coalesce(res.n, 0), coalesce(f.n, 0), ${now}
          FROM "BangkokRule" b
          LEFT JOIN (SELECT x."ruleNumber" AS rule, count(*)::int AS n FROM ${networkThreadRules()} GROUP BY 1) t ON t.rule = b.number
          LEFT JOIN (
            SELECT x."ruleNumber" AS rule, count(*)::int AS n,
                   (count(*) FILTER (WHERE q.status IN ('OPEN', 'IN_PROGRESS') AND (q.deadline IS NULL OR q.deadline >= ${today}::date)))::int AS open
              FROM "CollaborationRequestRule" x
              JOIN "CollaborationRequest" q ON q.id = x."requestId"
             WHERE q.visibility = 'NETWORK'
             GROUP BY 1) r ON r.rule = b.number
          LEFT JOIN (
            SELECT substr(token, 6) AS rule, count AS n FROM "DirectoryFacetCount" WHERE "filterToken" = '' AND token LIKE 'rule:%') m ON m.rule = b.number::text
          LEFT JOIN (
            SELECT substr("filterToken", 6) AS rule, count(*)::int AS n FROM "DirectoryFacetCount"
             WHERE "filterToken" LIKE 'rule:%' AND token LIKE 'organization:%' AND count > 0 GROUP BY 1) o ON o.rule = b.number::text
          LEFT JOIN (
            SELECT x."ruleNumber" AS rule, count(*)::int AS n
              FROM "ResourceRule" x
              JOIN "Resource" q ON q.id = x."resourceId"
             WHERE q.visibility = 'NETWORK' AND q.status = 'PUBLISHED'
             GROUP BY 1) res ON res.rule = b.number
          LEFT JOIN (
            SELECT k."ruleNumber" AS rule, sum(k.complies + k."partlyComplies" + k."doesNotComply" + k."notAssessed")::int AS n
              FROM "MonitoringMatrixCount" k
             WHERE k.token = ''
             GROUP BY 1) f ON f.rule = b.number
        ON CONFLICT ("ruleNumber") DO UPDATE SET threads = EXCLUDED.threads, requests = EXCLUDED.requests, "openRequests" = EXCLUDED."openRequests",
          members = EXCLUDED.members, organizations = EXCLUDED.organizations, resources = EXCLUDED.resources, findings = EXCLUDED.findings, "refreshedAt" = EXCLUDED."refreshedAt"`);
      await tx.$executeRawUnsafe(`DELETE FROM "BangkokRuleCountryActivity"`);
      const countryRows = await tx.$executeRaw(Prisma.sql`
        INSERT INTO "BangkokRuleCountryActivity" ("ruleNumber", "countryCode", threads)
        SELECT x."ruleNumber", k."countryCode", count(*)::int
          FROM ${networkThreadRules(Prisma.sql`JOIN "BoardThreadCountry" k ON k."threadId" = t.id`)}
         GROUP BY 1, 2`);
      return { refreshedAt: now, rules, countryRows, durationMs: Math.round(performance.now() - started) };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
