// GET /api/v1/producers/:id: a listed producer's public page (products, certificates).
import { db } from "~/db.server.ts";
import { producerJson } from "~/lib/api-resources.ts";
import { endpoint, found, json } from "~/lib/api.server.ts";
import { producerBySlug } from "~/models/catalog.server.ts";

const route = endpoint({
  GET: async ({ params }) => {
    // The catalog service reads by slug (the public address); the API names producers by id.
    const profile = found(await db().producerProfile.findUnique({ where: { id: params.id ?? "" }, select: { organisation: { select: { slug: true } } } }));
    return json(producerJson(found(await producerBySlug(db(), profile.organisation.slug))));
  },
});
export { route as loader, route as action };
