// GET /api/v1/needs/:id: a need the token's organisation may read (its own, or an open one
// shown to it). PATCH: a buyer's own draft or open need, as a JSON Merge Patch validated
// whole by the need form's schema; an open need's changes are kept as a revision.
import { db } from "~/db.server.ts";
import { needInputOf, needJson, toInput } from "~/api/resources.ts";
import { apiError, buyerOf, endpoint, found, invalid, issue, json, parse, readBody, requireApiPermission } from "~/api/endpoint.server.ts";
import { NeedFormSchema } from "~/models/needs/need-forms.ts";
import { checkNeedInput, findOwnNeed, readableNeed, updateNeed } from "~/models/needs/need.server.ts";

const route = endpoint({
  GET: async ({ actor, params }) => {
    requireApiPermission(actor, "read:need:any");
    return json(needJson(found(await readableNeed(db(), params.id ?? "", actor.organisationId))));
  },
  PATCH: async ({ actor, params, request }) => {
    const buyerId = buyerOf(actor);
    const patch = await readBody(request);
    const { need } = found(await findOwnNeed(db(), buyerId, params.id ?? ""));
    const input = parse(NeedFormSchema, toInput(patch, ["neededBy"], needInputOf(need)));
    const problem = await checkNeedInput(input);
    if (problem) throw invalid([issue(problem.field, problem.error)]);
    const result = await updateNeed(db(), buyerId, need.id, input, actor.actorUserId);
    if (!result.ok) throw result.error === "not_editable" ? apiError(409, "not_editable") : apiError(404, "not_found");
    return json(needJson(found(await findOwnNeed(db(), buyerId, need.id)).need));
  },
});
export { route as loader, route as action };
