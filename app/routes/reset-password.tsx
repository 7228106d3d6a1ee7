import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { ResetPasswordSchema } from "~/models/account-forms.ts";
import { isResetTokenUsable, resetPassword } from "~/models/account.server.ts";

export const handle = { i18n: ["auth"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const usable = token.length >= 20 && token.length <= 200 && (await isResetTokenUsable(db(), token));
  return data({ token, usable }, { status: usable ? 200 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password", "confirmPassword"] }), done: false }, { status: 400 });
  }
  const outcome = await resetPassword(db(), submission.value.token, submission.value.password);
  if (!outcome.ok) {
    return data({ result: submission.reply({ formErrors: [outcome.error] }), done: false }, { status: 400 });
  }
  return { result: submission.reply({ resetForm: true }), done: true };
}

export default function ResetPasswordPage() {
  const { t } = useTranslation(["auth", "errors"]);
  const { token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(ResetPasswordSchema),
    defaultValue: { token },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
    shouldRevalidate: "onBlur",
  });
  if (actionData?.done) {
    return (
      <section className="narrow card">
        <h1>{t("resetTitle")}</h1>
        <p className="notice success" role="status">
          {t("resetDone")}
        </p>
        <Link to="/login" className="button">
          {t("loginButton")}
        </Link>
      </section>
    );
  }
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
