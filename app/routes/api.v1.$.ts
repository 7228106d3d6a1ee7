// Any other /api/v1 address: a JSON 404, not the site's HTML page.
import { apiError } from "~/api/endpoint.server.ts";

const route = async () => apiError(404, "not_found");
export { route as loader, route as action };
