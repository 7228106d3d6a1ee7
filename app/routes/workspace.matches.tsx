import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { moveMatch } from "~/lib/match-moves.server.ts";
import { formatDate } from "~/lib/format.ts";
import { quantityLabel } from "~/lib/need-view.ts";
import type { MatchState } from "~/models/domain.ts";
import { requireProducer } from "~/models/guards.server.ts";
import { producerMatches } from "~/models/match.server.ts";
import { actionsFor, MATCH_ACTIONS } from "~/models/match-workflow.ts";
import { useLocaleAndZone } from "~/root.tsx";

export const handle = { i18n: ["matching", "needs", "errors"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const matches = await producerMatches(db(), viewer.producerId);
  return { matches: matches.map((m) => ({ ...m, state: m.state as MatchState })) };
}

const ActSchema = z.object({ matchId: z.string().min(1).max(40), action: z.enum(MATCH_ACTIONS) });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const parsed = ActSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "invalid", matchId: null }, { status: 400 });
  const result = await moveMatch(
    parsed.data.matchId,
    parsed.data.action,
    { userId: viewer.user.id, role: "producer", organisationId: viewer.acting!.organisationId, scope: null },
    null,
  );
  if (!result.ok) return data({ error: result.error, matchId: parsed.data.matchId }, { status: 409 });
  return { error: null, matchId: parsed.data.matchId };
}

export default function MyMatches() {
  const { t } = useTranslation(["matching", "needs", "errors", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const { matches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("myMatches")}</h1>
      <p className="muted">{t("myMatchesIntro")}</p>
      {matches.length === 0 ? <p className="card">{t("noMatches")}</p> : null}
      <ol className="suggestions">
        {matches.map((m) => (
          <li key={m.id} data-match={m.id} data-state={m.state}>
            <h3>
              <Link to={`/needs/${m.need.id}`}>{m.need.title}</Link> <small className="muted">· {m.need.buyer.name}</small>
            </h3>
            <p>
              {m.product?.name ?? ""} · {quantityLabel(t, locale, m.need)} · {t("needs:neededBy")}: {formatDate(m.need.neededBy, locale, zone)}
            </p>
            <div className="actions">
              <span className={`badge state-${m.state}`}>{t(`states.${m.state}`)}</span>
              {m.state === "declined" && m.events[0]?.note ? <span>{t("reasonGiven", { reason: t(`declineReasons.${m.events[0].note}`) })}</span> : null}
              {actionsFor(m.state, "producer").map((a) => (
                <Form key={a} method="post" className="inline">
                  <input type="hidden" name="matchId" value={m.id} />
                  <button type="submit" name="action" value={a} className={a === "withdraw" ? "button small secondary" : "button small"}>
                    {t(`actions.${a}`)}
                  </button>
                </Form>
              ))}
            </div>
            {actionData?.matchId === m.id && actionData.error ? (
              <p className="field-errors" role="alert">
                {t(`errors:${actionData.error}`, { defaultValue: t("errors:invalid") })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
