// Demo trade details: every organisation an NPWP, about a third of the producers PKP (IKM are
// mostly below the Rp 4.8 billion threshold), BUMN buyers VAT collectors, and every producer a
// bank account to be paid into. Derived from each row's id by hash, not from the seeded RNG,
// so adding them shifts none of the other demo data. Rows only (no IO).
import { createHash } from "node:crypto";
import { INDONESIAN_BANKS } from "../../app/models/trade/banks.ts";
import type { OrganisationRow, ProducerProfileRow } from "./rows.ts";

export interface BankAccountRow {
  id: string;
  organisationId: string;
  bankCode: string;
  number: string;
  holderName: string;
  createdAt: Date;
}

export interface TradeRows {
  bankAccounts: BankAccountRow[];
}

export function emptyTradeRows(): TradeRows {
  return { bankAccounts: [] };
}

/** Share of demo producers registered as PKP. */
const PKP_SHARE = 0.3;

/** n digits and a number in [0, 1) drawn from the id and a label: stable across runs. */
function fromId(id: string, label: string) {
  const digest = createHash("sha256").update(`${label}:${id}`).digest();
  const digits = [...digest].map((b) => String(b % 10)).join("");
  return { digits: (n: number) => digits.slice(0, n), share: digest.readUInt32BE(0) / 2 ** 32 };
}

/** Buyers of the demo that have asked to be verified and wait for an admin: the queue's last two. */
const ASKING_BUYERS = 2;

/** Sets each organisation's NPWP and tax status, adds producers' bank accounts, and leaves the last buyers asking for verification. */
export function planTradeDetails(
  rows: TradeRows & { organisations: OrganisationRow[]; producers: ProducerProfileRow[] },
  keepUntaxed: { producerOrganisationId: string },
): void {
  const producerByOrg = new Map(rows.producers.map((p) => [p.organisationId, p]));
  const asking = new Set(rows.organisations.filter((o) => o.kind === "buyer").slice(-ASKING_BUYERS).map((o) => o.id));
  for (const org of rows.organisations) {
    if (org.kind === "platform") continue;
    const drawn = fromId(org.id, "npwp");
    org.npwp = `0${drawn.digits(15)}`;
    // The demo producer starts as a small non-PKP business: a visitor sets it on /account/tax.
    org.pkp = org.kind === "producer" && org.id !== keepUntaxed.producerOrganisationId && fromId(org.id, "pkp").share < PKP_SHARE;
    org.vatCollector = org.kind === "buyer" && org.buyerType === "bumn";
    if (org.kind === "buyer") org.nib = fromId(org.id, "nib").digits(13);
    if (asking.has(org.id)) Object.assign(org, { verification: "requested", verificationAskedAt: org.createdAt, verificationDecidedAt: null });
    const producer = producerByOrg.get(org.id);
    if (org.kind === "producer" && producer) {
      const bank = fromId(org.id, "bank");
      rows.bankAccounts.push({
        id: `bank_${org.id}`,
        organisationId: org.id,
        bankCode: INDONESIAN_BANKS[Math.floor(bank.share * INDONESIAN_BANKS.length)]!.code,
        number: bank.digits(10),
        holderName: producer.legalName,
        createdAt: org.createdAt,
      });
    }
  }
}
