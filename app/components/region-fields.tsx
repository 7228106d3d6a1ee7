// A province and a regency of it, as every form that asks where asks it: choosing the
// province narrows the regencies offered (the server checks the pair again). Sign-up, the
// producer's profile and a need's delivery place.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Province, Regency } from "~/models/regions.server.ts";
import { SelectField, type Field } from "./forms.tsx";

export function RegionFields({
  province,
  regency,
  provinces,
  regencies,
  labels,
  initialProvince = "",
}: {
  province: Field;
  regency: Field;
  provinces: readonly Province[];
  regencies: readonly Regency[];
  labels: { province: string; regency: string };
  /** The province chosen before, when the form does not carry it as its initial value. */
  initialProvince?: string;
}) {
  const { t } = useTranslation("common");
  const [chosen, setChosen] = useState(String(province.initialValue ?? initialProvince));
  return (
    <>
      <SelectField meta={province} label={labels.province} placeholder={t("choose")} options={provinces.map((p) => ({ value: p.code, label: p.name }))} onChange={setChosen} />
      <SelectField
        meta={regency}
        label={labels.regency}
        placeholder={t("choose")}
        options={regencies.filter((r) => !chosen || r.provinceCode === chosen).map((r) => ({ value: r.code, label: r.name }))}
      />
    </>
  );
}
