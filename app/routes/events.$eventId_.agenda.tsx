// A participant's agenda: print-friendly (venue internet is unreliable), with the calendar
// file and a WhatsApp share of the same list.
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { refused } from "~/http/replies.server.ts";
import { ActionError } from "~/components/action-error.tsx";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionButton } from "~/components/action-button.tsx";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { moveMatch } from "~/routes/match-moves.server.ts";
import { matchesBetween } from "~/models/events/event-day.server.ts";
import { requireViewer } from "~/http/guards.server.ts";
import { matchFromStoredSuggestion } from "~/models/matches/match.server.ts";
import { ACTIONS_AFTER_MEETING, actionsFor } from "~/models/matches/match-workflow.ts";
import { useTranslation } from "react-i18next";
import { agendaAsText, whatsAppLink } from "~/lib/agenda-text.ts";
import { formatDateTime, formatTime } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import { loadAgenda } from "~/routes/agenda.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { readMatchState } from "~/models/domain.ts";

export const handle = { i18n: ["events", "matching", "errors"] };


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event, org, items, organisationId, role } = await loadAgenda(request, params.eventId!);
  const withPartnerships = await Promise.all(
    items.map(async (i) => ({
      ...i,
      partnerships:
        role === "buyer" && i.withRole === "producer"
          ? (await matchesBetween(db(), organisationId, i.withOrganisationId)).map((p) => ({ ...p, actions: actionsFor(readMatchState(p.state), "buyer").filter((a) => (ACTIONS_AFTER_MEETING as readonly string[]).includes(a)) }))
          : [],
    })),
  );
  return { event: { id: event.id, title: event.title, venue: event.venue, zone: zoneOfRegion(event.regionCode) }, org, items: withPartnerships };
}

const AdvanceSchema = z.object({ meetingId: z.string().min(1).max(40), needId: z.string().min(1).max(40), action: z.enum(ACTIONS_AFTER_MEETING) });

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const { event, items, organisationId, role } = await loadAgenda(request, params.eventId!);
  const parsed = AdvanceSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return refused("invalid", {});
  const meeting = items.find((i) => i.id === parsed.data.meetingId);
  if (role !== "buyer" || !meeting || meeting.withRole !== "producer") return refused("not_found", {});
  const need = await db().need.findFirst({ where: { id: parsed.data.needId, buyerId: organisationId }, select: { id: true } });
  const producer = await db().producerProfile.findUnique({ where: { organisationId: meeting.withOrganisationId }, select: { id: true } });
  const match = need && producer ? await matchFromStoredSuggestion(db(), need.id, producer.id) : null;
  if (!match) return refused("not_found", {});
  const moved = await moveMatch(match.id, parsed.data.action, { userId: viewer.user.id, role: "buyer", organisationId, scope: null }, `event:${event.id}`);
  return moved.ok ? { ok: true, error: null } : refused(moved.error, {});
}

export default function Agenda() {
  const { t } = useTranslation(["events", "matching", "errors"]);
  const { event, org, items } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { locale } = useLocaleAndZone();
  const text = agendaAsText(t, event.title, org, items, locale, event.zone);
  return (
    <section className="card">
      <p className="no-print">
        <Link to={`/events/${event.id}`}>← {event.title}</Link>
      </p>
      <h1>{t("agendaTitle", { org })}</h1>
      <p>
        {event.title}
        {event.venue ? ` · ${event.venue}` : ""}
      </p>
      {result && !result.ok ? <ActionError error={result.error} /> : null}
      {items.length === 0 ? (
        <p>{t("agendaEmpty")}</p>
      ) : (
        <table className="agenda-table" data-agenda>
          <thead>
            <tr>
              <th>{t("agendaTime")}</th>
              <th>{t("agendaTable")}</th>
              <th>{t("agendaWith")}</th>
              <th className="no-print">{t("partnershipTitle")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-meeting={i.id}>
                <td>
                  {formatDateTime(i.startsAt, locale, event.zone)}–{formatTime(i.endsAt, locale, event.zone)}
                </td>
                <td>{i.table}</td>
                <td>{i.with}</td>
                <td className="no-print" data-partnerships>
                  {i.partnerships.map((p) => (
                    <div key={p.needId} data-need={p.needId} data-state={p.state}>
                      {p.title} · {t(`matching:states.${p.state}`)}{" "}
                      {p.actions.map((a) => (
                        <ActionButton key={a} fields={{ meetingId: i.id, needId: p.needId, action: a }} label={t(`matching:actions.${a}`)} />
                      ))}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t("print")}
        </button>
        <a className="button secondary" href={`/events/${event.id}/agenda.ics`} download>
          {t("downloadIcs")}
        </a>
        <a className="button secondary" href={whatsAppLink(text)} target="_blank" rel="noopener noreferrer">
          {t("shareWhatsApp")}
        </a>
      </p>
    </section>
  );
}
