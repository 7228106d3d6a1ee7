// A person's own data: download all of it as JSON (account_.data[.]json.ts), or delete the account (password asked).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { ActionError } from "~/components/action-error.tsx";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { endSessionAndRedirect } from "~/http/auth-responses.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { deleteAccount } from "~/models/accounts/personal-data.server.ts";

export const handle = { i18n: ["account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:account:own");
  return null;
}

const DeleteSchema = z.object({ intent: z.literal("delete"), password: z.string().min(1).max(200), confirm: z.literal("on") });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requirePermission(request, "read:account:own");
  const parsed = DeleteSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: parsed.error.issues.some((i) => i.path[0] === "confirm") ? "delete_confirm_required" : "password_required" }, { status: 400 });
  const result = await deleteAccount(db(), viewer.user.id, parsed.data.password);
  if (!result.ok) return data({ error: result.error }, { status: result.error === "password_wrong" ? 400 : 409 });
  return endSessionAndRedirect("/?account=deleted");
}

export default function AccountDataPage() {
  const { t } = useTranslation(["account", "errors"]);
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <>
      <h1>{t("dataTitle")}</h1>
      <section className="card">
        <h2>{t("exportTitle")}</h2>
        <p>{t("exportIntro")}</p>
        <a className="button" href="/account/data.json" download>
          {t("exportButton")}
        </a>
      </section>
      <section className="card">
        <h2>{t("deleteTitle")}</h2>
        <p>{t("deleteIntro")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <div className="field">
            <label htmlFor="delete-password">{t("deletePassword")}</label>
            <input id="delete-password" name="password" type="password" autoComplete="current-password" required aria-invalid={actionData?.error?.startsWith("password") ? true : undefined} aria-describedby="delete-error" />
          </div>
          <label className="checkbox-line">
            <input type="checkbox" name="confirm" required /> {t("deleteConfirm")}
          </label>
          {actionData?.error ? <ActionError error={actionData.error} id="delete-error" inline /> : null}
          <button type="submit" className="button danger" disabled={navigation.state === "submitting"}>
            {t("deleteButton")}
          </button>
        </Form>
      </section>
    </>
  );
}
