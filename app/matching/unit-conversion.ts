// Amounts in one unit read in another when the two measure the same thing by a fixed ratio:
// a need counted in tons and a producer listing kilograms, a need in dozens and a producer in
// pieces. Units that name a pack of no fixed content (pak, dus, jerigen, kotak) are read only
// as themselves.
import type { Unit } from "~/models/domain.ts";

/** Each convertible unit's quantity and how many of the quantity's base unit it holds. */
const MEASURES: Partial<Record<Unit, { of: "mass" | "count" | "sheets"; base: number }>> = {
  kg: { of: "mass", base: 1 },
  ton: { of: "mass", base: 1000 },
  // A piece and a unit are one item each.
  pcs: { of: "count", base: 1 },
  unit: { of: "count", base: 1 },
  // A ream of paper is 500 sheets.
  lembar: { of: "sheets", base: 1 },
  rim: { of: "sheets", base: 500 },
};

/**
 * The trade's counts of whatever single thing is sold: a dozen (lusin) is 12 and a score
 * (kodi) 20 pieces, bottles, pairs or sheets alike ("1 kodi sandal" is 20 pairs, "1 kodi kain"
 * 20 cloths). A piece, a bottle and a pair are not read as one another.
 */
const COUNTS: Partial<Record<Unit, number>> = { lusin: 12, kodi: 20 };
const SINGLE = new Set<string>(["pcs", "unit", "botol", "pasang", "lembar"]);

/** Units an amount of which may be a fraction (0.5 ton); the others count whole things. */
const DIVISIBLE = new Set<string>(["kg", "ton", "liter", "meter", "m2"]);

/** The two units' measures when one converts into the other (the same unit always does); null when they measure different things or either is a container. */
function measures(from: string, to: string): [number, number] | null {
  if (from === to) return [1, 1];
  const [a, b] = [MEASURES[from as Unit], MEASURES[to as Unit]];
  if (a && b && a.of === b.of) return [a.base, b.base];
  // A dozen or a score of the single things the other unit counts, or of each other.
  const [x, y] = [COUNTS[from as Unit] ?? (SINGLE.has(from) ? 1 : null), COUNTS[to as Unit] ?? (SINGLE.has(to) ? 1 : null)];
  return x !== null && y !== null && (x > 1 || y > 1) ? [x, y] : null;
}

/** How many of `to` one `from` holds (a kodi is 20/12 lusin); null when they do not convert. */
export function unitRatio(from: string, to: string): number | null {
  const m = measures(from, to);
  return m && m[0] / m[1];
}

/**
 * An amount in `from` as so many `to` (a capacity of 5,000 kg is 5 ton); null when they do
 * not convert. Multiplied before it is divided, so 168 pcs are 14 lusin exactly, not 13.99….
 */
export function amountIn(amount: number, from: string, to: string): number | null {
  const m = measures(from, to);
  return m && (amount * m[0]) / m[1];
}

/** A price per `from` as a price per `to` (Rp 12,000 per kg is Rp 12,000,000 per ton); null when they do not convert. */
export function pricePer(price: number, from: string, to: string): number | null {
  const m = measures(from, to);
  return m && (price * m[1]) / m[0];
}

/**
 * An amount as a breakdown says it, never more than there is: whole things counted whole;
 * a divisible unit's amount under 10 to two significant digits (0.8 ton, 0.04 ton), so a
 * producer making 40 kg a month is not said to make 0 ton.
 */
export function amountShown(amount: number, unit: string): number {
  // A hair over, so a division landing a hair under a whole number is not floored past it.
  const nudged = amount + 1e-9;
  if (amount <= 0) return 0;
  if (!DIVISIBLE.has(unit) || amount >= 10) return Math.floor(nudged);
  const scale = 10 ** (1 - Math.floor(Math.log10(amount)));
  return Math.floor(nudged * scale) / scale;
}
