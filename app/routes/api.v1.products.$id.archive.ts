// POST /api/v1/products/:id/archive: takes an own product out of the catalog and the search index.
import { productStatusEndpoint } from "~/api/product-status.server.ts";

const route = productStatusEndpoint("archived");
export { route as loader, route as action };
