import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VerifiedBadge } from "~/components/verified-badge.tsx";
import { db } from "~/db.server.ts";
import { formatDate, formatNumber } from "~/lib/format.ts";
import { budgetLabel, quantityLabel } from "~/lib/need-view.ts";
import { invariantResponse, requirePermission } from "~/http/guards.server.ts";
import { listAttachments } from "~/models/needs/need-sharing.server.ts";
import { readableNeed } from "~/models/needs/need.server.ts";
import { paymentSpeedOf } from "~/models/orders/payment.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["needs", "trade"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "read:need:any");
  const need = await readableNeed(db(), params.needId ?? "", viewer.acting?.organisationId ?? null);
  invariantResponse(need, "Not found");
  const [regions, attachments, speed] = await Promise.all([loadRegions(), listAttachments(db(), need.id), paymentSpeedOf(db(), { buyerId: need.buyerId })]);
  // How fast this buyer pays on the platform: what producers weigh before they commit.
  return { need, attachments, deliverTo: regions.nameOf(need.deliveryRegencyCode ?? need.deliveryProvinceCode), payments: speed[0] ?? null };
}

export default function NeedPage() {
  const { t } = useTranslation(["needs", "common"]);
  const { need, attachments, deliverTo, payments } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <p>
        <Link to="/needs">← {t("openNeedsTitle")}</Link>
      </p>
      <h1>{need.title}</h1>
      <p className="muted">
        {t("by", { name: need.buyerName })} <VerifiedBadge verified={need.buyerVerified} /> · {t(`common:categories.${need.category}`)} · {t(`statuses.${need.status}`)}
      </p>
      <section className="card">
        <p className="prewrap">{need.description}</p>
        <dl className="pairs">
          <dt>{t("quantity")}</dt>
          <dd>{quantityLabel(t, locale, need)}</dd>
          <dt>{t("neededBy")}</dt>
          <dd>{formatDate(need.neededBy, locale, zone)}</dd>
          <dt>{t("deliverTo")}</dt>
          <dd>{deliverTo}</dd>
          <dt>{t("requiredCertifications")}</dt>
          <dd>{need.requiredCertifications.length ? need.requiredCertifications.map((c) => t(`common:certTypes.${c}`)).join(", ") : t("none")}</dd>
          <dt>{t("minTkdn")}</dt>
          <dd>{need.minTkdnPercent === null ? t("none") : `${formatNumber(need.minTkdnPercent, locale)}%`}</dd>
          <dt>{t("budgetPerUnit")}</dt>
          <dd>{budgetLabel(t, need)}</dd>
          <dt>{t("buyerPays")}</dt>
          <dd data-buyer-pays>
            {[
              payments && payments.medianDays !== null ? t("buyerPaysMedian", { days: formatNumber(Math.round(payments.medianDays * 10) / 10, locale), count: payments.paid }) : t("buyerPaysUnknown"),
              ...(payments && payments.overdue > 0 ? [t("buyerOverdue", { count: payments.overdue })] : []),
            ].join(" · ")}
          </dd>
        </dl>
      </section>
      {attachments.length > 0 ? (
        <section className="card" aria-labelledby="attachments-title">
          <h2 id="attachments-title">{t("attachmentsTitle")}</h2>
          <ul className="plain-list">
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={`/needs/${need.id}/attachments/${a.id}`}>{a.fileName}</a> <small className="muted">({Math.ceil(a.sizeBytes / 1024)} KB)</small>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
