// GET /api/v1/producers/:id: a listed producer's public page (products, certificates), and
// its contacts for those allowed to see them (contacts.server.ts).
import { db } from "~/db.server.ts";
import { producerJson } from "~/api/resources.ts";
import { endpoint, found, json } from "~/api/endpoint.server.ts";
import { producerBySlug } from "~/models/catalog/catalog.server.ts";
import { askerOf, producerContactAccess, producerContacts } from "~/models/producers/contacts.server.ts";

const route = endpoint({
  GET: async ({ params, actor }) => {
    // The catalog service reads by slug (the public address); the API names producers by id.
    const profile = found(await db().producerProfile.findUnique({ where: { id: params.id ?? "" }, select: { organisation: { select: { slug: true } } } }));
    const producer = found(await producerBySlug(db(), profile.organisation.slug));
    const access = await producerContactAccess(db(), askerOf(actor), producer.organisation.id);
    return json(producerJson(producer, access === "visible" ? await producerContacts(db(), producer.id) : null));
  },
});
export { route as loader, route as action };
