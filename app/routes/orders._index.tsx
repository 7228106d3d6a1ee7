// A buyer's or producer's purchase orders, newest first, with overdue payments flagged.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { formatDate, formatIDR } from "~/lib/format.ts";
import { requireOrderActor } from "~/http/guards.server.ts";
import { ordersOf, readyToOrder } from "~/models/orders/order.server.ts";
import { isOverdue } from "~/models/orders/payment.server.ts";
import { stripeClient } from "~/models/orders/stripe-payments.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { RecordTable } from "~/components/record-table.tsx";

export const handle = { i18n: ["orders"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, role } = await requireOrderActor(request);
  const [orders, ready] = await Promise.all([ordersOf(db(), actor.organisationId), role === "buyer" && actor.organisationId ? readyToOrder(db(), actor.organisationId) : []]);
  const now = new Date();
  return {
    orders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      state: o.state,
      buyer: o.buyer.name,
      producer: o.producer.legalName,
      total: Number(o.versions[0]?.total ?? 0),
      deliveryDate: o.versions[0]?.deliveryDate ?? null,
      overdue: o.payments.some((p) => isOverdue(p, now)),
    })),
    ready: ready.map((m) => ({ id: m.id, need: m.need.title, producer: m.producer.legalName })),
    // Producers may take card payments into their own Stripe account when the server has Stripe.
    offerPayouts: role === "producer" && stripeClient() !== null,
  };
}

export default function Orders() {
  const { t } = useTranslation("orders");
  const { locale, zone } = useLocaleAndZone();
  const { orders, ready, offerPayouts } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {offerPayouts ? (
        <p>
          <Link to="/workspace/payouts">{t("payoutsLink")}</Link>
        </p>
      ) : null}
      {ready.length > 0 ? (
        <section className="card" data-ready>
          <h2>{t("readyTitle")}</h2>
          <ul className="plain">
            {ready.map((m) => (
              <li key={m.id}>
                {m.producer} · {m.need}{" "}
                <Link to={`/orders/new?match=${m.id}`} className="button small">
                  {t("orderFromMatch")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RecordTable
        label={t("title")}
        columns={[t("number"), t("buyer"), t("producer"), t("total"), t("deliveryDate"), t("state")]}
        rows={orders}
        empty={<p className="card">{t("none")}</p>}
        row={(o) => (
          <tr key={o.id} data-order={o.id} data-state={o.state}>
            <td>
              <Link to={`/orders/${o.id}`}>{o.number}</Link>
            </td>
            <td>{o.buyer}</td>
            <td>{o.producer}</td>
            <td>{formatIDR(o.total)}</td>
            <td>{o.deliveryDate ? formatDate(o.deliveryDate, locale, zone) : "–"}</td>
            <td>
              <span className={`badge state-${o.state}`}>{t(`states.${o.state}`)}</span> {o.overdue ? <span className="badge warning">{t("overdue")}</span> : null}
            </td>
          </tr>
        )}
      />
    </>
  );
}
