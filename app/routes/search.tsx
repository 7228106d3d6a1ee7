import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { CheckboxField, ErrorList, SelectField } from "~/components/forms.tsx";
import { Highlighted } from "~/components/highlighted.tsx";
import { db } from "~/db.server.ts";
import { priceLabel } from "~/lib/product-view.ts";
import { CERTIFICATION_TYPES, SECTORS } from "~/models/domain.ts";
import { ProductSearchSchema, searchProducts } from "~/models/catalog/product-search.server.ts";
import { firstPhotoIds } from "~/models/catalog/product-photo.server.ts";
import { ProductThumb } from "~/components/product-thumb.tsx";
import { loadRegions } from "~/models/regions.server.ts";
import { searchEngine } from "~/search.server.ts";

export const handle = { i18n: ["search", "catalog"] };
export const meta: MetaFunction = () => [{ title: "Cari produk IKM · MitraIKM" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const regions = await loadRegions();
  const provinces = regions.provinces.map((p) => ({ value: p.code, label: p.name }));
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: ProductSearchSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), provinces, found: null, regionNames: {} as Record<string, string>, photoOf: {} as Record<string, string> }, { status: 400 });
  const found = await searchProducts(db(), searchEngine(), submission.value);
  const photoOf = await firstPhotoIds(db(), found.hits.map((h) => h.product.id));
  const codes = new Set([...found.hits.map((h) => h.product.regencyCode), ...Object.keys(found.facets.provinceCode ?? {})]);
  const regionNames = Object.fromEntries([...codes].map((code) => [code, regions.nameOf(code)]));
  return { result: null, provinces, found, regionNames, photoOf };
}

export default function SearchPage() {
  const { t } = useTranslation(["search", "catalog", "common"]);
  const { result, provinces, found, regionNames, photoOf } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<z.input<typeof ProductSearchSchema>>({ id: "search", lastResult: result, defaultValue: Object.fromEntries(searchParams) });
  const linkWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    if (!("page" in changes)) next.delete("page");
    return `?${next}`;
  };
  const facetLabel = (facet: string, value: string) =>
    facet === "sector"
      ? t(`common:sectors.${value}`)
      : facet === "provinceCode"
        ? (regionNames[value] ?? value)
        : facet === "certifications"
          ? t(`common:certTypes.${value}`)
          : t("verifiedOnly");
  const facetParam: Record<string, string> = { sector: "sector", provinceCode: "province", certifications: "certification", verified: "verified" };
  return (
    <>
      <h1>{t("title")}</h1>
      <Form method="get" {...getFormProps(form)} className="card search-form" role="search">
        <div className="field">
          <label htmlFor={fields.q.id}>{t("query")}</label>
          <input {...getInputProps(fields.q, { type: "search" })} key={fields.q.key} placeholder={t("placeholder")} />
          <ErrorList id={fields.q.errorId} errors={fields.q.errors} />
        </div>
        <div className="field-row">
          <SelectField meta={fields.sector} label={t("catalog:filterSector")} placeholder={t("catalog:anySector")} options={SECTORS.map((s) => ({ value: s, label: t(`common:sectors.${s}`) }))} />
          <SelectField meta={fields.province} label={t("catalog:filterProvince")} placeholder={t("catalog:anyProvince")} options={provinces} />
          <SelectField
            meta={fields.certification}
            label={t("catalog:filterCertification")}
            placeholder={t("catalog:anyCertification")}
            options={CERTIFICATION_TYPES.map((c) => ({ value: c, label: t(`common:certTypes.${c}`) }))}
          />
        </div>
        <CheckboxField meta={fields.verified} label={t("catalog:verifiedOnly")} />
        <ErrorList id={fields.page.errorId} errors={fields.page.errors} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </Form>
      {found ? (
        <div className="search-layout">
          <div className="search-results">
            {/* The filters come after the results in the page (a phone shows results first); a keyboard can jump to them. */}
            <a href="#search-facets" className="skip-link">
              {t("skipToFilters")}
            </a>
            {found.degraded ? (
              <p className="notice warn" role="status" data-degraded>
                {t("degraded")}
              </p>
            ) : null}
            {found.translatedQuery ? (
              <p className="notice" role="status" data-translated>
                {t("translated", { typed: searchParams.get("q") ?? "", shown: found.translatedQuery })}
              </p>
            ) : null}
            {found.correctedQuery ? (
              <p className="notice" role="status" data-corrected>
                {t("corrected", { typed: searchParams.get("q") ?? "", shown: found.correctedQuery })}
              </p>
            ) : null}
            {found.suggestedQuery ? (
              <p data-suggested>
                {t("didYouMean")} <Link to={linkWith({ q: found.suggestedQuery })}>{found.suggestedQuery}</Link>?
              </p>
            ) : null}
            <p role="status" data-total={found.total}>
              {t("results", { count: found.total })}
            </p>
            {found.total === 0 ? <p className="card">{t("noResults")}</p> : null}
            <ul className="producer-cards">
              {found.hits.map(({ product, name, description }) => (
                <li key={product.id} data-product={product.id} className="with-thumb">
                  <ProductThumb photoId={photoOf[product.id]} alt="" />
                  <div>
                    <h2>
                      <Link to={`/products/${product.id}`}>
                        <Highlighted segments={name} />
                      </Link>
                    </h2>
                    <p className="muted">
                      <Link to={`/producers/${product.producerSlug}`}>{product.producerName}</Link> · {regionNames[product.regencyCode] ?? product.regencyCode} ·{" "}
                      {t(`common:categories.${product.category}`)}
                    </p>
                    <p className="clamp">
                      <Highlighted segments={description} />
                    </p>
                    <p>
                      {priceLabel(t, product)}{" "}
                      {product.certifications.map((type) => (
                        <CertificationBadge key={type} certification={{ type, status: product.verifiedCertifications.includes(type) ? "verified" : "pending" }} />
                      ))}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            {found.pageCount > 1 ? (
              <nav className="pager" aria-label={t("catalog:pageOf", { page: found.page, pageCount: found.pageCount })}>
                {found.page > 1 ? <Link to={linkWith({ page: String(found.page - 1) })}>← {t("catalog:prev")}</Link> : null}
                <span>{t("catalog:pageOf", { page: found.page, pageCount: found.pageCount })}</span>
                {found.page < found.pageCount ? <Link to={linkWith({ page: String(found.page + 1) })}>{t("catalog:next")} →</Link> : null}
              </nav>
            ) : null}
          </div>
          <aside className="facets" id="search-facets" aria-label={t("refine")}>
            {Object.entries(found.facets).map(([facet, counts]) =>
              Object.keys(counts).length > 0 ? (
                <section key={facet} data-facet={facet}>
                  <h2>{t(`facets.${facet}`)}</h2>
                  <ul className="plain-list">
                    {Object.entries(counts)
                      .filter(([value]) => facet !== "verified" || value === "true")
                      .sort((a, b) => b[1] - a[1])
                      .slice(0, 12)
                      .map(([value, count]) => (
                        <li key={value}>
                          <Link to={linkWith({ [facetParam[facet]!]: facet === "verified" ? "on" : value })}>{facetLabel(facet, value)}</Link>{" "}
                          <span className="muted">({count})</span>
                        </li>
                      ))}
                  </ul>
                </section>
              ) : null,
            )}
          </aside>
        </div>
      ) : null}
    </>
  );
}
