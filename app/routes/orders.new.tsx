// The buyer drafts a purchase order from a partnership the producer has confirmed: items
// (from the producer's catalogue or not), delivery and payment terms. Saved as a draft or
// sent to the producer at once.
import { parseWithZod } from "@conform-to/zod/v4";
import { dateToDay } from "~/lib/calendar-day.ts";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrderTermsForm } from "~/components/order-terms-form.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { requireBuyer } from "~/http/guards.server.ts";
import { OrderTermsSchema, withoutEmptyLines } from "~/models/orders/order-forms.ts";
import { draftOrder, orderableMatch } from "~/models/orders/order.server.ts";
import { acceptedQuotationOf } from "~/models/quotations/quotation.server.ts";
import { earliestDelivery, orderQuantity } from "~/models/quotations/quotation-workflow.ts";

export const handle = { i18n: ["orders"] };

async function loadMatch(request: Request) {
  const viewer = await requireBuyer(request);
  const matchId = new URL(request.url).searchParams.get("match") ?? "";
  const match = matchId.length <= 40 ? await orderableMatch(db(), matchId, viewer.buyerId) : null;
  if (!match) throw new Response("Not found", { status: 404 });
  return { viewer, match };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { match } = await loadMatch(request);
  const product = match.product;
  // An accepted quotation is what both sides agreed: the order starts from its terms.
  const quoted = await acceptedQuotationOf(db(), match.id);
  return {
    quotation: quoted?.number ?? null,
    matchId: match.id,
    orderable: match.state === "confirmed" && match.orders.length === 0,
    existingOrder: match.orders[0]?.id ?? null,
    producer: match.producer.legalName,
    need: match.need.title,
    products: match.producer.products.map((p) => ({ id: p.id, name: p.name, unit: p.unit, priceMin: p.priceMin })),
    defaults: {
      lines: [
        {
          productId: product?.id,
          name: product?.name ?? match.need.title,
          quantity: quoted ? orderQuantity(quoted) : match.need.quantity,
          unit: quoted?.unit ?? product?.unit ?? match.need.unit,
          unitPrice: quoted?.unitPrice ?? product?.priceMin ?? match.need.budgetPerUnit ?? undefined,
        },
      ],
      deliveryAddress: quoted?.deliveryPlace,
      deliveryDate: dateToDay(quoted ? earliestDelivery(quoted, quoted.decidedAt ?? new Date()) : match.need.neededBy),
      deliveryTerm: "DAP" as const,
      downPaymentPercent: 30,
      downPaymentDueDays: 7,
      balanceDueDays: 30,
      cancellationRefundPercent: 100,
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, match } = await loadMatch(request);
  const form = withoutEmptyLines(await readForm(request));
  const submission = parseWithZod(form, { schema: OrderTermsSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const propose = form.get("intent") === "propose";
  const result = await draftOrder(db(), match.id, submission.value, { userId: viewer.user.id, organisationId: viewer.buyerId, isAdmin: false }, propose);
  if (!result.ok) return data({ result: submission.reply({ formErrors: [result.error] }) }, { status: result.error === "not_found" ? 404 : 409 });
  return redirect(`/orders/${result.id}`);
}

export default function NewOrder() {
  const { t } = useTranslation(["orders", "errors"]);
  const { matchId, orderable, existingOrder, producer, need, products, defaults, quotation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="card">
      <p>
        <Link to="/orders">← {t("title")}</Link>
      </p>
      <h1>{t("newOrderFor", { producer })}</h1>
      <p className="muted">{t("fromPartnership", { need })}</p>
      {quotation ? (
        <p className="notice" data-from-quotation>
          {t("fromQuotation", { number: quotation })}
        </p>
      ) : null}
      {orderable ? (
        <OrderTermsForm
          id="new-order"
          defaults={defaults}
          products={products}
          lastResult={actionData?.result}
          hidden={{ match: matchId }}
          keepAgreedPrices={quotation !== null}
          submits={[
            { intent: "propose", label: t("sendProposal") },
            { intent: "draft", label: t("saveDraft"), secondary: true },
          ]}
        />
      ) : (
        <p role="alert" className="field-errors">
          {t("errors:match_not_confirmed")} {existingOrder ? <Link to={`/orders/${existingOrder}`}>{t("openOrder")}</Link> : null}
        </p>
      )}
    </section>
  );
}
