import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { localeCookie } from "~/i18n/i18next.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { LanguageSchema } from "~/models/accounts/account-forms.ts";
import { safeRedirect } from "~/lib/safe-redirect.ts";
import { setUserLocale } from "~/models/accounts/account.server.ts";
import { getViewer } from "~/http/guards.server.ts";

// Switching language: remembered in a cookie, and on the account when signed in.
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: LanguageSchema });
  if (submission.status !== "success") {
    return Response.json({ errors: submission.error }, { status: 400 });
  }
  const viewer = await getViewer(request);
  if (viewer) await setUserLocale(db(), viewer.user.id, submission.value.locale);
  return redirect(safeRedirect(submission.value.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) },
  });
}

export function loader() {
  return redirect("/");
}
