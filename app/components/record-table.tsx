// A page's list of records as a table: its column heads, a row per record, and what to say
// when there is none. It scrolls sideways on a phone inside a ScrollRegion (focusable and
// named, so a keyboard can scroll it), which the hand-written tables of several pages were not.
import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region.tsx";

export function RecordTable<T>({
  label,
  columns,
  rows,
  row,
  empty,
  className,
}: {
  /** What the table holds, for a screen reader. */
  label: string;
  columns: readonly string[];
  rows: readonly T[];
  row: (record: T) => ReactNode;
  /** Shown instead of an empty table when there are no rows; nothing is drawn without it. */
  empty?: ReactNode;
  className?: string;
}) {
  if (rows.length === 0) return empty ?? null;
  return (
    <ScrollRegion label={label} className={className}>
      <table>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </ScrollRegion>
  );
}
