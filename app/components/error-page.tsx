import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// A form of the wrong type (415) or size (413) is a bad request too, not a server fault.
const KEYS: Record<number, string> = { 400: "badRequest", 403: "forbidden", 404: "notFound", 413: "badRequest", 415: "badRequest" };

/** The 400/403/404/500 page, in the user's language. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation("errors");
  const key = KEYS[status] ?? "server";
  return (
    <section className="error-page" data-status={status}>
      <p className="error-code">{t("status", { status })}</p>
      <h1>{t(`${key}Title`)}</h1>
      <p>{t(`${key}Text`)}</p>
      <p>
        <Link to="/">{t("backHome")}</Link>
      </p>
    </section>
  );
}
