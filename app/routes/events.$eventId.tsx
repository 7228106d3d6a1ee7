// One temu bisnis as everyone sees it; for a signed-in buyer or producer also its seat:
// registration, availability, the participants it may ask to meet (the matcher's suggestions
// first) and the requests it sent and received.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ActionError } from "~/components/action-error.tsx";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionButton } from "~/components/action-button.tsx";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDate, formatDateTime, formatTime } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import { partnersFor, requestsOf } from "~/models/events/event-meetings.server.ts";
import { publicEvent, seatOf, slotIndexes } from "~/models/events/event.server.ts";
import { getViewer, invariantResponse } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { ChoiceButtons } from "~/components/choice-buttons.tsx";
import { Notice } from "~/components/notice.tsx";
import { participantEventAction, type ActionData } from "./event-participant-actions.server.ts";

export const handle = { i18n: ["events", "errors", "common"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.event.title} · MitraIKM` : "MitraIKM" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const event = await publicEvent(db(), params.eventId!);
  invariantResponse(event, "Not found");
  const viewer = await getViewer(request);
  const org = viewer?.acting && (viewer.role === "buyer" || viewer.role === "producer") ? viewer.acting : null;
  const seat = org ? await seatOf(db(), event.id, org.organisationId) : null;
  const [partners, [sent, received], regions] = await Promise.all([
    seat?.status === "approved" ? partnersFor(db(), event.id, seat) : Promise.resolve([]),
    seat ? requestsOf(db(), seat.id) : Promise.resolve([[], []] as const),
    loadRegions(),
  ]);
  return {
    event: {
      ...event,
      sectors: event.sectors as string[],
      regionNames: (event.regions as string[]).map((code) => regions.nameOf(code)),
      zone: zoneOfRegion(event.regionCode),
    },
    org: org && { name: org.name },
    signedIn: viewer !== null,
    seat: seat && { id: seat.id, status: seat.status, role: seat.role, available: slotIndexes(seat.availableSlots) },
    partners,
    sent,
    received,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return participantEventAction(request, params.eventId!);
}

export default function EventPage() {
  const { t } = useTranslation(["events", "errors", "common"]);
  const { event, org, signedIn, seat, partners, sent, received } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionData | undefined;
  const { locale } = useLocaleAndZone();
  const zone = event.zone;
  const first = event.slots[0];
  const last = event.slots[event.slots.length - 1];
  const now = Date.now();
  const registrationOpen = event.status === "published" && now >= new Date(event.registrationOpensAt).getTime() && now <= new Date(event.registrationClosesAt).getTime();
  return (
    <>
      <p>
        <Link to="/events">← {t("publicTitle")}</Link>
      </p>
      <h1>{event.title}</h1>
      {event.status === "cancelled" ? (
        <p className="notice warn" role="status">
          {t("cancelled")}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("organiser")}</dt>
        <dd>{event.organisation.name}</dd>
        {first && last ? (
          <>
            <dt>{t("when")}</dt>
            <dd>
              {formatDateTime(first.startsAt, locale, zone)} – {formatDateTime(last.endsAt, locale, zone)}
            </dd>
          </>
        ) : null}
        {event.venue ? (
          <>
            <dt>{t("venue")}</dt>
            <dd>{event.venue}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t("onlineUrl")}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t("registration")}</dt>
        <dd>
          {t("registrationWindow", { from: formatDate(event.registrationOpensAt, locale, zone), to: formatDate(event.registrationClosesAt, locale, zone) })} ·{" "}
          {t("seats", { count: event._count.participants, capacity: event.capacity })}
        </dd>
        <dt>{t("sectorsOfInterest")}</dt>
        <dd>{event.sectors.length ? event.sectors.map((s) => t(`common:sectors.${s}`)).join(", ") : t("allSectors")}</dd>
        <dt>{t("regionsOfInterest")}</dt>
        <dd>{event.regionNames.length ? event.regionNames.join(", ") : t("allRegions")}</dd>
        <dt>{t("slotsTitle")}</dt>
        <dd>{t("slotsSummary", { count: event.slots.length, minutes: event.slotMinutes, tables: event.tables })}</dd>
      </dl>
      <p className="event-description">{event.description}</p>

      {result?.ok && result.message ? (
        <Notice>{t(result.message)}</Notice>
      ) : null}
      {result && !result.ok ? <ActionError error={result.error} /> : null}

      {!seat ? (
        <section className="card">
          {!signedIn ? (
            <p>
              <Link to={`/login?redirectTo=/events/${event.id}`}>{t("signInToRegister")}</Link>
            </p>
          ) : !org ? (
            <p>{t("onlyBuyersProducers")}</p>
          ) : registrationOpen ? (
            <Form method="post">
              <p>{t("registerAsOrg", { org: org.name })}</p>
              <button type="submit" name="intent" value="register" className="button">
                {t("register")}
              </button>
            </Form>
          ) : (
            <p>{t("errors:registration_closed")}</p>
          )}
        </section>
      ) : (
        <>
          <p className="card" data-seat-status={seat.status}>
            {t("yourStatus", { status: t(`statuses.${seat.status}`) })}
            {seat.status === "approved" ? (
              <>
                {" · "}
                <Link to={`/events/${event.id}/agenda`}>{t("agendaLink")}</Link>
              </>
            ) : null}
          </p>
          {seat.status !== "rejected" ? (
            <section className="card" id="availability">
              <h2>{t("availabilityTitle")}</h2>
              <p className="muted">{t("availabilityIntro")}</p>
              <Form method="post">
                <div className="checkbox-grid">
                  {event.slots.map((s) => (
                    <label key={s.index} className="radio">
                      <input type="checkbox" name="slot" value={s.index} defaultChecked={seat.available.includes(s.index)} /> {formatDateTime(s.startsAt, locale, zone)}–
                      {formatTime(s.endsAt, locale, zone)}
                    </label>
                  ))}
                </div>
                <button type="submit" name="intent" value="availability" className="button small">
                  {t("saveAvailability")}
                </button>
              </Form>
            </section>
          ) : null}
          {seat.status === "approved" ? (
            <section className="card" id="partners">
              <h2>{t("partnersTitle")}</h2>
              <p className="muted">{t("partnersIntro")}</p>
              {partners.length === 0 ? <p>{t("noPartners")}</p> : null}
              <ul className="card-list">
                {partners.map((p) => (
                  <li key={p.id} data-partner={p.id}>
                    <strong>{p.organisation.name}</strong> ({t(`roles.${p.role}`)}){p.matchScore !== null ? <span className="badge">{t("matchScore", { score: Math.round(p.matchScore) })}</span> : null}{" "}
                    {p.requested ? (
                      <span className="badge muted">{t("requested")}</span>
                    ) : (
                      <ActionButton intent="request" fields={{ toId: p.id }} label={t("requestMeeting")} />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="card" id="requests">
            <h2>{t("requestsTitle")}</h2>
            <h3>{t("received")}</h3>
            <RequestList rows={received} side="to" />
            <h3>{t("sent")}</h3>
            <RequestList rows={sent} side="from" />
          </section>
        </>
      )}
    </>
  );
}

type RequestRow = { id: string; status: string; from: { organisation: { name: string } }; to: { organisation: { name: string } } };

function RequestList({ rows, side }: { rows: readonly RequestRow[]; side: "from" | "to" }) {
  const { t } = useTranslation("events");
  if (rows.length === 0) return <p className="muted">{t("noRequests")}</p>;
  return (
    <ul className="card-list">
      {rows.map((r) => (
        <li key={r.id} data-request={r.id} data-status={r.status}>
          {side === "to" ? r.from.organisation.name : r.to.organisation.name} · {t(`requestStatuses.${r.status}`)}{" "}
          <Form method="post" className="inline">
            <input type="hidden" name="intent" value="answer" />
            <input type="hidden" name="requestId" value={r.id} />
            {side === "to" && r.status === "pending" ? (
              <ChoiceButtons
                name="answer"
                choices={[
                  { value: "accepted", label: t("accept") },
                  { value: "declined", label: t("decline") },
                ]}
              />
            ) : null}
            {side === "from" && (r.status === "pending" || r.status === "accepted") ? (
              <button type="submit" name="answer" value="withdrawn" className="button small secondary">
                {t("withdraw")}
              </button>
            ) : null}
          </Form>
        </li>
      ))}
    </ul>
  );
}
