// An event's time, cut into meeting slots. The officer gives the days, the sessions of each
// day ("09:00-12:00, 13:00-16:00", so lunch is a gap), the meeting length and the pause
// between meetings; slots fill each session from its start. Pure, for the form and the tests.
import { localInstant, type IndonesianZone } from "~/lib/timezone.ts";

export interface Session {
  /** Minutes after midnight, local time. */
  from: number;
  to: number;
}

export type SessionsResult = { ok: true; sessions: Session[] } | { ok: false; error: "sessions_invalid" | "sessions_overlap" };

const SESSION = /^([01]\d|2[0-3])[:.]([0-5]\d)\s*-\s*([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** Parses "09:00-12:00, 13:00-16:00"; sessions must be in order of time and must not overlap. */
export function parseSessions(text: string): SessionsResult {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return { ok: false, error: "sessions_invalid" };
  const sessions: Session[] = [];
  for (const part of parts) {
    const m = SESSION.exec(part);
    if (!m) return { ok: false, error: "sessions_invalid" };
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to <= from) return { ok: false, error: "sessions_invalid" };
    sessions.push({ from, to });
  }
  sessions.sort((a, b) => a.from - b.from);
  for (let i = 1; i < sessions.length; i++) if (sessions[i]!.from < sessions[i - 1]!.to) return { ok: false, error: "sessions_overlap" };
  return { ok: true, sessions };
}

export function formatSessions(sessions: readonly Session[]): string {
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return sessions.map((s) => `${hm(s.from)}-${hm(s.to)}`).join(", ");
}

/** The days from `start` to `end` inclusive, as "YYYY-MM-DD". */
export function eventDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export interface Slot {
  index: number;
  startsAt: Date;
  endsAt: Date;
}

/** Slots of `slotMinutes` with `pauseMinutes` between them, filling every session of every day. */
export function buildSlots(days: readonly string[], sessions: readonly Session[], slotMinutes: number, pauseMinutes: number, zone: IndonesianZone): Slot[] {
  const slots: Slot[] = [];
  for (const day of days) {
    for (const s of sessions) {
      for (let start = s.from; start + slotMinutes <= s.to; start += slotMinutes + pauseMinutes) {
        slots.push({ index: slots.length, startsAt: localInstant(day, start, zone), endsAt: localInstant(day, start + slotMinutes, zone) });
      }
    }
  }
  return slots;
}
