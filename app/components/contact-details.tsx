import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ContactAccess, Contacts } from "~/models/producers/contacts.server.ts";

/** An organisation's contacts where the viewer may see them (contacts.server.ts), else why not. */
export function ContactDetails({ access, contacts, headingLevel = 2 }: { access: ContactAccess; contacts: Contacts | null; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(["common", "trade"]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="contacts" data-contacts={access} aria-label={t("contacts.title")}>
      <Heading>{t("contacts.title")}</Heading>
      {access !== "visible" || !contacts ? (
        <p className="muted">
          {t(`contacts.hidden.${access === "visible" ? "no_partnership" : access}`)}
          {access === "buyer_unverified" ? (
            <>
              {" "}
              <Link to="/account/verification">{t("trade:verifyLink")}</Link>
            </>
          ) : null}
        </p>
      ) : (
        <>
          {contacts.address ? (
            <p>
              {t("contacts.address")}: {contacts.address}
            </p>
          ) : null}
          {contacts.people.length === 0 ? <p className="muted">{t("contacts.none")}</p> : null}
          <ul className="plain-list">
            {contacts.people.map((p, i) => (
              <li key={i}>
                <strong>{p.name}</strong>
                {p.position ? ` · ${p.position}` : ""}
                {p.phone ? (
                  <>
                    {" · "}
                    {t("contacts.phone")}: <a href={`tel:${p.phone.replace(/[^\d+]/g, "")}`}>{p.phone}</a>
                  </>
                ) : null}
                {p.email ? (
                  <>
                    {" · "}
                    {t("contacts.email")}: <a href={`mailto:${p.email}`}>{p.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
