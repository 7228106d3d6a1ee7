import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { IntentButton } from "~/components/intent-button.tsx";
import { db } from "~/db.server.ts";
import { i18nServer } from "~/i18n/i18next.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDate } from "~/lib/format.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { approveOrganisation, listOrganisations } from "~/models/accounts/organisation.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["admin"] };

const ApproveSchema = z.object({ intent: z.literal("approve"), organisationId: z.string().min(1).max(40) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:organisation:any");
  const [pending, recent, regions] = await Promise.all([
    listOrganisations(db(), { status: "pending" }),
    listOrganisations(db(), {}, 20),
    loadRegions(),
  ]);
  const view = (rows: typeof pending) =>
    rows.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      status: o.status,
      region: o.regionCode ? regions.nameOf(o.regionCode) : null,
      createdAt: o.createdAt,
      owners: o.memberships.map((m) => `${m.user.name} <${m.user.email}>`),
    }));
  return { pending: view(pending), recent: view(recent) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requirePermission(request, "manage:organisation:any");
  const submission = parseWithZod(await readForm(request), { schema: ApproveSchema });
  if (submission.status !== "success") return data({ error: "invalid" as const, approved: null }, { status: 400 });
  const outcome = await approveOrganisation(db(), submission.value.organisationId, viewer.user.id, async (locale, organisation) => {
    const t = await i18nServer.getFixedT(locale, "auth");
    return { subject: t("approvedEmailSubject", { organisation }), text: t("approvedEmailBody", { organisation }) };
  });
  if (!outcome.ok) {
    return data({ error: outcome.error, approved: null }, { status: outcome.error === "not_found" ? 404 : 409 });
  }
  return { error: null, approved: submission.value.organisationId };
}

export default function AdminOrganisationsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { pending, recent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  const approvedName = recent.find((o) => o.id === actionData?.approved)?.name;
  return (
    <>
      <h1>{t("orgsTitle")}</h1>
      {approvedName ? (
        <p className="notice success" role="status">
          {t("approved", { organisation: approvedName })}
        </p>
      ) : null}
      {actionData?.error === "not_pending" ? (
        <p className="notice error" role="alert">
          {t("notPending")}
        </p>
      ) : null}
      <section className="card">
        <h2>{t("pending")}</h2>
        {pending.length === 0 ? <p>{t("nonePending")}</p> : null}
        <ul className="plain-list">
          {pending.map((o) => (
            <li key={o.id}>
              <strong>{o.name}</strong> · {t(`common:orgKinds.${o.kind}`)} · {o.region ?? "–"} · {o.owners.join(", ")} ·{" "}
              {formatDate(o.createdAt, locale, zone)}
              <IntentButton
                inline
                intent="approve"
                fields={{ organisationId: o.id }}
                label={t("approve")}
                className="button small"
              />
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>{t("recent")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("kind")}</th>
                <th>{t("region")}</th>
                <th>{t("status")}</th>
                <th>{t("registered")}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{t(`common:orgKinds.${o.kind}`)}</td>
                  <td>{o.region ?? "–"}</td>
                  <td>{t(`common:orgStatuses.${o.status}`)}</td>
                  <td>{formatDate(o.createdAt, locale, zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
