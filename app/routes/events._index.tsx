// The public list of upcoming temu bisnis.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDate, formatDateTime } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import { upcomingEvents } from "~/models/events/event.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["events"] };

export async function loader(_: LoaderFunctionArgs) {
  const events = await upcomingEvents(db());
  return { events: events.map((e) => ({ ...e, zone: zoneOfRegion(e.regionCode), first: e.slots[0], last: e.slots[e.slots.length - 1] })) };
}

export default function Events() {
  const { t } = useTranslation("events");
  const { events } = useLoaderData<typeof loader>();
  const { locale } = useLocaleAndZone();
  return (
    <>
      <h1>{t("publicTitle")}</h1>
      <p>{t("publicIntro")}</p>
      {events.length === 0 ? <p className="card">{t("noneUpcoming")}</p> : null}
      <ul className="card-list">
        {events.map((e) => (
          <li key={e.id} className="card" data-event={e.id}>
            <h2>
              <Link to={`/events/${e.id}`}>{e.title}</Link>
            </h2>
            <p>
              {e.first ? formatDateTime(e.first.startsAt, locale, e.zone) : null}
              {e.venue ? ` · ${e.venue}` : ""}
              {e.onlineUrl && !e.venue ? ` · ${t("onlineUrl")}` : ""}
            </p>
            <p className="muted">
              {t("organiser")}: {e.organisation.name} · {t("registration")}: {t("registrationWindow", { from: formatDate(e.registrationOpensAt, locale, e.zone), to: formatDate(e.registrationClosesAt, locale, e.zone) })} ·{" "}
              {t("seats", { count: e._count.participants, capacity: e.capacity })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
