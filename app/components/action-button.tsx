// A one-button form: the row actions of the pages (approve, check in, archive, revoke, pay,
// confirm receipt…). Every value the action reads travels as a hidden field (a multi-intent
// action's `intent` among them), so the button itself carries nothing and any page can say
// what it posts in one line.
import { Form } from "@remix-run/react";

export function ActionButton({
  intent,
  fields = {},
  label,
  className = "button small",
  inline = true,
  accessibleName,
}: {
  /** The action's intent, for a route whose action does several things. */
  intent?: string;
  fields?: Record<string, string>;
  label: string;
  className?: string;
  /** Whether the form sits in the line of text around it (a table cell's buttons side by side). */
  inline?: boolean;
  /** Tells a screen reader which row the button acts on, where many say the same ("Check in: UD Sari"). */
  accessibleName?: string;
}) {
  return (
    <Form method="post" className={inline ? "inline" : undefined}>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={accessibleName}>
        {label}
      </button>
    </Form>
  );
}
