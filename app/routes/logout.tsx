import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { endSessionAndRedirect } from "~/http/auth-responses.server.ts";
import { deleteSession } from "~/models/accounts/session.server.ts";
import { readSessionId } from "~/http/session-cookie.server.ts";

// Logging out deletes the session row, so the cookie is dead even if a copy survives.
export async function action({ request }: ActionFunctionArgs) {
  const sessionId = await readSessionId(request);
  if (sessionId) await deleteSession(db(), sessionId);
  return endSessionAndRedirect("/");
}

export function loader() {
  return redirect("/");
}
