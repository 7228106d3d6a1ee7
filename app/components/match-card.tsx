// One partnership in a list (the producer's matches, the dinas office's brokered ones): what
// it is about, where it stands, its thread, and the moves the reader may make on it, with the
// refusal of the last move under it.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ActionError } from "./action-error.tsx";

export function MatchCard({
  match,
  heading,
  details,
  error,
  children,
  after,
}: {
  match: { id: string; state: string };
  heading: ReactNode;
  details: ReactNode;
  /** The refusal of the reader's last move on this partnership. */
  error?: string | null;
  /** The moves, after the state and the thread's link. */
  children?: ReactNode;
  /** Shown under the moves (the other side's contacts, once shared). */
  after?: ReactNode;
}) {
  const { t } = useTranslation("matching");
  return (
    <li data-match={match.id} data-state={match.state}>
      <h3>{heading}</h3>
      <p>{details}</p>
      <div className="actions">
        <span className={`badge state-${match.state}`}>{t(`states.${match.state}`)}</span>
        <Link to={`/matches/${match.id}/messages`} className="button small secondary">
          {t("messages.open")}
        </Link>
        {children}
      </div>
      {after}
      {error ? <ActionError error={error} inline /> : null}
    </li>
  );
}
