// What every page gets from the root loader: the language, the time zone dates are shown in,
// and who is signed in (with the header's unread count). Its hooks are in root-data.ts, apart
// from root.tsx, so components read it without importing the root route.
import { db } from "./db.server.ts";
import { env } from "./env.server.ts";
import { getViewer } from "./http/guards.server.ts";
import { getLocale } from "./i18n/i18next.server.ts";
import { zoneOfRegion } from "./lib/timezone.ts";
import { unreadCount } from "./models/platform/notification.server.ts";

export async function rootData(request: Request) {
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

export type RootData = Awaited<ReturnType<typeof rootData>>;
