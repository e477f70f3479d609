// The scripts read .env files exactly as Next.js does (.env, .env.local, .env.production, ...), so that
// `npm start`, `npm run db:migrate` and the app itself always see the same configuration.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.argv.includes("--dev"));
