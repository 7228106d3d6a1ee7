import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { db } from "~/db.server.ts";
import { formatNumber } from "~/lib/format.ts";
import { unitLabel } from "~/lib/units.ts";
import { capacityLabel, priceLabel } from "~/lib/product-view.ts";
import { productById } from "~/models/catalog/catalog.server.ts";
import { tkdnOf } from "~/matching/tkdn.ts";
import { getViewer, invariantResponse } from "~/http/guards.server.ts";
import { publicPhotoIds } from "~/models/catalog/product-photo.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["catalog", "quotations"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.product.name ?? ""} · MitraIKM` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const product = await productById(db(), params.productId ?? "");
  invariantResponse(product, "Not found");
  const viewer = await getViewer(request);
  const [regions, photos, openNeeds] = await Promise.all([
    loadRegions(),
    publicPhotoIds(db(), [product.id]),
    viewer?.role === "buyer" && viewer.acting?.status === "active" ? db().need.findMany({ where: { buyerId: viewer.acting.organisationId, status: "open" }, orderBy: { neededBy: "asc" }, take: 50, select: { id: true, title: true } }) : null,
  ]);
  // What the page offers towards a quotation: asking (a verified buyer), verifying first, or logging in as a buyer.
  // A buyer whose organisation is not active (pending, suspended) is offered nothing.
  const activeBuyer = viewer?.role === "buyer" && viewer.acting?.status === "active";
  const quotation = activeBuyer ? (viewer.permissions.includes("request:quotation:own") ? { can: "ask" as const, needs: openNeeds ?? [] } : { can: "verify" as const, needs: [] }) : viewer ? null : { can: "login" as const, needs: [] };
  // The TKDN a tender reads today, as the matcher does: the certified value, else the declared one.
  const tkdn = tkdnOf({ neededBy: new Date() }, { tkdnPercent: product.tkdnPercent, certificates: product.certifications });
  return { product, tkdn, photoIds: photos[product.id] ?? [], regionName: regions.nameOf(product.producer.regencyCode), quotation };
}

export default function ProductPage() {
  const { t } = useTranslation(["catalog", "common"]);
  const { product, tkdn, photoIds, regionName, quotation } = useLoaderData<typeof loader>();
  const { locale } = useLocaleAndZone();
  return (
    <>
      <p>
        <Link to={`/producers/${product.producer.organisation.slug}`}>← {product.producer.legalName}</Link>
      </p>
      <h1>{product.name}</h1>
      <p className="muted">
        {t(`common:categories.${product.category}`)} · {t("by", { name: product.producer.legalName })} · {regionName}
      </p>
      {photoIds.length > 0 ? (
        // Thumbnails (at most 400 px) shown at 200, each opening the full photo.
        <ul className="plain-list" aria-label={t("photosTitle")} style={{ display: "flex", flexWrap: "wrap", gap: ".75rem", marginBottom: "1.25rem" }}>
          {photoIds.map((id) => (
            <li key={id} style={{ border: 0, padding: 0 }}>
              <a href={`/media/products/${id}`}>
                <img
                  src={`/media/products/${id}?size=thumb`}
                  alt={product.name}
                  width={200}
                  height={200}
                  loading="lazy"
                  style={{ objectFit: "contain", background: "#eef1f0", borderRadius: 8 }}
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <section className="card">
        <p>{product.description}</p>
        <dl className="pairs">
          <dt>{t("price")}</dt>
          <dd>{priceLabel(t, product)}</dd>
          <dt>{t("minOrder")}</dt>
          <dd>
            {formatNumber(product.minOrder, locale)} {unitLabel(t, product.unit, product.minOrder)}
          </dd>
          <dt>{t("monthlyCapacity")}</dt>
          <dd>{capacityLabel(t, locale, product)}</dd>
          {product.leadTimeDays !== null ? (
            <>
              <dt>{t("leadTime")}</dt>
              <dd>{t("leadTimeValue", { count: product.leadTimeDays })}</dd>
            </>
          ) : null}
          {tkdn.percent !== null ? (
            <>
              <dt>TKDN</dt>
              <dd data-tkdn>{tkdn.certified ? t("tkdnCertified", { percent: formatNumber(tkdn.percent, locale) }) : `${formatNumber(tkdn.percent, locale)}%`}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {quotation ? <AskForQuotation productId={product.id} {...quotation} /> : null}
      <section className="card">
        <h2>{t("certificationsTitle")}</h2>
        <p className="muted">{t("certificationsNote")}</p>
        {product.certifications.length === 0 ? <p>{t("noCertifications")}</p> : null}
        <p>
          {product.certifications.map((c) => (
            <CertificationBadge key={c.id} certification={c} withDate />
          ))}
        </p>
      </section>
    </>
  );
}

/** The product page's call to action: ask its producer for a quotation on one of the buyer's open needs. */
function AskForQuotation({ productId, can, needs }: { productId: string; can: "ask" | "verify" | "login"; needs: { id: string; title: string }[] }) {
  const { t } = useTranslation("quotations");
  return (
    <section className="card" data-ask-quotation>
      <h2>{t("askThisProducer")}</h2>
      {can === "login" ? (
        <p>
          <Link to={`/login?redirectTo=/products/${productId}`}>{t("loginToAsk")}</Link>
        </p>
      ) : can === "verify" ? (
        <p>
          {t("verifyFirst")} <Link to="/account/verification">{t("verifyLink")}</Link>
        </p>
      ) : needs.length === 0 ? (
        <p>
          {t("needFirst")} <Link to="/workspace/needs/new">{t("postNeed")}</Link>
        </p>
      ) : (
        <Form method="get" action="/quotations/new" className="actions">
          <input type="hidden" name="product" value={productId} />
          <label htmlFor="ask-need">{t("forNeed")}</label>
          <select id="ask-need" name="need" required>
            {needs.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("askQuotation")}
          </button>
        </Form>
      )}
    </section>
  );
}
