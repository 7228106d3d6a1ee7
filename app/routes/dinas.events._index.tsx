// The temu bisnis events of the officer's office (all of them for an admin).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDate } from "~/lib/format.ts";
import { managedEvents } from "~/models/events/event.server.ts";
import { requireEventManager } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["events"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireEventManager(request);
  return { events: await managedEvents(db(), viewer.manager) };
}

export default function DinasEvents() {
  const { t } = useTranslation("events");
  const { events } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("manageTitle")}</h1>
      <p>{t("manageIntro")}</p>
      <p>
        <Link to="/dinas/events/new" className="button">
          {t("newEvent")}
        </Link>
      </p>
      {events.length === 0 ? <p className="card">{t("noEvents")}</p> : null}
      <ul className="card-list">
        {events.map((e) => (
          <li key={e.id} className="card" data-event={e.id}>
            <h2>
              <Link to={`/dinas/events/${e.id}`}>{e.title}</Link> <span className="badge muted">{t(`eventStatuses.${e.status}`)}</span>
            </h2>
            <p className="muted">
              {formatDate(e.requestsCloseAt, locale, zone)} · {t("participantsCount", { count: e._count.participants })} · {t("meetingsCount", { count: e._count.meetings })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
