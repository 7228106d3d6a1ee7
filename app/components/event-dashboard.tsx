// An event's figures beside the reference figures of brokerage events elsewhere
// (event-benchmarks.ts), on the officer's event page.
import { useTranslation } from "react-i18next";
import { formatFraction, formatPercent } from "~/lib/format.ts";
import { BENCHMARKS } from "~/models/events/event-benchmarks.ts";
import type { eventFigures } from "~/models/events/event-day.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

type Figures = Awaited<ReturnType<typeof eventFigures>>;

/** The event's figures beside the reference figures of brokerage events elsewhere. */
export function EventDashboard({ figures }: { figures: Figures }) {
  const { t } = useTranslation("events");
  const { locale } = useLocaleAndZone();
  const pct = (x: number | null) => (x === null ? "–" : formatPercent(x, locale));
  const num = (x: number | null) => (x === null ? "–" : formatFraction(x, locale));
  const [low, high] = BENCHMARKS.acceptedShare;
  const rows = [
    { key: "acceptedShare", value: pct(figures.requests.acceptedShare), reference: `${pct(low)}–${pct(high)}`, ok: figures.requests.acceptedShare === null ? null : figures.requests.acceptedShare >= low },
    { key: "meetingsPerAttendee", value: num(figures.meetings.perAttendee), reference: `≥ ${BENCHMARKS.meetingsPerAttendee}`, ok: figures.meetings.perAttendee === null ? null : figures.meetings.perAttendee >= BENCHMARKS.meetingsPerAttendee },
    { key: "heldShare", value: pct(figures.meetings.heldShare), reference: `≥ ${pct(BENCHMARKS.heldShare)}`, ok: figures.meetings.heldShare === null ? null : figures.meetings.heldShare >= BENCHMARKS.heldShare },
  ];
  return (
    <section className="card" id="dashboard">
      <h2>{t("dashboardTitle")}</h2>
      <table data-figures>
        <tbody>
          <tr>
            <th>{t("figures.registrations")}</th>
            <td data-figure="approved">{t("figures.registrationsValue", figures.registrations)}</td>
          </tr>
          <tr>
            <th>{t("figures.requests")}</th>
            <td data-figure="requests">{t("figures.requestsValue", figures.requests)}</td>
          </tr>
          <tr>
            <th>{t("figures.meetings")}</th>
            <td data-figure="meetings">{t("figures.meetingsValue", figures.meetings)}</td>
          </tr>
          <tr>
            <th>{t("figures.moved")}</th>
            <td data-figure="moved">{figures.partnershipsMoved}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t("compareTitle")}</h3>
      <table data-benchmarks>
        <thead>
          <tr>
            <th />
            <th>{t("thisEvent")}</th>
            <th>{t("elsewhere")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-benchmark={r.key} data-ok={r.ok ?? undefined}>
              <th>{t(`benchmarks.${r.key}`)}</th>
              <td>
                {r.value} {r.ok === null ? null : <span className={r.ok ? "badge" : "badge warn"}>{r.ok ? t("onTrack") : t("below")}</span>}
              </td>
              <td>{r.reference}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t("perParticipant")}</summary>
        <table>
          <tbody>
            {figures.perParticipant.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{t(`roles.${p.role}`)}</td>
                <td>{t("meetingsCount", { count: p.meetings })}</td>
                <td>{t("heldCount", { count: p.held })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
