// A change done, said where the user acted: the other half of ActionError. One component, so
// every page says it the same way (role="status": read out politely when it appears).
import type { ReactNode } from "react";

/** `marker` names the notice for the tests that look for it (`data-schedule-run`). */
export function Notice({ children, marker }: { children: ReactNode; marker?: string }) {
  const data = marker ? { [`data-${marker}`]: true } : {};
  return (
    <p className="notice success" role="status" {...data}>
      {children}
    </p>
  );
}
