// GET /api/v1/needs/:id/quotations: a buyer's quotations for one of its needs, with the best
// offers still valid named. POST: ask producers for quotations on it (verified buyers), as
// on the need's quotations page: all of them, or none and why.
import { db } from "~/db.server.ts";
import { quotationJson } from "~/api/resources.ts";
import { buyerOf, endpoint, found, json, parse, readBody, refusal } from "~/api/endpoint.server.ts";
import { apiQuotationActor } from "~/api/quotation-actor.server.ts";
import { QuotationRequestApiSchema } from "~/models/quotations/quotation-forms.ts";
import { quotationsOf, quotationsOfNeed, requestQuotations } from "~/models/quotations/quotation.server.ts";

const route = endpoint({
  GET: async ({ actor, params }) => {
    const compared = found(await quotationsOfNeed(db(), params.id ?? "", buyerOf(actor)));
    return json({ data: compared.quotations.map(quotationJson), lowestPrice: compared.best.lowestPrice, shortestLead: compared.best.shortestLead });
  },
  POST: async ({ actor, params, request }) => {
    const buyerId = buyerOf(actor);
    found((await db().need.count({ where: { id: params.id ?? "", buyerId } })) > 0);
    if (!actor.permissions.has("request:quotation:own")) throw refusal("request_unverified");
    const input = parse(QuotationRequestApiSchema, await readBody(request));
    const asked = await requestQuotations(db(), params.id ?? "", { userId: actor.actorUserId, buyerId }, input, null);
    if (!asked.ok) throw asked.error === "not_found" ? found(null) : refusal(asked.error);
    const quotations = await quotationsOf(db(), apiQuotationActor(actor), new Date(), { needId: params.id ?? "" });
    return json({ data: quotations.filter((q) => asked.ids.includes(q.id)).map(quotationJson) }, 201);
  },
});
export { route as loader, route as action };
