import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { refused } from "~/http/replies.server.ts";
import { ActionError } from "~/components/action-error.tsx";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { moveMatch } from "~/routes/match-moves.server.ts";
import { formatDate } from "~/lib/format.ts";
import { reasonWriter } from "~/matching/reasons.ts";
import { invariantResponse, requireBuyer, regionScopeOf } from "~/http/guards.server.ts";
import type { MatchState } from "~/models/domain.ts";
import { matchStatesOfNeed, recordSuggestion } from "~/models/matches/match.server.ts";
import { actionsFor, DECLINE_REASONS, MATCH_ACTIONS } from "~/models/matches/match-workflow.ts";
import { QUOTABLE_MATCH_STATES } from "~/models/quotations/quotation-workflow.ts";
import { suggestionsFor, type Suggestion } from "~/matching/suggestions.server.ts";
import { suggestionsToShow } from "~/matching/stored-suggestions.server.ts";
import { lessonCounts } from "~/matching/lessons.server.ts";
import { LESSON_BUYERS, lessonsIn } from "~/matching/lessons.ts";
import { needWords, thingOf } from "~/matching/fit.ts";
import { askDinasHelp } from "~/models/needs/need-help.server.ts";
import { ownNeedSummary } from "~/models/needs/need.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { searchEngine } from "~/search.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["matching", "needs", "errors", "orders", "catalog", "quotations"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  const need = await ownNeedSummary(db(), viewer.buyerId, params.needId ?? "");
  invariantResponse(need, "Not found");
  const nearPage = pageOf(new URL(request.url).searchParams.get("near"));
  const [suggestions, regions, states, lessons] = await Promise.all([
    suggestionsToShow(db(), searchEngine(), need.id, new Date(), { nearPage }),
    loadRegions(),
    matchStatesOfNeed(db(), need.id),
    lessonCounts(db(), need.title),
  ]);
  invariantResponse(suggestions, "Not found");
  const withRegion = (s: Suggestion) => ({ ...s, region: regions.nameOf(s.regencyCode), state: states[s.producerId]?.state ?? ("suggested" as MatchState), matchId: states[s.producerId]?.id ?? null, interested: states[s.producerId]?.interested ?? false });
  return {
    need,
    matches: suggestions.matches.map(withRegion),
    nearMisses: suggestions.nearMisses.map(withRegion),
    nearPage: Math.min(nearPage, suggestions.nearMissPages),
    nearMissPages: suggestions.nearMissPages,
    degraded: suggestions.degraded,
    // The title's words the matcher read as others (a slip of the keyboard), said to the buyer.
    readAs: needWords(need.title).slips ?? [],
    // What buyers taught of the thing this need names, for the buyer to see why a kind of product is (not) suggested.
    taught: { thing: thingOf(need.title)?.phrase ?? "", lessons: lessonsIn(lessons) },
  };
}

/** A page number from the address: anything but a whole number from 1 is the first page. */
function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 1_000 ? page : 1;
}

const ActSchema = z
  .object({
    producerId: z.string().min(1).max(40),
    action: z.enum(MATCH_ACTIONS),
    reason: z.enum(DECLINE_REASONS, { error: "choose_one" }).optional(),
  })
  .refine((v) => v.action !== "decline" || v.reason !== undefined, { path: ["reason"], message: "choose_one" });

/**
 * The buyer acts on a suggestion (it becomes a Match row, if not yet, and moves by the
 * workflow), or asks the region's dinas to find producers when nothing fits.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireBuyer(request);
  const need = await ownNeedSummary(db(), viewer.buyerId, params.needId ?? "");
  invariantResponse(need, "Not found");
  const form = Object.fromEntries(await readForm(request));
  if (form.intent === "askDinas") {
    const asked = await askDinasHelp(db(), { buyerId: viewer.buyerId, needId: need.id });
    return asked.ok ? { ok: true, error: null, producerId: null, state: null } : refused(asked.error, { producerId: null, state: null });
  }
  const parsed = ActSchema.safeParse(form);
  // The error shows on the card the buyer acted on (a decline without its reason, say).
  const actedOn = typeof form.producerId === "string" ? form.producerId : null;
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "invalid", { producerId: actedOn, state: null });
  const { producerId, action: move, reason } = parsed.data;
  let matchId = (await matchStatesOfNeed(db(), need.id))[producerId]?.id;
  if (!matchId) {
    // Only a producer the matcher suggests now can be acted on; its breakdown is kept.
    // The matcher now, not the stored ranking: a partnership starts only with a producer that qualifies at this moment.
    const suggestions = await suggestionsFor(db(), searchEngine(), need.id, new Date(), { nearPage: pageOf(typeof form.nearPage === "string" ? form.nearPage : null) });
    const suggestion = [...(suggestions?.matches ?? []), ...(suggestions?.nearMisses ?? [])].find((s) => s.producerId === producerId);
    if (!suggestion) return refused("not_suggested", { producerId, state: null });
    matchId = await recordSuggestion(db(), need.id, suggestion);
  }
  const result = await moveMatch(
    matchId,
    move,
    { userId: viewer.user.id, role: "buyer", organisationId: viewer.buyerId, scope: regionScopeOf(viewer) },
    reason ?? null,
  );
  if (!result.ok) return refused(result.error, { producerId, state: null });
  return { ok: true, error: null, producerId, state: result.state };
}

export default function Suggestions() {
  const { t } = useTranslation(["matching", "common", "errors", "catalog", "orders", "quotations"]);
  const { locale, zone } = useLocaleAndZone();
  const { need, matches, nearMisses, nearPage, nearMissPages, degraded, readAs, taught } = useLoaderData<typeof loader>();
  const reasons = reasonWriter(t, locale, zone);
  const actionData = useActionData<typeof action>();
  type Row = (typeof matches)[number];
  const gapsText = (gaps: Row["gaps"]) => gaps.map((g) => reasons.gap(g as never)).join(" · ");
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
      {/* A producer with nothing that fits is shown by its closest product, not as offering the thing. */}
      <p>{t(s.passedOver ? (s.verdict === "match" ? "bestQualifying" : "bestNearlyQualifying") : s.fit === "words" ? "bestProduct" : "closestProduct", { name: s.productName })}</p>
      {/* Shown through another product: say which closer one it sells and what keeps that one out. */}
      {s.passedOver ? (
        <p className="muted" data-passed-over>
          {t("passedOver", { name: s.passedOver.productName, gaps: gapsText(s.passedOver.gaps) })}
        </p>
      ) : null}
      <p className="reasons" data-reasons>
        {/* The fit first: it decides the order before the other points do. */}
        {s.parts.map((p) => reasons.part(p, need.unit, need.quantity)).join(" · ")}
      </p>
      {s.gaps.length > 0 ? (
        <p className="gap" data-gaps>
          {gapsText(s.gaps)}
        </p>
      ) : null}
      <div className="actions" data-state={s.state}>
        <span className={`badge state-${s.state}`}>{t(`states.${s.state}`)}</span>
        {s.interested ? (
          <span className="badge" data-interested>
            {t("interested")}
          </span>
        ) : null}
        {actionsFor(s.state, "buyer")
          .filter((a) => a !== "decline")
          .map((a) => (
            <Form key={a} method="post" className="inline">
              <input type="hidden" name="producerId" value={s.producerId} />
              <input type="hidden" name="nearPage" value={nearPage} />
              <button type="submit" name="action" value={a} className="button small">
                {t(`actions.${a}`)}
              </button>
            </Form>
          ))}
        {s.matchId ? (
          <Link to={`/matches/${s.matchId}/messages`} className="button small secondary">
            {t("messages.open")}
          </Link>
        ) : null}
        {(QUOTABLE_MATCH_STATES as readonly string[]).includes(s.state) ? (
          <Link to={`/workspace/needs/${need.id}/quotations?producer=${s.producerId}#ask`} className="button small secondary" data-ask-quotation>
            {t("quotations:askLink")}
          </Link>
        ) : null}
        {s.state === "confirmed" && s.matchId ? (
          <Link to={`/orders/new?match=${s.matchId}`} className="button small">
            {t("orders:orderFromMatch")}
          </Link>
        ) : null}
        {actionsFor(s.state, "buyer").includes("decline") ? (
          <Form method="post" className="inline-form">
            <input type="hidden" name="producerId" value={s.producerId} />
            <input type="hidden" name="nearPage" value={nearPage} />
            <label htmlFor={`reason-${s.producerId}`} className="visually-hidden">
              {t("declineReason")}
            </label>
            <select id={`reason-${s.producerId}`} name="reason" defaultValue="">
              <option value="">{t("declineReason")}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`declineReasons.${r}`)}
                </option>
              ))}
            </select>
            <button type="submit" name="action" value="decline" className="button small secondary">
              {t("actions.decline")}
            </button>
          </Form>
        ) : null}
      </div>
      {actionData && actionData.producerId === s.producerId && actionData.error ? <ActionError error={actionData.error} inline /> : null}
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
      <p>
        <Link to={`/workspace/needs/${need.id}/quotations`}>{t("quotations:needTitle", { need: need.title })}</Link>
      </p>
      {readAs.length > 0 ? (
        <p className="muted" data-read-as>
          {readAs.map((s) => t("readAs", { written: s.written, meant: s.meant })).join(" ")}
        </p>
      ) : null}
      {taught.lessons.length > 0 ? (
        <details className="card" data-taught>
          <summary>
            {t("taught.title")} ({taught.lessons.length})
          </summary>
          <p className="muted">{t("taught.intro", { thing: taught.thing, count: LESSON_BUYERS })}</p>
          <ul>
            {taught.lessons.map((l) => (
              <li key={l.productKey}>{t(l.taken ? "taught.taken" : "taught.declined", { product: l.productPhrase, count: l.buyers })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {degraded ? (
        <p className="notice warn" role="status">
          {t("degraded")}
        </p>
      ) : null}
      {matches.length === 0 ? (
        <section className="card" data-no-suggestions>
          <p>
            <strong>{t("noSuggestions")}</strong>
          </p>
          {nearMisses.length > 0 ? <p>{t("noSuggestionsNear")}</p> : null}
          {need.helpAskedAt ? (
            <p data-help-asked>{t("helpAsked", { date: formatDate(need.helpAskedAt, locale, zone) })}</p>
          ) : (
            <Form method="post">
              <p className="muted">{t("askDinasIntro")}</p>
              <button type="submit" name="intent" value="askDinas" className="button">
                {t("askDinas")}
              </button>
            </Form>
          )}
          {actionData && !actionData.ok && actionData.producerId === null ? <ActionError error={actionData.error} inline /> : null}
        </section>
      ) : null}
      <ol className="suggestions">{matches.map(card)}</ol>
      {nearMisses.length > 0 ? (
        <section aria-labelledby="near-title">
          <h2 id="near-title">{t("nearTitle")}</h2>
          <p className="muted">{t("nearIntro")}</p>
          <ol className="suggestions">{nearMisses.map(card)}</ol>
          {nearMissPages > 1 ? (
            <nav className="pager" aria-label={t("nearPages")}>
              {nearPage > 1 ? <Link to={`?near=${nearPage - 1}#near-title`}>← {t("catalog:prev")}</Link> : null}
              <span>{t("catalog:pageOf", { page: nearPage, pageCount: nearMissPages })}</span>
              {nearPage < nearMissPages ? <Link to={`?near=${nearPage + 1}#near-title`}>{t("catalog:next")} →</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
