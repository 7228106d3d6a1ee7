// A list on a page under its heading: what it holds, and in the reader's words what it means
// when it holds nothing yet (a card in place of the list).
import type { ReactNode } from "react";

export function ListSection({ id, title, intro, empty, count, ordered = false, children }: {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  count: number;
  /** A ranked list (partnerships best first) is an <ol>. */
  ordered?: boolean;
  children: ReactNode;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {count === 0 ? <p className="card">{empty}</p> : <List className="suggestions">{children}</List>}
    </section>
  );
}
