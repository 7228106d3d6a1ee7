// A one-button form: the row actions of the pages (approve, check in, request a meeting, pay,
// confirm receipt…). Every value the action reads travels as a hidden field, so the button
// itself carries nothing and any page can say what it posts in one line.
import { Form } from "@remix-run/react";

/** `accessibleName` tells a screen reader which row the button acts on, where many say the same ("Check in: UD Sari"). */
export function ActionButton({ fields, label, className = "button small", accessibleName }: { fields: Record<string, string>; label: string; className?: string; accessibleName?: string }) {
  return (
    <Form method="post" className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={accessibleName}>
        {label}
      </button>
    </Form>
  );
}
