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

  it("builds e-mailed links from APP_URL: this machine by default, required and https in production", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
    expect(parseEnv({ APP_URL: "https://mitraikm.id/" }).APP_URL).toBe("https://mitraikm.id");
    const production = { APP_ENV: "production", SESSION_SECRET: "x".repeat(32) };
    expect(() => parseEnv(production)).toThrow(/APP_URL: is required in production/);
    expect(() => parseEnv({ ...production, APP_URL: "http://mitraikm.id" })).toThrow(/APP_URL: must be https in production/);
    expect(parseEnv({ ...production, APP_URL: "https://mitraikm.id" }).APP_URL).toBe("https://mitraikm.id");
    for (const bad of ["mitraikm.id", "javascript:alert(1)", "https://mitraikm.id/app", "https://user:pw@mitraikm.id", "https://mitraikm.id/?x=1", "ftp://mitraikm.id"]) {
      expect(() => parseEnv({ APP_URL: bad }), bad).toThrow(/APP_URL/);
    }
  });

  it("opens the outbox to everyone only when asked, and never in production", () => {
    expect(parseEnv({}).DEV_OUTBOX_OPEN).toBe(false);
    expect(parseEnv({ DEV_OUTBOX_OPEN: "true" }).DEV_OUTBOX_OPEN).toBe(true);
    expect(() => parseEnv({ APP_ENV: "production", SESSION_SECRET: "x".repeat(32), APP_URL: "https://mitraikm.id", DEV_OUTBOX_OPEN: "true" })).toThrow(/DEV_OUTBOX_OPEN: is refused in production/);
  });

  it("listens on this machine only unless told otherwise", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ HOST: "::" }).HOST).toBe("::");
    expect(() => parseEnv({ HOST: "example.com" })).toThrow(/HOST/);
  });
});
