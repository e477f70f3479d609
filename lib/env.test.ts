import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://wipn:secret@db.internal:5432/wipn",
      AUTH_SECRET: "x".repeat(32),
      PORT: "8080",
    });

    expect(env.DATABASE_URL).toBe("postgresql://wipn:secret@db.internal:5432/wipn");
    expect(env.PORT).toBe(8080);
  });

  it("reads TRUSTED_PROXIES as a hop count, unset by default", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(parseEnv({ TRUSTED_PROXIES: "" }).TRUSTED_PROXIES).toBeUndefined();
  });

  it("reads the public pages' cache size, rate limit and render cap, and refuses nonsense", () => {
    const parsed = parseEnv({ PUBLIC_CACHE_MB: "0", PUBLIC_RATE_PER_SECOND: "2.5", PUBLIC_RATE_BURST: "100", PUBLIC_RENDERS_MAX: "8", PUBLIC_CACHE_INVALIDATION: "poll" });
    expect([parsed.PUBLIC_CACHE_MB, parsed.PUBLIC_RATE_PER_SECOND, parsed.PUBLIC_RATE_BURST, parsed.PUBLIC_RENDERS_MAX, parsed.PUBLIC_CACHE_INVALIDATION]).toEqual([0, 2.5, 100, 8, "poll"]);
    expect(() => parseEnv({ PUBLIC_RATE_PER_SECOND: "0" })).toThrow(/PUBLIC_RATE_PER_SECOND: must be more than 0/);
    expect(() => parseEnv({ PUBLIC_RENDERS_MAX: "1.5" })).toThrow(/PUBLIC_RENDERS_MAX: must be a whole number/);
    expect(() => parseEnv({ PUBLIC_CACHE_MB: "-1" })).toThrow(/PUBLIC_CACHE_MB/);
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", AUTH_SECRET: "", PORT: "" });

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.PORT).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/wipn" }, /^Invalid environment variable DATABASE_URL: must be a postgresql:\/\/ URL/],
    [{ DATABASE_URL: "not a url" }, /^Invalid environment variable DATABASE_URL/],
    [{ AUTH_SECRET: "too-short" }, /^Invalid environment variable AUTH_SECRET: must be at least 32 characters/],
    [{ PORT: "eighty" }, /^Invalid environment variable PORT/],
    [{ DATABASE_POOL_MAX: "0" }, /^Invalid environment variable DATABASE_POOL_MAX/],
    [{ TRUSTED_PROXIES: "yes" }, /^Invalid environment variable TRUSTED_PROXIES: must be the number of reverse proxies/],
    [{ TRUSTED_PROXIES: "-1" }, /^Invalid environment variable TRUSTED_PROXIES: must be 0 or more/],
    [{ TRUSTED_PROXIES: "1.5" }, /^Invalid environment variable TRUSTED_PROXIES: must be a whole number/],
    [{ AUTH_URL: "localhost:3000" }, /^Invalid environment variable AUTH_URL/],
  ])("names the bad variable in a one-line error: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
