import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDate } from "~/lib/format.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { approveOrganisation, listOrganisations } from "~/models/accounts/organisation.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { decideVerification, emailOnDomain, verificationQueue } from "~/models/accounts/buyer-verification.server.ts";
import { VerificationDecisionSchema } from "~/models/accounts/verification-forms.ts";
import { formatNpwp } from "~/models/trade/npwp.ts";
import { statusOf } from "~/http/replies.server.ts";
import { BuyerVerifications } from "~/components/buyer-verifications.tsx";
import { useLocaleAndZone } from "~/root-data.ts";
import { fixedT } from "~/i18n/translations.server.ts";
import { Notice } from "~/components/notice.tsx";
import { RecordTable } from "~/components/record-table.tsx";

export const handle = { i18n: ["admin", "trade", "errors"] };

const ApproveSchema = z.object({ intent: z.literal("approve"), organisationId: z.string().min(1).max(40) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:organisation:any");
  const q = new URL(request.url).searchParams.get("q")?.trim().slice(0, 100) ?? "";
  const [pending, recent, regions, queue] = await Promise.all([
    listOrganisations(db(), { status: "pending" }),
    listOrganisations(db(), {}, 20),
    loadRegions(),
    verificationQueue(db(), q),
  ]);
  const evidence = (rows: typeof queue.asking) =>
    rows.map(({ memberships, letterPath, npwp, ...o }) => ({
      ...o,
      npwp: npwp ? formatNpwp(npwp) : null,
      hasLetter: letterPath !== null,
      owners: memberships.map((m) => ({ name: m.user.name, email: m.user.email, onDomain: emailOnDomain(m.user.email, o.website) })),
    }));
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
  return { pending: view(pending), recent: view(recent), q, asking: evidence(queue.asking), found: evidence(queue.found) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requirePermission(request, "manage:organisation:any");
  const form = await readForm(request);
  if (form.get("intent") !== "approve") {
    const decision = VerificationDecisionSchema.safeParse(Object.fromEntries(form));
    if (!decision.success) return data({ error: decision.error.issues[0]?.message === "too_short" || decision.error.issues[0]?.message === "required" ? "note_required" : "invalid", approved: null, decided: null, target: String(form.get("organisationId") ?? "") }, { status: 400 });
    const { intent, organisationId } = decision.data;
    const decided = await decideVerification(db(), organisationId, intent, intent === "verify" ? null : decision.data.note, viewer.user.id);
    if (!decided.ok) return data({ error: decided.error, approved: null, decided: null, target: organisationId }, { status: statusOf(decided.error) });
    return { error: null, approved: null, decided: intent, target: organisationId };
  }
  const submission = parseWithZod(form, { schema: ApproveSchema });
  if (submission.status !== "success") return data({ error: "invalid" as const, approved: null, decided: null, target: null }, { status: 400 });
  const outcome = await approveOrganisation(db(), submission.value.organisationId, viewer.user.id, async (locale, organisation) => {
    const t = await fixedT(locale, "auth");
    return { subject: t("approvedEmailSubject", { organisation }), text: t("approvedEmailBody", { organisation }) };
  });
  if (!outcome.ok) {
    return data({ error: outcome.error, approved: null, decided: null, target: null }, { status: outcome.error === "not_found" ? 404 : 409 });
  }
  return { error: null, approved: submission.value.organisationId, decided: null, target: null };
}

export default function AdminOrganisationsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { pending, recent, q, asking, found } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  const approvedName = recent.find((o) => o.id === actionData?.approved)?.name;
  return (
    <>
      <h1>{t("orgsTitle")}</h1>
      <p>
        <Link to="/admin/lessons">{t("lessonsLink")}</Link>
      </p>
      {approvedName ? (
        <Notice>{t("approved", { organisation: approvedName })}</Notice>
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
              <ActionButton
                intent="approve"
                fields={{ organisationId: o.id }}
                label={t("approve")}
                className="button small"
              />
            </li>
          ))}
        </ul>
      </section>
      <BuyerVerifications asking={asking} found={found} q={q} result={actionData} />
      <section className="card">
        <h2>{t("recent")}</h2>
        <RecordTable
          label={t("recent")}
          columns={[t("name"), t("kind"), t("region"), t("status"), t("registered")]}
          rows={recent}
          row={(o) => (
            <tr key={o.id}>
              <td>{o.name}</td>
              <td>{t(`common:orgKinds.${o.kind}`)}</td>
              <td>{o.region ?? "–"}</td>
              <td>{t(`common:orgStatuses.${o.status}`)}</td>
              <td>{formatDate(o.createdAt, locale, zone)}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
