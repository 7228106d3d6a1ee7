// A participant's agenda as plain text (WhatsApp) and as calendar events (.ics), in the
// reader's language; the page, the share link and the file say the same.
import type { TFunction } from "i18next";
import type { Locale } from "./locale.ts";
import { formatDateTime, formatTime } from "./format.ts";
import type { IndonesianZone } from "./timezone.ts";

export interface AgendaItem {
  startsAt: Date | string;
  endsAt: Date | string;
  table: number;
  with: string;
}

export function agendaAsText(t: TFunction, event: string, org: string, items: readonly AgendaItem[], locale: Locale, zone: IndonesianZone): string {
  const lines = items.map((i) => t("events:whatsAppLine", { time: `${formatDateTime(i.startsAt, locale, zone)}–${formatTime(i.endsAt, locale, zone)}`, table: i.table, with: i.with }));
  return [t("events:whatsAppHeader", { event, org }), "", ...lines].join("\n");
}

export function whatsAppLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
