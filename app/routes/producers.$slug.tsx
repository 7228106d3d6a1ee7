import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { ContactDetails } from "~/components/contact-details.tsx";
import { db } from "~/db.server.ts";
import { formatNumber } from "~/lib/format.ts";
import { priceLabel } from "~/lib/product-view.ts";
import { unitLabel } from "~/lib/units.ts";
import { producerBySlug } from "~/models/catalog/catalog.server.ts";
import { askerOf, producerContactAccess, producerContacts } from "~/models/producers/contacts.server.ts";
import { getViewer, invariantResponse } from "~/http/guards.server.ts";
import { KbliName } from "~/components/kbli-name.tsx";
import { ProductThumb } from "~/components/product-thumb.tsx";
import { firstPhotoIds } from "~/models/catalog/product-photo.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["catalog", "trade"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.producer.legalName ?? ""} · MitraIKM` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const producer = await producerBySlug(db(), params.slug ?? "");
  invariantResponse(producer, "Not found");
  const contactAccess = await producerContactAccess(db(), askerOf(await getViewer(request)), producer.organisation.id);
  // Each product card shows its first photo.
  const [regions, photoOf, contacts] = await Promise.all([
    loadRegions(),
    firstPhotoIds(db(), producer.products.map((p) => p.id)),
    contactAccess === "visible" ? producerContacts(db(), producer.id) : null,
  ]);
  return { producer, photoOf, contactAccess, contacts, regionName: `${regions.nameOf(producer.regencyCode)}, ${regions.nameOf(producer.provinceCode)}` };
}

export default function ProducerPage() {
  const { t } = useTranslation(["catalog", "common"]);
  const { producer, photoOf, contactAccess, contacts, regionName } = useLoaderData<typeof loader>();
  const { locale } = useLocaleAndZone();
  return (
    <>
      <p>
        <Link to="/catalog">← {t("catalogTitle")}</Link>
      </p>
      <div className="producer-head">
        {producer.logoPath ? (
          <img src={`/media/logos/${producer.id}?v=${new Date(producer.updatedAt).getTime()}`} alt={producer.legalName} width={72} height={72} className="logo" />
        ) : null}
        <h1>
          {producer.legalName}
          {producer.organisation.legalForm ? (
            <span className="badge muted legal-form" title={t("common:legalForm")}>
              {t(`common:legalForms.${producer.organisation.legalForm}`)}
            </span>
          ) : null}
        </h1>
      </div>
      <p className="muted">
        {t(`common:sectors.${producer.sector}`)} · {regionName}
      </p>
      <section className="card">
        <h2>{t("about")}</h2>
        {producer.description ? <p>{producer.description}</p> : null}
        <dl className="pairs">
          {producer.sentraName ? (
            <>
              <dt>{t("sentra")}</dt>
              <dd>{producer.sentraName}</dd>
            </>
          ) : null}
          {producer.employees !== null ? (
            <>
              <dt>{t("employees")}</dt>
              <dd>{t("employeesValue", { count: producer.employees })}</dd>
            </>
          ) : null}
          {producer.monthlyCapacity !== null && producer.capacityUnit ? (
            <>
              <dt>{t("capacityLabel")}</dt>
              <dd>
                {t("capacity", { amount: formatNumber(producer.monthlyCapacity, locale), unit: unitLabel(t, producer.capacityUnit, producer.monthlyCapacity) })}
              </dd>
            </>
          ) : null}
          {producer.foundedYear !== null ? (
            <>
              <dt>{t("founded")}</dt>
              <dd>{producer.foundedYear}</dd>
            </>
          ) : null}
          {producer.kbli.length > 0 ? (
            <>
              <dt>{t("kbli")}</dt>
              <dd>
                <ul className="plain-list">
                  {producer.kbli.map((k) => (
                    <li key={k.code}>
                      <KbliName code={k.code} locale={locale} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <div className="card">
        <ContactDetails access={contactAccess} contacts={contacts} />
      </div>
      <section className="card" aria-labelledby="certs">
        <h2 id="certs">{t("certificationsTitle")}</h2>
        <p className="muted">{t("certificationsNote")}</p>
        {producer.certifications.length === 0 ? <p>{t("noCertifications")}</p> : null}
        <ul className="plain-list">
          {producer.certifications.map((c) => (
            <li key={c.id}>
              <CertificationBadge certification={c} withDate /> {t("number")}: {c.number} · {t("issuer")}: {c.issuer}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="products">
        <h2 id="products">{t("productsTitle")}</h2>
        {producer.products.length === 0 ? <p>{t("noPublicProducts")}</p> : null}
        <ul className="plain-list">
          {producer.products.map((p) => (
            <li key={p.id} className="with-thumb" style={{ alignItems: "center" }}>
              <ProductThumb photoId={photoOf[p.id]} alt="" />
              <span>
                <Link to={`/products/${p.id}`}>{p.name}</Link> · {t(`common:categories.${p.category}`)} · {priceLabel(t, p)}
                {p.tkdn.percent !== null ? ` · ${t(p.tkdn.certified ? "tkdnValueCertified" : "tkdnValue", { value: formatNumber(p.tkdn.percent, locale) })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
