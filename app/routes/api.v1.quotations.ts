// GET /api/v1/quotations: the requests for quotation a buyer's organisation sent, or a
// producer's received, newest first (as on /quotations).
import { db } from "~/db.server.ts";
import { PageQuerySchema, quotationJson } from "~/api/resources.ts";
import { endpoint, parseQuery, slicePage } from "~/api/endpoint.server.ts";
import { apiQuotationActor } from "~/api/quotation-actor.server.ts";
import { quotationsOf } from "~/models/quotations/quotation.server.ts";

const route = endpoint({
  GET: async ({ actor, url }) => {
    const { page = 1 } = parseQuery(url, PageQuerySchema);
    return slicePage((await quotationsOf(db(), apiQuotationActor(actor))).map(quotationJson), page);
  },
});
export { route as loader, route as action };
