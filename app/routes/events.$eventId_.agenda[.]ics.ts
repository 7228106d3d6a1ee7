// The participant's agenda as a calendar file: one event per meeting, in UTC so every
// calendar shows it in its own zone.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createEvents, type EventAttributes } from "ics";
import { loadAgenda } from "~/routes/agenda.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event, locale, items } = await loadAgenda(request, params.eventId!);
  const t = await fixedT(locale === "en" ? "en" : "id", "events");
  const events: EventAttributes[] = items.map((i) => ({
    uid: `meeting-${i.id}@mitraikm`,
    start: i.startsAt.getTime(),
    end: i.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: t("icsSummary", { with: i.with, table: i.table }),
    description: event.title,
    location: event.venue ?? event.onlineUrl ?? undefined,
    status: "CONFIRMED",
  }));
  const { error, value } = createEvents(events, { productId: "mitraikm/temu-bisnis", calName: event.title });
  if (error || value === null) throw error ?? new Error("calendar not created");
  return new Response(value, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="agenda-${event.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
