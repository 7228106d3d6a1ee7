// The officer's slot × table grid of an event's meetings: who sits where when, drafts marked.
import { useTranslation } from "react-i18next";
import { formatDateTime, formatTime } from "~/lib/format.ts";
import { useLocaleAndZone } from "~/root-data.ts";

interface GridMeeting {
  slotIndex: number;
  table: number;
  publishedAt: Date | string | null;
  request: { from: Side; to: Side };
}
interface Side {
  role: string;
  organisation: { name: string };
}

export function ScheduleGrid({ slots, tables, meetings }: { slots: { index: number; startsAt: Date | string; endsAt: Date | string }[]; tables: number; meetings: GridMeeting[] }) {
  const { t } = useTranslation("events");
  const { locale, zone } = useLocaleAndZone();
  const byCell = new Map(meetings.map((m) => [`${m.slotIndex}:${m.table}`, m]));
  // Only the tables in use: an event with 40 tables and 6 meetings shows 6 columns, not 40.
  const usedTables = Math.min(tables, Math.max(0, ...meetings.map((m) => m.table + 1)));
  return (
    <>
      {meetings.length === 0 ? (
        <p>{t("noMeetings")}</p>
      ) : (
        <div className="table-scroll">
          <table className="schedule-grid" data-grid>
            <thead>
              <tr>
                <th />
                {Array.from({ length: usedTables }, (_, i) => (
                  <th key={i}>{t("table", { n: i + 1 })}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => (
                <tr key={slot.index}>
                  <th>
                    {formatDateTime(slot.startsAt, locale, zone)}–{formatTime(slot.endsAt, locale, zone)}
                  </th>
                  {Array.from({ length: usedTables }, (_, table) => {
                    const m = byCell.get(`${slot.index}:${table}`);
                    return (
                      <td key={table} data-cell={`${slot.index}:${table}`} data-draft={m ? !m.publishedAt : undefined}>
                        {m ? (
                          <>
                            {m.request.from.role === "buyer" ? m.request.from.organisation.name : m.request.to.organisation.name}
                            <br />
                            <small>{m.request.from.role === "buyer" ? m.request.to.organisation.name : m.request.from.organisation.name}</small>
                            {!m.publishedAt ? <span className="badge warn">{t("draftBadge")}</span> : null}
                          </>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
