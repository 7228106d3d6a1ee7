// One printable sheet per table: who meets whom there, slot by slot, for the table hosts
// and the desk at the venue.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDateTime, formatTime } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import { meetingsOf } from "~/models/events/event-meetings.server.ts";
import { managedEvent } from "~/models/events/event.server.ts";
import { invariantResponse, requireEventManager } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["events"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireEventManager(request);
  const event = await managedEvent(db(), params.eventId!, viewer.manager);
  invariantResponse(event, "Not found");
  const meetings = (await meetingsOf(db(), event.id)).filter((m) => m.publishedAt);
  const tables = [...new Set(meetings.map((m) => m.table))].sort((a, b) => a - b);
  return {
    event: { id: event.id, title: event.title, zone: zoneOfRegion(event.regionCode) },
    sheets: tables.map((table) => ({
      table: table + 1,
      rows: meetings
        .filter((m) => m.table === table)
        // The buyer hosts the table, whoever asked for the meeting.
        .map((m) => {
          const [buyer, producer] = m.request.from.role === "buyer" ? [m.request.from, m.request.to] : [m.request.to, m.request.from];
          return { id: m.id, startsAt: event.slots[m.slotIndex]!.startsAt, endsAt: event.slots[m.slotIndex]!.endsAt, buyer: buyer.organisation.name, producer: producer.organisation.name };
        }),
    })),
  };
}

export default function TableSheets() {
  const { t } = useTranslation("events");
  const { event, sheets } = useLoaderData<typeof loader>();
  const { locale } = useLocaleAndZone();
  return (
    <>
      <p className="no-print">
        <Link to={`/dinas/events/${event.id}`}>← {event.title}</Link> ·{" "}
        <button type="button" className="button small secondary" onClick={() => window.print()}>
          {t("print")}
        </button>
      </p>
      <h1>{t("tablesTitle", { event: event.title })}</h1>
      {sheets.length === 0 ? <p>{t("noMeetings")}</p> : null}
      {sheets.map((sheet) => (
        <section key={sheet.table} className="card print-break" data-sheet={sheet.table}>
          <h2>{t("table", { n: sheet.table })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("sheetTime")}</th>
                <th scope="col">{t("sheetBuyer")}</th>
                <th scope="col">{t("sheetProducer")}</th>
                <th scope="col">{t("held")}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((r) => (
                <tr key={r.id} data-meeting-row>
                  <td>
                    {formatDateTime(r.startsAt, locale, event.zone)}–{formatTime(r.endsAt, locale, event.zone)}
                  </td>
                  <td data-buyer>{r.buyer}</td>
                  <td data-producer>{r.producer}</td>
                  <td>☐</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
