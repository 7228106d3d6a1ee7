// Backups of the embedded default: the SQLite database and the uploaded files, taken while the
// app runs, and brought back. The database copy is SQLite's own VACUUM INTO: one read
// transaction, so it is the database as of one instant, while writers go on (WAL mode). The
// uploads are copied after it: stored files never change once written (random names, written
// once), so every file the copied database refers to is there, unless it was deleted in between.
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createDb, type Db } from "~/db.server.ts";

export interface BackupManifest {
  takenAt: string;
  database: { file: string; bytes: number; sha256: string };
  /** Rows per table at the snapshot: what a restore is checked against. */
  rows: Record<string, number>;
  uploads: boolean;
}

const COUNTED = ["User", "Organisation", "ProducerProfile", "Product", "Certification", "Need", "Match", "Order", "Payment"] as const;

async function sha256(file: string): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex");
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of COUNTED) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    rows[table] = Number(row?.n ?? 0);
  }
  return rows;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** The file behind a `file:` database URL; other databases are backed up by their host. */
export function databaseFile(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) throw new Error("backup and restore handle a local SQLite file (DATABASE_URL=file:…) only");
  return path.resolve(databaseUrl.slice("file:".length).split("?")[0]!);
}

/** Takes a backup into a new folder `<targetDir>/mitraikm-<time>` and returns its path. */
export async function takeBackup(db: Db, uploadDir: string, targetDir: string, now = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const dir = path.resolve(targetDir, `mitraikm-${now.toISOString().replace(/[:.]/g, "-")}`);
  await mkdir(dir, { recursive: true });
  // VACUUM INTO refuses to write over an existing file, so a backup never overwrites another.
  const file = path.join(dir, "app.db");
  await db.$executeRawUnsafe(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
  const snapshot = createDb(`file:${file}`);
  let rows: Record<string, number>;
  try {
    const [check] = await snapshot.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    if (check?.integrity_check !== "ok") throw new Error(`the copy failed its integrity check: ${check?.integrity_check}`);
    rows = await rowCounts(snapshot);
  } finally {
    await snapshot.$disconnect();
  }
  const uploads = await exists(uploadDir);
  if (uploads) await cp(uploadDir, path.join(dir, "uploads"), { recursive: true });
  const manifest: BackupManifest = {
    takenAt: now.toISOString(),
    database: { file: "app.db", bytes: (await stat(file)).size, sha256: await sha256(file) },
    rows,
    uploads,
  };
  await writeFile(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

/**
 * Brings a backup back: the database file replaced (written beside it, then renamed over it,
 * so a crash leaves the old or the new one, never half of each) and the uploads copied in.
 * The app must be stopped: a running server keeps the old file open.
 */
export async function restoreBackup(dir: string, databaseUrl: string, uploadDir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  const source = path.join(dir, manifest.database.file);
  if ((await sha256(source)) !== manifest.database.sha256) throw new Error(`${source} does not match its manifest: the backup is damaged`);
  const target = databaseFile(databaseUrl);
  await mkdir(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  await cp(source, incoming);
  // The old database's write-ahead log belongs to the old file: left there, SQLite would replay it.
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await rename(incoming, target);
  if (manifest.uploads) await cp(path.join(dir, "uploads"), uploadDir, { recursive: true, force: false, errorOnExist: false });
  const restored = createDb(`file:${target}`);
  try {
    const rows = await rowCounts(restored);
    const wrong = Object.entries(manifest.rows).filter(([table, n]) => rows[table] !== n);
    if (wrong.length > 0) throw new Error(`restored rows differ from the backup's: ${wrong.map(([t, n]) => `${t} ${rows[t]} ≠ ${n}`).join(", ")}`);
  } finally {
    await restored.$disconnect();
  }
  return manifest;
}
