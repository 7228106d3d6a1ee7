// One entry point for the page and the CLI: read a file, then import its rows.
import type { Db } from "~/db.server.ts";
import { formatFromName, kindFromName, parseImportFile, type FileError } from "./formats.server.ts";
import { runImport, type ImportActor, type ImportReport } from "./importer.server.ts";
import type { ImportKind } from "./rows.ts";

export type ImportFileResult = { ok: true; report: ImportReport } | { ok: false; error: FileError; detail?: string };

export async function importFile(
  db: Db,
  file: { name: string; bytes: Uint8Array; kind?: ImportKind },
  actor: ImportActor,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<ImportFileResult> {
  const format = formatFromName(file.name);
  if (!format) return { ok: false, error: "file_format" };
  const parsed = await parseImportFile(file.bytes, format, file.kind ?? kindFromName(file.name));
  if (!parsed.ok) return parsed;
  return { ok: true, report: await runImport(db, parsed.rows, actor, options) };
}
