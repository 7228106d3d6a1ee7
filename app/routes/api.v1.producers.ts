// GET /api/v1/producers: the public catalog, with the filters and page size of /catalog.
import { db } from "~/db.server.ts";
import { producerSummaryJson } from "~/api/resources.ts";
import { endpoint, pageJson, parseQuery } from "~/api/endpoint.server.ts";
import { CATALOG_PAGE_SIZE, CatalogFilterSchema } from "~/models/catalog/catalog-forms.ts";
import { browseProducers } from "~/models/catalog/catalog.server.ts";

const route = endpoint({
  GET: async ({ url }) => {
    const listing = await browseProducers(db(), parseQuery(url, CatalogFilterSchema));
    return pageJson(listing.producers.map(producerSummaryJson), listing.page, CATALOG_PAGE_SIZE, listing.total);
  },
});
export { route as loader, route as action };
