// Every translation file, read on the server. The browser gets only the namespaces a
// page needs, through the /locales/:lng/:ns route.
import type { Locale } from "~/lib/locale.ts";
import type { Namespace } from "./config.ts";
import idAccount from "~/locales/id/account.json";
import idCatalog from "~/locales/id/catalog.json";
import idCertifications from "~/locales/id/certifications.json";
import idNeeds from "~/locales/id/needs.json";
import idAdmin from "~/locales/id/admin.json";
import idAuth from "~/locales/id/auth.json";
import idCommon from "~/locales/id/common.json";
import idErrors from "~/locales/id/errors.json";
import idHome from "~/locales/id/home.json";
import idOutbox from "~/locales/id/outbox.json";
import idProfile from "~/locales/id/profile.json";
import idImports from "~/locales/id/imports.json";
import idSearch from "~/locales/id/search.json";
import idMatching from "~/locales/id/matching.json";
import idApi from "~/locales/id/api.json";
import idNotifications from "~/locales/id/notifications.json";
import idEvents from "~/locales/id/events.json";
import idDashboard from "~/locales/id/dashboard.json";
import idOrders from "~/locales/id/orders.json";
import idTrade from "~/locales/id/trade.json";
import idQuotations from "~/locales/id/quotations.json";
import enAccount from "~/locales/en/account.json";
import enCatalog from "~/locales/en/catalog.json";
import enCertifications from "~/locales/en/certifications.json";
import enNeeds from "~/locales/en/needs.json";
import enAdmin from "~/locales/en/admin.json";
import enAuth from "~/locales/en/auth.json";
import enCommon from "~/locales/en/common.json";
import enErrors from "~/locales/en/errors.json";
import enHome from "~/locales/en/home.json";
import enOutbox from "~/locales/en/outbox.json";
import enProfile from "~/locales/en/profile.json";
import enImports from "~/locales/en/imports.json";
import enSearch from "~/locales/en/search.json";
import enMatching from "~/locales/en/matching.json";
import enApi from "~/locales/en/api.json";
import enNotifications from "~/locales/en/notifications.json";
import enEvents from "~/locales/en/events.json";
import enDashboard from "~/locales/en/dashboard.json";
import enOrders from "~/locales/en/orders.json";
import enTrade from "~/locales/en/trade.json";
import enQuotations from "~/locales/en/quotations.json";

export const resources: Record<Locale, Record<Namespace, object>> = {
  id: { common: idCommon, errors: idErrors, home: idHome, auth: idAuth, account: idAccount, admin: idAdmin, outbox: idOutbox, catalog: idCatalog, needs: idNeeds, certifications: idCertifications, profile: idProfile, imports: idImports, search: idSearch, matching: idMatching, api: idApi, notifications: idNotifications, events: idEvents, dashboard: idDashboard, orders: idOrders, trade: idTrade, quotations: idQuotations },
  en: { common: enCommon, errors: enErrors, home: enHome, auth: enAuth, account: enAccount, admin: enAdmin, outbox: enOutbox, catalog: enCatalog, needs: enNeeds, certifications: enCertifications, profile: enProfile, imports: enImports, search: enSearch, matching: enMatching, api: enApi, notifications: enNotifications, events: enEvents, dashboard: enDashboard, orders: enOrders, trade: enTrade, quotations: enQuotations },
};
