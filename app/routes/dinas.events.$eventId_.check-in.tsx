// The check-in desk of a temu bisnis: on the morning, officers at the door find a participant
// by name and check it in. Apart from the event's whole page, which lists every registration,
// request and meeting: many officers at once must not each render all of that per check-in.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button.tsx";
import { ActionError } from "~/components/action-error.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { invariantResponse, requireEventManager } from "~/http/guards.server.ts";
import { refused } from "~/http/replies.server.ts";
import { checkIn, checkInDesk, DESK_LIST } from "~/models/events/event-day.server.ts";
import { managedEvent } from "~/models/events/event.server.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["events", "errors"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireEventManager(request);
  const event = await managedEvent(db(), params.eventId!, viewer.manager);
  invariantResponse(event, "Not found");
  const q = new URL(request.url).searchParams.get("q")?.trim().slice(0, 100) ?? "";
  return { event: { id: event.id, title: event.title }, q, ...(await checkInDesk(db(), event.id, q)) };
}

const CheckInSchema = z.object({ participantId: z.string().min(1).max(40) });

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireEventManager(request);
  const parsed = CheckInSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return refused("invalid", { participantId: null });
  const result = await checkIn(db(), params.eventId!, viewer.manager, parsed.data.participantId);
  invariantResponse(result !== null, "Not found");
  // A second officer checking the same participant in is told it is done already; a seat not
  // approved (rejected since the page opened) is refused in its own words.
  return result.ok ? data({ ok: true, error: null, participantId: parsed.data.participantId }) : refused(result.error, { participantId: parsed.data.participantId });
}

export default function CheckInDesk() {
  const { t } = useTranslation(["events", "errors"]);
  const { event, q, participants, total, checkedIn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/dinas/events/${event.id}`}>← {event.title}</Link>
      </p>
      <h1>{t("deskTitle")}</h1>
      <p className="muted" data-desk-count>
        {t("deskCount", { checkedIn, total })}
      </p>
      <Form method="get" className="inline-form" role="search">
        <label htmlFor="desk-q">{t("deskSearch")}</label> <input id="desk-q" name="q" defaultValue={q} autoComplete="off" />{" "}
        <button type="submit" className="button small secondary">
          {t("inviteSearch")}
        </button>
      </Form>
      {result?.ok ? (
        <Notice>{t("checkedIn")}</Notice>
      ) : null}
      {result && !result.ok && result.error ? <ActionError error={result.error} /> : null}
      {participants.length === 0 ? <p className="card">{t(q ? "deskNone" : "deskEmpty")}</p> : null}
      {participants.length > 0 ? (
        <ul className="plain-list card desk-list">
          {participants.map((p) => (
            <li key={p.id} data-participant={p.id}>
              <span>
                <strong>{p.organisation.name}</strong> <span className="muted">{t(`roles.${p.role}`)}</span>
              </span>
              {p.checkedInAt ? (
                <span className="badge" data-checked-in>
                  {t("checkedInBadge")}
                </span>
              ) : (
                <ActionButton fields={{ participantId: p.id }} label={t("checkIn")} accessibleName={t("checkInWho", { name: p.organisation.name })} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {participants.length === DESK_LIST ? <p className="muted">{t("deskMore", { count: DESK_LIST })}</p> : null}
    </>
  );
}
