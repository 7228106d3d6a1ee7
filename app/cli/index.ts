// `npm run cli -- <command>`: operator commands that have no page.
//   create-admin --email EMAIL --name "NAME"   make (or promote) a platform admin; they
//                                             choose their password through the reset e-mail
//   import FILE [--kind KIND] [--dry-run] [--as EMAIL]
//                                             bulk import (JSON, CSV, XLSX) as an admin or a
//                                             dinas officer; exit 0 all rows in, 3 some rejected
//   import-schema                             print the import file's JSON Schema
//   match NEED [--json]                        the ranked suggestions for a need (its ref as
//                                             imported, or its id), with their breakdowns
//   reindex                                   rebuild the search index from the database
//                                             (Meilisearch; the embedded engine rebuilds at start)
//   backup [DIR]                              a consistent copy of the database and the uploads,
//                                             taken while the app runs (DIR: ./backups)
//   restore DIR                               bring a backup back (stop the app first)
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
  const { hashPassword } = await import("~/models/accounts/password.server.ts");
  const { grantPlatformAdmin } = await import("~/models/accounts/organisation.server.ts");
  const { requestPasswordReset } = await import("~/models/accounts/account.server.ts");
  const { fixedT } = await import("~/i18n/translations.server.ts");

  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  const { userId } = await grantPlatformAdmin(db(), parsed.data, unusable);
  const baseUrl = env().APP_URL;
  const reset = await requestPasswordReset(db(), parsed.data.email, baseUrl, async (locale) => {
    const t = await fixedT(locale, "auth");
    return { subject: t("resetEmailSubject"), body: (link) => t("resetEmailBody", { link }) };
  });
  console.log(`${parsed.data.email} (${userId}) is a platform admin; a link to set the password was e-mailed.`);
  // Outside production no mail leaves, and the outbox shows mail only to its signed-in
  // recipient, which a new admin cannot be yet: the operator gets the link here.
  if (env().APP_ENV !== "production" && reset) console.log(`Set the password at: ${reset.link}`);
  return 0;
}

async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { kind: { type: "string" }, "dry-run": { type: "boolean" }, as: { type: "string" } },
  });
  const { IMPORT_KINDS } = await import("~/models/import/rows.ts");
  const kind = values.kind === undefined ? undefined : IMPORT_KINDS.find((k) => k === values.kind);
  const file = positionals[0];
  if (!file || positionals.length > 1 || (values.kind !== undefined && !kind)) {
    console.error(`Usage: npm run cli -- import FILE [--kind ${IMPORT_KINDS.join("|")}] [--dry-run] [--as EMAIL]`);
    return 2;
  }
  const { readFile } = await import("node:fs/promises");
  const path = await import("node:path");
  const { db } = await import("~/db.server.ts");
  const { importActorFor } = await import("~/models/import/actor.server.ts");
  const { importFile } = await import("~/models/import/import-file.server.ts");
  const { fixedT } = await import("~/i18n/translations.server.ts");

  const actor = await importActorFor(db(), values.as);
  if (!actor.ok) {
    console.error(actor.message);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const t = await fixedT("en", "errors");
  const result = await importFile(db(), { name: path.basename(file), bytes, kind }, actor.actor, { dryRun: values["dry-run"] });
  if (!result.ok) {
    console.error(`${file}: ${t(result.error)}${result.detail ? ` (${result.detail})` : ""}`);
    return 2;
  }
  const { report } = result;
  console.log(`${report.dryRun ? "Checked (nothing saved)" : "Imported"} ${report.rows} rows from ${file} in ${(report.durationMs / 1000).toFixed(2)} s as ${actor.label}.`);
  console.table(report.counts);
  for (const p of report.problems) {
    console.log(`${p.kind} row ${p.line}${p.ref ? ` [${p.ref}]` : ""} ${p.field}: ${t(p.code, { defaultValue: t("invalid") })}`);
  }
  return report.problems.length > 0 ? 3 : 0;
}

async function importSchema(): Promise<number> {
  const { importJsonSchema } = await import("~/models/import/rows.ts");
  console.log(JSON.stringify(importJsonSchema(), null, 2));
  return 0;
}

async function reindex(): Promise<number> {
  const { db } = await import("~/db.server.ts");
  const { searchEngine } = await import("~/search.server.ts");
  const { reindexProducts } = await import("~/models/indexing/search-indexer.server.ts");
  const engine = searchEngine();
  const { documents, ms } = await reindexProducts(db(), engine);
  console.log(`Rebuilt the products index of the ${engine.name} engine: ${documents} documents in ${(ms / 1000).toFixed(2)} s.`);
  if (engine.name === "embedded") console.log("(The embedded engine lives in the server's memory: a running server rebuilt its own index when it started.)");
  return 0;
}

async function match(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" } } });
  const key = positionals[0];
  if (!key || positionals.length > 1) {
    console.error("Usage: npm run cli -- match NEED_REF [--json]");
    return 2;
  }
  const { db } = await import("~/db.server.ts");
  const { searchEngine } = await import("~/search.server.ts");
  const { reindexProducts } = await import("~/models/indexing/search-indexer.server.ts");
  const { suggestionsFor } = await import("~/matching/suggestions.server.ts");
  const need = await db().need.findFirst({ where: { OR: [{ ref: key }, { id: key }] }, select: { id: true, ref: true, title: true } });
  if (!need) {
    console.error(`No need with ref or id ${key}.`);
    return 2;
  }
  const engine = searchEngine();
  // A fresh process's embedded engine is empty: build it first (Meilisearch keeps its index).
  if (engine.name === "embedded") await reindexProducts(db(), engine);
  const suggestions = (await suggestionsFor(db(), engine, need.id))!;
  const ids = [...suggestions.matches, ...suggestions.nearMisses];
  const refs = await db().product.findMany({ where: { id: { in: ids.map((s) => s.productId) } }, select: { id: true, ref: true, producer: { select: { organisation: { select: { ref: true } } } } } });
  const refOf = new Map(refs.map((r) => [r.id, { product: r.ref ?? r.id, producer: r.producer.organisation.ref }]));
  const row = (s: (typeof ids)[number], rank: number) => ({
    rank,
    verdict: s.verdict,
    score: s.score,
    productRef: refOf.get(s.productId)?.product ?? s.productId,
    producerRef: refOf.get(s.productId)?.producer ?? null,
    product: s.productName,
    producer: s.producerName,
    breakdown: Object.fromEntries(s.parts.map((p) => [p.factor, { points: Math.round(p.points * 10) / 10, max: p.max, reason: p.reason, values: p.values }])),
    gaps: s.gaps,
    // Shown through another product: the closer one and what keeps it out.
    ...(s.passedOver ? { passedOver: { product: s.passedOver.productName, gaps: s.passedOver.gaps } } : {}),
  });
  const output = {
    need: { ref: need.ref, id: need.id, title: need.title },
    degraded: suggestions.degraded,
    matches: suggestions.matches.map((s, i) => row(s, i + 1)),
    nearMisses: suggestions.nearMisses.map((s, i) => row(s, i + 1)),
  };
  if (values.json) console.log(JSON.stringify(output, null, 2));
  else {
    console.log(`${need.title} (${need.ref ?? need.id})`);
    const kinds = (gaps: readonly { kind: string }[]) => `[${gaps.map((g) => g.kind).join(", ")}]`;
    // A producer shown through another product: the closer one, and what keeps it out.
    const passed = (m: (typeof output.matches)[number]) => {
      if (m.passedOver) console.log(`            also makes ${m.passedOver.product}, closer to the need, not qualifying ${kinds(m.passedOver.gaps)}`);
    };
    for (const m of output.matches) {
      console.log(`${String(m.rank).padStart(3)}. ${m.score.toFixed(1).padStart(5)}  ${m.producer} — ${m.product}`);
      passed(m);
    }
    if (output.nearMisses.length) console.log("Near misses:");
    for (const m of output.nearMisses) {
      console.log(`     ${m.score.toFixed(1).padStart(5)}  ${m.producer} — ${m.product}  ${kinds(m.gaps)}`);
      passed(m);
    }
  }
  return 0;
}

async function backup(argv: string[]): Promise<number> {
  if (argv.length > 1) {
    console.error("Usage: npm run cli -- backup [DIR]");
    return 2;
  }
  const { db } = await import("~/db.server.ts");
  const { env } = await import("~/env.server.ts");
  const { databaseFile, takeBackup } = await import("~/models/platform/backup.server.ts");
  databaseFile(env().DATABASE_URL); // a local file only: says so before doing anything
  const { dir, manifest } = await takeBackup(db(), env().UPLOAD_DIR, argv[0] ?? "backups");
  console.log(`Backed up ${manifest.database.bytes} bytes of database (${Object.entries(manifest.rows).map(([t, n]) => `${n} ${t}`).join(", ")})${manifest.uploads ? " and the uploads" : ""} into ${dir}`);
  return 0;
}

async function restore(argv: string[]): Promise<number> {
  if (argv.length !== 1) {
    console.error("Usage: npm run cli -- restore DIR   (stop the app first)");
    return 2;
  }
  const { env } = await import("~/env.server.ts");
  const { restoreBackup } = await import("~/models/platform/backup.server.ts");
  const manifest = await restoreBackup(argv[0]!, env().DATABASE_URL, env().UPLOAD_DIR);
  console.log(`Restored the backup taken at ${manifest.takenAt} into ${env().DATABASE_URL}${manifest.uploads ? ` and ${env().UPLOAD_DIR}` : ""}; row counts checked.`);
  return 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  backup,
  restore,
  match,
  reindex,
  "create-admin": createAdmin,
  import: importCommand,
  "import-schema": importSchema,
};

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  console.error(`Usage: npm run cli -- <command>\nCommands: ${Object.keys(COMMANDS).join(", ")}`);
  process.exit(2);
}
process.exit(await run(rest));
