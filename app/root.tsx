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
} from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { ErrorPage } from "./components/error-page.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { useNonce } from "./lib/nonce.ts";
import { rootData } from "./root-data.server.ts";
import { useRootData } from "./root-data.ts";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "MitraIKM" }];

export const handle = { i18n: ["common", "errors", "notifications"] };

export function loader({ request }: LoaderFunctionArgs) {
  return rootData(request);
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
