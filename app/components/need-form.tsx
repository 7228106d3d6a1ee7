import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CategoryField, UnitField } from "./product-fields.tsx";
import type { Province, Regency } from "~/models/regions.server.ts";
import { RegionFields } from "./region-fields.tsx";
import { CERTIFICATION_TYPES, NEED_VISIBILITIES } from "~/models/domain.ts";
import type { NeedFormSchema } from "~/models/needs/need-forms.ts";
import { ErrorList, FormErrors, SelectField, TextAreaField, TextField } from "./forms.tsx";

type NeedFields = z.input<typeof NeedFormSchema>;
export type NeedDefaults = Partial<Record<Exclude<keyof NeedFields, "requiredCertifications">, string>> & {
  requiredCertifications?: string[];
};

/** The need form of the "new" and "edit" pages; validated by the action. */
export function NeedForm({
  lastResult,
  defaultValue,
  submitLabel,
  provinces,
  regencies,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: NeedDefaults;
  submitLabel: string;
  provinces: readonly Province[];
  regencies: readonly Regency[];
}) {
  const { t } = useTranslation(["needs", "common"]);
  const navigation = useNavigation();
  const [form, fields] = useForm<NeedFields>({ id: "need", lastResult, defaultValue });
  const chosenCerts = new Set(defaultValue?.requiredCertifications ?? []);
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField meta={fields.title} label={t("title")} />
      <TextAreaField meta={fields.description} label={t("description")} help={t("descriptionHelp")} />
      <div className="field-row">
        <CategoryField meta={fields.category} label={t("category")} />
        <TextField meta={fields.quantity} label={t("quantity")} type="number" />
        <UnitField meta={fields.unit} label={t("unit")} />
      </div>
      <div className="field-row">
        <RegionFields
          province={fields.deliveryProvinceCode}
          regency={fields.deliveryRegencyCode}
          provinces={provinces}
          regencies={regencies}
          labels={{ province: t("deliveryProvince"), regency: t("deliveryRegency") }}
          initialProvince={defaultValue?.deliveryProvinceCode}
        />
        <TextField meta={fields.neededBy} label={t("neededBy")} type="date" />
      </div>
      <fieldset className="field">
        <legend>{t("requiredCertifications")}</legend>
        <div className="checkbox-grid">
          {CERTIFICATION_TYPES.map((type) => (
            <label key={type} className="radio">
              <input type="checkbox" name={fields.requiredCertifications.name} value={type} defaultChecked={chosenCerts.has(type)} />{" "}
              {t(`common:certTypes.${type}`)}
            </label>
          ))}
        </div>
        {/* An unknown type is an error on one item of the list: show them all here. */}
        <ErrorList
          id={fields.requiredCertifications.errorId}
          errors={[...new Set(Object.values(fields.requiredCertifications.allErrors).flat())]}
        />
      </fieldset>
      <div className="field-row">
        <TextField meta={fields.minTkdnPercent} label={t("minTkdn")} type="number" step="any" />
        <TextField meta={fields.budgetPerUnit} label={t("budgetPerUnit")} type="number" help={t("budgetHelp")} />
        <TextField meta={fields.budgetTotal} label={t("budgetTotal")} type="number" />
      </div>
      <SelectField
        meta={fields.visibility}
        label={t("visibility")}
        options={NEED_VISIBILITIES.map((v) => ({ value: v, label: t(`visibilities.${v}`) }))}
      />
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {submitLabel}
      </button>
    </Form>
  );
}
