// The signed-in participant's agenda for an event, shared by the page and the .ics file.
import { db } from "~/db.server.ts";
import { agendaOf } from "~/models/events/event-meetings.server.ts";
import { publicEvent, seatOf } from "~/models/events/event.server.ts";
import { invariantResponse, requireViewer } from "~/http/guards.server.ts";

export async function loadAgenda(request: Request, eventId: string) {
  const viewer = await requireViewer(request);
  const event = await publicEvent(db(), eventId);
  invariantResponse(event, "Not found");
  const seat = viewer.acting ? await seatOf(db(), event.id, viewer.acting.organisationId) : null;
  // Only an approved participant has an agenda; anyone else learns nothing of the meetings.
  invariantResponse(seat?.status === "approved", "Not found");
  return {
    event,
    org: viewer.acting!.name,
    organisationId: viewer.acting!.organisationId,
    role: seat.role,
    locale: viewer.user.locale,
    items: await agendaOf(db(), event.id, seat.id),
  };
}
