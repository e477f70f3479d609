import { z } from "zod";

// Every environment variable the platform reads, validated once. An empty string counts as unset.
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());

const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql:// URL, e.g. postgresql://user:password@host:5432/database");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(postgresUrl),
  /** Connections per app process; the embedded database is a single session, so it uses 1. */
  DATABASE_POOL_MAX: optional(z.coerce.number().int().min(1).max(100)),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)")),
  AUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://network.example.org" })),
  AUTH_TRUST_HOST: optional(z.enum(["true", "false", "1", "0"])),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  /** Where the embedded database and other local state live. */
  WIPN_DATA_DIR: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError whose one-line message names the bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  throw new EnvError(`Invalid environment variable ${name}: ${issue?.message ?? "invalid"}`);
}

let cached: Env | undefined;

/** The validated process environment. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** DATABASE_URL, which the running app needs; a one-line error otherwise. */
export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new EnvError("Missing environment variable DATABASE_URL: set it, or start with `npm start` to use the embedded database");
  return url;
}
