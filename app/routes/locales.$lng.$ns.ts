// Serves one translation namespace to the browser's i18next backend.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NAMESPACES, type Namespace } from "~/i18n/config.ts";
import { resources } from "~/i18n/resources.server.ts";
import { isLocale } from "~/lib/locale.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const { lng, ns } = params;
  if (!isLocale(lng) || !(NAMESPACES as readonly string[]).includes(ns ?? "")) {
    return Response.json({ error: "not_found" }, { status: 404 });
  }
  return Response.json(resources[lng][ns as Namespace], {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
