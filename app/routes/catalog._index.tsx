import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { CheckboxField, ErrorList, SelectField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { CatalogFilterSchema } from "~/models/catalog/catalog-forms.ts";
import { browseProducers } from "~/models/catalog/catalog.server.ts";
import { coverPhotoIds } from "~/models/catalog/product-photo.server.ts";
import { ProductThumb } from "~/components/product-thumb.tsx";
import { CERTIFICATION_TYPES, SECTORS } from "~/models/domain.ts";
import { loadRegions } from "~/models/regions.server.ts";

export const handle = { i18n: ["catalog"] };
export const meta: MetaFunction = () => [{ title: "Katalog IKM · MitraIKM" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const regions = await loadRegions();
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: CatalogFilterSchema });
  const provinces = regions.provinces.map((p) => ({ value: p.code, label: p.name }));
  if (submission.status !== "success") {
    return data({ result: submission.reply(), provinces, listing: null }, { status: 400 });
  }
  const listing = await browseProducers(db(), submission.value);
  const covers = await coverPhotoIds(db(), listing.producers.map((p) => p.id));
  return {
    result: null,
    provinces,
    listing: {
      ...listing,
      producers: listing.producers.map((p) => ({ ...p, regionName: regions.nameOf(p.regencyCode), coverPhotoId: covers[p.id] ?? null })),
    },
  };
}

export default function Catalog() {
  const { t } = useTranslation(["catalog", "common"]);
  const { result, provinces, listing } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<z.input<typeof CatalogFilterSchema>>({
    id: "catalog-filter",
    lastResult: result,
    defaultValue: Object.fromEntries(searchParams),
  });
  const pageLink = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(page));
    return `?${next}`;
  };
  return (
    <>
      <h1>{t("catalogTitle")}</h1>
      <p className="muted">{t("catalogIntro")}</p>
      <Form method="get" {...getFormProps(form)} className="card filters">
        <SelectField
          meta={fields.sector}
          label={t("filterSector")}
          placeholder={t("anySector")}
          options={SECTORS.map((s) => ({ value: s, label: t(`common:sectors.${s}`) }))}
        />
        <SelectField meta={fields.province} label={t("filterProvince")} placeholder={t("anyProvince")} options={provinces} />
        <SelectField
          meta={fields.certification}
          label={t("filterCertification")}
          placeholder={t("anyCertification")}
          options={CERTIFICATION_TYPES.map((c) => ({ value: c, label: t(`common:certTypes.${c}`) }))}
        />
        <CheckboxField meta={fields.verified} label={t("verifiedOnly")} />
        {/* The page number comes from the pager's links, not a field: its error shows here. */}
        <ErrorList id={fields.page.errorId} errors={fields.page.errors} />
        <div className="field">
          <button type="submit" className="button">
            {t("apply")}
          </button>
          <Link to="/catalog">{t("resetFilters")}</Link>
        </div>
      </Form>
      {listing ? (
        <>
          <p role="status" data-total={listing.total}>
            {t("results", { count: listing.total })}
          </p>
          {listing.producers.length === 0 && listing.total > 0 ? (
            // A page past the end (an old link, a typed number): say so, and lead back.
            <p className="card" data-past-end>
              {t("pastEnd", { pageCount: listing.pageCount })} <Link to={pageLink(listing.pageCount)}>{t("lastPage")}</Link>
            </p>
          ) : listing.producers.length === 0 ? (
            <p className="card">{t("noResults")}</p>
          ) : null}
          <ul className="producer-cards">
            {listing.producers.map((p) => (
              <li key={p.id} data-producer={p.slug} data-sector={p.sector} className="with-thumb">
                <ProductThumb photoId={p.coverPhotoId} alt="" />
                <div>
                  <h2>
                    <Link to={`/producers/${p.slug}`}>{p.name}</Link>
                  </h2>
                  <p className="muted">
                    {t(`common:sectors.${p.sector}`)} · {p.regionName} · {t("productCount", { count: p.productCount })}
                  </p>
                  <p>
                    {p.certifications.map((c, i) => (
                      <CertificationBadge key={`${c.type}-${i}`} certification={c} />
                    ))}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          {listing.pageCount > 1 ? (
            <nav className="pager" aria-label={t("pageOf", { page: listing.page, pageCount: listing.pageCount })}>
              {listing.page > 1 ? <Link to={pageLink(Math.min(listing.page - 1, listing.pageCount))}>← {t("prev")}</Link> : null}
              <span>{t("pageOf", { page: listing.page, pageCount: listing.pageCount })}</span>
              {listing.page < listing.pageCount ? <Link to={pageLink(listing.page + 1)}>{t("next")} →</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
