import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { listOutbox, outboxReader } from "~/models/platform/email.server.ts";
import { getViewer } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["outbox"] };

// The development outbox: the e-mail the app would have sent, each shown only to the person
// it was sent to (every variant of this path reaches this loader, so the rule holds for all).
export async function loader({ request }: LoaderFunctionArgs) {
  const config = env();
  const reader = outboxReader({ production: config.APP_ENV === "production", open: config.DEV_OUTBOX_OPEN }, (await getViewer(request))?.user.email);
  if (reader.kind === "none") throw new Response("Not found", { status: 404 });
  if (reader.kind === "sign_in") throw redirect(`/login?${new URLSearchParams({ redirectTo: "/dev/outbox" })}`);
  return { open: reader.kind === "all", emails: await listOutbox(db(), reader) };
}

export default function OutboxPage() {
  const { t } = useTranslation("outbox");
  const { emails, open } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t(open ? "introOpen" : "intro")}</p>
      {emails.length === 0 ? <p>{t("empty")}</p> : null}
      {emails.map((e) => (
        <article key={e.id} className="card email" data-kind={e.kind}>
          <h2>{e.subject}</h2>
          <p className="muted">
            {t("to")}: {e.to} · {t("created")}: {formatDateTime(e.createdAt, locale, zone)}
          </p>
          <pre className="email-body">{e.text}</pre>
        </article>
      ))}
    </>
  );
}
