// The zod schemas of temu bisnis events, shared by the officer's form and its action.
import { z } from "zod";
import { looksLikeDay } from "~/lib/calendar-day.ts";
import { EVEN_WITH_FIELD_ERRORS, isNumber } from "~/lib/form-fields.ts";
import { SECTORS } from "../domain.ts";
import { parseSessions } from "./event-slots.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 5;
const MAX_SLOTS = 120;

export const EventFormSchema = z
  .object({
    title: z.string({ error: "required" }).trim().min(5, "too_short").max(160, "too_long"),
    description: z.string({ error: "required" }).trim().min(20, "description_too_short_20").max(5000, "too_long"),
    venue: z.string().trim().max(300, "too_long").optional(),
    onlineUrl: z.url({ protocol: /^https?$/, error: "url_invalid" }).max(500, "too_long").optional(),
    startDate: z.string({ error: "required" }).regex(DAY, "date_invalid"),
    endDate: z.string({ error: "required" }).regex(DAY, "date_invalid"),
    sessions: z.string({ error: "required" }).trim().max(200, "too_long"),
    slotMinutes: z.number({ error: "number_invalid" }).int("whole_number").min(10, "slot_minutes_range").max(120, "slot_minutes_range"),
    pauseMinutes: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(60, "too_large").default(0),
    tables: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(500, "too_large"),
    capacity: z.number({ error: "number_invalid" }).int("whole_number").min(2, "capacity_at_least_two").max(5000, "too_large"),
    registrationOpens: z.string({ error: "required" }).regex(DAY, "date_invalid"),
    registrationCloses: z.string({ error: "required" }).regex(DAY, "date_invalid"),
    sectors: z.array(z.enum(SECTORS, { error: "choose_one" })).max(SECTORS.length).default([]),
    regions: z.array(z.string().regex(/^\d{2}$/, "region_invalid")).max(40).default([]),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.venue && !v.onlineUrl) issue("venue", "venue_or_link");
    // Each check reads only values that parsed (it runs beside the fields' own errors).
    const day = (value: unknown): value is string => typeof value === "string" && looksLikeDay(value);
    const sessions = typeof v.sessions === "string" ? parseSessions(v.sessions) : null;
    if (sessions && !sessions.ok) issue("sessions", sessions.error);
    else if (sessions?.ok && isNumber(v.slotMinutes) && sessions.sessions.every((s) => s.to - s.from < v.slotMinutes)) issue("sessions", "sessions_shorter_than_slot");
    const days = day(v.startDate) && day(v.endDate) ? (Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 + 1 : null;
    if (days !== null && v.endDate < v.startDate) issue("endDate", "end_before_start");
    else if (days !== null && days > MAX_DAYS) issue("endDate", "event_too_long");
    if (day(v.registrationOpens) && day(v.registrationCloses) && v.registrationCloses < v.registrationOpens) issue("registrationCloses", "closes_before_opens");
    if (day(v.registrationCloses) && day(v.startDate) && v.registrationCloses >= v.startDate) issue("registrationCloses", "registration_after_event");
    if (sessions?.ok && days !== null && days >= 1 && days <= MAX_DAYS && isNumber(v.slotMinutes) && isNumber(v.pauseMinutes)) {
      const [slot, pause] = [v.slotMinutes, v.pauseMinutes];
      const perDay = sessions.sessions.reduce((n, s) => n + Math.max(0, Math.floor((s.to - s.from + pause) / (slot + pause))), 0);
      if (days * perDay > MAX_SLOTS) issue("slotMinutes", "too_many_slots");
    }
  }, EVEN_WITH_FIELD_ERRORS);
export type EventInput = z.infer<typeof EventFormSchema>;

export const PARTICIPANT_ROLES = ["buyer", "producer"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
