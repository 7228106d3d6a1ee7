import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { gapText, partText } from "~/lib/match-reasons.ts";
import { invariantResponse, requireBuyer } from "~/models/guards.server.ts";
import { suggestionsFor, type Suggestion } from "~/models/matching.server.ts";
import { findOwnNeed } from "~/models/need.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { searchEngine } from "~/search.server.ts";
import { useLocaleAndZone } from "~/root.tsx";

export const handle = { i18n: ["matching", "needs"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  const found = await findOwnNeed(db(), viewer.buyerId, params.needId ?? "");
  invariantResponse(found, "Not found");
  const [suggestions, regions] = await Promise.all([suggestionsFor(db(), searchEngine(), found.need.id), loadRegions()]);
  invariantResponse(suggestions, "Not found");
  const withRegion = (s: Suggestion) => ({ ...s, region: regions.nameOf(s.regencyCode) });
  return {
    need: { id: found.need.id, title: found.need.title, unit: found.need.unit, quantity: found.need.quantity },
    matches: suggestions.matches.map(withRegion),
    nearMisses: suggestions.nearMisses.map(withRegion),
    degraded: suggestions.degraded,
  };
}

export default function Suggestions() {
  const { t } = useTranslation(["matching", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const { need, matches, nearMisses, degraded } = useLoaderData<typeof loader>();
  type Row = (typeof matches)[number];
  const card = (s: Row) => (
    <li key={s.producerId} data-suggestion={s.producerId} data-verdict={s.verdict}>
      <div className="page-head">
        <h3>
          <Link to={`/producers/${s.producerSlug}`}>{s.producerName}</Link> <small className="muted">· {s.region}</small>
        </h3>
        <span className="badge" title={t("score", { score: s.score })}>
          {Math.round(s.score)}
        </span>
      </div>
      <p>{t("bestProduct", { name: s.productName })}</p>
      <p className="reasons" data-reasons>
        {s.parts
          .filter((p) => p.factor !== "text")
          .map((p) => partText(t, locale, zone, p, need.unit, need.quantity))
          .join(" · ")}
      </p>
      {s.gaps.length > 0 ? (
        <p className="gap" data-gaps>
          {s.gaps.map((g) => gapText(t, locale, zone, g as never)).join(" · ")}
        </p>
      ) : null}
    </li>
  );
  return (
    <>
      <p>
        <Link to={`/workspace/needs/${need.id}`}>← {t("back")}</Link>
      </p>
      <h1>
        {t("title")}: {need.title}
      </h1>
      <p className="muted">{t("intro")}</p>
      {degraded ? (
        <p className="notice warn" role="status">
          {t("degraded")}
        </p>
      ) : null}
      {matches.length === 0 ? <p className="card">{t("noMatches")}</p> : null}
      <ol className="suggestions">{matches.map(card)}</ol>
      {nearMisses.length > 0 ? (
        <section aria-labelledby="near-title">
          <h2 id="near-title">{t("nearTitle")}</h2>
          <p className="muted">{t("nearIntro")}</p>
          <ol className="suggestions">{nearMisses.map(card)}</ol>
        </section>
      ) : null}
    </>
  );
}
