import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { listOutbox } from "~/models/email.server.ts";
import { useLocaleAndZone } from "~/root.tsx";

export const handle = { i18n: ["outbox"] };

// The development outbox: every e-mail the app would have sent. Never served in production.
export async function loader(_: LoaderFunctionArgs) {
  if (env().APP_ENV === "production") throw new Response("Not found", { status: 404 });
  return { emails: await listOutbox(db()) };
}

export default function OutboxPage() {
  const { t } = useTranslation("outbox");
  const { emails } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
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
