// Temu bisnis through the real server: an officer creates and publishes an event (bad input
// refused on its fields), a buyer and a producer register and are approved, the producer asks
// for a meeting and the buyer accepts, the scheduler places it and the schedule is published;
// both read it in their agenda and calendar file. Only the event's own office manages it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { eventFigures } from "../../app/models/events/event-day.server.ts";
import { Client, signedIn } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let dinas: Client;
let buyer: Client;
let producer: Client;
let eventId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const signIn = (email: string) => signedIn(server.url, email);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

const eventForm = (overrides: Record<string, string> = {}) => ({
  title: "Temu Bisnis Kerajinan Malang Raya",
  description: "Pertemuan satu lawan satu antara IKM kerajinan Malang Raya dan pembeli dari BUMN.",
  venue: "Balai Kota Malang",
  startDate: day(20),
  endDate: day(20),
  sessions: "09:00-11:00",
  slotMinutes: "20",
  pauseMinutes: "5",
  tables: "4",
  capacity: "40",
  registrationOpens: day(-1),
  registrationCloses: day(10),
  ...overrides,
});

beforeAll(async () => {
  server = await startServer("http-events");
  [dinas, buyer, producer] = await Promise.all([signIn(demo("dinas").email), signIn(demo("buyer").email), signIn(demo("producer").email)]);
});
afterAll(async () => {
  await server?.stop();
});

describe("a temu bisnis from creation to agenda", () => {
  it("refuses bad input next to the fields: zero tables, overlapping sessions, registration after the event", async () => {
    const response = await dinas.post("/dinas/events/new", eventForm({ tables: "0", sessions: "09:00-11:00, 10:00-12:00", registrationCloses: day(25) }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Minimal 1.");
    expect(html).toContain("Sesi tumpang tindih.");
    expect(html).toContain("Pendaftaran harus ditutup sebelum hari acara.");
    expect(await server.db.event.count({ where: { title: "Temu Bisnis Kerajinan Malang Raya" } })).toBe(0);
  });

  it("creates the event with its slots, as a draft hidden from the public until published", async () => {
    const response = await dinas.post("/dinas/events/new", eventForm());
    expect(response.status).toBe(302);
    eventId = response.headers.get("location")!.split("/").pop()!;
    const event = await server.db.event.findUniqueOrThrow({ where: { id: eventId }, include: { slots: true } });
    expect(event.slots).toHaveLength(5); // 09:00, 09:25, 09:50, 10:15, 10:40 (ends 11:00)
    expect((await new Client(server.url).get(`/events/${eventId}`)).status).toBe(404);
    expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "publish" })).status).toBe(200);
    expect(await (await new Client(server.url).get("/events")).text()).toContain("Temu Bisnis Kerajinan Malang Raya");
  });

  it("lets only the event's office manage it", async () => {
    const other = await server.db.user.findFirstOrThrow({ where: { memberships: { some: { organisation: { kind: "dinas", status: "active", NOT: { regionCode: { startsWith: "35" } } } } } } });
    const outsider = await signIn(other.email);
    expect((await outsider.get(`/dinas/events/${eventId}`)).status).toBe(404);
    expect((await outsider.post(`/dinas/events/${eventId}`, { intent: "cancel", confirm: "on" })).status).toBe(404);
    expect((await buyer.get(`/dinas/events/${eventId}`)).status).toBe(403);
    expect((await server.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("published");
  });

  it("cancels only when the officer confirms, with the cancel button last on the page", async () => {
    const page = await (await dinas.get(`/dinas/events/${eventId}`)).text();
    expect(page.lastIndexOf('value="cancel"')).toBeGreaterThan(page.indexOf('id="day"'));
    const unconfirmed = await dinas.post(`/dinas/events/${eventId}`, { intent: "cancel" });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Centang kotak untuk mengonfirmasi.");
    expect((await server.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("published");
  });

  it("registers a buyer and a producer once each, approved by the office", async () => {
    expect((await buyer.post(`/events/${eventId}`, { intent: "register" })).status).toBe(200);
    expect((await buyer.post(`/events/${eventId}`, { intent: "register" })).status).toBe(409);
    expect((await producer.post(`/events/${eventId}`, { intent: "register" })).status).toBe(200);
    const seats = await server.db.eventParticipant.findMany({ where: { eventId } });
    expect(seats.map((s) => s.status)).toEqual(["pending", "pending"]);
    // A dinas officer is not a participant.
    expect((await dinas.post(`/events/${eventId}`, { intent: "register" })).status).toBe(403);
    for (const seat of seats) expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "decide", participantId: seat.id, decision: "approved" })).status).toBe(200);
  });

  it("refuses registration once the window has closed", async () => {
    const closed = await server.db.event.create({
      data: {
        organisationId: (await server.db.event.findUniqueOrThrow({ where: { id: eventId } })).organisationId,
        title: "Temu bisnis yang pendaftarannya sudah tutup",
        description: "x".repeat(30),
        regionCode: "35",
        sectors: [],
        regions: [],
        tables: 2,
        capacity: 10,
        slotMinutes: 20,
        sessions: {},
        registrationOpensAt: new Date(Date.now() - 10 * 86_400_000),
        registrationClosesAt: new Date(Date.now() - 86_400_000),
        requestsCloseAt: new Date(Date.now() + 5 * 86_400_000),
        status: "published",
        slots: { create: [{ index: 0, startsAt: new Date(Date.now() + 6 * 86_400_000), endsAt: new Date(Date.now() + 6 * 86_400_000 + 1_200_000) }] },
      },
    });
    const response = await producer.post(`/events/${closed.id}`, { intent: "register" });
    expect(response.status).toBe(409);
    expect(await server.db.eventParticipant.count({ where: { eventId: closed.id } })).toBe(0);
  });

  it("takes availability, a meeting request (the other side only) and the answer", async () => {
    const seats = await server.db.eventParticipant.findMany({ where: { eventId }, include: { organisation: true } });
    const buyerSeat = seats.find((s) => s.role === "buyer")!;
    const producerSeat = seats.find((s) => s.role === "producer")!;
    expect((await producer.post(`/events/${eventId}`, { intent: "availability", slot: "7" })).status).toBe(400);
    expect((await producer.post(`/events/${eventId}`, { intent: "availability", slot: "1" })).status).toBe(200);
    expect((await producer.post(`/events/${eventId}`, { intent: "request", toId: producerSeat.id })).status).toBe(409);
    expect((await producer.post(`/events/${eventId}`, { intent: "request", toId: buyerSeat.id })).status).toBe(200);
    expect((await producer.post(`/events/${eventId}`, { intent: "request", toId: buyerSeat.id })).status).toBe(409);
    const request = await server.db.meetingRequest.findFirstOrThrow({ where: { eventId } });
    expect(request.status).toBe("pending");
    // The buyer is told, in the app.
    const buyerUser = await server.db.user.findUniqueOrThrow({ where: { email: demo("buyer").email } });
    expect(await server.db.notification.count({ where: { userId: buyerUser.id, kind: "meeting_request" } })).toBe(1);
    // Only the requested side answers; the requester cannot accept its own request.
    expect((await producer.post(`/events/${eventId}`, { intent: "answer", requestId: request.id, answer: "accepted" })).status).toBe(404);
    expect((await buyer.post(`/events/${eventId}`, { intent: "answer", requestId: request.id, answer: "accepted" })).status).toBe(200);
    expect((await buyer.post(`/events/${eventId}`, { intent: "answer", requestId: request.id, answer: "declined" })).status).toBe(409);
  });

  it("schedules the accepted meeting in a slot both sides can make, publishes it, and shows it in both agendas and calendars", async () => {
    // A request nobody has answered yet: making the schedule leaves it waiting, and says when it lapses.
    const buyerSeat = await server.db.eventParticipant.findFirstOrThrow({ where: { eventId, role: "buyer" } });
    const other = await server.db.organisation.findFirstOrThrow({ where: { kind: "producer", status: "active", eventSeats: { none: { eventId } } } });
    const seat = await server.db.eventParticipant.create({ data: { eventId, organisationId: other.id, role: "producer", status: "approved", availableSlots: [0, 1] } });
    const waiting = await server.db.meetingRequest.create({ data: { eventId, fromId: seat.id, toId: buyerSeat.id } });
    const run = await dinas.post(`/dinas/events/${eventId}`, { intent: "schedule", keepPublished: "on" });
    expect(run.status).toBe(200);
    expect(await run.text()).toContain("1 permintaan belum dijawab");
    expect((await server.db.meetingRequest.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("pending");
    // Gone again, so the day's figures below count the two demo parties only.
    await server.db.eventParticipant.delete({ where: { id: seat.id } });
    const meeting = await server.db.meeting.findFirstOrThrow({ where: { eventId } });
    expect(meeting.slotIndex).toBe(1); // the only slot the producer is available for
    expect(meeting.publishedAt).toBeNull();
    expect(await (await buyer.get(`/events/${eventId}/agenda`)).text()).not.toContain("data-meeting=");
    expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "publish-schedule" })).status).toBe(200);
    // The e-mail carries the agenda itself.
    const mail = await server.db.email.findFirstOrThrow({ where: { to: demo("buyer").email, subject: { contains: "Jadwal pertemuan" } } });
    expect(mail.text).toContain("Meja 1");
    expect(mail.text).toContain(demo("producer").organisation);
    for (const client of [buyer, producer]) {
      const agenda = await (await client.get(`/events/${eventId}/agenda`)).text();
      expect(agenda).toContain(`data-meeting="${meeting.id}"`);
      expect(agenda).toContain("https://wa.me/?text=");
      const ics = await client.get(`/events/${eventId}/agenda.ics`);
      expect(ics.headers.get("content-type")).toContain("text/calendar");
      const text = await ics.text();
      expect(text).toContain("BEGIN:VEVENT");
      expect(text).toMatch(/DTSTART:\d{8}T022500Z/); // 09:25 WIB
    }
    // Someone without a seat has no agenda.
    const stranger = await signIn((await server.db.user.findFirstOrThrow({ where: { memberships: { some: { organisation: { kind: "buyer", eventSeats: { none: {} } } } } } })).email);
    expect((await stranger.get(`/events/${eventId}/agenda`)).status).toBe(404);
    // A re-run keeps the published meeting where it is.
    expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "schedule", keepPublished: "on" })).status).toBe(200);
    const again = await server.db.meeting.findFirstOrThrow({ where: { eventId } });
    expect([again.id === meeting.id || again.requestId === meeting.requestId, again.slotIndex, again.table]).toEqual([true, meeting.slotIndex, meeting.table]);
    expect(again.publishedAt).not.toBeNull();
  });

  it("on the day: check-in once, meetings marked held with an outcome, the buyer moves the partnership on, and the figures add up", async () => {
    const seats = await server.db.eventParticipant.findMany({ where: { eventId, status: "approved" }, include: { organisation: { select: { name: true } } } });
    // The desk at the door: a participant found by name, checked in once; the event's page too.
    const [first, ...rest] = seats;
    expect(await (await dinas.get(`/dinas/events/${eventId}`)).text()).toContain(`href="/dinas/events/${eventId}/check-in"`);
    const desk = await (await dinas.get(`/dinas/events/${eventId}/check-in?q=${encodeURIComponent(first!.organisation.name.slice(0, 8))}`)).text();
    expect(desk).toContain(`data-participant="${first!.id}"`);
    expect(desk).toContain(`0 dari ${seats.length} peserta sudah hadir`);
    expect((await dinas.post(`/dinas/events/${eventId}/check-in`, { participantId: first!.id })).status).toBe(200);
    const again = await dinas.post(`/dinas/events/${eventId}/check-in`, { participantId: first!.id });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("sudah tercatat hadir");
    expect(await (await dinas.get(`/dinas/events/${eventId}/check-in`)).text()).toContain(`1 dari ${seats.length} peserta sudah hadir`);
    // A seat rejected since the page opened is refused in its own words, and nothing is recorded.
    await server.db.eventParticipant.update({ where: { id: rest[0]!.id }, data: { status: "rejected" } });
    const rejected = await dinas.post(`/dinas/events/${eventId}/check-in`, { participantId: rest[0]!.id });
    expect(rejected.status).toBe(409);
    expect(await rejected.text()).toContain("belum disetujui");
    await server.db.eventParticipant.update({ where: { id: rest[0]!.id }, data: { status: "approved" } });
    expect((await dinas.post(`/dinas/events/${eventId}/check-in`, { participantId: "no-such-seat" })).status).toBe(404);
    // Words in any order find a name; a LIKE wildcard is not a word.
    const words = first!.organisation.name.split(" ").filter((w) => w.length > 2);
    expect(await (await dinas.get(`/dinas/events/${eventId}/check-in?q=${encodeURIComponent([...words].reverse().join(" "))}`)).text()).toContain(`data-participant="${first!.id}"`);
    expect(await (await dinas.get(`/dinas/events/${eventId}/check-in?q=_`)).text()).toContain(`data-participant="${first!.id}"`);
    for (const seat of rest) {
      expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "check-in", participantId: seat.id })).status).toBe(200);
      expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "check-in", participantId: seat.id })).status).toBe(409);
    }
    const meeting = await server.db.meeting.findFirstOrThrow({ where: { eventId } });
    expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "record", meetingId: meeting.id, result: "held", outcome: "Sampel dikirim minggu depan" })).status).toBe(200);
    expect((await dinas.post(`/dinas/events/${eventId}`, { intent: "record", meetingId: meeting.id, result: "maybe" })).status).toBe(400);

    // The buyer's agenda offers the partnerships with this producer; shortlisting goes through the matcher's workflow.
    const agenda = await (await buyer.get(`/events/${eventId}/agenda`)).text();
    const needId = /data-need="([^"]+)" data-state="suggested"/.exec(agenda)?.[1];
    expect(needId, "the demo buyer has a need the demo producer is suggested for").toBeDefined();
    expect((await producer.post(`/events/${eventId}/agenda`, { meetingId: meeting.id, needId: needId!, action: "shortlist" })).status).toBe(404);
    expect((await buyer.post(`/events/${eventId}/agenda`, { meetingId: meeting.id, needId: needId!, action: "shortlist" })).status).toBe(200);
    expect((await buyer.post(`/events/${eventId}/agenda`, { meetingId: meeting.id, needId: needId!, action: "shortlist" })).status).toBe(409);
    const producerProfile = await server.db.producerProfile.findFirstOrThrow({ where: { organisation: { name: demo("producer").organisation } } });
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId: needId!, producerId: producerProfile.id } }, include: { events: true } });
    expect(match.state).toBe("shortlisted");
    expect(match.events.map((e) => e.note)).toEqual([`event:${eventId}`]);

    // Hand-computed: 2 approved and checked in, 1 request accepted of 1 answered, 1 meeting held
    // (so 2 × 1 / 2 = 1 meeting per attendee), 1 partnership moved on.
    const figures = await eventFigures(server.db, eventId);
    expect(figures.registrations).toEqual({ pending: 0, approved: 2, rejected: 0, checkedIn: 2, buyers: 1, producers: 1 });
    expect(figures.requests).toMatchObject({ total: 1, accepted: 1, acceptedShare: 1 });
    expect(figures.meetings).toMatchObject({ scheduled: 1, published: 1, held: 1, missed: 0, perAttendee: 1, heldShare: 1, withOutcome: 1 });
    expect(figures.partnershipsMoved).toBe(1);
    const page = await (await dinas.get(`/dinas/events/${eventId}`)).text();
    expect(page).toContain('data-benchmark="meetingsPerAttendee" data-ok="false"');
    expect(page).toContain('data-benchmark="heldShare" data-ok="true"');
    const sheets = await (await dinas.get(`/dinas/events/${eventId}/tables`)).text();
    expect(sheets).toContain('data-sheet="1"');
    // The buyer hosts the table: its column holds the buyer, though the producer asked for the meeting.
    expect(/data-buyer="true">([^<]+)</.exec(sheets)?.[1]).toBe(demo("buyer").organisation);
    expect(/data-producer="true">([^<]+)</.exec(sheets)?.[1]).toBe(demo("producer").organisation);
    expect(sheets).toContain("<th scope=\"col\">");
  });
});
