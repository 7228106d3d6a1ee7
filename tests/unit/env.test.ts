import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server.ts";

describe("parseEnv", () => {
  it("runs on the embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(env.PORT).toBe(3000);
    expect(env.APP_ENV).toBe("development");
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("requires a session secret in production", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(/SESSION_SECRET: is required in production/);
  });

  it("names every bad variable", () => {
    expect(() => parseEnv({ PORT: "http", DATABASE_URL: "postgres://x" })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });

  it("wants both Stripe secrets or neither", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_1" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(parseEnv({ STRIPE_SECRET_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" }).STRIPE_SECRET_KEY).toBe("sk_test_1");
  });
});
