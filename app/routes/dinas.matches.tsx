import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { refused } from "~/http/replies.server.ts";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { moveMatch } from "~/routes/match-moves.server.ts";
import { requirePermission, regionScopeOf } from "~/http/guards.server.ts";
import { brokerMatches, declineReasonsIn } from "~/models/matches/match.server.ts";
import { needsAskingHelp } from "~/models/needs/need-help.server.ts";
import { nearMissesIn } from "~/matching/refresh.server.ts";
import { formatDate } from "~/lib/format.ts";
import { reasonWriter } from "~/matching/reasons.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { actionsFor } from "~/models/matches/match-workflow.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { readMatchState } from "~/models/domain.ts";
import { ListSection } from "~/components/list-section.tsx";
import { MatchCard } from "~/components/match-card.tsx";

export const handle = { i18n: ["matching", "errors"] };

async function requireBroker(request: Request) {
  const viewer = await requirePermission(request, "broker:match:region");
  const scope = regionScopeOf(viewer);
  if (!scope) throw new Response("Forbidden", { status: 403 });
  return { ...viewer, scope };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireBroker(request);
  const [matches, regions, declines, nearMisses, asking] = await Promise.all([
    brokerMatches(db(), viewer.scope),
    loadRegions(),
    declineReasonsIn(db(), viewer.scope),
    nearMissesIn(db(), viewer.scope),
    needsAskingHelp(db(), viewer.scope),
  ]);
  return {
    asking: asking.map((n) => ({ ...n, region: regions.nameOf(n.deliveryRegencyCode ?? n.deliveryProvinceCode), requiredCertifications: n.requiredCertifications.map((c) => c.type) })),
    matches: matches.map((m) => ({ ...m, state: readMatchState(m.state), region: regions.nameOf(m.producer.regencyCode) })),
    declines,
    nearMisses: nearMisses.map((n) => ({ ...n, gaps: n.breakdown.gaps })),
  };
}

const IntroduceSchema = z.object({ matchId: z.string().min(1).max(40), action: z.literal("introduce"), note: z.string().trim().max(500).optional() });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireBroker(request);
  const parsed = IntroduceSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return refused("invalid", { matchId: null });
  const result = await moveMatch(
    parsed.data.matchId,
    "introduce",
    { userId: viewer.user.id, role: viewer.role!, organisationId: viewer.acting?.organisationId ?? null, scope: viewer.scope },
    parsed.data.note || null,
  );
  if (!result.ok) return refused(result.error, { matchId: parsed.data.matchId });
  return { error: null, matchId: parsed.data.matchId };
}

export default function BrokerMatches() {
  const { t } = useTranslation(["matching", "errors", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const reasons = reasonWriter(t, locale, zone);
  const { matches, declines, nearMisses, asking } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("brokerTitle")}</h1>
      <ListSection id="help" title={t("helpTitle")} intro={t("helpIntro")} empty={t("helpNone")} count={asking.length}>
          {asking.map((n) => (
            <li key={n.id} data-help-need={n.id}>
              <h3>
                {n.title} <small className="muted">· {n.buyer.name} · {t("helpAskedOn", { date: formatDate(n.helpAskedAt!, locale, zone) })}</small>
              </h3>
              <p>{t("helpDetails", { quantity: n.quantity, unit: t(`common:units.${n.unit}`, { defaultValue: n.unit }), neededBy: formatDate(n.neededBy, locale, zone), region: n.region })}</p>
              {n.requiredCertifications.length > 0 ? <p className="muted">{n.requiredCertifications.map((c) => t(`common:certTypes.${c}`, { defaultValue: c })).join(", ")}</p> : null}
              <p className="muted">{n.description}</p>
            </li>
          ))}
      </ListSection>
      <ListSection id="brokered" title={t("brokerPartnerships")} intro={t("brokerIntro")} empty={t("brokerNone")} count={matches.length} ordered>
        {matches.map((m) => (
          <MatchCard
            key={m.id}
            match={m}
            heading={
              <>
                {m.need.title} <small className="muted">· {m.need.buyer.name}</small>
              </>
            }
            details={
              <>
                <Link to={`/producers/${m.producer.organisation.slug}`}>{m.producer.legalName}</Link> · {m.region} · {m.product?.name ?? ""}
              </>
            }
            error={actionData?.matchId === m.id ? actionData.error : null}
          >
            {actionsFor(m.state, "broker").includes("introduce") ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="matchId" value={m.id} />
                <label htmlFor={`note-${m.id}`} className="visually-hidden">
                  {t("introNote")}
                </label>
                <input id={`note-${m.id}`} name="note" placeholder={t("introNote")} maxLength={500} />
                <button type="submit" name="action" value="introduce" className="button small">
                  {t("actions.introduce")}
                </button>
              </Form>
            ) : null}
          </MatchCard>
        ))}
      </ListSection>
      <h2>{t("declineReasonsTitle")}</h2>
      <table data-decline-reasons>
        <thead>
          <tr>
            <th scope="col">{t("declineReason")}</th>
            <th scope="col">{t("declineCount")}</th>
          </tr>
        </thead>
        <tbody>
          {declines.map((d) => (
            <tr key={d.reason} data-reason={d.reason}>
              <td>{t(`declineReasons.${d.reason}`)}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListSection id="near-misses" title={t("regionNearMisses")} intro={t("regionNearMissesIntro")} empty={t("noRegionNearMisses")} count={nearMisses.length}>
        {nearMisses.map((n) => (
          <li key={`${n.need.id}-${n.producer.organisation.slug}`} data-near-miss>
            <h3>
              <Link to={`/producers/${n.producer.organisation.slug}`}>{n.producer.legalName}</Link> <small className="muted">· {n.need.title} ({n.need.buyer.name})</small>
            </h3>
            <p className="gap">{n.gaps.map((g) => reasons.gap(g)).join(" · ")}</p>
          </li>
        ))}
      </ListSection>
    </>
  );
}
