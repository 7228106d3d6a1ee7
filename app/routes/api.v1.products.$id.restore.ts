// POST /api/v1/products/:id/restore: puts an archived own product back in the catalog.
import { productStatusEndpoint } from "~/api/product-status.server.ts";

const route = productStatusEndpoint("active");
export { route as loader, route as action };
