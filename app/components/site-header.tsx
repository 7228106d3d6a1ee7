import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/root-data.ts";
import { LanguageSwitch } from "./language-switch.tsx";

export function SiteHeader() {
  const data = useRootData();
  const { t } = useTranslation();
  const location = useLocation();
  const viewer = data?.viewer;
  // On a phone the menu folds behind one button (the header would otherwise take a third of
  // the screen); it folds again after each move to another page.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [location.pathname]);
  // A visitor starts from the public pages; someone signed in, from their role's own (on a
  // phone these come first in the folded menu).
  const publicLinks = (
    <>
      <NavLink to="/" end>
        {t("nav.home")}
      </NavLink>
      <NavLink to="/catalog">{t("nav.catalog")}</NavLink>
      <NavLink to="/search">{t("nav.search")}</NavLink>
      <NavLink to="/events" end>
        {t("nav.events")}
      </NavLink>
    </>
  );
  const unread = viewer && viewer.unread > 0 ? (viewer.unread > 99 ? "99+" : String(viewer.unread)) : null;
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="brand">
          Mitra<span>IKM</span>
        </Link>
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen(!open)}>
          {t("nav.menu")}
          {unread ? (
            <span className="badge-count" aria-label={t("notifications:headerUnread", { count: viewer!.unread })}>
              {unread}
            </span>
          ) : null}
        </button>
        <div id="site-menu" className={open ? "site-menu open" : "site-menu"} onKeyDown={(e) => (e.key === "Escape" ? setOpen(false) : undefined)}>
          <nav aria-label={t("nav.mainMenu")} className="main-nav">
            {viewer ? null : publicLinks}
            {viewer?.permissions.includes("manage:product:own") ? (
              <>
                <NavLink to="/workspace/profile">{t("nav.profile")}</NavLink>
                <NavLink to="/workspace/products">{t("nav.products")}</NavLink>
                <NavLink to="/workspace/matches">{t("nav.matches")}</NavLink>
              </>
            ) : null}
            {viewer?.permissions.includes("manage:certification:own") ? (
              <NavLink to="/workspace/certifications">{t("nav.myCertifications")}</NavLink>
            ) : null}
            {viewer?.permissions.some((p) => p.startsWith("verify:certification")) ? (
              <NavLink to="/dinas/verifications">{t("nav.verifications")}</NavLink>
            ) : null}
            {viewer?.permissions.some((p) => p.startsWith("import:data")) ? <NavLink to="/dinas/import">{t("nav.import")}</NavLink> : null}
            {viewer?.permissions.includes("broker:match:region") ? <NavLink to="/dinas/matches">{t("nav.brokerMatches")}</NavLink> : null}
            {viewer?.permissions.includes("manage:event:region") ? <NavLink to="/dinas/events">{t("nav.dinasEvents")}</NavLink> : null}
            {viewer?.permissions.some((p) => p.startsWith("read:dashboard")) ? <NavLink to="/dinas/dashboard">{t("nav.dashboard")}</NavLink> : null}
            {viewer?.permissions.includes("manage:need:own") ? (
              <NavLink to="/workspace/needs">{t("nav.myNeeds")}</NavLink>
            ) : null}
            {viewer?.permissions.includes("trade:order:own") ? (
              <>
                <NavLink to="/quotations">{t("nav.quotations")}</NavLink>
                <NavLink to="/orders">{t("nav.orders")}</NavLink>
              </>
            ) : null}
            {viewer?.permissions.includes("read:need:any") ? <NavLink to="/needs">{t("nav.openNeeds")}</NavLink> : null}
            {viewer?.permissions.includes("manage:organisation:any") ? (
              <NavLink to="/admin/organisations">{t("nav.admin")}</NavLink>
            ) : null}
            {viewer ? publicLinks : null}
            {/* The development outbox shows a signed-in person their own mail: no link for visitors. */}
            {data?.showDevTools && viewer ? <NavLink to="/dev/outbox">{t("nav.outbox")}</NavLink> : null}
          </nav>
          <div className="header-tools">
            <LanguageSwitch current={data?.locale ?? "id"} redirectTo={location.pathname + location.search} />
            {viewer ? (
              <>
                {/* The spoken name starts with the visible word (WCAG 2.5.3), then says the count in full. */}
                <NavLink to="/notifications" className="notifications-link">
                  {t("notifications:headerLink")}
                  {viewer.unread > 0 ? (
                    <>
                      <span className="badge-count" data-unread={viewer.unread} aria-hidden="true">
                        {viewer.unread > 99 ? "99+" : viewer.unread}
                      </span>
                      <span className="visually-hidden">, {t("notifications:headerUnread", { count: viewer.unread })}</span>
                    </>
                  ) : null}
                </NavLink>
                <NavLink to="/account" className="account-link">
                  {viewer.name}
                  {viewer.acting ? (
                    <small>
                      {viewer.acting.name} · {t(`roles.${viewer.role}`)}
                    </small>
                  ) : null}
                </NavLink>
                <Form method="post" action="/logout">
                  <button type="submit" className="button-link">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <NavLink to="/login">{t("nav.login")}</NavLink>
                <Link to="/signup" className="button small">
                  {t("nav.signup")}
                </Link>
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
