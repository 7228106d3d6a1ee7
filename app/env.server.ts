// The process environment, validated once with zod. Modules receive the parsed values;
// nothing else reads process.env, so tests can pass their own.
import { z } from "zod";

const schema = z
  .object({
    // APP_ENV decides the app's behaviour (secure cookies, required secrets, the dev outbox);
    // NODE_ENV only selects React's build. The demo start serves a production build with
    // APP_ENV=development, so the e-mail outbox stays visible.
    APP_ENV: z.enum(["development", "production", "test"]).default("development"),
    TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // How long a public page rendered for a visitor is answered to the next ones
    // (app/http/page-cache.server.ts); 0 renders every view.
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
    // Server processes `npm start` runs, sharing the port (app/cli/start.ts): the machine's
    // cores by default.
    SERVER_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
    // The address the server listens on. This machine only by default: the demo's shared
    // password and the development outbox must not be reachable from the network by accident.
    // A container or a proxy on another host sets 0.0.0.0 (every interface) or an address.
    HOST: z.union([z.ipv4(), z.ipv6(), z.literal("localhost")], { error: "must be an IP address (0.0.0.0 for every interface) or localhost" }).default("127.0.0.1"),
    // The public address of the app. Every link in an e-mail (password reset, lock-out,
    // notices) and Stripe's return URLs are built from it, never from the request's Host
    // header, which a client sets at will. Required in production; a bare origin.
    APP_URL: z
      .url()
      .refine((value) => isBareOrigin(value), "must be an http(s) origin such as https://mitraikm.id, without a path, query or credentials")
      .optional(),
    // Outside production the e-mail outbox at /dev/outbox shows a signed-in user the mail
    // sent to them. "true" shows everyone every e-mail, reset links included: only for a
    // developer's own machine, so it must be asked for and is refused in production.
    DEV_OUTBOX_OPEN: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|libsql:|https?:)/, "must be a file: or libsql: URL")
      .default("file:./data/app.db"),
    DATABASE_AUTH_TOKEN: z.string().optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    UPLOAD_DIR: z.string().default("./data/uploads"),
    MEILI_URL: z.url().optional(),
    MEILI_API_KEY: z.string().optional(),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    // Tests point the Stripe client at a local server that answers like the API.
    STRIPE_API_URL: z.url().optional(),
    // Stripe's minimum charge is USD 0.50 or its equivalent; this keeps a margin above it.
    STRIPE_MIN_CHARGE_IDR: z.coerce.number().int().min(1).default(10_000),
    // The platform's share of a card payment paid into a producer's Connect account.
    STRIPE_PLATFORM_FEE_PERCENT: z.coerce.number().min(0).max(20).default(2),
    // PPN: the rate (UU 7/2021 art. 7: 12% since 2025) and the tax base as a fraction of the
    // price (PMK 131/2024: 11/12 for goods that are not luxury goods). Orders keep the values
    // in force when they were drafted.
    PPN_RATE_PERCENT: z.coerce.number().int().min(0).max(100).default(12),
    PPN_DPP: z
      .string()
      .regex(/^\d{1,3}\/\d{1,3}$/, "must be a fraction such as 11/12")
      .default("11/12")
      .transform((v) => v.split("/").map(Number) as [number, number])
      .refine(([n, d]) => d > 0 && n <= d, "must be a fraction no greater than 1"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("MitraIKM <no-reply@mitraikm.local>"),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "is required in production" });
    }
    if (env.APP_ENV === "production" && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "is required in production (the address e-mailed links point to)" });
    }
    if (env.APP_ENV === "production" && env.APP_URL?.startsWith("http:")) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must be https in production" });
    }
    if (env.APP_ENV === "production" && env.DEV_OUTBOX_OPEN) {
      ctx.addIssue({ code: "custom", path: ["DEV_OUTBOX_OPEN"], message: "is refused in production: it shows every e-mail to anyone" });
    }
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set together or not at all",
      });
    }
  });

/** An http(s) URL that is just scheme, host and port. */
function isBareOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false; // z.url() reports it; refinements still run after
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
}

export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & { SESSION_SECRET: string; APP_URL: string };

// Development and test get a fixed, clearly non-secret key so sessions survive restarts.
const DEV_SESSION_SECRET = "mitraikm-development-session-secret-not-for-production";

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const data = result.data;
  return {
    ...data,
    SESSION_SECRET: data.SESSION_SECRET ?? DEV_SESSION_SECRET,
    // Outside production (where it is required) links point at this machine's own server.
    APP_URL: new URL(data.APP_URL ?? `http://localhost:${data.PORT}`).origin,
  };
}

let cached: Env | undefined;
/** The app's environment, parsed on first use (at start-up, from the server entry). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
