// POST /api/stripe/webhook: Stripe's events. The signature is checked against the raw body
// (a bad one is a 400 and changes nothing); each event is processed once, whatever order
// Stripe delivers them in, and only on what it is bound to by ids we stored (see
// stripe-payments.server.ts). 404 in manual-transfer mode.
import type { ActionFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { EventTooEarly, handleStripeEvent, stripeClient } from "~/models/orders/stripe-payments.server.ts";

export async function action({ request }: ActionFunctionArgs) {
  const stripe = stripeClient();
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!stripe || !secret) return Response.json({ error: "not_found" }, { status: 404 });
  const body = await request.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, request.headers.get("stripe-signature") ?? "", secret);
  } catch {
    return Response.json({ error: "signature_invalid" }, { status: 400 });
  }
  try {
    // "refused" (an event that names a payment, session, amount or account other than the one
    // we stored) is a 200 too: the signature is Stripe's, so a retry would bring the same facts
    // and be refused again, for days; the refusal is in the audit log and nothing changed.
    return Response.json({ received: true, outcome: await handleStripeEvent(db(), event) });
  } catch (error) {
    // Not stored: Stripe retries with backoff, by when the event it depends on has come.
    if (error instanceof EventTooEarly) return Response.json({ error: "retry_later" }, { status: 409 });
    throw error;
  }
}

export function loader() {
  return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { Allow: "POST" } });
}
