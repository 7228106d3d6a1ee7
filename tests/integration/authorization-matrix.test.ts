// Every page and action, tried by every role through the real server: anonymous, a producer
// and another producer, a buyer and another buyer, the dinas of the producer's region and
// one of another region, and an admin. Each gets exactly the answer it should, and a refused
// write changes nothing. Add a row here with every new route.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, postMultipart } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const ROLES = ["anonymous", "producer", "otherProducer", "buyer", "otherBuyer", "dinas", "otherDinas", "admin"] as const;
type Role = (typeof ROLES)[number];

let server: TestServer;
const clients = {} as Record<Role, Client>;
const ids = {} as {
  slug: string;
  productId: string;
  producerId: string;
  photoId: string;
  certificationId: string;
  pendingCertificationId: string;
  draftNeedId: string;
  openNeedId: string;
  pendingOrganisationId: string;
  notificationId: string;
  eventId: string;
  matchId: string;
  orderId: string;
  otherBuyerOrganisationId: string;
  quotationId: string;
};

/**
 * Expected statuses in ROLES order. "L": redirected to the login page; 400: let in, but the
 * sample body was refused by validation; "-": this role may make the change, so it is not
 * tried here (its own tests cover it) and the row checks that nobody else changed anything.
 */
type Expect = string;

interface Row {
  method: "GET" | "POST";
  path: () => string;
  expect: Expect;
  body?: () => Record<string, string>;
  /** What a refused write must leave unchanged. */
  fingerprint?: () => Promise<unknown>;
}

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

// "Another" producer or buyer belongs to none of the demo account's organisations (a
// colleague in the same business may rightly edit its records).
beforeAll(async () => {
  server = await startServer("authorization-matrix");
  const db = server.db;
  const emails: Record<Exclude<Role, "anonymous">, string> = {
    producer: demo("producer").email,
    buyer: demo("buyer").email,
    dinas: demo("dinas").email,
    admin: demo("admin").email,
    otherProducer: (await db.user.findFirstOrThrow({
      where: {
        memberships: { some: { organisation: { kind: "producer", status: "active" } }, none: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } },
      },
    })).email,
    otherBuyer: (await db.user.findFirstOrThrow({
      where: {
        memberships: { some: { organisation: { kind: "buyer", status: "active" } }, none: { organisation: { memberships: { some: { user: { email: demo("buyer").email } } } } } },
      },
    })).email,
    otherDinas: (await db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "dinas", status: "active", NOT: { regionCode: { startsWith: "35" } } } } } },
    })).email,
  };
  // The demo producer and buyer have seats at the demo temu bisnis; the "other" ones have none.
  ids.eventId = (await db.event.findFirstOrThrow({ where: { status: "published" } })).id;
  await db.eventParticipant.deleteMany({ where: { organisation: { memberships: { some: { user: { email: { in: [emails.otherProducer, emails.otherBuyer] } } } } } } });
  clients.anonymous = new Client(server.url);
  for (const [role, email] of Object.entries(emails)) {
    const client = new Client(server.url);
    expect((await client.login(email, DEMO_PASSWORD)).status, role).toBe(302);
    clients[role as Role] = client;
  }

  const producerOrg = await db.organisation.findFirstOrThrow({
    where: { memberships: { some: { user: { email: demo("producer").email } } } },
    include: { producer: { include: { products: { where: { status: "active" }, take: 1 } } } },
  });
  ids.slug = producerOrg.slug;
  const photo = new FormData();
  photo.append("photo", new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c0392b" } }).png().toBuffer())]), "foto.png");
  expect((await postMultipart(clients.producer, `/workspace/products/${producerOrg.producer!.products[0]!.id}`, photo)).status).toBe(200);
  ids.photoId = (await db.productPhoto.findFirstOrThrow({ where: { productId: producerOrg.producer!.products[0]!.id } })).id;
  ids.productId = producerOrg.producer!.products[0]!.id;
  ids.producerId = producerOrg.producer!.id;
  const form = new FormData();
  for (const [k, v] of Object.entries({ type: "pirt", number: "P-IRT 2063507010101", issuer: "Dinas Kesehatan Kabupaten Malang" })) form.append(k, v);
  form.append("document", new Blob([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")]), "pirt.pdf");
  expect((await postMultipart(clients.producer, "/workspace/certifications/new", form)).status).toBe(302);
  ids.certificationId = (await db.certification.findFirstOrThrow({ where: { number: "P-IRT 2063507010101" } })).id;
  ids.pendingCertificationId = ids.certificationId;

  const buyerOrg = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  ids.openNeedId = (await db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open", visibility: "public", neededBy: { gt: new Date() } } })).id;
  ids.draftNeedId = (await db.need.create({
    data: { buyerId: buyerOrg.id, title: "Draf uji matriks", description: "Kebutuhan draf untuk uji matriks otorisasi.", category: "snacks", quantity: 10, unit: "pak", deliveryProvinceCode: "35", neededBy: new Date(Date.now() + 90 * 86_400_000) },
  })).id;
  ids.pendingOrganisationId = (await db.organisation.findFirstOrThrow({ where: { status: "pending" } })).id;
  ids.otherBuyerOrganisationId = (await db.organisation.findFirstOrThrow({ where: { kind: "buyer", verification: "requested" } })).id;
  const producerUser = await db.user.findUniqueOrThrow({ where: { email: demo("producer").email } });
  // A partnership the demo producer confirmed, and an order the demo buyer proposed on it.
  ids.matchId = (await db.match.create({ data: { needId: ids.openNeedId, producerId: ids.producerId, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } })).id;
  ids.orderId = (await db.order.create({
    data: {
      number: "PO-2026-900001",
      matchId: ids.matchId,
      buyerId: buyerOrg.id,
      producerId: ids.producerId,
      state: "proposed",
      versions: { create: { number: 1, authorSide: "buyer", lines: [{ productId: null, name: "Keripik", quantity: 10, unit: "pak", unitPrice: 10_000 }], total: 100_000n, deliveryAddress: "Jl. Uji Matriks 1, Surabaya", deliveryDate: new Date(Date.now() + 30 * 86_400_000), deliveryTerm: "DAP", downPaymentPercent: 30, downPaymentDueDays: 7, balanceDueDays: 30 } },
    },
  })).id;
  ids.quotationId = (await db.quotation.create({ data: { number: "RFQ-2026-900001", matchId: ids.matchId, quantity: 10, unit: "pak", deliveryPlace: "Jl. Uji Matriks 1, Surabaya", deliveryDate: new Date(Date.now() + 30 * 86_400_000) } })).id;
  ids.notificationId = (await db.notification.create({ data: { userId: producerUser.id, kind: "match_state", params: { need: "x", producer: "y", state: "shortlisted" }, link: "/workspace/matches" } })).id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const ALL_OK = "200 200 200 200 200 200 200 200";
const SIGNED_IN = "L 200 200 200 200 200 200 200";
const PRODUCERS = "L 200 200 403 403 403 403 403";
const BUYERS = "L 403 403 200 200 403 403 403";
const IMPORTERS = "L 403 403 403 403 200 200 200";
const ADMIN = "L 403 403 403 403 403 403 200";

const product = () => ({
  name: "Keripik uji matriks",
  description: "Deskripsi produk untuk uji matriks otorisasi.",
  category: "snacks",
  unit: "pak",
  minOrder: "10",
});

const MATRIX: Record<string, Row> = {
  "home": { method: "GET", path: () => "/", expect: ALL_OK },
  "catalog": { method: "GET", path: () => "/catalog", expect: ALL_OK },
  "producer page": { method: "GET", path: () => `/producers/${ids.slug}`, expect: ALL_OK },
  "product page": { method: "GET", path: () => `/products/${ids.productId}`, expect: ALL_OK },
  "product photo": { method: "GET", path: () => `/media/products/${ids.photoId}?size=thumb`, expect: ALL_OK },
  "remove photo": {
    method: "POST",
    path: () => `/workspace/products/${ids.productId}`,
    body: () => ({ intent: "removePhoto", photoId: ids.photoId }),
    expect: "L - 404 403 403 403 403 403",
    fingerprint: () => server.db.productPhoto.count({ where: { id: ids.photoId } }),
  },
  "health": { method: "GET", path: () => "/api/health", expect: ALL_OK },
  "import schema": { method: "GET", path: () => "/import/schema.json", expect: ALL_OK },
  "account": { method: "GET", path: () => "/account", expect: SIGNED_IN },
  "my data": { method: "GET", path: () => "/account/data", expect: SIGNED_IN },
  "my data file": { method: "GET", path: () => "/account/data.json", expect: SIGNED_IN },
  "API tokens": { method: "GET", path: () => "/account/api-tokens", expect: "L 200 200 200 200 200 200 200" },
  "API openapi.json": { method: "GET", path: () => "/api/v1/openapi.json", expect: ALL_OK },
  "buyer verification": { method: "GET", path: () => "/account/verification", expect: "L 404 404 200 200 404 404 404" },
  "verify a buyer": {
    method: "POST",
    path: () => "/admin/organisations",
    body: () => ({ intent: "reject", organisationId: ids.otherBuyerOrganisationId, note: "Tidak dikenal." }),
    expect: "L 403 403 403 403 403 403 -",
    fingerprint: () => server.db.organisation.findUniqueOrThrow({ where: { id: ids.otherBuyerOrganisationId }, select: { verification: true, status: true } }),
  },
  "tax and bank account": { method: "GET", path: () => "/account/tax", expect: "L 200 200 200 200 200 200 200" },
  "change the bank account": {
    method: "POST",
    path: () => "/account/tax",
    body: () => ({ intent: "bank", bankCode: "014", number: "9999999999", holderName: "Diambil alih" }),
    // Each owner changes its own organisation's; only producers have one to be paid into.
    expect: "L - 200 404 404 404 404 404",
    fingerprint: () => server.db.bankAccount.findMany({ where: { organisation: { slug: ids.slug } }, select: { number: true, retiredAt: true } }),
  },
  "profile": { method: "GET", path: () => "/workspace/profile", expect: PRODUCERS },
  "profile save": {
    method: "POST",
    path: () => "/workspace/profile",
    body: () => ({ legalName: "Diambil alih", sector: "batik", provinceCode: "35", regencyCode: "35.07" }),
    // Another producer saves its own profile; the demo producer's stays as it was.
    expect: "L - 200 403 403 403 403 403",
    fingerprint: () => server.db.producerProfile.findFirst({ where: { organisation: { slug: ids.slug } }, select: { legalName: true } }),
  },
  "remove logo": {
    method: "POST",
    path: () => "/workspace/profile/logo",
    body: () => ({ intent: "remove" }),
    // Another producer removes its own (absent) logo; the demo producer's stays.
    expect: "L - 200 403 403 403 403 403",
    fingerprint: () => server.db.producerProfile.findUnique({ where: { id: ids.producerId }, select: { logoPath: true } }),
  },
  "my products": { method: "GET", path: () => "/workspace/products", expect: PRODUCERS },
  "new product": { method: "GET", path: () => "/workspace/products/new", expect: PRODUCERS },
  "edit product": { method: "GET", path: () => `/workspace/products/${ids.productId}`, expect: "L 200 404 403 403 403 403 403" },
  "save product": {
    method: "POST",
    path: () => `/workspace/products/${ids.productId}`,
    body: product,
    expect: "L - 404 403 403 403 403 403",
    fingerprint: () => server.db.product.findUnique({ where: { id: ids.productId }, select: { updatedAt: true } }),
  },
  "archive product": {
    method: "POST",
    path: () => "/workspace/products",
    body: () => ({ intent: "archive", productId: ids.productId }),
    expect: "L - 404 403 403 403 403 403",
    fingerprint: () => server.db.product.findUnique({ where: { id: ids.productId }, select: { status: true } }),
  },
  "my certifications": { method: "GET", path: () => "/workspace/certifications", expect: PRODUCERS },
  "new certification": { method: "GET", path: () => "/workspace/certifications/new", expect: PRODUCERS },
  "certificate document": { method: "GET", path: () => `/certifications/${ids.certificationId}/document`, expect: "L 200 404 404 404 200 404 200" },
  "verification queue": { method: "GET", path: () => "/dinas/verifications", expect: IMPORTERS },
  "verify": {
    method: "POST",
    path: () => "/dinas/verifications",
    body: () => ({ intent: "reject", certificationId: ids.pendingCertificationId, reason: "" }),
    // Let in, the empty reason refused: the region's dinas and the admin get as far as validation.
    expect: "L 403 403 403 403 400 400 400",
    fingerprint: () => server.db.certification.findUnique({ where: { id: ids.pendingCertificationId }, select: { status: true } }),
  },
  "verify elsewhere": {
    method: "POST",
    path: () => "/dinas/verifications",
    body: () => ({ intent: "verify", certificationId: ids.pendingCertificationId }),
    expect: "L 403 403 403 403 - 404 -",
    fingerprint: () => server.db.certification.findUnique({ where: { id: ids.pendingCertificationId }, select: { status: true } }),
  },
  "import page": { method: "GET", path: () => "/dinas/import", expect: IMPORTERS },
  "import upload": { method: "POST", path: () => "/dinas/import", body: () => ({}), expect: "L 403 403 403 403 400 400 400" },
  "my needs": { method: "GET", path: () => "/workspace/needs", expect: BUYERS },
  "new need": { method: "GET", path: () => "/workspace/needs/new", expect: BUYERS },
  "edit need": { method: "GET", path: () => `/workspace/needs/${ids.draftNeedId}`, expect: "L 403 403 200 404 403 403 403" },
  "publish need": {
    method: "POST",
    path: () => `/workspace/needs/${ids.draftNeedId}`,
    body: () => ({ intent: "publish" }),
    expect: "L 403 403 - 404 403 403 403",
    fingerprint: () => server.db.need.findUnique({ where: { id: ids.draftNeedId }, select: { status: true } }),
  },
  "invite to need": {
    method: "POST",
    path: () => `/workspace/needs/${ids.draftNeedId}/sharing`,
    body: () => ({ intent: "invite", producerId: ids.producerId }),
    expect: "L 403 403 - 404 403 403 403",
    fingerprint: () => server.db.needInvitation.count({ where: { needId: ids.draftNeedId } }),
  },
  "regional partnerships": { method: "GET", path: () => "/dinas/matches", expect: IMPORTERS },
  "my partnerships": { method: "GET", path: () => "/workspace/matches", expect: PRODUCERS },
  "say interested": {
    method: "POST",
    path: () => "/workspace/matches",
    // A draft need suggests no one: producers are let in and find nothing to be interested in.
    body: () => ({ intent: "interest", needId: ids.draftNeedId }),
    expect: "L 404 404 403 403 403 403 403",
    fingerprint: () => server.db.match.count({ where: { needId: ids.draftNeedId } }),
  },
  "notifications": { method: "GET", path: () => "/notifications", expect: "L 200 200 200 200 200 200 200" },
  "events": { method: "GET", path: () => "/events", expect: ALL_OK },
  "event page": { method: "GET", path: () => `/events/${ids.eventId}`, expect: ALL_OK },
  "register for an event": {
    method: "POST",
    path: () => `/events/${ids.eventId}`,
    // The demo producer and buyer already have seats; officers and admins are not participants.
    body: () => ({ intent: "register" }),
    expect: "L 409 - 409 - 403 403 403",
    fingerprint: () => server.db.eventParticipant.count({ where: { eventId: ids.eventId } }),
  },
  "agenda": { method: "GET", path: () => `/events/${ids.eventId}/agenda`, expect: "L 200 404 200 404 404 404 404" },
  "agenda calendar": { method: "GET", path: () => `/events/${ids.eventId}/agenda.ics`, expect: "L 200 404 200 404 404 404 404" },
  "move a partnership on from the agenda": {
    method: "POST",
    path: () => `/events/${ids.eventId}/agenda`,
    // No published meeting "x" is on anyone's agenda; people without a seat have no agenda.
    body: () => ({ meetingId: "x", needId: ids.openNeedId, action: "shortlist" }),
    expect: "L 404 404 404 404 404 404 404",
    fingerprint: () => server.db.match.count({ where: { needId: ids.openNeedId } }),
  },
  "table sheets": { method: "GET", path: () => `/dinas/events/${ids.eventId}/tables`, expect: "L 403 403 403 403 200 404 200" },
  "check-in desk": { method: "GET", path: () => `/dinas/events/${ids.eventId}/check-in`, expect: "L 403 403 403 403 200 404 200" },
  "check someone in at the desk": {
    method: "POST",
    path: () => `/dinas/events/${ids.eventId}/check-in`,
    // Nobody may check in a seat that is not the event's; another region's office has no such event.
    body: () => ({ participantId: "x" }),
    expect: "L 403 403 403 403 404 404 404",
    fingerprint: () => server.db.eventParticipant.count({ where: { eventId: ids.eventId, checkedInAt: { not: null } } }),
  },
  "dinas events": { method: "GET", path: () => "/dinas/events", expect: IMPORTERS },
  "dashboard": { method: "GET", path: () => "/dinas/dashboard", expect: IMPORTERS },
  "orders": { method: "GET", path: () => "/orders", expect: "L 200 200 200 200 403 403 200" },
  "a partnership's messages": { method: "GET", path: () => `/matches/${ids.matchId}/messages`, expect: "L 200 404 200 404 200 404 200" },
  "a message's document that is not there": { method: "GET", path: () => `/matches/${ids.matchId}/messages/none/attachment`, expect: "L 404 404 404 404 404 404 404" },
  "write in another's partnership": {
    method: "POST",
    path: () => `/matches/${ids.matchId}/messages`,
    body: () => ({ body: "Halo" }),
    expect: "L - 404 - 404 - 404 -",
    fingerprint: () => server.db.message.count({ where: { matchId: ids.matchId } }),
  },
  "quotations": { method: "GET", path: () => "/quotations", expect: "L 200 200 200 200 404 404 404" },
  "a quotation": { method: "GET", path: () => `/quotations/${ids.quotationId}`, expect: "L 200 404 200 404 404 404 404" },
  "answer a quotation": {
    method: "POST",
    path: () => `/quotations/${ids.quotationId}`,
    body: () => ({ intent: "quote", unitPrice: "10000", leadTimeDays: "7", validUntil: "2099-01-01" }),
    expect: "L - 404 409 404 404 404 404",
    fingerprint: () => server.db.quotation.findUniqueOrThrow({ where: { id: ids.quotationId }, select: { state: true, unitPrice: true } }),
  },
  "accept a quotation not yet quoted": {
    method: "POST",
    path: () => `/quotations/${ids.quotationId}`,
    body: () => ({ intent: "accept" }),
    expect: "L 409 404 409 404 404 404 404",
    fingerprint: () => server.db.quotation.findUniqueOrThrow({ where: { id: ids.quotationId }, select: { state: true } }),
  },
  "a quotation's attachment": { method: "GET", path: () => `/quotations/${ids.quotationId}/attachments/none`, expect: "L 404 404 404 404 404 404 404" },
  "a need's quotations": { method: "GET", path: () => `/workspace/needs/${ids.openNeedId}/quotations`, expect: "L 403 403 200 404 403 403 403" },
  "ask for quotations": {
    method: "POST",
    path: () => `/workspace/needs/${ids.openNeedId}/quotations`,
    body: () => ({ producerIds: ids.producerId, quantity: "10", unit: "pak", deliveryPlace: "Jl. Uji Matriks 1, Surabaya", deliveryDate: "2099-01-01" }),
    expect: "L 403 403 - 404 403 403 403",
    fingerprint: () => server.db.quotation.count(),
  },
  "ask from a product page": { method: "GET", path: () => `/quotations/new?product=${ids.productId}&need=${ids.openNeedId}`, expect: "L 403 403 302 404 403 403 403" },
  "new order": { method: "GET", path: () => `/orders/new?match=${ids.matchId}`, expect: "L 403 403 200 404 403 403 403" },
  "order page": { method: "GET", path: () => `/orders/${ids.orderId}`, expect: "L 200 404 200 404 403 403 200" },
  "order invoice": { method: "GET", path: () => `/orders/${ids.orderId}/invoice`, expect: "L 200 404 200 404 403 403 200" },
  "deliver an order not yet agreed": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "act", action: "deliver" }),
    expect: "L 409 404 409 404 403 403 409",
    fingerprint: () => server.db.order.findUniqueOrThrow({ where: { id: ids.orderId }, select: { state: true, versionNumber: true } }),
  },
  "record a tax invoice number": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "faktur", fakturNumber: "01002600000000123" }),
    // The order is not agreed yet: nobody may, and outsiders learn nothing.
    expect: "L 409 404 409 404 403 403 409",
    fingerprint: () => server.db.order.findUniqueOrThrow({ where: { id: ids.orderId }, select: { fakturNumber: true } }),
  },
  "card payments set-up": { method: "GET", path: () => "/workspace/payouts", expect: PRODUCERS },
  "refund a payment": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "refund", paymentId: "pay_none", amount: "1000" }),
    expect: "L 403 403 403 403 403 403 -",
    fingerprint: async () => String((await server.db.payment.aggregate({ _sum: { refundedAmount: true } }))._sum.refundedAmount),
  },
  "record a payout": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "payout", paymentId: "pay_none", reference: "TRF-0001" }),
    expect: "L 403 403 403 403 403 403 -",
    fingerprint: () => server.db.payment.count({ where: { payoutAt: { not: null } } }),
  },
  "confirm a refund that does not exist": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "refund-received", paymentId: "pay_none" }),
    expect: "L 404 404 404 404 403 403 404",
    fingerprint: async () => String((await server.db.payment.aggregate({ _sum: { refundedAmount: true } }))._sum.refundedAmount),
  },
  "accept an order": {
    method: "POST",
    path: () => `/orders/${ids.orderId}`,
    body: () => ({ intent: "act", action: "accept" }),
    expect: "L - 404 409 404 403 403 409",
    fingerprint: () => server.db.order.findUniqueOrThrow({ where: { id: ids.orderId }, select: { state: true } }),
  },
  "dashboard export": { method: "GET", path: () => "/dinas/dashboard/export?table=sectors&format=csv", expect: IMPORTERS },
  "monthly report": { method: "GET", path: () => "/dinas/dashboard/report", expect: IMPORTERS },
  "new event": { method: "GET", path: () => "/dinas/events/new", expect: IMPORTERS },
  "manage an event": { method: "GET", path: () => `/dinas/events/${ids.eventId}`, expect: "L 403 403 403 403 200 404 200" },
  "cancel an event": {
    method: "POST",
    path: () => `/dinas/events/${ids.eventId}`,
    body: () => ({ intent: "cancel", confirm: "on" }),
    expect: "L 403 403 403 403 - 404 -",
    fingerprint: () => server.db.event.findUnique({ where: { id: ids.eventId }, select: { status: true } }),
  },
  "open a notification": {
    method: "POST",
    path: () => "/notifications",
    // Only its recipient opens (and so marks read) a notification; others learn nothing of it.
    body: () => ({ intent: "open", id: ids.notificationId }),
    expect: "L - 404 404 404 404 404 404",
    fingerprint: () => server.db.notification.findUnique({ where: { id: ids.notificationId }, select: { readAt: true } }),
  },
  "suggestions": { method: "GET", path: () => `/workspace/needs/${ids.openNeedId}/suggestions`, expect: "L 403 403 200 404 403 403 403" },
  "act on a suggestion": {
    method: "POST",
    path: () => `/workspace/needs/${ids.openNeedId}/suggestions`,
    body: () => ({ producerId: ids.producerId, action: "decline" }),
    // Let in but refused without a reason: only the need's buyer gets that far.
    expect: "L 403 403 400 404 403 403 403",
    fingerprint: () => server.db.match.count({ where: { needId: ids.openNeedId } }),
  },
  "open needs": { method: "GET", path: () => "/needs", expect: SIGNED_IN },
  "open need": { method: "GET", path: () => `/needs/${ids.openNeedId}`, expect: SIGNED_IN },
  "someone's draft need": { method: "GET", path: () => `/needs/${ids.draftNeedId}`, expect: "L 404 404 200 404 404 404 404" },
  "organisations to approve": { method: "GET", path: () => "/admin/organisations", expect: ADMIN },
  "what buyers taught the matcher": { method: "GET", path: () => "/admin/lessons", expect: ADMIN },
  "forget a lesson": {
    method: "POST",
    path: () => "/admin/lessons",
    body: () => ({ intent: "forget", needKey: "seragam kerja wearpack", productKey: "seragam kerja kemeja" }),
    expect: "L 403 403 403 403 403 403 -",
    fingerprint: () => server.db.matchLesson.count(),
  },
  "approve": {
    method: "POST",
    path: () => "/admin/organisations",
    body: () => ({ intent: "approve", organisationId: ids.pendingOrganisationId }),
    expect: "L 403 403 403 403 403 403 -",
    fingerprint: () => server.db.organisation.findUnique({ where: { id: ids.pendingOrganisationId }, select: { status: true } }),
  },
};

describe("authorization matrix", () => {
  for (const [name, row] of Object.entries(MATRIX)) {
    it(`${row.method} ${name}`, async () => {
      const expected = row.expect.split(" ");
      expect(expected, "one expectation per role").toHaveLength(ROLES.length);
      const before = row.fingerprint ? JSON.stringify(await row.fingerprint()) : null;
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const [i, role] of ROLES.entries()) {
        // "-": this role would legitimately change the record; the row is about the others.
        if (expected[i] === "-") continue;
        const client = clients[role];
        const response = row.method === "GET" ? await client.get(row.path()) : await client.post(row.path(), row.body?.() ?? {});
        const location = response.headers.get("Location") ?? "";
        got[role] = response.status === 302 && location.startsWith("/login") ? "L" : String(response.status);
        want[role] = expected[i]!;
        await response.arrayBuffer();
      }
      expect(got).toEqual(want);
      if (row.fingerprint) {
        expect(JSON.stringify(await row.fingerprint()), "a refused write changed nothing").toBe(before);
      }
    });
  }
});
