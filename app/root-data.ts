// The root loader's data (root-data.server.ts) as components read it.
import { useRouteLoaderData } from "@remix-run/react";
import type { IndonesianZone } from "./lib/timezone.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/lib/locale.ts";
import type { RootData } from "./root-data.server.ts";

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}

/** The UI language and the time zone dates are shown in, for the formatters in lib/format. */
export function useLocaleAndZone(): { locale: Locale; zone: IndonesianZone } {
  const data = useRootData();
  return { locale: isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE, zone: data?.zone ?? "WIB" };
}
