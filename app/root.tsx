import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { ErrorPage } from "./components/error-page.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { env } from "./env.server.ts";
import { getLocale } from "./i18n/i18next.server.ts";
import { useNonce } from "./lib/nonce.ts";
import { zoneOfRegion, type IndonesianZone } from "./lib/timezone.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./models/domain.ts";
import { getViewer } from "./models/guards.server.ts";
import { unreadCount } from "./models/notification.server.ts";
import { db } from "./db.server.ts";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "MitraIKM" }];

export const handle = { i18n: ["common", "errors", "notifications"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, viewer] = await Promise.all([getLocale(request), getViewer(request)]);
  return {
    locale,
    showDevTools: env().APP_ENV !== "production",
    zone: zoneOfRegion(viewer?.acting?.regionCode),
    viewer: viewer && {
      name: viewer.user.name,
      email: viewer.user.email,
      role: viewer.role,
      permissions: viewer.permissions,
      acting: viewer.acting,
      memberships: viewer.memberships,
      unread: await unreadCount(db(), viewer.user.id),
    },
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>("root");
}

/** The UI language and the time zone dates are shown in, for the formatters in lib/format. */
export function useLocaleAndZone(): { locale: Locale; zone: IndonesianZone } {
  const data = useRootData();
  return { locale: isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE, zone: data?.zone ?? "WIB" };
}

function Document({ lang, children }: { lang: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  useChangeLanguage(data.locale);
  // Marks the page interactive: browser tests wait for it before they click.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <Document lang={data.locale}>
      <SiteHeader />
      <main id="main" className="container">
        <Outlet />
      </main>
      <footer className="site-footer container">
        <p>{t("footer")}</p>
      </footer>
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRootData();
  const { i18n } = useTranslation();
  useChangeLanguage(data?.locale ?? i18n.language);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <Document lang={data?.locale ?? i18n.language ?? "id"}>
      {data ? <SiteHeader /> : null}
      <main id="main" className="container">
        <ErrorPage status={status} />
      </main>
    </Document>
  );
}
