// VAT (PPN) and the related amounts of a purchase order or invoice between an IKM producer
// (the seller) and a buyer. Pure: imports nothing. Amounts are whole rupiah, always safe
// integers; the arithmetic runs on BigInt so that no product overflows or rounds.
//
// What this does not decide: goods that are exempt or whose PPN is not collected under a
// facility (their own transaction codes, 07 and 08), PPnBM itself (only its DPP rule is
// here), and whether a split payment is an attempt to stay under a threshold.
// Rounding is applied once, to the document's sum of lines; a tax invoice that rounds each
// line separately can differ from it by up to a rupiah or so per line.

export type TaxRules = {
  /** PPN rate in whole percent. */
  ppnRatePercent: number;
  /** DPP "nilai lain" for non-luxury goods: numerator/denominator of the price. */
  dppNumerator: number;
  dppDenominator: number;
  /** A VAT-collector buyer does not collect when the total including PPN is at most this. */
  collectorThreshold: number;
  /** Stamp duty is due on a money document stating more than this. */
  stampDutyThreshold: number;
  /** Stamp duty, rupiah per document. */
  stampDuty: number;
  /** PPh 22 withheld by a BUMN buyer, in thousandths of the price excluding PPN. */
  incomeTaxPermille: number;
};

// 12% since 1 January 2025: UU 7/2021 (HPP) art. 7, as applied by PMK 131/2024 arts. 2–3
// (the rate and date checked in PMK 131/2024; the HPP article number not re-read).
export const PPN_RATE_PERCENT = 12;
// PMK 131/2024 art. 3: for goods other than luxury goods (PPnBM goods), the DPP is "nilai
// lain" of 11/12 of the selling price, so PPN is in effect 11% of the price. Art. 2: luxury
// goods use the whole price as DPP at 12%.
export const DPP_NUMERATOR = 11;
export const DPP_DENOMINATOR = 12;
// PMK 81/2024 art. 294(1)(a): a "Badan Usaha Tertentu" (BUMN and the companies of
// arts. 291–292) does not collect PPN on a payment of at most Rp10,000,000 including PPN
// that is not a split of a larger transaction; the seller collects it as usual.
export const VAT_COLLECTOR_THRESHOLD = 10_000_000;
// UU 10/2020 (Bea Meterai) art. 3(2)(g): a document stating an amount of money of more than
// Rp5,000,000 that acknowledges receiving money, or that a debt was paid or settled.
export const STAMP_DUTY_THRESHOLD = 5_000_000;
// UU 10/2020: one fixed rate of Rp10,000 per document since 1 January 2021 (art. 5; the
// amount checked, the article number not re-read), paid with a stamp, or on electronic
// documents with an e-Meterai (PP 86/2021).
export const STAMP_DUTY = 10_000;
// PPh 22 on purchases by BUMN: 1.5% of the price excluding PPN (PMK 34/PMK.010/2017 as
// amended). Not confirmed against the current text, nor whether a current rule (for
// example a Coretax-era PMK) changed the rate or added a minimum: informational only.
export const INCOME_TAX_PERMILLE = 15;

export const DEFAULT_TAX_RULES: Readonly<TaxRules> = Object.freeze({
  ppnRatePercent: PPN_RATE_PERCENT,
  dppNumerator: DPP_NUMERATOR,
  dppDenominator: DPP_DENOMINATOR,
  collectorThreshold: VAT_COLLECTOR_THRESHOLD,
  stampDutyThreshold: STAMP_DUTY_THRESHOLD,
  stampDuty: STAMP_DUTY,
  incomeTaxPermille: INCOME_TAX_PERMILLE,
});

export type TaxInput = {
  /** Sum of the lines, excluding PPN, in whole rupiah. */
  price: number;
  /** Only a Pengusaha Kena Pajak charges PPN. Registration is mandatory once turnover
   * passes Rp4.8 billion a year (PMK 197/PMK.03/2013); smaller producers may register. */
  sellerPkp: boolean;
  /** The buyer is an appointed VAT collector (pemungut PPN, e.g. a BUMN). */
  buyerCollectsVat: boolean;
  /** The buyer withholds PPh 22 (BUMN purchases). */
  buyerWithholdsIncomeTax?: boolean;
  /** Goods subject to PPnBM: DPP is the whole price. */
  luxury?: boolean;
};

export type TaxResult = {
  price: number;
  /** DPP; 0 when no PPN is charged. */
  taxBase: number;
  /** PPN. */
  vat: number;
  vatCollectedBy: "seller" | "buyer" | null;
  /** price + vat: the amount the document states. */
  total: number;
  /** What the buyer transfers to the seller: the total, less the PPN when the buyer pays
   * it to the state itself, less the income tax it withholds. */
  payableToSeller: number;
  incomeTaxWithheld: number;
  /** Whether the document needs a Rp10,000 stamp (see needsStampDuty). */
  stampDuty: boolean;
  /** Tax invoice transaction code, null when there is no tax invoice. */
  transactionCode: "01" | "03" | null;
};

// a × b / c rounded to the whole rupiah, half up, for a, b ≥ 0 and c > 0. PER-11/PJ/2025
// art. 129(3): DPP, PPN and PPnBM on a tax invoice, and PPh on a withholding slip, are
// rounded to whole rupiah, a fraction below 0.50 down and from 0.50 up.
// (2ab + c) / 2c, floored, is ab/c + 1/2 floored: exact with integers, unlike Math.round.
function mulDivHalfUp(a: bigint, b: bigint, c: bigint): bigint {
  return (2n * a * b + c) / (2n * c);
}

function toAmount(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} is beyond a safe integer`);
  return Number(value);
}

function assertAmount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer number of rupiah, got ${value}`);
  }
}

function assertRules(rules: TaxRules): void {
  for (const [key, value] of Object.entries(rules)) assertAmount(value as number, `rules.${key}`);
  if (rules.dppDenominator === 0) throw new RangeError("rules.dppDenominator must not be 0");
}

// The money-document rule of art. 3(2)(g) only. A signed agreement (art. 3(2)(a), which may
// cover a signed purchase order) is dutiable whatever its amount; that is for the caller.
export function needsStampDuty(amount: number, rules: TaxRules = DEFAULT_TAX_RULES): boolean {
  assertAmount(amount, "amount");
  return amount > rules.stampDutyThreshold;
}

export function taxFor(input: TaxInput, rules: TaxRules = DEFAULT_TAX_RULES): TaxResult {
  assertAmount(input.price, "price");
  assertRules(rules);
  const price = BigInt(input.price);

  // A producer that is not a PKP may not issue a tax invoice or charge PPN: the document
  // states the price alone (and says the seller is not a PKP).
  let taxBase = 0n;
  let vat = 0n;
  if (input.sellerPkp) {
    taxBase = input.luxury ? price : mulDivHalfUp(price, BigInt(rules.dppNumerator), BigInt(rules.dppDenominator));
    vat = mulDivHalfUp(taxBase, BigInt(rules.ppnRatePercent), 100n);
  }
  const total = price + vat;

  // A collector buyer keeps the PPN and pays it to the state itself; the seller's tax
  // invoice then carries code 03 ("penyerahan kepada pemungut PPN lainnya", PER-11/PJ/2025
  // appendix; code 02, government-agency collectors, is not modelled here). At or below
  // the threshold the seller collects as with anyone else: code 01.
  const buyerCollects = input.sellerPkp && input.buyerCollectsVat && total > BigInt(rules.collectorThreshold);
  const incomeTaxWithheld = input.buyerWithholdsIncomeTax
    ? mulDivHalfUp(price, BigInt(rules.incomeTaxPermille), 1000n)
    : 0n;
  const payableToSeller = total - (buyerCollects ? vat : 0n) - incomeTaxWithheld;

  return {
    price: input.price,
    taxBase: toAmount(taxBase, "taxBase"),
    vat: toAmount(vat, "vat"),
    vatCollectedBy: input.sellerPkp ? (buyerCollects ? "buyer" : "seller") : null,
    total: toAmount(total, "total"),
    payableToSeller: toAmount(payableToSeller, "payableToSeller"),
    incomeTaxWithheld: toAmount(incomeTaxWithheld, "incomeTaxWithheld"),
    stampDuty: needsStampDuty(toAmount(total, "total"), rules),
    transactionCode: input.sellerPkp ? (buyerCollects ? "03" : "01") : null,
  };
}

export type FakturNumberResult = { ok: true; number: string } | { ok: false; error: "faktur_format" };

// Tax invoice numbers (kode dan nomor seri faktur pajak), punctuation removed:
// - Coretax, since 1 January 2025: 17 digits, a 2-digit transaction code, a 2-digit status
//   code (00 normal, 01 replacement) and a 13-digit serial given by the DGT whose first two
//   digits are the year (PER-11/PJ/2025 art. 37(1)), e.g. 01002500000000001.
// - e-Faktur, before: 16 digits, a 2-digit transaction code, a 1-digit status, then a
//   13-digit serial (3-digit prefix, 2-digit year, 8-digit number), printed as
//   010.000-24.12345678 (PER-03/PJ/2022).
// The transaction code must be one of 01–10, the codes those rules define; nothing else is
// checked, as there is no check digit.
export function fakturNumberValid(input: string): FakturNumberResult {
  const digits = input.replace(/[.\-\s]/g, "");
  if (!/^\d+$/.test(digits) || (digits.length !== 17 && digits.length !== 16)) {
    return { ok: false, error: "faktur_format" };
  }
  const code = Number(digits.slice(0, 2));
  if (code < 1 || code > 10) return { ok: false, error: "faktur_format" };
  return { ok: true, number: digits };
}
