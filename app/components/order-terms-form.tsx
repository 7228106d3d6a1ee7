// The terms of a purchase order: items, delivery and payment. One form for the buyer's draft
// and for either side's counter-offer; the action parses it with OrderTermsSchema.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorList, FormErrors, SelectField, TextField } from "~/components/forms.tsx";
import { UNITS } from "~/models/domain.ts";
import { MAX_ORDER_LINES, type OrderTermsSchema } from "~/models/orders/order-forms.ts";
import { DELIVERY_TERMS } from "~/models/orders/order-workflow.ts";

/** What the form starts with: a draft's suggestions, or the terms being countered. */
export interface OrderTermsDefaults {
  lines: { productId?: string | null; name?: string; quantity?: number; unit?: string; unitPrice?: number | null }[];
  deliveryAddress?: string;
  deliveryDate?: string;
  deliveryTerm?: string;
  downPaymentPercent?: number;
  downPaymentDueDays?: number;
  balanceDueDays?: number;
  cancellationRefundPercent?: number;
  notes?: string | null;
}

export function OrderTermsForm({
  id,
  defaults,
  products,
  lastResult,
  hidden,
  submits,
  keepAgreedPrices = false,
}: {
  id: string;
  defaults: OrderTermsDefaults;
  /** The producer's catalogue: choosing a product fills its line's description, unit and price. */
  products: { id: string; name: string; unit?: string; priceMin?: number | null }[];
  lastResult: SubmissionResult<string[]> | undefined;
  /** Hidden inputs the action needs (the match, the version seen). */
  hidden: Record<string, string>;
  /** The submit buttons: their intent value and label. */
  submits: { intent: string; label: string; secondary?: boolean }[];
  /** The lines' prices and units were agreed in a quotation: choosing a product names it, and changes neither. */
  keepAgreedPrices?: boolean;
}) {
  const { t } = useTranslation(["orders", "common"]);
  const navigation = useNavigation();
  const [form, fields] = useForm<z.input<typeof OrderTermsSchema>>({ id, lastResult, defaultValue: defaults as never, shouldRevalidate: "onBlur" });
  const lines = fields.lines.getFieldList();
  return (
    <Form method="post" {...getFormProps(form)}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="field">
        <legend>{t("lines")}</legend>
        <p className="field-help">{t("linesHelp")}</p>
        {lines.map((line, i) => {
          const l = line.getFieldset();
          return (
            <div key={line.key} className="field-row order-line" data-line={i}>
              <SelectField
                meta={l.productId}
                label={t("product")}
                placeholder={t("noProduct")}
                options={products.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(productId) => {
                  const chosen = products.find((p) => p.id === productId);
                  if (!chosen) return;
                  // The fields are uncontrolled and the form is read from the page when sent, so
                  // filling them in the page is enough (a conform update would ask the server).
                  fill(l.name.id, chosen.name);
                  if (keepAgreedPrices) return;
                  if (chosen.unit) fill(l.unit.id, chosen.unit);
                  if (chosen.priceMin) fill(l.unitPrice.id, String(chosen.priceMin));
                }}
              />
              <TextField meta={l.name} label={t("itemName")} />
              <TextField meta={l.quantity} label={t("quantity")} type="number" />
              <SelectField meta={l.unit} label={t("unit")} options={UNITS.map((u) => ({ value: u, label: t(`common:units.${u}`) }))} />
              <TextField meta={l.unitPrice} label={t("unitPrice")} type="number" />
            </div>
          );
        })}
        <ErrorList id={fields.lines.errorId} errors={fields.lines.errors} />
        {lines.length < MAX_ORDER_LINES ? (
          <button {...form.insert.getButtonProps({ name: fields.lines.name })} className="button small secondary">
            + {t("line", { n: lines.length + 1 })}
          </button>
        ) : null}
      </fieldset>
      <fieldset className="field">
        <legend>{t("delivery")}</legend>
        <TextField meta={fields.deliveryAddress} label={t("deliveryAddress")} />
        <div className="field-row">
          <TextField meta={fields.deliveryDate} label={t("deliveryDate")} type="date" />
          <SelectField meta={fields.deliveryTerm} label={t("deliveryTerm")} options={DELIVERY_TERMS.map((d) => ({ value: d, label: t(`terms.${d}`) }))} />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t("payment")}</legend>
        <div className="field-row">
          <TextField meta={fields.downPaymentPercent} label={t("downPaymentPercent")} type="number" />
          <TextField meta={fields.downPaymentDueDays} label={t("downPaymentDueDays")} type="number" />
          <TextField meta={fields.balanceDueDays} label={t("balanceDueDays")} type="number" />
        </div>
        <TextField meta={fields.cancellationRefundPercent} label={t("cancellationRefundPercent")} type="number" />
        <TextField meta={fields.notes} label={t("notes")} />
      </fieldset>
      <div className="actions">
        {submits.map((s) => (
          <button key={s.intent} type="submit" name="intent" value={s.intent} className={s.secondary ? "button secondary" : "button"} disabled={navigation.state === "submitting"}>
            {s.label}
          </button>
        ))}
      </div>
    </Form>
  );
}

/** Sets an uncontrolled field's value in the page, as if the user had typed it. */
function fill(id: string, value: string): void {
  const field = document.getElementById(id);
  if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
}
