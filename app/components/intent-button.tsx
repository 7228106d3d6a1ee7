import { Form } from "@remix-run/react";

/** A one-button form posting an `intent` (and hidden ids) to the current route's action. */
export function IntentButton({
  intent,
  fields = {},
  label,
  className = "button-link",
  inline = false,
}: {
  intent: string;
  fields?: Record<string, string>;
  label: string;
  className?: string;
  inline?: boolean;
}) {
  return (
    <Form method="post" className={inline ? "inline" : undefined}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className}>
        {label}
      </button>
    </Form>
  );
}
