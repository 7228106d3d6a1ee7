import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { AccountActionSchema } from "~/models/accounts/account-forms.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { listSessions, revokeAllSessions, revokeSession, setActiveOrganisation } from "~/models/accounts/session.server.ts";
import { useLocaleAndZone, useRootData } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";
import { RecordTable } from "~/components/record-table.tsx";

export const handle = { i18n: ["account", "api", "trade"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "read:account:own");
  const [sessions, regions] = await Promise.all([listSessions(db(), viewer.user.id), loadRegions()]);
  return {
    user: viewer.user,
    currentSessionId: viewer.sessionId,
    actingId: viewer.acting?.organisationId ?? null,
    memberships: viewer.memberships.map((m) => ({ ...m, regionName: m.regionCode ? regions.nameOf(m.regionCode) : null })),
    sessions,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requirePermission(request, "read:account:own");
  const submission = parseWithZod(await readForm(request), { schema: AccountActionSchema });
  if (submission.status !== "success") return data({ message: null, count: 0 }, { status: 400 });
  const input = submission.value;
  switch (input.intent) {
    case "switch-organisation": {
      const ok = await setActiveOrganisation(db(), viewer.sessionId, viewer.user.id, input.organisationId);
      if (!ok) throw new Response("Forbidden", { status: 403 });
      return redirect("/");
    }
    case "revoke-session": {
      const ok = await revokeSession(db(), viewer.user.id, input.sessionId);
      if (!ok) return data({ message: null, count: 0 }, { status: 404 });
      return { message: "revoked", count: 1 };
    }
    case "revoke-other-sessions": {
      const count = await revokeAllSessions(db(), viewer.user.id, viewer.sessionId);
      return { message: "revokedOthers", count };
    }
  }
}

export default function AccountPage() {
  const { t } = useTranslation(["account", "common", "api", "trade"]);
  const viewer = useRootData()?.viewer;
  const { user, sessions, memberships, currentSessionId, actingId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("title")}</h1>
      {actionData?.message ? (
        <Notice>{t(actionData.message, { count: actionData.count })}</Notice>
      ) : null}
      <section className="card">
        <h2>{t("profile")}</h2>
        <dl className="pairs">
          <dt>{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt>E-mail</dt>
          <dd>{user.email}</dd>
        </dl>
        <p>
          <Link to="/account/data">{t("dataLink")}</Link>
        </p>
      </section>
      <section className="card">
        <h2>{t("memberships")}</h2>
        <ul className="plain-list">
          {memberships.map((m) => (
            <li key={m.organisationId}>
              <strong>{m.name}</strong> · {t(`common:orgKinds.${m.kind}`)} · {t(`common:membershipRoles.${m.role}`)}
              {m.regionName ? ` · ${m.regionName}` : ""}
              {m.status !== "active" ? <span className="badge warn">{t(`common:orgStatuses.${m.status}`)}</span> : null}
              {m.organisationId === actingId ? (
                <span className="badge">{t("acting")}</span>
              ) : (
                <ActionButton
                  intent="switch-organisation"
                  fields={{ organisationId: m.organisationId }}
                  label={t("actFor")}
                  className="button-link"
                />
              )}
            </li>
          ))}
        </ul>
        {viewer?.permissions.includes("manage:organisation:own") ? (
          <p>
            {viewer.acting?.kind === "buyer" ? (
              <>
                <a href="/account/verification">{t("trade:verificationTitle")}</a> ·{" "}
              </>
            ) : null}
            <a href="/account/tax">{t("trade:title")}</a> · <a href="/account/api-tokens">{t("api:accountLink")}</a>
          </p>
        ) : null}
      </section>
      <section className="card">
        <h2>{t("sessions")}</h2>
        <p>{t("sessionsIntro")}</p>
        <RecordTable
          label={t("sessions")}
          columns={[t("device"), t("ip"), t("signedInAt"), t("lastSeen"), ""]}
          rows={sessions}
          row={(s) => (
            <tr key={s.id}>
              <td>{s.userAgent ?? t("unknownDevice")}</td>
              <td>{s.ipAddress ?? "–"}</td>
              <td>{formatDateTime(s.createdAt, locale, zone)}</td>
              <td>{formatDateTime(s.lastSeenAt, locale, zone)}</td>
              <td>
                {s.id === currentSessionId ? (
                  <span className="badge">{t("thisDevice")}</span>
                ) : (
                  <ActionButton inline={false} className="button-link" intent="revoke-session" fields={{ sessionId: s.id }} label={t("revoke")} />
                )}
              </td>
            </tr>
          )}
        />
        {sessions.length > 1 ? (
          <ActionButton inline={false} intent="revoke-other-sessions" label={t("revokeOthers")} className="button secondary" />
        ) : null}
      </section>
    </>
  );
}
