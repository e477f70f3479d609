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

const smtpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.org:465");

const mailbox = z
  .string()
  .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/, 'must be an address such as "Women in Prison Network <no-reply@network.example.org>"');

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(postgresUrl),
  /** Connections per app process; the embedded database is a single session, so it uses 1. */
  DATABASE_POOL_MAX: optional(z.coerce.number().int().min(1).max(100)),
  /** Where background jobs run: in each app process (default), or only in `npm run worker` processes. */
  JOBS_WORKER: optional(z.enum(["app", "separate"])),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)")),
  AUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://network.example.org" })),
  AUTH_TRUST_HOST: optional(z.enum(["true", "false", "1", "0"])),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  /** Interface `npm start` listens on; with the embedded database it defaults to 127.0.0.1 (this machine only). */
  HOST: optional(z.string().regex(/^[\w.:-]+$/, "must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0")),
  /**
   * How many reverse proxies stand between the clients and the app, each appending the address it
   * received the connection from to X-Forwarded-For. 0 (the default): the header is the client's own word
   * and is ignored (see lib/rate-limit/client-address.ts).
   */
  TRUSTED_PROXIES: optional(
    z.coerce
      .number({ error: "must be the number of reverse proxies in front of the app, e.g. 1" })
      .int("must be a whole number of reverse proxies, e.g. 1")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10 (reverse proxies in front of the app)"),
  ),
  /** Memory for the public page cache (lib/http/public-cache.ts), in MB; 0 turns the cache off. */
  PUBLIC_CACHE_MB: optional(z.coerce.number().int("must be a whole number of megabytes, e.g. 32").min(0, "must be 0 (off) or more").max(4096, "must be at most 4096 (MB)")),
  /** Public page requests a second one client address may keep up (a token bucket per address and process). */
  PUBLIC_RATE_PER_SECOND: optional(z.coerce.number().positive("must be more than 0 requests a second, e.g. 10").max(1_000_000)),
  /** Public page requests one client address may make at once, before PUBLIC_RATE_PER_SECOND applies. */
  PUBLIC_RATE_BURST: optional(z.coerce.number().int("must be a whole number of requests, e.g. 60").min(1, "must be at least 1").max(10_000_000)),
  /** Public pages rendered at once (cache misses) per process; beyond, 503 with Retry-After. */
  PUBLIC_RENDERS_MAX: optional(z.coerce.number().int("must be a whole number, e.g. 4").min(1, "must be at least 1").max(1000)),
  /** "poll": the public page cache re-reads the campaigns' versions instead of listening (set by `npm start` for the embedded database). */
  PUBLIC_CACHE_INVALIDATION: optional(z.enum(["listen", "poll"])),
  /** Where the embedded database and other local state live. */
  WIPN_DATA_DIR: optional(z.string()),
  /** Outgoing mail: either one URL (smtp:// or smtps://) or the SMTP_HOST family below. Unset: mail stays in the outbox. */
  SMTP_URL: optional(smtpUrl),
  SMTP_HOST: optional(z.string().regex(/^[^\s/:@]+$/, "must be a host name or IP address, e.g. smtp.example.org")),
  SMTP_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  /** "true": TLS from the first byte (smtps, usually port 465); "false": STARTTLS when offered, not required. */
  SMTP_SECURE: optional(z.enum(["true", "false", "1", "0"])),
  /** Sender of every email, e.g. "Women in Prison Network <no-reply@network.example.org>". */
  MAIL_FROM: optional(mailbox),
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

/** How the mail worker reaches the SMTP server (see smtpConfig). */
export type SmtpConfig = {
  host: string;
  port: number;
  /** TLS from the first byte (smtps); otherwise STARTTLS. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds: on by default except to this machine, so links never cross a network in clear. */
  requireTLS: boolean;
  auth?: { user: string; pass: string };
  from: string;
};

/**
 * The SMTP settings, or null when no SMTP server is configured (mail then stays in the outbox, readable by
 * admins in the mailbox). SMTP_URL and SMTP_HOST are alternatives; SMTP_USER / SMTP_PASSWORD may complete
 * either (handy when the password has characters a URL would need escaped). MAIL_FROM is required with SMTP.
 */
export function smtpConfig(source: Env = env()): SmtpConfig | null {
  if (!source.SMTP_URL && !source.SMTP_HOST) {
    const stray = (["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"] as const).find((name) => source[name] !== undefined);
    if (stray) throw new EnvError(`Invalid environment variable ${stray}: set SMTP_HOST (or SMTP_URL) too, or unset it`);
    return null;
  }
  if (source.SMTP_URL && source.SMTP_HOST) throw new EnvError("Invalid environment variable SMTP_HOST: set either SMTP_URL or SMTP_HOST, not both");
  if (!source.MAIL_FROM) throw new EnvError('Missing environment variable MAIL_FROM: required with SMTP, e.g. "Women in Prison Network <no-reply@network.example.org>"');

  let host: string;
  let port: number | undefined = source.SMTP_PORT;
  let secure: boolean | undefined = source.SMTP_SECURE === undefined ? undefined : source.SMTP_SECURE === "true" || source.SMTP_SECURE === "1";
  let user = source.SMTP_USER;
  let pass = source.SMTP_PASSWORD;
  if (source.SMTP_URL) {
    const url = new URL(source.SMTP_URL);
    host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    port ??= url.port ? Number(url.port) : undefined;
    secure ??= url.protocol === "smtps:";
    user ??= url.username ? decodeURIComponent(url.username) : undefined;
    pass ??= url.password ? decodeURIComponent(url.password) : undefined;
  } else {
    host = source.SMTP_HOST as string;
  }
  secure ??= port === 465;
  port ??= secure ? 465 : 587;
  if (user !== undefined && pass === undefined) throw new EnvError("Missing environment variable SMTP_PASSWORD: SMTP_USER is set without a password");
  if (pass !== undefined && user === undefined) throw new EnvError("Missing environment variable SMTP_USER: SMTP_PASSWORD is set without a user name");
  const optedOutOfTls = source.SMTP_SECURE === "false" || source.SMTP_SECURE === "0";
  const loopback = host === "localhost" || host === "::1" || /^127\./.test(host);
  return {
    host,
    port,
    secure,
    requireTLS: !secure && !optedOutOfTls && !loopback,
    ...(user !== undefined && pass !== undefined ? { auth: { user, pass } } : {}),
    from: source.MAIL_FROM,
  };
}
