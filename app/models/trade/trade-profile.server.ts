// An organisation's trade settings: its NPWP, whether it is a PKP (a seller that charges PPN)
// or an appointed VAT collector (a buyer that pays PPN to the state itself), and a producer's
// bank account. The account is never edited in place: a change retires the old one and adds a
// new one, and every order still being paid is told (an event on the order, a notice to the
// buyer), because a changed account on an unpaid order is how transfer fraud begins.
import type { Db } from "~/db.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { isVerifiedBuyer } from "../domain.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import type { OrderState } from "../orders/order-workflow.ts";
import { bankByCode } from "./banks.ts";
import type { BankAccountInput, TaxProfileInput } from "./trade-forms.ts";

/** Orders whose payments may still go to the producer's account. */
const STILL_PAYING: OrderState[] = ["agreed", "down_payment_paid", "delivered"];

export async function tradeProfileOf(db: Db, organisationId: string) {
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, kind: true, name: true, npwp: true, pkp: true, vatCollector: true, verification: true },
  });
  if (!org) return null;
  const account = org.kind === "producer" ? await currentBankAccount(db, organisationId) : null;
  return { ...org, account };
}

/** The account a producer is paid into now, with its bank's name (banks.ts), or null. */
export async function currentBankAccount(db: Db, organisationId: string) {
  const account = await db.bankAccount.findFirst({
    where: { organisationId, retiredAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, bankCode: true, number: true, holderName: true, createdAt: true },
  });
  return account && { ...account, bank: bankByCode(account.bankCode)?.name ?? account.bankCode };
}

/**
 * Where the buyer of an order pays by transfer: the producer's current account, and whether it
 * was changed after the order was agreed (the buyer is asked to confirm it by phone). Null for
 * card payments.
 */
export async function accountToPay(db: Db, order: { paymentMode: string; agreedAt: Date | null; producer: { organisationId: string } }) {
  if (order.paymentMode !== "manual") return null;
  const account = await currentBankAccount(db, order.producer.organisationId);
  return account && { ...account, changedAfterAgreement: order.agreedAt !== null && account.createdAt > order.agreedAt };
}

/**
 * The NPWP and tax status. Only producers are PKP sellers, only buyers collectors, and only a
 * verified buyer may say it collects PPN itself: above Rp 10,000,000 that lowers what the
 * producer is paid by the PPN, so an unverified claim is refused. A verified buyer's NPWP was
 * part of what the platform checked: a new one goes back to the admins' queue (verification
 * "requested", the new NPWP the evidence), and until they decide the buyer is unverified.
 */
export async function saveTaxProfile(db: Db, organisationId: string, input: TaxProfileInput, now = new Date()) {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, verification: true, vatCollector: true, npwp: true } });
  if (!org) return { ok: false, error: "not_found" } as const;
  const vatCollector = org.kind === "buyer" && input.vatCollector;
  if (vatCollector && !org.vatCollector && !isVerifiedBuyer(org)) return { ok: false, error: "collector_unverified" } as const;
  const npwp = input.npwp ?? null;
  const checkAgain = org.kind === "buyer" && isVerifiedBuyer(org) && npwp !== org.npwp;
  await db.organisation.update({
    where: { id: organisationId },
    data: {
      npwp,
      pkp: org.kind === "producer" && input.pkp,
      vatCollector,
      ...(checkAgain ? ({ verification: "requested", verificationAskedAt: now, verificationDecidedAt: null, verificationDecidedBy: null, verificationNote: null } satisfies Prisma.OrganisationUpdateInput) : {}),
    },
  });
  return { ok: true, checkAgain } as const;
}

/**
 * A producer's new account to be paid into. The same account again changes nothing. Orders
 * still being paid get an event ("bank_account_changed") and their buyer a notice.
 */
export async function setBankAccount(db: Db, organisationId: string, input: BankAccountInput, actorUserId: string) {
  const producer = await db.producerProfile.findUnique({ where: { organisationId }, select: { id: true } });
  if (!producer) return { ok: false, error: "not_found" } as const;
  const current = await currentBankAccount(db, organisationId);
  if (current && current.bankCode === input.bankCode && current.number === input.number && current.holderName === input.holderName) return { ok: true, changed: false } as const;
  return db.$transaction(async (tx) => {
    const now = new Date();
    if (current) {
      const { count } = await tx.bankAccount.updateMany({ where: { id: current.id, retiredAt: null }, data: { retiredAt: now } });
      if (count === 0) return { ok: false, error: "conflict" } as const;
    }
    await tx.bankAccount.create({ data: { organisationId, bankCode: input.bankCode, number: input.number, holderName: input.holderName, createdById: actorUserId, createdAt: now } });
    if (current) {
      const orders = await tx.order.findMany({
        where: { producerId: producer.id, state: { in: STILL_PAYING }, paymentMode: "manual" },
        select: { id: true, number: true, state: true, buyer: { select: { memberships: MEMBERS } } },
      });
      for (const order of orders) {
        await tx.orderEvent.create({ data: { orderId: order.id, fromState: order.state, toState: order.state, actorUserId, actorRole: "producer", note: "bank_account_changed", createdAt: now } });
        await notify(tx, usersOf(order.buyer), { kind: "bank_account_changed", params: { number: order.number }, link: `/orders/${order.id}` }, { email: true });
      }
    }
    return { ok: true, changed: true } as const;
  });
}
