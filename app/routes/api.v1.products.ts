// GET /api/v1/products: the token's producer's own products; POST: a new one (product form's schema).
import { db } from "~/db.server.ts";
import { OWN_PAGE_SIZE, PageQuerySchema, productJson, toInput } from "~/api/resources.ts";
import { created, endpoint, found, pageJson, parse, parseQuery, producerOf, readBody } from "~/api/endpoint.server.ts";
import { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { createProduct, findOwnProduct, pageOfOwnProducts } from "~/models/catalog/product.server.ts";

const route = endpoint({
  GET: async ({ actor, url }) => {
    const producerId = producerOf(actor);
    const { page = 1 } = parseQuery(url, PageQuerySchema);
    const { rows, total } = await pageOfOwnProducts(db(), producerId, page, OWN_PAGE_SIZE);
    return pageJson(rows.map(productJson), page, OWN_PAGE_SIZE, total);
  },
  POST: async ({ actor, request }) => {
    const producerId = producerOf(actor);
    const input = parse(ProductFormSchema, toInput(await readBody(request)));
    const { id } = await createProduct(db(), producerId, input, actor.actorUserId);
    return created(productJson(found(await findOwnProduct(db(), producerId, id))), `/api/v1/products/${id}`);
  },
});
export { route as loader, route as action };
