import { parseWithZod } from "@conform-to/zod/v4";
import { dateToDay } from "~/lib/calendar-day.ts";
import { ActionError } from "~/components/action-error.tsx";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button.tsx";
import { NeedForm } from "~/components/need-form.tsx";
import { NeedSharing } from "~/components/need-sharing.tsx";
import { db } from "~/db.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { parseNeedForm, regionOptions } from "~/routes/need-action.server.ts";
import { invariantResponse, requireBuyer } from "~/http/guards.server.ts";
import { NeedActionSchema } from "~/models/needs/need-forms.ts";
import { availableActions, isEditable } from "~/models/needs/need-workflow.ts";
import { findProducersToInvite, listAttachments, listInvitations } from "~/models/needs/need-sharing.server.ts";
import { findOwnNeed, moveNeed, updateNeed } from "~/models/needs/need.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { readNeedStatus } from "~/models/domain.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["needs", "matching", "quotations"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  const found = await findOwnNeed(db(), viewer.buyerId, params.needId ?? "");
  invariantResponse(found, "Not found");
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 80);
  const [invitations, attachments, candidates, regions] = await Promise.all([
    listInvitations(db(), found.need.id),
    listAttachments(db(), found.need.id),
    query ? findProducersToInvite(db(), query) : null,
    loadRegions(),
  ]);
  const sharing = { query, invitations, attachments, found: candidates?.map((p) => ({ id: p.id, legalName: p.legalName, region: regions.nameOf(p.regencyCode) })) ?? null };
  return { ...found, sharing, ...(await regionOptions()) };
}

// Two kinds of post: the edit form (no intent) and the life-cycle buttons (an intent).
export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireBuyer(request);
  const needId = params.needId ?? "";
  const formData = await readForm(request);
  if (formData.has("intent")) {
    const submission = parseWithZod(formData, { schema: NeedActionSchema });
    if (submission.status !== "success") return data({ result: null, message: null, error: "choose_one" }, { status: 400 });
    const moved = await moveNeed(db(), viewer.buyerId, needId, submission.value.intent, viewer.user.id);
    invariantResponse(moved.ok || moved.error !== "not_found", "Not found");
    if (!moved.ok) return data({ result: null, message: null, error: moved.error }, { status: statusOf(moved.error) });
    return { result: null, message: `moved.${moved.status}`, error: null };
  }
  const parsed = await parseNeedForm(formData);
  if (!parsed.ok) return data({ result: parsed.reply, message: null, error: null }, { status: 400 });
  const updated = await updateNeed(db(), viewer.buyerId, needId, parsed.value, viewer.user.id);
  invariantResponse(updated.ok || updated.error !== "not_found", "Not found");
  if (!updated.ok) return data({ result: null, message: null, error: updated.error }, { status: statusOf(updated.error) });
  return { result: null, message: updated.changed > 0 ? "saved" : "savedNothing", error: null };
}

export default function EditNeed() {
  const { t } = useTranslation(["needs", "errors", "common", "matching", "quotations"]);
  const { need, revisions, provinces, regencies, sharing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  const status = readNeedStatus(need.status);
  const text = (value: number | string | null) => (value === null ? undefined : String(value));
  return (
    <>
      <p>
        <Link to="/workspace/needs">← {t("back")}</Link>
      </p>
      <div className="page-head">
        <h1>{need.title}</h1>
        <span className={`badge status-${status}`} data-status={status}>
          {t(`statuses.${status}`)}
        </span>
      </div>
      {actionData?.message ? (
        <Notice>{t(actionData.message)}</Notice>
      ) : null}
      {actionData?.error ? <ActionError error={actionData.error} /> : null}
      {/* A div, not a p: the buttons are forms, and a form inside a p ends the p in the parsed page, which React then cannot hydrate. */}
      <div className="actions">
        {status === "open" ? (
          <Link to={`/workspace/needs/${need.id}/suggestions`} className="button">
            {t("matching:viewSuggestions")}
          </Link>
        ) : null}
        <Link to={`/workspace/needs/${need.id}/quotations`} className="button secondary">
          {t("quotations:title")}
        </Link>
        {availableActions(status).map((action) => (
          <ActionButton inline={false} key={action} intent={action} label={t(`actions.${action}`)} className="button secondary" />
        ))}
      </div>
      {isEditable(status) ? (
        <section className="card">
          <h2>{t("editNeed")}</h2>
          <NeedForm
            key={need.updatedAt.toString()}
            lastResult={actionData?.result}
            submitLabel={t("save")}
            provinces={provinces}
            regencies={regencies}
            defaultValue={{
              title: need.title,
              description: need.description,
              category: need.category,
              quantity: String(need.quantity),
              unit: need.unit,
              deliveryProvinceCode: need.deliveryProvinceCode,
              deliveryRegencyCode: need.deliveryRegencyCode ?? undefined,
              neededBy: dateToDay(new Date(need.neededBy)),
              requiredCertifications: need.requiredCertifications,
              minTkdnPercent: text(need.minTkdnPercent),
              budgetPerUnit: text(need.budgetPerUnit),
              budgetTotal: text(need.budgetTotal),
              visibility: need.visibility,
            }}
          />
        </section>
      ) : null}
      {status === "draft" || status === "open" ? <NeedSharing needId={need.id} {...sharing} /> : null}
      <section className="card">
        <h2>{t("history")}</h2>
        {revisions.length === 0 ? <p>{t("noHistory")}</p> : null}
        <ul className="plain-list">
          {revisions.map((r) => (
            <li key={r.id}>
              {t("historyEntry", {
                date: formatDateTime(r.createdAt, locale, zone),
                who: r.changedBy ?? "–",
                fields: r.fields.map((f) => t(fieldLabelKey(f))).join(", "),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The form label that names a changed column in the history. */
function fieldLabelKey(field: string): string {
  const labels: Record<string, string> = {
    deliveryProvinceCode: "deliveryProvince",
    deliveryRegencyCode: "deliveryRegency",
    minTkdnPercent: "minTkdn",
  };
  return labels[field] ?? field;
}
