// GET /api/v1/needs: a buyer's own needs; for everyone else who may read needs (producers,
// dinas, admins) the open needs they may see, as on /needs. POST: a buyer's new need (a draft).
import { db } from "~/db.server.ts";
import { needJson, PageQuerySchema, toInput } from "~/api/resources.ts";
import { buyerOf, created, endpoint, found, invalid, issue, pageJson, parse, parseQuery, readBody, requireApiPermission, slicePage } from "~/api/endpoint.server.ts";
import { NeedFormSchema } from "~/models/needs/need-forms.ts";
import { browseOpenNeeds, checkNeedInput, createNeed, findOwnNeed, listOwnNeeds, NEED_PAGE_SIZE } from "~/models/needs/need.server.ts";

const route = endpoint({
  GET: async ({ actor, url }) => {
    const { page = 1 } = parseQuery(url, PageQuerySchema);
    if (actor.permissions.has("manage:need:own")) return slicePage((await listOwnNeeds(db(), actor.organisationId)).map(needJson), page);
    requireApiPermission(actor, "read:need:any");
    const listing = await browseOpenNeeds(db(), actor.organisationId, page);
    return pageJson(listing.needs.map(needJson), page, NEED_PAGE_SIZE, listing.total);
  },
  POST: async ({ actor, request }) => {
    const buyerId = buyerOf(actor);
    const input = parse(NeedFormSchema, toInput(await readBody(request), ["neededBy"]));
    const problem = await checkNeedInput(input);
    if (problem) throw invalid([issue(problem.field, problem.error)]);
    const { id } = await createNeed(db(), buyerId, input, actor.actorUserId);
    return created(needJson(found(await findOwnNeed(db(), buyerId, id)).need), `/api/v1/needs/${id}`);
  },
});
export { route as loader, route as action };
