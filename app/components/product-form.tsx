import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CategoryField, UnitField } from "./product-fields.tsx";
import type { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { FormErrors, TextAreaField, TextField } from "./forms.tsx";

type ProductFields = z.input<typeof ProductFormSchema>;

/** The product form of the "new" and "edit" pages; validated by the action. */
export function ProductForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<Record<keyof ProductFields, string>>;
  submitLabel: string;
}) {
  const { t } = useTranslation(["catalog", "common"]);
  const navigation = useNavigation();
  const [form, fields] = useForm<ProductFields>({ id: "product", lastResult, defaultValue });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField meta={fields.name} label={t("name")} />
      <TextAreaField meta={fields.description} label={t("description")} help={t("descriptionHelp")} />
      <div className="field-row">
        <CategoryField meta={fields.category} label={t("category")} />
        <UnitField meta={fields.unit} label={t("unit")} />
      </div>
      <div className="field-row">
        <TextField meta={fields.minOrder} label={t("minOrder")} type="number" />
        <TextField meta={fields.monthlyCapacity} label={t("monthlyCapacity")} type="number" />
        <TextField meta={fields.leadTimeDays} label={t("leadTimeDays")} type="number" />
      </div>
      <div className="field-row">
        <TextField meta={fields.priceMin} label={t("priceMin")} type="number" help={t("priceHelp")} />
        <TextField meta={fields.priceMax} label={t("priceMax")} type="number" />
        <TextField meta={fields.tkdnPercent} label={t("tkdnPercent")} type="number" step="any" />
      </div>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {submitLabel}
      </button>
    </Form>
  );
}
