import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FileField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { readUploadForm } from "~/http/form-body.server.ts";
import { formatNumber } from "~/lib/format.ts";
import { requireImporter } from "~/http/guards.server.ts";
import { MAX_IMPORT_BYTES } from "~/models/import/formats.server.ts";
import { importFile } from "~/models/import/import-file.server.ts";
import { IMPORT_KINDS } from "~/models/import/rows.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["imports"] };

/** Problems shown on the page; the count of the rest is given. */
const SHOWN_PROBLEMS = 500;

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireImporter(request);
  const regions = await loadRegions();
  return { region: viewer.scope.kind === "region" ? regions.nameOf(viewer.scope.code) : null };
}

const OptionsSchema = z.object({
  kind: z.enum(IMPORT_KINDS).optional(),
  dryRun: z.literal("on").optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireImporter(request);
  const upload = await readUploadForm(request, { maxPartSize: MAX_IMPORT_BYTES });
  if (!upload.ok) return data({ fileError: upload.error === "too_large" ? "import_file_too_large" : "file_malformed", report: null }, { status: 400 });
  const formData = upload.form;
  const file = formData.get("file");
  const options = OptionsSchema.safeParse({ kind: formData.get("kind") || undefined, dryRun: formData.get("dryRun") ?? undefined });
  if (!(file instanceof File) || file.size === 0) return data({ fileError: "import_file_required", report: null }, { status: 400 });
  if (!options.success) return data({ fileError: "kind_unknown", report: null }, { status: 400 });
  const result = await importFile(
    db(),
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), kind: options.data.kind },
    { userId: viewer.user.id, organisationId: viewer.acting?.organisationId ?? null, scope: viewer.scope },
    { dryRun: options.data.dryRun === "on" },
  );
  if (!result.ok) return data({ fileError: result.error === "file_too_large" ? "import_file_too_large" : result.error, report: null }, { status: 400 });
  const { problems, ...report } = result.report;
  return { fileError: null, report: { ...report, problems: problems.slice(0, SHOWN_PROBLEMS), problemCount: problems.length } };
}

export default function ImportPage() {
  const { t } = useTranslation(["imports", "errors"]);
  const { locale } = useLocaleAndZone();
  const { region } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const report = actionData?.report;
  return (
    <>
      <section className="card">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="muted">{region ? t("scopeRegion", { region }) : t("scopeAll")}</p>
        <Form method="post" encType="multipart/form-data" id="import">
          <FileField
            id="import-file"
            name="file"
            label={t("file")}
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            help={t("fileHelp")}
            errors={actionData?.fileError ? [actionData.fileError] : null}
          />
          <div className="field">
            <label htmlFor="import-kind">{t("kind")}</label>
            <select id="import-kind" name="kind" defaultValue="">
              <option value="">{t("kindAuto")}</option>
              {IMPORT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field checkbox">
            <label>
              <input type="checkbox" name="dryRun" /> {t("dryRun")}
            </label>
          </div>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("submit")}
          </button>
        </Form>
      </section>

      {report ? (
        <section className="card" aria-labelledby="import-result" data-import-result>
          <h2 id="import-result">{report.dryRun ? t("dryRunTitle") : t("resultTitle")}</h2>
          <p>{t("rows", { count: report.rows, seconds: formatNumber(report.durationMs / 1000, locale) })}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col"></th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("updated")}</th>
                  <th scope="col">{t("unchanged")}</th>
                  <th scope="col">{t("rejected")}</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_KINDS.map((kind) => (
                  <tr key={kind} data-kind={kind}>
                    <th scope="row">{t(`kinds.${kind}`)}</th>
                    <td>{report.counts[kind].created}</td>
                    <td>{report.counts[kind].updated}</td>
                    <td>{report.counts[kind].unchanged}</td>
                    <td>{report.counts[kind].rejected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("problemsTitle")}</h3>
          {report.problems.length === 0 ? <p>{t("noProblems")}</p> : null}
          {report.problems.length > 0 ? (
            <div className="table-scroll">
              <table data-problems>
                <thead>
                  <tr>
                    <th scope="col">{t("kind")}</th>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{t("ref")}</th>
                    <th scope="col">{t("field")}</th>
                    <th scope="col">{t("reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{t(`kinds.${p.kind}`)}</td>
                      <td>{p.line}</td>
                      <td>
                        <code>{p.ref ?? ""}</code>
                      </td>
                      <td>
                        <code>{p.field}</code>
                      </td>
                      <td>{t(`errors:${p.code}`, { defaultValue: t("errors:invalid") })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {report.problemCount > report.problems.length ? <p>{t("moreProblems", { count: report.problemCount - report.problems.length })}</p> : null}
        </section>
      ) : null}

      <section className="card">
        <h2>{t("formatTitle")}</h2>
        <p>{t("formatIntro")}</p>
        <ul>
          <li>
            <a href="/import/example.json">{t("example")}</a>
          </li>
          <li>
            <a href="/import/schema.json">{t("schema")}</a>
          </li>
          {IMPORT_KINDS.map((kind) => (
            <li key={kind}>
              <a href={`/import/templates/${kind}.csv`}>{t("csvTemplate", { kind: t(`kinds.${kind}`) })}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
