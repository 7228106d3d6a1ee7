// The fields a product and a need share, asked alike by the product form and the need form:
// the category, chosen from the list grouped by sector ("Pangan — Keripik") so a long list
// stays readable, and the unit it is counted in.
import { useTranslation } from "react-i18next";
import { PRODUCT_CATEGORIES, SECTORS, UNITS } from "~/models/domain.ts";
import { SelectField, type Field } from "./forms.tsx";

export function CategoryField({ meta, label }: { meta: Field; label: string }) {
  const { t } = useTranslation("common");
  const options = SECTORS.flatMap((sector) =>
    PRODUCT_CATEGORIES.filter((c) => c.sector === sector).map((c) => ({ value: c.key, label: `${t(`sectors.${sector}`)} — ${t(`categories.${c.key}`)}` })),
  );
  return <SelectField meta={meta} label={label} placeholder={t("choose")} options={options} />;
}

export function UnitField({ meta, label }: { meta: Field; label: string }) {
  const { t } = useTranslation("common");
  return <SelectField meta={meta} label={label} placeholder={t("choose")} options={UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))} />;
}
