import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrors, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { keepRetryAfter, tooManyAttempts } from "~/http/replies.server.ts";
import { ForgotPasswordSchema } from "~/models/accounts/account-forms.ts";
import { requestPasswordReset } from "~/models/accounts/account.server.ts";
import { LIMITS, hitLimit } from "~/models/platform/rate-limit.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["auth"] };
export const headers = keepRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sent: false, retryMinutes: 0 }, { status: 400 });
  }
  const { email } = submission.value;
  const limit = await hitLimit(db(), `reset:email:${email}`, LIMITS.resetPerEmail);
  if (!limit.allowed) {
    return tooManyAttempts({ result: submission.reply({ formErrors: ["rate_limited"] }), sent: false }, [limit]);
  }
  await requestPasswordReset(db(), email, env().APP_URL, async (locale) => {
    const t = await fixedT(locale, "auth");
    return { subject: t("resetEmailSubject"), body: (link) => t("resetEmailBody", { link }) };
  });
  // The same answer whether or not the address has an account.
  return { result: submission.reply({ resetForm: true }), sent: true, retryMinutes: 0 };
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  // Validation runs on the server (the same zod schema), with or without JavaScript.
  const [form, fields] = useForm<z.input<typeof ForgotPasswordSchema>>({
    id: "forgot-password",
    lastResult: actionData?.result,
  });
  return (
    <section className="narrow card">
      <h1>{t("forgotTitle")}</h1>
      {actionData?.sent ? (
        <Notice>{t("forgotSent")}</Notice>
      ) : (
        <p>{t("forgotIntro")}</p>
      )}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={{ minutes: actionData?.retryMinutes }} />
        <TextField meta={fields.email} label={t("email")} type="email" autoComplete="email" />
        <button type="submit" className="button">
          {t("forgotButton")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("loginButton")}</Link>
      </p>
    </section>
  );
}
