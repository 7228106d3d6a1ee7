// A participant's agenda: print-friendly (venue internet is unreliable), with the calendar
// file and a WhatsApp share of the same list.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { agendaAsText, whatsAppLink } from "~/lib/agenda-text.ts";
import { formatDateTime, formatTime } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import { loadAgenda } from "~/lib/agenda.server.ts";
import { useLocaleAndZone } from "~/root.tsx";

export const handle = { i18n: ["events"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event, org, items } = await loadAgenda(request, params.eventId!);
  return { event: { id: event.id, title: event.title, venue: event.venue, zone: zoneOfRegion(event.regionCode) }, org, items };
}

export default function Agenda() {
  const { t } = useTranslation("events");
  const { event, org, items } = useLoaderData<typeof loader>();
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
      {items.length === 0 ? (
        <p>{t("agendaEmpty")}</p>
      ) : (
        <table className="agenda-table" data-agenda>
          <thead>
            <tr>
              <th>{t("agendaTime")}</th>
              <th>{t("agendaTable")}</th>
              <th>{t("agendaWith")}</th>
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
