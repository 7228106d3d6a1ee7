// The sections of the officer's event page (app/routes/dinas.events.$eventId.tsx) that list
// its people and meetings, each with the row actions the page's action answers
// (event-manage-actions.server.ts): registrations and invitations, meeting requests, and
// the event day's meetings to record.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button.tsx";
import { ChoiceButtons } from "~/components/choice-buttons.tsx";
import { ScrollRegion } from "~/components/scroll-region.tsx";
import { formatTime } from "~/lib/format.ts";
import type { meetingRequestsOf, meetingsOf } from "~/models/events/event-meetings.server.ts";
import type { managedEvent, organisationsToInvite, participantsOf } from "~/models/events/event.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

type Participant = Awaited<ReturnType<typeof participantsOf>>[number];
type Found = Awaited<ReturnType<typeof organisationsToInvite>>[number];
type Request = Awaited<ReturnType<typeof meetingRequestsOf>>[number];
type Meeting = Awaited<ReturnType<typeof meetingsOf>>[number];
type Event = NonNullable<Awaited<ReturnType<typeof managedEvent>>>;

/** Registrations to approve or reject, check-ins, and organisations to invite. */
export function RegistrationsSection({ participants, found, q }: { participants: readonly Participant[]; found: readonly Found[]; q: string }) {
  const { t } = useTranslation("events");
  return (
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
                    <ActionButton intent="check-in" fields={{ participantId: p.id }} label={t("checkIn")} />
                  ) : null}
                  {p.checkedInAt ? <span className="badge" data-checked-in>{t("checkedInBadge")}</span> : null}
                  {p.status !== "approved" ? <ActionButton intent="decide" fields={{ participantId: p.id, decision: "approved" }} label={t("approve")} /> : null}
                  {p.status !== "rejected" ? <ActionButton intent="decide" fields={{ participantId: p.id, decision: "rejected" }} label={t("reject")} className="button small secondary" /> : null}
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
            <ActionButton intent="invite" fields={{ organisationId: o.id }} label={t("invite")} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A meeting the officer adds for two approved participants, and every request to answer. */
export function MeetingRequestsSection({ approved, requests }: { approved: readonly Participant[]; requests: readonly Request[] }) {
  const { t } = useTranslation("events");
  return (
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
  );
}

/** The event day: the desk's link, and each published meeting to record as held or missed. */
export function EventDaySection({ event, meetings }: { event: Pick<Event, "id" | "slots">; meetings: readonly Meeting[] }) {
  const { t } = useTranslation("events");
  const { locale, zone } = useLocaleAndZone();
  return (
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
  );
}
