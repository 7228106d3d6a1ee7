// The officer's page for one event: publish or cancel it, decide registrations, invite,
// add meetings for brokered matches, answer requests for participants who are not online,
// run the scheduler and publish the schedule, and see the slot × table grid.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ActionError } from "~/components/action-error.tsx";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionButton } from "~/components/action-button.tsx";
import { ChoiceButtons } from "~/components/choice-buttons.tsx";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDateTime, formatTime } from "~/lib/format.ts";
import { meetingRequestsOf, meetingsOf } from "~/models/events/event-meetings.server.ts";
import { EventDashboard } from "~/components/event-dashboard.tsx";
import { ScheduleGrid } from "~/components/schedule-grid.tsx";
import { eventFigures } from "~/models/events/event-day.server.ts";
import { managedEvent, organisationsToInvite, participantsOf } from "~/models/events/event.server.ts";
import { invariantResponse, requireEventManager } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { manageEventAction, type ActionData } from "./event-manage-actions.server.ts";
import { ScrollRegion } from "~/components/scroll-region.tsx";
import { Notice } from "~/components/notice.tsx";

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
          <ActionButton fields={{ intent: "publish" }} label={t("publish")} className="button" />
        </div>
      ) : null}

      <EventDashboard figures={figures} />

      <section className="card" id="registrations">
        <h2>{t("registrationsTitle")}</h2>
        <ScrollRegion label={t("registrationsTitle")}>
          <table>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id} data-participant={p.id} data-status={p.status}>
                  <td>{p.organisation.name}</td>
                  <td>{t(`roles.${p.role}`)}</td>
                  <td>
                    {t(`statuses.${p.status}`)}
                    {p.invitedAt ? <span className="badge muted">{t("invitedBadge")}</span> : null}
                  </td>
                  <td>
                    {p.status === "approved" && !p.checkedInAt ? (
                      <ActionButton fields={{ intent: "check-in", participantId: p.id }} label={t("checkIn")} />
                    ) : null}
                    {p.checkedInAt ? <span className="badge" data-checked-in>{t("checkedInBadge")}</span> : null}
                    {p.status !== "approved" ? <ActionButton fields={{ intent: "decide", participantId: p.id, decision: "approved" }} label={t("approve")} /> : null}
                    {p.status !== "rejected" ? <ActionButton fields={{ intent: "decide", participantId: p.id, decision: "rejected" }} label={t("reject")} className="button small secondary" /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h3>{t("inviteTitle")}</h3>
        <p className="muted">{t("inviteHelp")}</p>
        <Form method="get" className="inline">
          <label htmlFor="invite-q">{t("inviteOrg")}</label> <input id="invite-q" name="q" defaultValue={q} minLength={2} />{" "}
          <button type="submit" className="button small secondary">
            {t("inviteSearch")}
          </button>
        </Form>
        <ul data-found>
          {found.map((o) => (
            <li key={o.id}>
              {o.name} ({t(`roles.${o.kind}`)}){" "}
              <ActionButton fields={{ intent: "invite", organisationId: o.id }} label={t("invite")} />
            </li>
          ))}
        </ul>
      </section>

      <section className="card" id="requests">
        <h2>{t("officerMeetingTitle")}</h2>
        <p className="muted">{t("officerMeetingHelp")}</p>
        <Form method="post" className="field-row">
          {(["buyer", "producer"] as const).map((role) => (
            <div key={role} className="field">
              <label htmlFor={`meeting-${role}`}>{t(role)}</label>
              <select id={`meeting-${role}`} name={`${role}Id`} required>
                {approved
                  .filter((p) => p.role === role)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.organisation.name}
                    </option>
                  ))}
              </select>
            </div>
          ))}
          <button type="submit" name="intent" value="add-meeting" className="button">
            {t("addMeeting")}
          </button>
        </Form>
        <h2>{t("allRequestsTitle")}</h2>
        {requests.length === 0 ? <p>{t("noRequests")}</p> : null}
        <ScrollRegion label={t("allRequestsTitle")}>
          <table>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-request={r.id} data-status={r.status}>
                  <td>
                    {r.from.organisation.name} → {r.to.organisation.name}
                  </td>
                  <td>
                    {t(`requestStatuses.${r.status}`)}
                    {r.officerUserId ? ` (${t("byOfficer")})` : ""}
                  </td>
                  <td>
                    {r.status === "pending" ? (
                      <Form method="post" className="inline" aria-label={t("answerFor")}>
                        <input type="hidden" name="requestId" value={r.id} />
                        <input type="hidden" name="intent" value="answer" />
                        <ChoiceButtons
                          name="answer"
                          choices={[
                            { value: "accepted", label: t("accept") },
                            { value: "declined", label: t("decline") },
                          ]}
                        />
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

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

      <section className="card" id="day">
        <h2>{t("dayTitle")}</h2>
        <p className="muted">{t("dayIntro")}</p>
        <p>
          <Link to={`/dinas/events/${event.id}/check-in`} className="button small">
            {t("deskLink")}
          </Link>
        </p>
        <ScrollRegion label={t("dayTitle")}>
          <table>
            <tbody>
              {meetings
                .filter((m) => m.publishedAt)
                .map((m) => (
                  <tr key={m.id} data-meeting={m.id} data-status={m.status}>
                    <td>
                      {formatTime(event.slots[m.slotIndex]!.startsAt, locale, zone)} · {t("table", { n: m.table + 1 })}
                    </td>
                    <td>
                      {m.request.from.organisation.name} – {m.request.to.organisation.name}
                    </td>
                    <td>{t(`meetingStatuses.${m.status}`)}</td>
                    <td>
                      <Form method="post" className="inline">
                        <input type="hidden" name="meetingId" value={m.id} />
                        <input type="hidden" name="intent" value="record" />
                        <label className="visually-hidden" htmlFor={`outcome-${m.id}`}>
                          {t("outcome")}
                        </label>
                        <input id={`outcome-${m.id}`} name="outcome" defaultValue={m.outcome ?? ""} placeholder={t("outcome")} maxLength={1000} />{" "}
                        <ChoiceButtons
                          name="result"
                          choices={[
                            { value: "held", label: t("held") },
                            { value: "missed", label: t("missed") },
                          ]}
                        />
                      </Form>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

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
