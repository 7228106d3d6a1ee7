// GET /api/v1/products: the token's producer's own products; POST: a new one (product form's schema).
import { db } from "~/db.server.ts";
import { PageQuerySchema, productJson, toInput } from "~/api/resources.ts";
import { created, endpoint, found, parse, parseQuery, producerOf, readBody, slicePage } from "~/api/endpoint.server.ts";
import { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { createProduct, findOwnProduct, listOwnProducts } from "~/models/catalog/product.server.ts";

const route = endpoint({
  GET: async ({ actor, url }) => {
    const producerId = producerOf(actor);
    const { page = 1 } = parseQuery(url, PageQuerySchema);
    return slicePage((await listOwnProducts(db(), producerId)).map(productJson), page);
  },
  POST: async ({ actor, request }) => {
    const producerId = producerOf(actor);
    const input = parse(ProductFormSchema, toInput(await readBody(request)));
    const { id } = await createProduct(db(), producerId, input, actor.actorUserId);
    return created(productJson(found(await findOwnProduct(db(), producerId, id))), `/api/v1/products/${id}`);
  },
});
export { route as loader, route as action };
