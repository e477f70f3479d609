// npm run db:migrate — applies pending migrations to DATABASE_URL, like `prisma migrate deploy`.
import "./load-env";
import { env, requireDatabaseUrl } from "../lib/env";
import { applyMigrations } from "../lib/migrations/apply-migrations";
import { runCli } from "./cli";

await runCli(
  async () => {
    const report = await applyMigrations({ connectionString: requireDatabaseUrl(), log: (line) => console.log(line) });
    console.log(
      report.applied.length === 0
        ? `No pending migrations (${report.alreadyApplied} applied).`
        : `Applied ${report.applied.length} migration(s); ${report.alreadyApplied + report.applied.length} in total.`,
    );
  },
  () => env().DATABASE_URL,
);
