// A producer's Stripe Connect account: whether card payments go straight into it, and the
// way to set it up (Stripe's hosted onboarding). In manual-transfer mode it says so.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { connectOnboardingLink, stripeClient } from "~/models/orders/stripe-payments.server.ts";

export const handle = { i18n: ["orders"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const producer = await db().producerProfile.findUniqueOrThrow({ where: { id: viewer.producerId }, select: { stripeAccountId: true, stripeTransfersActive: true } });
  return { stripe: stripeClient() !== null, fee: env().STRIPE_PLATFORM_FEE_PERCENT, hasAccount: producer.stripeAccountId !== null, active: producer.stripeTransfersActive };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const stripe = stripeClient();
  if (!stripe) throw new Response("Not found", { status: 404 });
  return redirect(await connectOnboardingLink(db(), stripe, viewer.producerId, viewer.user.email, env().APP_URL));
}

export default function Payouts() {
  const { t } = useTranslation("orders");
  const { stripe, fee, hasAccount, active } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{t("payoutsTitle")}</h1>
      {stripe ? (
        <>
          <p>{t("payoutsIntro", { fee })}</p>
          <p data-connect-status={active ? "active" : hasAccount ? "pending" : "none"}>{active ? t("payoutsActive") : hasAccount ? t("payoutsPending") : t("payoutsNone")}</p>
          {active ? null : (
            <Form method="post">
              <button type="submit" className="button">
                {hasAccount ? t("payoutsContinue") : t("payoutsStart")}
              </button>
            </Form>
          )}
        </>
      ) : (
        <p>{t("payoutsOff")}</p>
      )}
    </section>
  );
}
