// GET /api/v1/quotations/:id: one quotation, for the buyer's or the producer's token (anyone
// else: 404). POST: a move on it, {"action": …}: the producer's "quote" (with the answer's
// fields) or "decline" (reason, note), the buyer's "accept", "reject" or "withdraw" (note).
import { z } from "zod";
import { db } from "~/db.server.ts";
import { quotationJson } from "~/api/resources.ts";
import { endpoint, found, json, parse, readBody, refusal } from "~/api/endpoint.server.ts";
import { apiQuotationActor } from "~/api/quotation-actor.server.ts";
import type { ApiActor } from "~/models/accounts/api-token.server.ts";
import { QuotationAnswerApiSchema, QuotationDecisionSchema, QuoteDeclineSchema } from "~/models/quotations/quotation-forms.ts";
import { moveQuotation, quotationsOf, type QuotationMove } from "~/models/quotations/quotation.server.ts";

const ActionSchema = z.object({ action: z.enum(["quote", "decline", "accept", "reject", "withdraw"], { error: "choose_one" }) });

async function one(actor: ApiActor, id: string) {
  return json(quotationJson(found((await quotationsOf(db(), apiQuotationActor(actor), new Date(), { id }))[0])));
}

/** The body as the move it names, checked by that move's schema. */
function moveOf(body: Record<string, unknown>): QuotationMove {
  const { action } = parse(ActionSchema, body);
  switch (action) {
    case "quote":
      return { action, answer: parse(QuotationAnswerApiSchema, body), attachment: null };
    case "decline":
      return { action, decline: parse(QuoteDeclineSchema, body) };
    default:
      return { action, note: parse(QuotationDecisionSchema, { ...body, intent: action }).note ?? null };
  }
}

const route = endpoint({
  GET: async ({ actor, params }) => one(actor, params.id ?? ""),
  POST: async ({ actor, params, request }) => {
    const move = moveOf(await readBody(request));
    const moved = await moveQuotation(db(), params.id ?? "", apiQuotationActor(actor), move);
    if (!moved.ok) throw moved.error === "not_found" ? found(null) : refusal(moved.error);
    return one(actor, params.id ?? "");
  },
});
export { route as loader, route as action };
