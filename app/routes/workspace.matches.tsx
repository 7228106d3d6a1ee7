import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { refused } from "~/http/replies.server.ts";
import { ActionError } from "~/components/action-error.tsx";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VerifiedBadge } from "~/components/verified-badge.tsx";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { moveMatch } from "~/routes/match-moves.server.ts";
import { formatDate } from "~/lib/format.ts";
import { quantityLabel } from "~/lib/need-view.ts";
import { ContactDetails } from "~/components/contact-details.tsx";
import { buyerContacts, sharesContacts } from "~/models/producers/contacts.server.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { expressInterest, producerMatches } from "~/models/matches/match.server.ts";
import { needsSuggestedTo } from "~/matching/refresh.server.ts";
import { reasonWriter } from "~/matching/reasons.ts";
import { actionsFor, MATCH_ACTIONS } from "~/models/matches/match-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { isVerifiedBuyer, readMatchState } from "~/models/domain.ts";
import { ListSection } from "~/components/list-section.tsx";
import { MatchCard } from "~/components/match-card.tsx";

export const handle = { i18n: ["matching", "needs", "errors", "trade"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const producer = { id: viewer.producerId, organisationId: viewer.acting!.organisationId };
  const [matches, suggested] = await Promise.all([producerMatches(db(), viewer.producerId), needsSuggestedTo(db(), producer)]);
  const acted = new Set(matches.map((m) => m.need.id));
  // The buyer's people, once the partnership has been introduced or accepted (contacts.server.ts).
  const contacts = await buyerContacts(db(), [...new Set(matches.filter((m) => sharesContacts(m.state)).map((m) => m.need.buyerId))]);
  return {
    matches: matches.map((m) => ({ ...m, state: readMatchState(m.state), buyerContacts: sharesContacts(m.state) ? (contacts.get(m.need.buyerId) ?? null) : null })),
    // Needs already in the list above are not offered again.
    suggested: suggested
      .filter((s) => !acted.has(s.need.id))
      .map((s) => ({ ...s, interested: s.need.matches.some((m) => m.interestedAt !== null) })),
  };
}

const ActSchema = z.object({ matchId: z.string().min(1).max(40), action: z.enum(MATCH_ACTIONS) });
const InterestSchema = z.object({ intent: z.literal("interest"), needId: z.string().min(1).max(40) });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const form = Object.fromEntries(await readForm(request));
  if (form.intent === "interest") {
    const interest = InterestSchema.safeParse(form);
    if (!interest.success) return refused("invalid", { matchId: null, needId: null });
    const { needId } = interest.data;
    const result = await expressInterest(db(), { id: viewer.producerId, organisationId: viewer.acting!.organisationId }, needId, viewer.user.id);
    if (!result.ok) return data({ error: result.error, matchId: null, needId }, { status: result.error === "not_found" ? 404 : 409 });
    return { error: null, matchId: null, needId };
  }
  const parsed = ActSchema.safeParse(form);
  if (!parsed.success) return refused("invalid", { matchId: null, needId: null });
  const result = await moveMatch(
    parsed.data.matchId,
    parsed.data.action,
    { userId: viewer.user.id, role: "producer", organisationId: viewer.acting!.organisationId, scope: null },
    null,
  );
  if (!result.ok) return refused(result.error, { matchId: parsed.data.matchId, needId: null });
  return { error: null, matchId: parsed.data.matchId, needId: null };
}

export default function MyMatches() {
  const { t } = useTranslation(["matching", "needs", "errors", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const reasons = reasonWriter(t, locale, zone);
  const { matches, suggested } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("myMatches")}</h1>
      <p className="muted">{t("myMatchesIntro")}</p>
      {matches.length === 0 ? <p className="card">{t("noMatches")}</p> : null}
      <ol className="suggestions">
        {matches.map((m) => (
          <MatchCard
            key={m.id}
            match={m}
            heading={
              <>
                <Link to={`/needs/${m.need.id}`}>{m.need.title}</Link> <small className="muted">· {m.need.buyer.name}</small> <VerifiedBadge verified={isVerifiedBuyer(m.need.buyer)} />
              </>
            }
            details={
              <>
                {m.product?.name ?? ""} · {quantityLabel(t, locale, m.need)} · {t("needs:neededBy")}: {formatDate(m.need.neededBy, locale, zone)}
              </>
            }
            error={actionData?.matchId === m.id ? actionData.error : null}
            after={m.buyerContacts ? <ContactDetails access="visible" contacts={m.buyerContacts} headingLevel={3} /> : null}
          >
            {m.state === "declined" && m.events[0]?.note ? <span>{t("reasonGiven", { reason: t(`declineReasons.${m.events[0].note}`) })}</span> : null}
            {actionsFor(m.state, "producer").map((a) => (
              <Form key={a} method="post" className="inline">
                <input type="hidden" name="matchId" value={m.id} />
                <button type="submit" name="action" value={a} className={a === "withdraw" ? "button small secondary" : "button small"}>
                  {t(`actions.${a}`)}
                </button>
              </Form>
            ))}
          </MatchCard>
        ))}
      </ol>
      <ListSection id="suggested-needs" title={t("suggestedNeeds")} intro={t("suggestedNeedsIntro")} empty={t("noSuggestedNeeds")} count={suggested.length} ordered>
        {suggested.map((s) => (
          <li key={s.need.id} id={`need-${s.need.id}`} data-suggested-need={s.need.id} data-verdict={s.verdict}>
            <h3>
              <Link to={`/needs/${s.need.id}`}>{s.need.title}</Link> <small className="muted">· {s.need.buyer.name}</small>
            </h3>
            <p>
              {t("bestProduct", { name: s.product.name })} · {quantityLabel(t, locale, s.need)} · {t("needs:neededBy")}: {formatDate(s.need.neededBy, locale, zone)}
            </p>
            <p className="reasons" data-reasons>
              {s.breakdown.parts
                // The fit's words are the buyer's concern; another size than asked is the producer's to fix.
                .filter((p) => p.factor !== "text" || p.reason === "textOtherSize")
                .map((p) => reasons.part(p, s.need.unit, s.need.quantity))
                .join(" · ")}
            </p>
            {s.verdict === "near" ? (
              <p className="gap" data-gaps>
                {t("toQualify")} {s.breakdown.gaps.map((g) => reasons.gap(g)).join(" · ")}
              </p>
            ) : null}
            <div className="actions">
              {s.interested ? (
                <span className="badge">{t("interestSent")}</span>
              ) : (
                <Form method="post" className="inline">
                  <input type="hidden" name="needId" value={s.need.id} />
                  <button type="submit" name="intent" value="interest" className="button small">
                    {t("expressInterest")}
                  </button>
                </Form>
              )}
            </div>
            {actionData?.needId === s.need.id && actionData.error ? <ActionError error={actionData.error} inline /> : null}
          </li>
        ))}
      </ListSection>
    </>
  );
}
