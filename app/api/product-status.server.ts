// The archive and restore endpoints differ only in the status they set. They take no body.
import { db } from "~/db.server.ts";
import { productJson } from "./resources.ts";
import { endpoint, found, json, producerOf } from "./endpoint.server.ts";
import { findOwnProduct, setProductStatus } from "~/models/catalog/product.server.ts";

export function productStatusEndpoint(status: "active" | "archived") {
  return endpoint({
    POST: async ({ actor, params }) => {
      const producerId = producerOf(actor);
      found(await setProductStatus(db(), producerId, params.id ?? "", status, actor.actorUserId));
      return json(productJson(found(await findOwnProduct(db(), producerId, params.id ?? ""))));
    },
  });
}
