// Amounts in one unit read in another when the two measure the same thing by a fixed ratio:
// a need counted in tons and a producer listing kilograms, a need in dozens and a producer in
// pieces. Units that name a container or a pack (pak, botol, dus, jerigen, kotak) hold no fixed
// amount, so they are read only as themselves.
import type { Unit } from "~/models/domain.ts";

/** Each convertible unit's quantity and how many of the quantity's base unit it holds. */
const MEASURES: Partial<Record<Unit, { of: "mass" | "count" | "sheets"; base: number }>> = {
  kg: { of: "mass", base: 1 },
  ton: { of: "mass", base: 1000 },
  // A piece and a unit are one item each; a dozen is 12 and a kodi 20 (the trade's score).
  pcs: { of: "count", base: 1 },
  unit: { of: "count", base: 1 },
  lusin: { of: "count", base: 12 },
  kodi: { of: "count", base: 20 },
  // A ream of paper is 500 sheets.
  lembar: { of: "sheets", base: 1 },
  rim: { of: "sheets", base: 500 },
};

/** How many of `to` one `from` holds; null when they measure different things (or either is a container). */
export function unitRatio(from: string, to: string): number | null {
  if (from === to) return 1;
  const [a, b] = [MEASURES[from as Unit], MEASURES[to as Unit]];
  return a && b && a.of === b.of ? a.base / b.base : null;
}

/** An amount in `from` as so many `to` (a capacity of 5,000 kg is 5 ton); null when they do not convert. */
export function amountIn(amount: number, from: string, to: string): number | null {
  const ratio = unitRatio(from, to);
  return ratio === null ? null : amount * ratio;
}

/** A price per `from` as a price per `to` (Rp 12,000 per kg is Rp 12,000,000 per ton); null when they do not convert. */
export function pricePer(price: number, from: string, to: string): number | null {
  const ratio = unitRatio(from, to);
  return ratio === null ? null : price / ratio;
}
