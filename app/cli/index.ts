// `npm run cli -- <command>`: operator commands that have no page.
//   create-admin --email EMAIL --name "NAME"   make (or promote) a platform admin; they
//                                             choose their password through the reset e-mail
import "dotenv/config";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";

const CreateAdminArgs = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("not a valid e-mail address")),
  name: z.string().trim().min(2, "needs at least 2 characters").max(120),
});

async function createAdmin(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { email: { type: "string" }, name: { type: "string" } } });
  const parsed = CreateAdminArgs.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    return 2;
  }
  const { db } = await import("~/db.server.ts");
  const { env } = await import("~/env.server.ts");
  const { hashPassword } = await import("~/models/password.server.ts");
  const { grantPlatformAdmin } = await import("~/models/organisation.server.ts");
  const { requestPasswordReset } = await import("~/models/account.server.ts");
  const { i18nServer } = await import("~/i18n/i18next.server.ts");

  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  const { userId } = await grantPlatformAdmin(db(), parsed.data, unusable);
  const baseUrl = env().APP_URL ?? `http://localhost:${env().PORT}`;
  await requestPasswordReset(db(), parsed.data.email, baseUrl, async (locale) => {
    const t = await i18nServer.getFixedT(locale, "auth");
    return { subject: t("resetEmailSubject"), body: (link) => t("resetEmailBody", { link }) };
  });
  console.log(`${parsed.data.email} (${userId}) is a platform admin; a link to set the password was e-mailed.`);
  if (env().APP_ENV !== "production") console.log(`Read it in the outbox: ${baseUrl}/dev/outbox`);
  return 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { "create-admin": createAdmin };

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  console.error(`Usage: npm run cli -- <command>\nCommands: ${Object.keys(COMMANDS).join(", ")}`);
  process.exit(2);
}
process.exit(await run(rest));
