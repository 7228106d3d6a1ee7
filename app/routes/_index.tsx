import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDate, formatNumber } from "~/lib/format.ts";
import { getViewer } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { platformCounts } from "~/models/dinas/stats.server.ts";
import { useLocaleAndZone, useRootData } from "~/root-data.ts";

export const handle = { i18n: ["home"] };
export const meta: MetaFunction = () => [
  { title: "MitraIKM" },
  { name: "description", content: "Pasar kemitraan B2B untuk IKM Indonesia" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [viewer, counts, regions] = await Promise.all([getViewer(request), platformCounts(db()), loadRegions()]);
  const regionCode = viewer?.acting?.regionCode;
  const accountDeleted = new URL(request.url).searchParams.get("account") === "deleted";
  return { counts, regionName: regionCode ? regions.nameOf(regionCode) : null, now: new Date().toISOString(), accountDeleted };
}

export default function Home() {
  const { t } = useTranslation(["home", "common"]);
  const { counts, regionName, now, accountDeleted } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  const viewer = useRootData()?.viewer;
  return (
    <>
      {accountDeleted ? (
        <p className="notice success" role="status" data-account-deleted>
          {t("accountDeleted")}
        </p>
      ) : null}
      {viewer ? (
        <section className="card workspace">
          <h1>{t("welcome", { name: viewer.name })}</h1>
          {viewer.acting ? (
            <>
              <h2>{t("workspaceTitle", { organisation: viewer.acting.name })}</h2>
              <p className="muted">
                {t(`common:roles.${viewer.role}`)}
                {regionName ? ` · ${t("region", { region: regionName })}` : ""} · {t("timezone", { zone })} ·{" "}
                {t("today", { date: formatDate(now, locale, zone) })}
              </p>
              {viewer.acting.status === "pending" ? (
                <p className="notice warn" role="status">
                  {t("pendingNotice", { organisation: viewer.acting.name })}
                </p>
              ) : null}
              <h3>{t("youCan")}</h3>
              <ul className="permission-list">
                {viewer.permissions.map((p) => (
                  <li key={p} data-permission={p}>
                    {t(`permissions.${p}`, { nsSeparator: false })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("noOrganisation")}</p>
          )}
        </section>
      ) : (
        <section className="hero">
          <h1>{t("heroTitle")}</h1>
          <p>{t("heroText")}</p>
          <p className="actions">
            <Link to="/signup" className="button">
              {t("ctaSignup")}
            </Link>
            <Link to="/login">{t("ctaLogin")}</Link>
          </p>
        </section>
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
    </>
  );
}
