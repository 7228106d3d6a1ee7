import { useTranslation } from "react-i18next";
import { kbliTitle } from "~/models/producers/kbli.ts";

/** A KBLI code with its title; a code outside the curated list is named by its division, and says so. */
export function KbliName({ code, locale }: { code: string; locale: "id" | "en" }) {
  const { t } = useTranslation("common");
  const named = kbliTitle(code, locale);
  const title = named === null ? null : named.division ? t("kbliDivision", { title: named.title, division: code.slice(0, 2) }) : named.title;
  return (
    <>
      <code>{code}</code> {title}
    </>
  );
}
