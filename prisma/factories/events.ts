// The demo temu bisnis: the Jawa Timur office's event three weeks ahead, registration open,
// the demo buyer and producer approved with other buyers and East Java producers, a few
// registrations waiting, and meeting requests half answered, so an officer can try the
// scheduler at once. Rows only (no IO); the seed inserts them with the rest.
import { buildSlots, eventDays, formatSessions, parseSessions } from "../../app/models/events/event-slots.ts";
import type { FactoryContext } from "./context.ts";
import type { OrganisationRow, ProducerProfileRow } from "./rows.ts";

export interface EventRows {
  events: { id: string; organisationId: string; title: string; description: string; venue: string | null; onlineUrl: string | null; regionCode: string; sectors: string[]; regions: string[]; tables: number; capacity: number; slotMinutes: number; pauseMinutes: number; sessions: { startDate: string; endDate: string; daily: string }; registrationOpensAt: Date; registrationClosesAt: Date; requestsCloseAt: Date; status: string; createdAt: Date; updatedAt: Date }[];
  eventSlots: { id: string; eventId: string; index: number; startsAt: Date; endsAt: Date }[];
  eventParticipants: { id: string; eventId: string; organisationId: string; role: string; status: string; availableSlots: number[]; invitedAt: Date | null; createdAt: Date }[];
  meetingRequests: { id: string; eventId: string; fromId: string; toId: string; weight: number; status: string; createdAt: Date; respondedAt: Date | null }[];
}

export function emptyEventRows(): EventRows {
  return { events: [], eventSlots: [], eventParticipants: [], meetingRequests: [] };
}

const DAY = 86_400_000;
const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10); // the WIB date

export function planDemoEvent(ctx: FactoryContext, rows: EventRows, office: OrganisationRow, buyers: readonly OrganisationRow[], producers: readonly ProducerProfileRow[]): void {
  const rng = ctx.rng;
  rng.reseed("events");
  const start = iso(new Date(ctx.now.getTime() + 21 * DAY));
  const sessions = parseSessions("09:00-12:00, 13:00-15:30");
  if (!sessions.ok) throw new Error("demo sessions");
  const id = ctx.nextId("evt");
  const zoneMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 7 * 3_600_000);
  rows.events.push({
    id,
    organisationId: office.id,
    title: "Temu Bisnis IKM Jawa Timur × BUMN 2027",
    description:
      "Pertemuan bisnis satu lawan satu antara IKM pangan, kerajinan dan sandang Jawa Timur dengan BUMN dan industri besar yang mencari pemasok. Peserta mengajukan pertemuan dengan mitra yang diusulkan pencocok; dinas menyusun jadwal 20 menit per pertemuan.",
    venue: "Grand City Convention Hall, Jl. Walikota Mustajab No. 1, Surabaya",
    onlineUrl: null,
    regionCode: "35",
    sectors: ["food_beverage", "handicraft", "textile_apparel"],
    regions: ["35"],
    tables: 10,
    capacity: 80,
    slotMinutes: 20,
    pauseMinutes: 5,
    sessions: { startDate: start, endDate: start, daily: formatSessions(sessions.sessions) },
    registrationOpensAt: zoneMidnight(iso(new Date(ctx.now.getTime() - 10 * DAY))),
    registrationClosesAt: zoneMidnight(iso(new Date(ctx.now.getTime() + 15 * DAY))),
    requestsCloseAt: zoneMidnight(start),
    status: "published",
    createdAt: new Date(ctx.now.getTime() - 12 * DAY),
    updatedAt: new Date(ctx.now.getTime() - 12 * DAY),
  });
  const slots = buildSlots(eventDays(start, start), sessions.sessions, 20, 5, "WIB");
  for (const s of slots) rows.eventSlots.push({ id: ctx.nextId("slot"), eventId: id, index: s.index, startsAt: s.startsAt, endsAt: s.endsAt });
  const all = slots.map((s) => s.index);
  const seat = (organisationId: string, role: string, status: string) => {
    const row = {
      id: ctx.nextId("seat"),
      eventId: id,
      organisationId,
      role,
      status,
      // A quarter come for the morning only.
      availableSlots: rng.chance(0.25) ? all.slice(0, Math.ceil(all.length / 2)) : all,
      invitedAt: null,
      createdAt: new Date(ctx.now.getTime() - rng.int(1, 9) * DAY),
    };
    rows.eventParticipants.push(row);
    return row;
  };
  const buyerSeats = buyers.slice(0, 6).map((b, i) => seat(b.id, "buyer", i === 5 ? "pending" : "approved"));
  const east = producers.filter((p, i) => i === 0 || p.provinceCode === "35").slice(0, 24);
  const producerSeats = east.map((p, i) => seat(p.organisationId, "producer", i >= 21 ? "pending" : "approved"));
  // Producers ask buyers (and a few buyers ask producers); about half are answered.
  const seen = new Set<string>();
  for (const producer of producerSeats.filter((s) => s.status === "approved")) {
    for (const buyer of rng.sample(buyerSeats.filter((b) => b.status === "approved"), rng.int(1, 3))) {
      const [from, to] = rng.chance(0.8) ? [producer, buyer] : [buyer, producer];
      const key = `${buyer.id}-${producer.id}`;
      // The demo producer's requests are left for whoever tries the demo.
      if (seen.has(key) || producer === producerSeats[0]) continue;
      seen.add(key);
      const status = rng.weighted<string>([["accepted", 50], ["pending", 35], ["declined", 15]]);
      const createdAt = new Date(ctx.now.getTime() - rng.int(1, 6) * DAY);
      rows.meetingRequests.push({ id: ctx.nextId("mreq"), eventId: id, fromId: from.id, toId: to.id, weight: rng.float(0.3, 0.9), status, createdAt, respondedAt: status === "pending" ? null : new Date(createdAt.getTime() + DAY) });
    }
  }
}
