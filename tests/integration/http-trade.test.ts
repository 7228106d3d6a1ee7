// Trade a finance office can book, through the real server: an owner records its NPWP and tax
// status and a producer its bank account (bad input refused on its field), an order drafted
// between a PKP producer and a buyer carries both NPWPs and adds PPN at the rate and base of
// PMK 131/2024 (12% of 11/12 of the price), the down payment is of the total with PPN and has
// a transfer reference, the account to pay into shows on the order and the invoice, changing
// it after agreement tells the buyer, and only the producer records the tax invoice number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { type Client, signedIn } from "../helpers/http.ts";
import { orderTerms } from "../helpers/orders.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let producer: Client;
let otherBuyer: Client;
let orderId: string;
let matchId: string;
let buyerOrgId: string;
let producerOrgId: string;
let seeded: Awaited<ReturnType<typeof producerDetails>>;
// The demo producer as seeded: an NPWP, not a PKP, one bank account.
const producerDetails = async () => ({
  org: await server.db.organisation.findUniqueOrThrow({ where: { id: producerOrgId }, select: { npwp: true, pkp: true } }),
  accounts: await server.db.bankAccount.findMany({ where: { organisationId: producerOrgId }, select: { number: true, retiredAt: true } }),
});
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const signIn = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startServer("http-trade");
  [buyer, producer] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email)]);
  buyerOrgId = (await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("buyer").email } } })).organisationId;
  producerOrgId = (await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } } })).organisationId;
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrgId, status: "open" } });
  const profile = await server.db.producerProfile.findUniqueOrThrow({ where: { organisationId: producerOrgId } });
  const match = await server.db.match.create({ data: { needId: need.id, producerId: profile.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
  matchId = match.id;
  const other = await server.db.membership.findFirstOrThrow({ where: { organisation: { kind: "buyer", id: { not: buyerOrgId } } }, select: { user: { select: { email: true } } } });
  otherBuyer = await signIn(other.user.email);
  seeded = await producerDetails();
  expect(seeded.org.pkp).toBe(false);
  expect(seeded.accounts).toHaveLength(1);
});
afterAll(async () => {
  await server?.stop();
});

describe("tax and bank details", () => {
  it("refuses a bad NPWP and a bad account number on their fields, in one round, and saves nothing", async () => {
    const tax = await producer.post("/account/tax", { intent: "tax", npwp: "12.345", pkp: "on" });
    expect(tax.status).toBe(400);
    const html = await tax.text();
    expect(html).toMatch(/id="tax-npwp-error"[^>]*>.*NPWP terdiri dari 16 digit/s);
    const bank = await producer.post("/account/tax", { intent: "bank", bankCode: "999", number: "12ab", holderName: "" });
    expect(bank.status).toBe(400);
    const bankHtml = await bank.text();
    expect(bankHtml).toMatch(/id="bank-bankCode-error"/);
    expect(bankHtml).toMatch(/id="bank-number-error"[^>]*>.*hanya berisi angka/s);
    expect(bankHtml).toMatch(/id="bank-holderName-error"/);
    expect(await producerDetails()).toEqual(seeded);
  });

  it("saves the NPWP as digits, the PKP status, and one current bank account", async () => {
    expect((await producer.post("/account/tax", { intent: "tax", npwp: "01.234.567.8-901.000", pkp: "on" })).status).toBe(200);
    expect((await producer.post("/account/tax", { intent: "bank", bankCode: "014", number: "123-456-7890", holderName: "CV Sumber Rejeki" })).status).toBe(200);
    // A buyer is never a PKP seller here, whatever the form says; it may be a VAT collector.
    expect((await buyer.post("/account/tax", { intent: "tax", npwp: "0123 4567 8901 2345", pkp: "on" })).status).toBe(200);
    const [p, b] = await Promise.all([server.db.organisation.findUniqueOrThrow({ where: { id: producerOrgId } }), server.db.organisation.findUniqueOrThrow({ where: { id: buyerOrgId } })]);
    expect([p.npwp, p.pkp]).toEqual(["012345678901000", true]);
    expect([b.npwp, b.pkp, b.vatCollector]).toEqual(["0123456789012345", false, false]);
    // The buyer was verified with another NPWP: the new one goes back to the admins' queue.
    expect(b.verification).toBe("requested");
    await server.db.organisation.update({ where: { id: buyerOrgId }, data: { verification: "verified" } });
    // Saving the same NPWP again asks nothing of anyone.
    expect((await buyer.post("/account/tax", { intent: "tax", npwp: "0123456789012345" })).status).toBe(200);
    expect((await server.db.organisation.findUniqueOrThrow({ where: { id: buyerOrgId } })).verification).toBe("verified");
    expect(await server.db.bankAccount.findMany({ where: { organisationId: producerOrgId, retiredAt: null }, select: { bankCode: true, number: true } })).toEqual([{ bankCode: "014", number: "1234567890" }]);
    // The seeded account is retired, not edited: what was paid into it stays on record.
    expect(await server.db.bankAccount.count({ where: { organisationId: producerOrgId, retiredAt: { not: null } } })).toBe(1);
    const page = await (await producer.get("/account/tax")).text();
    expect(page).toContain("01.234.567.8-901.000");
    expect(page).toMatch(/data-current-account[^>]*>.*Bank Central Asia.*1234567890.*CV Sumber Rejeki/s);
  });
});

describe("an order between a PKP producer and a buyer", () => {
  it("adds PPN on 11/12 of the price, asks the down payment of the total with PPN, with a transfer reference", async () => {
    const sent = await buyer.post(`/orders/new?match=${matchId}`, orderTerms({ intent: "propose" }));
    expect(sent.status).toBe(302);
    orderId = sent.headers.get("location")!.split("/").pop()!;
    expect(await server.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ sellerPkp: true, buyerCollectsVat: false, sellerNpwp: "012345678901000", buyerNpwp: "0123456789012345", ppnRatePercent: 12 });
    // 2,000 × Rp 12,500 = Rp 25,000,000; DPP 25,000,000 × 11/12 = 22,916,666.67 → 22,916,667;
    // PPN 12% of that = 2,750,000.04 → 2,750,000; total 27,750,000; 30% down = 8,325,000.
    const html = await (await producer.get(`/orders/${orderId}`)).text();
    expect(html).toMatch(/data-tax-base="?[^>]*>Rp\s22\.916\.667/);
    expect(html).toMatch(/data-vat="?[^>]*>Rp\s2\.750\.000/);
    expect(html).toMatch(/data-document-total="?[^>]*>Rp\s27\.750\.000/);
    expect((await producer.post(`/orders/${orderId}`, { intent: "act", action: "accept" })).status).toBe(200);
    const order = await server.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
    expect(order.payments.map((p) => [p.kind, Number(p.amount), p.reference])).toEqual([["down_payment", 8_325_000, `MIK-${order.number.replace(/-/g, "")}-1`]]);
    const buyerPage = await (await buyer.get(`/orders/${orderId}`)).text();
    expect(buyerPage).toContain("Bank Central Asia");
    expect(buyerPage).toMatch(/data-account-number="?[^>]*>1234567890/);
    expect(buyerPage).toContain(`MIK-${order.number.replace(/-/g, "")}-1`);
    expect(buyerPage).not.toContain("data-account-changed");
  });

  it("tells the buyer, on the order and by notice, when the producer changes the account after agreement", async () => {
    expect((await producer.post("/account/tax", { intent: "bank", bankCode: "002", number: "0234-01-001892-53-4", holderName: "CV Sumber Rejeki" })).status).toBe(200);
    expect(await server.db.bankAccount.count({ where: { organisationId: producerOrgId } })).toBe(3);
    expect(await server.db.orderEvent.count({ where: { orderId, note: "bank_account_changed" } })).toBe(1);
    expect(await server.db.notification.count({ where: { kind: "bank_account_changed", user: { email: demo("buyer").email } } })).toBe(1);
    const page = await (await buyer.get(`/orders/${orderId}`)).text();
    expect(page).toContain("data-account-changed");
    expect(page).toContain("Bank Rakyat Indonesia");
    // The same account again is no change.
    expect((await producer.post("/account/tax", { intent: "bank", bankCode: "002", number: "023401001892534", holderName: "CV Sumber Rejeki" })).status).toBe(200);
    expect(await server.db.bankAccount.count({ where: { organisationId: producerOrgId } })).toBe(3);
  });

  it("lets only the producer record the tax invoice number, checked, and prints it with both NPWPs", async () => {
    expect((await buyer.post(`/orders/${orderId}`, { intent: "faktur", fakturNumber: "01002600000000123" })).status).toBe(409);
    expect((await otherBuyer.post(`/orders/${orderId}`, { intent: "faktur", fakturNumber: "01002600000000123" })).status).toBe(404);
    const bad = await producer.post(`/orders/${orderId}`, { intent: "faktur", fakturNumber: "123" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Nomor faktur pajak terdiri dari 17 digit");
    expect((await producer.post(`/orders/${orderId}`, { intent: "faktur", fakturNumber: "01.002.600.000.000.123" })).status).toBe(200);
    expect((await server.db.order.findUniqueOrThrow({ where: { id: orderId } })).fakturNumber).toBe("01002600000000123");
    const invoice = await (await buyer.get(`/orders/${orderId}/invoice`)).text();
    expect(invoice).toContain("01.234.567.8-901.000");
    expect(invoice).toContain("0123 4567 8901 2345");
    expect(invoice).toContain("01002600000000123");
    expect(invoice).toContain("e-Meterai");
    expect(invoice).toMatch(/data-vat="?[^>]*>Rp\s2\.750\.000/);
    expect((await otherBuyer.get(`/orders/${orderId}/invoice`)).status).toBe(404);
    // The producer's address is a contact detail: a buyer no longer verified does not see it.
    const address = (await server.db.producerProfile.findUniqueOrThrow({ where: { organisationId: producerOrgId } })).address!;
    expect(invoice).toContain(address);
    await server.db.organisation.update({ where: { id: buyerOrgId }, data: { verification: "rejected" } });
    expect(await (await buyer.get(`/orders/${orderId}/invoice`)).text()).not.toContain(address);
    await server.db.organisation.update({ where: { id: buyerOrgId }, data: { verification: "verified" } });
  });
});
