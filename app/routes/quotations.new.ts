// /quotations/new?product=…&need=…: from a product page, the buyer chose which of its open
// needs to ask the product's producer about; the request is made on that need's page.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { invariantResponse, requireBuyer } from "~/http/guards.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  const url = new URL(request.url);
  const needId = url.searchParams.get("need")?.slice(0, 40) ?? "";
  const productId = url.searchParams.get("product")?.slice(0, 40) ?? "";
  const [need, product] = await Promise.all([
    db().need.findFirst({ where: { id: needId, buyerId: viewer.buyerId }, select: { id: true } }),
    db().product.findFirst({ where: { id: productId, status: "active" }, select: { id: true, producerId: true } }),
  ]);
  invariantResponse(need && product, "Not found");
  return redirect(`/workspace/needs/${need.id}/quotations?producer=${product.producerId}&product=${product.id}#ask`);
}
