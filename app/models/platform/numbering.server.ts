// Numbers people quote back ("PO-2026-000042", "RFQ-2026-000007"): a series per year, the
// next after the last one issued. Two writers at once read the same last number; the unique
// index refuses the second, which then takes the next one (retryOnClash).
import { Prisma } from "~/generated/prisma/client.ts";
import { dateToDay } from "~/lib/calendar-day.ts";

/** The next number of the year (in WIB: 1 January starts at 00:00 in Jakarta) in a series, given a lookup of the last one with a prefix. */
export async function nextYearlyNumber(series: string, now: Date, lastWithPrefix: (prefix: string) => Promise<string | null>): Promise<string> {
  const prefix = `${series}-${dateToDay(now).slice(0, 4)}-`;
  const last = await lastWithPrefix(prefix);
  const next = last ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(6, "0")}`;
}

/** Runs a write again, up to three more times, when a unique index refused it. */
export async function retryOnClash<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
