import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { db } from "~/db.server.ts";
import { formatDate, formatNumber } from "~/lib/format.ts";
import { getViewer } from "~/http/guards.server.ts";
import { gettingStarted } from "~/models/accounts/getting-started.server.ts";
import { homeShowcase } from "~/models/catalog/showcase.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { platformCounts } from "~/models/dinas/stats.server.ts";
import { useLocaleAndZone, useRootData } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["home", "catalog"] };
export const meta: MetaFunction = () => [
  { title: "MitraIKM" },
  { name: "description", content: "Pasar kemitraan B2B untuk IKM Indonesia" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [viewer, counts, showcase, regions] = await Promise.all([getViewer(request), platformCounts(db()), homeShowcase(db()), loadRegions()]);
  const acting = viewer?.acting;
  const steps = acting && viewer.role && acting.status === "active" ? await gettingStarted(db(), viewer.role, acting.organisationId) : null;
  const codes = new Set([...showcase.needs.map((n) => n.deliveryProvinceCode), ...showcase.producers.map((p) => p.regencyCode), ...(acting?.regionCode ? [acting.regionCode] : [])]);
  const regionNames = Object.fromEntries([...codes].map((code) => [code, regions.nameOf(code)]));
  const accountDeleted = new URL(request.url).searchParams.get("account") === "deleted";
  // A need's title and buyer are for those who may read needs (signed-in members of active
  // organisations, as the buyer was promised): anyone else learns only what is asked where.
  const mayReadNeeds = viewer?.permissions.includes("read:need:any") ?? false;
  const needs = showcase.needs.map(({ title, buyerName, ...need }) => (mayReadNeeds ? { ...need, title, buyerName } : need));
  return { counts, showcase: { ...showcase, needs }, mayReadNeeds, steps, regionNames, now: new Date().toISOString(), accountDeleted };
}

const PITCHES = [
  { key: "producers", to: "/signup" },
  { key: "buyers", to: "/catalog" },
  { key: "dinas", to: "/events" },
] as const;

export default function Home() {
  const { t } = useTranslation(["home", "common"]);
  const { counts, showcase, mayReadNeeds, steps, regionNames, now, accountDeleted } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  const viewer = useRootData()?.viewer;
  const regionCode = viewer?.acting?.regionCode;
  const stepsLeft = steps?.filter((s) => !s.done).length ?? 0;
  return (
    <>
      {accountDeleted ? (
        <Notice marker="account-deleted">{t("accountDeleted")}</Notice>
      ) : null}
      {viewer ? (
        <section className="card workspace">
          <h1>{t("welcome", { name: viewer.name })}</h1>
          {viewer.acting ? (
            <>
              <h2>{t("workspaceTitle", { organisation: viewer.acting.name })}</h2>
              <p className="muted">
                {t(`common:roles.${viewer.role}`)}
                {regionCode ? ` · ${t("region", { region: regionNames[regionCode] ?? regionCode })}` : ""} · {t("timezone", { zone })} ·{" "}
                {t("today", { date: formatDate(now, locale, zone) })}
              </p>
              {viewer.acting.status === "pending" ? (
                <p className="notice warn" role="status">
                  {t("pendingNotice", { organisation: viewer.acting.name })}
                </p>
              ) : null}
              {steps && stepsLeft > 0 ? (
                <section aria-labelledby="start-title" className="checklist" data-checklist>
                  <h3 id="start-title">{t("start.title")}</h3>
                  <p className="muted">{t("start.progress", { done: steps.length - stepsLeft, total: steps.length })}</p>
                  <ol>
                    {steps.map((step) => (
                      <li key={step.key} data-step={step.key} data-done={step.done || undefined}>
                        {step.done ? (
                          <>
                            <span aria-hidden="true">✓ </span>
                            <s>{t(`start.steps.${step.key}.title`)}</s> <span className="visually-hidden">({t("start.done")})</span>
                          </>
                        ) : (
                          <>
                            <Link to={step.to}>{t(`start.steps.${step.key}.title`)}</Link>
                            <span className="muted"> — {t(`start.steps.${step.key}.why`)}</span>
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                </section>
              ) : null}
              <details>
                <summary>{t("youCan")}</summary>
                <ul className="permission-list">
                  {viewer.permissions.map((p) => (
                    <li key={p} data-permission={p}>
                      {t(`permissions.${p}`, { nsSeparator: false })}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          ) : (
            <p>{t("noOrganisation")}</p>
          )}
        </section>
      ) : (
        <>
          <section className="hero">
            <h1>{t("heroTitle")}</h1>
            <p>{t("heroText")}</p>
            <Form method="get" action="/search" role="search" className="hero-search">
              <label htmlFor="home-q" className="visually-hidden">
                {t("searchLabel")}
              </label>
              <input id="home-q" type="search" name="q" maxLength={100} placeholder={t("searchPlaceholder")} />
              <button type="submit" className="button">
                {t("searchSubmit")}
              </button>
            </Form>
            <p className="actions">
              <Link to="/signup" className="button secondary">
                {t("ctaSignup")}
              </Link>
              <Link to="/login">{t("ctaLogin")}</Link>
            </p>
          </section>
          <section aria-labelledby="pitch-title">
            <h2 id="pitch-title">{t("pitch.title")}</h2>
            <ul className="pitch-cards">
              {PITCHES.map(({ key, to }) => (
                <li key={key} data-pitch={key}>
                  <h3>{t(`pitch.${key}.title`)}</h3>
                  <p>{t(`pitch.${key}.text`)}</p>
                  <Link to={to}>{t(`pitch.${key}.cta`)} →</Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">{t("statsTitle")}</h2>
        <dl className="stats">
          {(["producers", "products", "buyers", "openNeeds", "provinces"] as const).map((key) => (
            <div key={key}>
              <dt>{t(`stats.${key}`)}</dt>
              <dd data-stat={key}>{formatNumber(counts[key], locale)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="showcase">
        {showcase.needs.length > 0 ? (
          <section aria-labelledby="needs-title" data-recent-needs>
            <h2 id="needs-title">{t("recentNeeds")}</h2>
            <ul className="plain-list showcase-list">
              {showcase.needs.map((need) => (
                <li key={need.id} data-need={need.id}>
                  {"title" in need ? (
                    <>
                      <Link to={`/needs/${need.id}`}>{need.title}</Link>
                      <span className="muted"> · {need.buyerName} · </span>
                    </>
                  ) : (
                    <strong>{t(`common:categories.${need.category}`)} · </strong>
                  )}
                  <span className="muted">
                    {regionNames[need.deliveryProvinceCode] ?? need.deliveryProvinceCode} · {t("neededBy", { date: formatDate(need.neededBy, locale, zone) })}
                  </span>
                </li>
              ))}
            </ul>
            {mayReadNeeds ? <Link to="/needs">{t("allNeeds")} →</Link> : viewer ? null : <Link to="/login?redirectTo=%2Fneeds">{t("signInForNeeds")} →</Link>}
          </section>
        ) : null}
        {showcase.producers.length > 0 ? (
          <section aria-labelledby="producers-title" data-verified-producers>
            <h2 id="producers-title">{t("verifiedProducers")}</h2>
            <ul className="plain-list showcase-list">
              {showcase.producers.map((producer) => (
                <li key={producer.slug}>
                  <Link to={`/producers/${producer.slug}`}>{producer.name}</Link>
                  <span className="muted">
                    {" "}
                    · {t(`common:sectors.${producer.sector}`)} · {regionNames[producer.regencyCode] ?? producer.regencyCode}
                  </span>{" "}
                  {producer.verifiedTypes.map((type) => (
                    <CertificationBadge key={type} certification={{ type, status: "verified" }} />
                  ))}
                </li>
              ))}
            </ul>
            <Link to="/catalog?verified=on">{t("allProducers")} →</Link>
          </section>
        ) : null}
      </div>
    </>
  );
}
