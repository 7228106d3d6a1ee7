// What the order page's buyer, producer or admin may do, one named function per intent; the
// route's action picks one by the form's intent. Each refusal answers through `refused`
// (its status from the model's error), with the payment it concerns so the page shows it
// where the user acted.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { db, type Db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readForm, readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { requireOrderActor } from "~/http/guards.server.ts";
import { refused, statusOf } from "~/http/replies.server.ts";
import type { Permission } from "~/models/accounts/permissions.ts";
import { MAX_ORDER_TOTAL, OrderTermsSchema, withoutEmptyLines } from "~/models/orders/order-forms.ts";
import { recordFakturNumber } from "~/models/orders/faktur.server.ts";
import { reviseOrder, type OrderActor } from "~/models/orders/order.server.ts";
import { confirmRefundReceived, settlePayment, submitTransferProof } from "~/models/orders/payment.server.ts";
import { ORDER_ACTIONS } from "~/models/orders/order-workflow.ts";
import { moveOrder, recordPayout, refundPayment, startCheckout, stripeClient } from "~/models/orders/stripe-payments.server.ts";
import { MAX_DOCUMENT_BYTES, storeDocument } from "~/models/platform/uploads.server.ts";
import { FakturSchema } from "~/models/trade/trade-forms.ts";

const ActSchema = z.object({ action: z.enum(ORDER_ACTIONS) });
const PaymentSchema = z.object({ paymentId: z.string().min(1).max(40) });
const RefundSchema = PaymentSchema.extend({
  amount: z.coerce.number().int().min(1).max(MAX_ORDER_TOTAL),
});
const PayoutSchema = PaymentSchema.extend({
  reference: z.string().trim().min(3, "too_short").max(100, "too_long"),
});
const VersionSchema = z.object({
  version: z.coerce.number().int().min(1).max(1000),
});

type Values = Record<string, FormDataEntryValue>;
interface Acting {
  orderId: string;
  actor: OrderActor;
  permissions: readonly Permission[];
}

const done = (paymentId: string | null = null) => ({
  ok: true as const,
  result: undefined,
  error: null,
  paymentId,
});
const refusedFor = (error: string, paymentId: string | null = null) => refused(error, { result: undefined, paymentId });
const paymentIdOf = (values: Values) => String(values.paymentId ?? "").slice(0, 40);

export async function orderAction(request: Request, orderId: string) {
  const { actor, permissions } = await requireOrderActor(request);
  const acting: Acting = { orderId, actor, permissions };
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) return uploadProof(request, acting);
  const form = await readForm(request);
  const values = Object.fromEntries(form);
  switch (form.get("intent")) {
    case "counter":
    case "revise":
      return reviseTerms(form, acting);
    case "refund":
      return refund(values, acting);
    case "payout":
      return payout(values, acting);
    case "checkout":
      return checkout(values, acting);
    case "settle":
    case "refund-received":
      return settle(values, acting, form.get("intent") === "settle" ? settlePayment : confirmRefundReceived);
    case "act":
      return act(values, acting);
    case "faktur":
      return faktur(values, acting);
    default:
      return refusedFor("invalid");
  }
}

/** A counter-offer, or the buyer editing its draft: field errors go back to the terms form. */
async function reviseTerms(form: FormData, { orderId, actor }: Acting) {
  const submission = parseWithZod(withoutEmptyLines(form), {
    schema: OrderTermsSchema,
  });
  const version = VersionSchema.safeParse(Object.fromEntries(form));
  if (submission.status !== "success" || !version.success)
    return data(
      {
        ok: false as const,
        result: submission.reply(),
        error: null,
        paymentId: null,
      },
      { status: 400 }
    );
  const result = await reviseOrder(db(), orderId, version.data.version, submission.value, actor);
  if (!result.ok && result.error === "not_found") throw new Response("Not found", { status: 404 });
  if (!result.ok)
    return data(
      {
        ok: false as const,
        result: submission.reply({ formErrors: [result.error] }),
        error: null,
        paymentId: null,
      },
      { status: statusOf(result.error) }
    );
  return {
    ok: true as const,
    result: submission.reply({ resetForm: true }),
    error: null,
    paymentId: null,
  };
}

// Money leaving the platform's hands: only with the permission (the models check it too).
function settler({ actor, permissions }: Acting) {
  return permissions.includes("settle:payment:any") ? { userId: actor.userId, permissions } : null;
}

/** The order's own payment, or null: another order's payment id is a 404. */
async function paymentOfOrder(orderId: string, paymentId: string) {
  return db().payment.findFirst({
    where: { id: paymentId, orderId },
    select: { id: true },
  });
}

async function refund(values: Values, acting: Acting) {
  const by = settler(acting);
  if (!by) return refusedFor("forbidden", paymentIdOf(values));
  const parsed = RefundSchema.safeParse(values);
  if (!parsed.success) return refusedFor("refund_amount_invalid", paymentIdOf(values));
  const payment = await paymentOfOrder(acting.orderId, parsed.data.paymentId);
  if (!payment) return refusedFor("not_found");
  const result = await refundPayment(db(), stripeClient(), payment.id, parsed.data.amount, by);
  return result.ok ? done() : refusedFor(result.error, payment.id);
}

async function payout(values: Values, acting: Acting) {
  const by = settler(acting);
  if (!by) return refusedFor("forbidden", paymentIdOf(values));
  const parsed = PayoutSchema.safeParse(values);
  if (!parsed.success) return refusedFor("payout_reference_required", paymentIdOf(values));
  const payment = await paymentOfOrder(acting.orderId, parsed.data.paymentId);
  if (!payment) return refusedFor("not_found");
  const result = await recordPayout(db(), payment.id, parsed.data.reference, by);
  return result.ok ? done() : refusedFor(result.error, payment.id);
}

/** The buyer pays a payment by card: off to Stripe's Checkout page. */
async function checkout(values: Values, { actor }: Acting) {
  const parsed = PaymentSchema.safeParse(values);
  if (!parsed.success) return refusedFor("invalid");
  const stripe = stripeClient();
  if (!stripe) return refusedFor("order_invalid_transition", parsed.data.paymentId);
  const started = await startCheckout(db(), stripe, parsed.data.paymentId, actor, env().APP_URL);
  return started.ok ? redirect(started.url) : refusedFor(started.error, parsed.data.paymentId);
}

/** The producer confirms a transfer arrived, or the buyer that a refund did. */
async function settle(values: Values, { actor }: Acting, confirm: (db: Db, paymentId: string, actor: OrderActor) => Promise<{ ok: true } | { ok: false; error: string }>) {
  const parsed = PaymentSchema.safeParse(values);
  if (!parsed.success) return refusedFor("invalid");
  const result = await confirm(db(), parsed.data.paymentId, actor);
  return result.ok ? done() : refusedFor(result.error, parsed.data.paymentId);
}

/** A move of the order itself (propose, accept, deliver, cancel…). */
async function act(values: Values, { orderId, actor }: Acting) {
  const parsed = ActSchema.safeParse(values);
  if (!parsed.success) return refusedFor("invalid");
  const result = await moveOrder(db(), stripeClient(), orderId, parsed.data.action, actor);
  return result.ok ? done() : refusedFor(result.error);
}

/** The buyer's transfer proof for one payment: a PDF or image, checked by its content. */
async function uploadProof(request: Request, { actor }: Acting) {
  const upload = await readUploadForm(request, {
    maxPartSize: MAX_DOCUMENT_BYTES,
  });
  if (!upload.ok) return refusedFor(uploadRefusal(upload.error));
  const paymentId = String(upload.form.get("paymentId") ?? "").slice(0, 40);
  const file = upload.form.get("proof");
  if (!(file instanceof File) || file.size === 0) return refusedFor("file_required", paymentId);
  const stored = await storeDocument(env().UPLOAD_DIR, "payments", new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) return refusedFor(stored.error, paymentId);
  const result = await submitTransferProof(db(), paymentId, actor, stored);
  return result.ok ? done(paymentId) : refusedFor(result.error, paymentId);
}

/** The PKP producer records the tax invoice number; a refusal shows under its field. */
async function faktur(values: Values, { orderId, actor }: Acting) {
  const parsed = FakturSchema.safeParse(values);
  if (!parsed.success) return refusedFor(parsed.error.issues[0]?.message ?? "faktur_format", "faktur");
  const result = await recordFakturNumber(db(), orderId, parsed.data.fakturNumber, actor);
  return result.ok ? done() : refusedFor(result.error, "faktur");
}
