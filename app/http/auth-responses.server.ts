// The responses that start and end a browser session: a redirect carrying the cookies.
import { redirect } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { localeCookie } from "~/i18n/i18next.server.ts";
import { isLocale } from "~/lib/locale.ts";
import { createSession } from "~/models/accounts/session.server.ts";
import { clearSessionCookie, clientInfo, commitSessionCookie, rememberDevice } from "~/http/session-cookie.server.ts";

export async function startSessionAndRedirect(request: Request, userId: string, locale: string, redirectTo: string) {
  const session = await createSession(db(), userId, clientInfo(request));
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(session.id));
  headers.append("Set-Cookie", await rememberDevice(request, userId));
  // The language saved on the account follows the user to every device they sign in on.
  if (isLocale(locale)) headers.append("Set-Cookie", await localeCookie.serialize(locale));
  return redirect(redirectTo, { headers });
}

export async function endSessionAndRedirect(redirectTo = "/") {
  return redirect(redirectTo, { headers: { "Set-Cookie": await clearSessionCookie() } });
}
