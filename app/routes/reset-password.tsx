import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrors, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { ResetPasswordSchema } from "~/models/accounts/account-forms.ts";
import { isResetTokenUsable, resetPassword } from "~/models/accounts/account.server.ts";

export const handle = { i18n: ["auth"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const usable = token.length >= 20 && token.length <= 200 && (await isResetTokenUsable(db(), token));
  return data({ token, usable }, { status: usable ? 200 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ResetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password", "confirmPassword"] }) }, { status: 400 });
  }
  const outcome = await resetPassword(db(), submission.value.token, submission.value.password);
  if (!outcome.ok) {
    return data({ result: submission.reply({ formErrors: [outcome.error] }) }, { status: 400 });
  }
  // Post/redirect/get: the login page confirms, and a reload cannot resubmit the token.
  return redirect("/login?reset=done");
}

export default function ResetPasswordPage() {
  const { t } = useTranslation(["auth", "errors"]);
  const { token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // Validation runs on the server (the same zod schema), with or without JavaScript.
  const [form, fields] = useForm<z.input<typeof ResetPasswordSchema>>({
    id: "reset-password",
    lastResult: actionData?.result,
    defaultValue: { token },
  });
  return (
    <section className="narrow card">
      <h1>{t("resetTitle")}</h1>
      {usable ? null : (
        <p className="notice error" role="alert">
          {t("errors:reset_link_invalid")} <Link to="/forgot-password">{t("forgotTitle")}</Link>
        </p>
      )}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input {...getInputProps(fields.token, { type: "hidden" })} key={fields.token.key} />
        <TextField meta={fields.password} label={t("newPassword")} type="password" autoComplete="new-password" help={t("passwordHelp")} />
        <TextField meta={fields.confirmPassword} label={t("confirmPassword")} type="password" autoComplete="new-password" />
        <button type="submit" className="button">
          {t("resetButton")}
        </button>
      </Form>
    </section>
  );
}
