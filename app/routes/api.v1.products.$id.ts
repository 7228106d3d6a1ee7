// GET/PATCH /api/v1/products/:id. PATCH is a JSON Merge Patch: the fields sent replace the
// stored ones (null empties an optional field), and the whole result is validated by the
// product form's schema, so a partial update can never store what the form would refuse.
import { db } from "~/db.server.ts";
import { productInputOf, productJson, toInput } from "~/api/resources.ts";
import { endpoint, found, json, parse, producerOf, readBody } from "~/api/endpoint.server.ts";
import { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { findOwnProduct, updateProduct } from "~/models/catalog/product.server.ts";

const route = endpoint({
  GET: async ({ actor, params }) => json(productJson(found(await findOwnProduct(db(), producerOf(actor), params.id ?? "")))),
  PATCH: async ({ actor, params, request }) => {
    const producerId = producerOf(actor);
    const patch = await readBody(request);
    const current = found(await findOwnProduct(db(), producerId, params.id ?? ""));
    const input = parse(ProductFormSchema, toInput(patch, [], productInputOf(current)));
    found(await updateProduct(db(), producerId, current.id, input, actor.actorUserId));
    return json(productJson(found(await findOwnProduct(db(), producerId, current.id))));
  },
});
export { route as loader, route as action };
