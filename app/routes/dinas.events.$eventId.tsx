// The officer's page for one event: publish or cancel it, decide registrations, invite,
// add meetings for brokered matches, answer requests for participants who are not online,
// run the scheduler and publish the schedule, and see the slot × table grid.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ActionError } from "~/components/action-error.tsx";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionButton } from "~/components/action-button.tsx";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { meetingRequestsOf, meetingsOf } from "~/models/events/event-meetings.server.ts";
import { EventDashboard } from "~/components/event-dashboard.tsx";
import { ScheduleGrid } from "~/components/schedule-grid.tsx";
import { eventFigures } from "~/models/events/event-day.server.ts";
import { managedEvent, organisationsToInvite, participantsOf } from "~/models/events/event.server.ts";
import { invariantResponse, requireEventManager } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { manageEventAction, type ActionData } from "./event-manage-actions.server.ts";
import { Notice } from "~/components/notice.tsx";
import { EventDaySection, MeetingRequestsSection, RegistrationsSection } from "~/components/event-officer-sections.tsx";

export const handle = { i18n: ["events", "errors", "common"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireEventManager(request);
  const event = await managedEvent(db(), params.eventId!, viewer.manager);
  invariantResponse(event, "Not found");
  const q = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  const [participants, meetings, requests, found, figures] = await Promise.all([
    participantsOf(db(), event.id),
    meetingsOf(db(), event.id),
    meetingRequestsOf(db(), event.id),
    organisationsToInvite(db(), q),
    eventFigures(db(), event.id),
  ]);
  return { event, participants, meetings, requests, found, q, figures };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return manageEventAction(request, params.eventId!);
}

export default function ManageEvent() {
  const { t } = useTranslation(["events", "errors", "common"]);
  const { event, participants, meetings, requests, found, q, figures } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionData | undefined;
  const { locale, zone } = useLocaleAndZone();
  const approved = participants.filter((p) => p.status === "approved");
  const drafts = meetings.filter((m) => !m.publishedAt).length;
  return (
    <>
      <p>
        <Link to="/dinas/events">← {t("back")}</Link>
      </p>
      <h1>
        {event.title} <span className="badge muted">{t(`eventStatuses.${event.status}`)}</span>
      </h1>
      <p className="muted">
        {event.organisation.name} · {t("slotsSummary", { count: event.slots.length, minutes: event.slotMinutes, tables: event.tables })}
        {event.status !== "draft" ? (
          <>
            {" · "}
            <Link to={`/events/${event.id}`}>{t("publicPage")}</Link>
          </>
        ) : null}
      </p>
      {result?.ok && result.message ? (
        <Notice>{t(result.message)}</Notice>
      ) : null}
      {result?.run ? (
        <Notice marker="schedule-run">{t("scheduleRun", result.run)} {result.run.waiting > 0 ? t("scheduleWaiting", { count: result.run.waiting, closes: formatDateTime(result.run.requestsCloseAt, locale, zone) }) : null}</Notice>
      ) : null}
      {result?.published !== undefined ? (
        <Notice>{t("schedulePublished", { count: result.published })}</Notice>
      ) : null}
      {result && !result.ok ? <ActionError error={result.error} /> : null}
      {event.status === "draft" ? (
        <div className="actions">
          <ActionButton intent="publish" label={t("publish")} className="button" />
        </div>
      ) : null}

      <EventDashboard figures={figures} />

      <RegistrationsSection participants={participants} found={found} q={q} />

      <MeetingRequestsSection approved={approved} requests={requests} />

      <section className="card" id="schedule">
        <h2>{t("scheduleTitle")}</h2>
        <p className="muted">{t("scheduleIntro")}</p>
        <Form method="post" className="actions">
          <label className="radio">
            <input type="checkbox" name="keepPublished" defaultChecked /> {t("keepPublished")}
          </label>
          <button type="submit" name="intent" value="schedule" className="button">
            {t("runScheduler")}
          </button>
        </Form>
        {drafts > 0 ? (
          <Form method="post">
            <button type="submit" name="intent" value="publish-schedule" className="button">
              {t("publishSchedule")} ({drafts})
            </button>
          </Form>
        ) : null}
        <h3>{t("gridTitle")}</h3>
        <ScheduleGrid slots={event.slots} tables={event.tables} meetings={meetings} />
        <p>
          <Link to={`/dinas/events/${event.id}/tables`}>{t("tableSheets")}</Link>
        </p>
      </section>

      <EventDaySection event={event} meetings={meetings} />

      {event.status !== "cancelled" ? (
        <section className="card danger" id="cancel-event">
          <h2>{t("cancelTitle")}</h2>
          <Form method="post">
            <label className="checkbox">
              <input type="checkbox" name="confirm" value="on" required /> {t("cancelConfirm")}
            </label>
            <button type="submit" name="intent" value="cancel" className="button secondary">
              {t("cancel")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
