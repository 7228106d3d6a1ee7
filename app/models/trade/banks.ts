// Banks a producer can be paid into, account numbers, and the reference a buyer writes on a
// bank transfer. Pure: imports nothing.

export type Bank = {
  /** The 3-digit bank code of Bank Indonesia's clearing (SKN) and RTGS participant list:
   * what an ATM asks for before the account number. */
  code: string;
  name: string;
  short: string;
};

// Codes: Bank Indonesia's SKN/RTGS participant codes (sandi bank), the ones ATMs and
// transfer forms use. BI's own list was not at hand; the codes were checked instead against
// published tables that agree with one another: news pages on bank codes for the national
// banks and BSI, and two or three independent bank-code lists kept in public software for
// the rest. Of note:
// - BSI 451 is the former Bank Syariah Mandiri code, kept after the 2021 merger (BSI's own
//   guidance, as quoted by news pages);
// - SeaBank 535 and Bank Jago 542 are the codes of the banks they were renamed from (Bank
//   Kesejahteraan Ekonomi and Bank Artos); older tables carry the old names;
// - the regional development banks (BPD) 110–129 agree across the lists. Bank NTB Syariah
//   keeps Bank NTB's 128; one unreliable page gave 126 (Sulselbar's) and was not followed.
// No code was left out for want of confirmation. Before paying out against this list,
// check it once against BI's current participant list: codes follow mergers and renames.
export const INDONESIAN_BANKS: readonly Bank[] = Object.freeze([
  { code: "002", name: "Bank Rakyat Indonesia", short: "BRI" },
  { code: "008", name: "Bank Mandiri", short: "Mandiri" },
  { code: "009", name: "Bank Negara Indonesia", short: "BNI" },
  { code: "011", name: "Bank Danamon Indonesia", short: "Danamon" },
  { code: "013", name: "Bank Permata", short: "Permata" },
  { code: "014", name: "Bank Central Asia", short: "BCA" },
  { code: "016", name: "Bank Maybank Indonesia", short: "Maybank" },
  { code: "019", name: "Bank Panin", short: "Panin" },
  { code: "022", name: "Bank CIMB Niaga", short: "CIMB Niaga" },
  { code: "023", name: "Bank UOB Indonesia", short: "UOB" },
  { code: "028", name: "Bank OCBC NISP", short: "OCBC NISP" },
  { code: "110", name: "Bank Jabar Banten", short: "BJB" },
  { code: "111", name: "Bank DKI", short: "Bank DKI" },
  { code: "112", name: "BPD Daerah Istimewa Yogyakarta", short: "BPD DIY" },
  { code: "113", name: "Bank Jateng", short: "Bank Jateng" },
  { code: "114", name: "Bank Jatim", short: "Bank Jatim" },
  { code: "116", name: "Bank Aceh Syariah", short: "Bank Aceh" },
  { code: "117", name: "Bank Sumut", short: "Bank Sumut" },
  { code: "118", name: "Bank Nagari", short: "Bank Nagari" },
  { code: "123", name: "Bank Kalbar", short: "Bank Kalbar" },
  { code: "126", name: "Bank Sulselbar", short: "Bank Sulselbar" },
  { code: "128", name: "Bank NTB Syariah", short: "Bank NTB Syariah" },
  { code: "129", name: "BPD Bali", short: "BPD Bali" },
  { code: "200", name: "Bank Tabungan Negara", short: "BTN" },
  { code: "451", name: "Bank Syariah Indonesia", short: "BSI" },
  { code: "535", name: "SeaBank Indonesia", short: "SeaBank" },
  { code: "542", name: "Bank Jago", short: "Bank Jago" },
].map((bank) => Object.freeze(bank)));

const BY_CODE = new Map(INDONESIAN_BANKS.map((bank) => [bank.code, bank]));

export function bankByCode(code: string): Bank | undefined {
  return BY_CODE.get(code.trim());
}

export type AccountNumberResult =
  | { ok: true; number: string }
  | { ok: false; error: "account_digits" | "account_length" };

// Banks print account numbers with dots, dashes or spaces (BRI: 0234-01-001892-53-4).
// Most are 10 to 16 digits; the bounds are wider on purpose, as no published rule fixes
// them and a wrong rejection blocks a payout while a wrong number is caught by the bank's
// name check at transfer time.
const ACCOUNT_MIN = 6;
const ACCOUNT_MAX = 20;

export function parseAccountNumber(input: string): AccountNumberResult {
  const digits = input.replace(/[.\-\s]/g, "");
  if (!/^\d*$/.test(digits)) return { ok: false, error: "account_digits" };
  if (digits.length < ACCOUNT_MIN || digits.length > ACCOUNT_MAX) return { ok: false, error: "account_length" };
  return { ok: true, number: digits };
}

// The longest reference we make. Banks' apps cut or refuse long transfer notes ("berita
// transfer"); limits of about 20 to 30 characters are common but are not published
// uniformly (unconfirmed), so we stay at the low end to have it arrive whole everywhere.
export const PAYMENT_REFERENCE_MAX = 20;

// The reference a buyer writes in the transfer note so that the producer (and we) can match
// the money to a payment: "MIK-" + the order number with everything but letters and digits
// removed, uppercased + "-" + the payment's sequence number within the order.
// "PO-2026-000123", payment 2 → "MIK-PO2026000123-2".
// Only A–Z, 0–9 and "-": some bank apps drop or refuse other characters. Throws a
// RangeError rather than cutting a reference that would not fit, since a cut one could
// match another order's.
export function paymentReference(orderNumber: string, paymentSeq: number): string {
  if (!Number.isSafeInteger(paymentSeq) || paymentSeq < 1) {
    throw new RangeError(`payment sequence must be a positive integer, got ${paymentSeq}`);
  }
  const order = orderNumber.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (order === "") throw new RangeError("order number has no letters or digits");
  const reference = `MIK-${order}-${paymentSeq}`;
  if (reference.length > PAYMENT_REFERENCE_MAX) {
    throw new RangeError(`payment reference ${reference} is longer than ${PAYMENT_REFERENCE_MAX} characters`);
  }
  return reference;
}
