// /account/api-tokens: an organisation owner's API tokens. A new token is shown once, in the
// action's answer (only its hash is stored). The trailing "_" keeps this page out of the
// account page's layout, which has no outlet.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TextField } from "~/components/forms.tsx";
import { ActionButton } from "~/components/action-button.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { ApiTokenActionSchema, type ApiTokenFormSchema } from "~/models/accounts/api-token-forms.ts";
import { createToken, listTokens, revokeToken } from "~/models/accounts/api-token.server.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";
import { RecordTable } from "~/components/record-table.tsx";

export const handle = { i18n: ["api", "account"] };
export const meta: MetaFunction = () => [{ title: "Token API · MitraIKM" }];
// The page may carry a freshly made token: no cache, shared or private, may keep it.
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

/** Owners of an active organisation hold manage:organisation:own; tokens are theirs to manage. */
async function requireOwner(request: Request) {
  const viewer = await requirePermission(request, "manage:organisation:own");
  return { viewer, organisation: viewer.acting! };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisation } = await requireOwner(request);
  return { organisationName: organisation.name, tokens: await listTokens(db(), organisation.organisationId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, organisation } = await requireOwner(request);
  const submission = parseWithZod(await readForm(request), { schema: ApiTokenActionSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), created: null, message: null }, { status: 400 });
  const input = submission.value;
  if (input.intent === "revoke") {
    const ok = await revokeToken(db(), organisation.organisationId, input.tokenId, viewer.user.id);
    return data({ result: null, created: null, message: ok ? "revoked" : null }, { status: ok ? 200 : 404 });
  }
  const token = await createToken(db(), organisation.organisationId, input.name, viewer.user.id);
  return { result: submission.reply({ resetForm: true }), created: { name: token.name, token: token.token }, message: null };
}

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation("api");
  const [copied, setCopied] = useState(false);
  // Without clipboard access (older browsers, no permission) the token is still there to select.
  const copy = () => void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined);
  return (
    <button type="button" className="button secondary" onClick={copy}>
      {copied ? t("copied") : t("copy")}
    </button>
  );
}

export default function ApiTokensPage() {
  const { t } = useTranslation(["api", "account"]);
  const { organisationName, tokens } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { locale, zone } = useLocaleAndZone();
  const [form, fields] = useForm<z.input<typeof ApiTokenFormSchema>>({ id: "api-token", lastResult: actionData?.result });
  return (
    <>
      <p>
        <Link to="/account">← {t("account:title")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <section className="card">
        <p>{t("intro", { organisation: organisationName })}</p>
        <p>{t("usage")}</p>
        <p>
          <a href="/api/v1/openapi.json">{t("docs")}</a>
        </p>
      </section>
      {actionData?.created ? (
        <section className="card notice warn" role="status" id="api-token-created">
          <h2>{t("createdTitle", { name: actionData.created.name })}</h2>
          <p>{t("copyNow")}</p>
          <p>
            <code id="api-token-value">{actionData.created.token}</code> <CopyButton text={actionData.created.token} />
          </p>
        </section>
      ) : null}
      {actionData?.message ? (
        <Notice>{t(actionData.message)}</Notice>
      ) : null}
      <section className="card">
        <h2>{t("newToken")}</h2>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="create" />
          <TextField meta={fields.name} label={t("name")} help={t("nameHelp")} autoComplete="off" />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("create")}
          </button>
        </Form>
      </section>
      <section className="card">
        <h2>{t("tokens")}</h2>
        <RecordTable
          label={t("tokens")}
          columns={[t("name"), t("prefix"), t("created"), t("createdBy"), t("lastUsed"), t("status"), ""]}
          rows={tokens}
          empty={<p>{t("none")}</p>}
          row={(token) => (
            <tr key={token.id} data-token={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatDateTime(token.createdAt, locale, zone)}</td>
              <td>{token.createdBy?.name ?? t("deletedUser")}</td>
              <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale, zone) : t("never")}</td>
              <td>
                {token.revokedAt ? (
                  <span className="badge muted">{t("revokedOn", { date: formatDateTime(token.revokedAt, locale, zone) })}</span>
                ) : (
                  <span className="badge">{t("active")}</span>
                )}
              </td>
              <td>{token.revokedAt ? null : <ActionButton inline={false} className="button-link" intent="revoke" fields={{ tokenId: token.id }} label={t("revoke")} />}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
