import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a phone. The region takes the keyboard's focus and has a
 * name, so someone without a mouse or touch can scroll it with the arrow keys (WCAG 2.1.1;
 * axe: scrollable-region-focusable) and a screen reader says what it holds.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : "table-scroll"} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
