import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES } from "~/lib/locale.ts";

/** A plain form, so switching works before (and without) JavaScript. */
export function LanguageSwitch({ current, redirectTo }: { current: string; redirectTo: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/language" className="language-switch" aria-label={t("language.label")}>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          title={t("language.switchTo", { language: t(`language.${locale}`) })}
          lang={locale}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </Form>
  );
}
