// A product's category, chosen from the list grouped by sector ("Pangan — Keripik"), so a
// long list stays readable: the product form and the need form ask it alike.
import { useTranslation } from "react-i18next";
import { PRODUCT_CATEGORIES, SECTORS } from "~/models/domain.ts";
import { SelectField, type Field } from "./forms.tsx";

export function CategoryField({ meta, label }: { meta: Field; label: string }) {
  const { t } = useTranslation("common");
  const options = SECTORS.flatMap((sector) =>
    PRODUCT_CATEGORIES.filter((c) => c.sector === sector).map((c) => ({ value: c.key, label: `${t(`sectors.${sector}`)} — ${t(`categories.${c.key}`)}` })),
  );
  return <SelectField meta={meta} label={label} placeholder={t("choose")} options={options} />;
}
