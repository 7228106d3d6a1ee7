import { parseWithZod } from "@conform-to/zod/v4";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { formatDate } from "~/lib/format.ts";
import { budgetLabel, quantityLabel } from "~/lib/need-view.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { browseOpenNeeds } from "~/models/needs/need.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["needs"] };

const PageSchema = z.object({ page: z.number().int().min(1).max(10_000).optional() });

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "read:need:any");
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: PageSchema });
  if (submission.status !== "success") throw data({ error: "invalid page" }, { status: 400 });
  const [listing, regions] = await Promise.all([browseOpenNeeds(db(), viewer.acting?.organisationId ?? null, submission.value.page ?? 1), loadRegions()]);
  return {
    ...listing,
    needs: listing.needs.map((n) => ({ ...n, deliverTo: regions.nameOf(n.deliveryRegencyCode ?? n.deliveryProvinceCode) })),
  };
}

export default function OpenNeeds() {
  const { t } = useTranslation(["needs", "common"]);
  const { needs, total, page, pageCount } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("openNeedsTitle")}</h1>
      <p className="muted">{t("openNeedsIntro")}</p>
      <p role="status" data-total={total}>
        {t("results", { count: total })}
      </p>
      {needs.length === 0 ? <p className="card">{t("noOpenNeeds")}</p> : null}
      <ul className="producer-cards">
        {needs.map((n) => (
          <li key={n.id} data-need={n.id}>
            <h2>
              <Link to={`/needs/${n.id}`}>{n.title}</Link>
              {n.visibility === "invited" ? <span className="badge invited">{t("invitedBadge")}</span> : null}
            </h2>
            <p className="muted">
              {t("by", { name: n.buyerName })} · {t(`common:categories.${n.category}`)}
            </p>
            <p>
              {quantityLabel(t, locale, n)} · {t("neededBy")}: {formatDate(n.neededBy, locale, zone)}
              <br />
              {t("deliverTo")}: {n.deliverTo} · {budgetLabel(t, n)}
            </p>
            <p>
              {n.requiredCertifications.map((c) => (
                <span key={c} className="cert cert-pending">
                  {t(`common:certTypes.${c}`)}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav className="pager">
          {page > 1 ? <Link to={`?page=${page - 1}`}>←</Link> : null}
          <span>
            {page} / {pageCount}
          </span>
          {page < pageCount ? <Link to={`?page=${page + 1}`}>→</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
