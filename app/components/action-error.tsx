// A refused action's reason in the reader's language, where the user acted: a notice at the
// top of a page, or a line under the card or field that was acted on. One component, so every
// page says it the same way (role="alert": read out when it appears).
import { useTranslation } from "react-i18next";

export function ActionError({ error, id, inline = false }: { error: string | null | undefined; id?: string; inline?: boolean }) {
  const { t } = useTranslation("errors");
  if (!error) return null;
  return (
    <p id={id} className={inline ? "field-errors" : "notice error"} role="alert">
      {t(error, { defaultValue: t("invalid") })}
    </p>
  );
}
