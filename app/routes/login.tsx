import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrors, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { startSessionAndRedirect } from "~/http/auth-responses.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { keepRetryAfter, tooManyAttempts } from "~/http/replies.server.ts";
import { LoginSchema } from "~/models/accounts/account-forms.ts";
import { safeRedirect } from "~/lib/safe-redirect.ts";
import { authenticate, LOCKOUT, type LockoutEmailText } from "~/models/accounts/account.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { isLocale } from "~/lib/locale.ts";
import { requireAnonymous } from "~/http/guards.server.ts";
import { LIMITS, clearLimit, hitLimit } from "~/models/platform/rate-limit.server.ts";
import { clientInfo, isKnownDevice } from "~/http/session-cookie.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["auth"] };
export const headers = keepRetryAfter;
export const meta: MetaFunction = () => [{ title: "MitraIKM" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryMinutes: 0, lockout: null }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const ip = clientInfo(request).ipAddress ?? "unknown";
  // Counted per client and address together: guesses from elsewhere never throttle the owner.
  const pairKey = `login:pair:${ip}:${email}`;
  const [byPair, byIp] = await Promise.all([hitLimit(db(), pairKey, LIMITS.loginPerClientAndEmail), hitLimit(db(), `login:ip:${ip}`, LIMITS.loginPerIp)]);
  if (!byPair.allowed || !byIp.allowed) {
    return tooManyAttempts({ result: submission.reply({ formErrors: ["rate_limited"], hideFields: ["password"] }), lockout: null }, [
      byPair,
      byIp,
    ]);
  }
  const user = await authenticate(db(), email, password, {
    lockoutText: lockoutEmailText,
    baseUrl: env().APP_URL,
    isKnownDevice: (userId) => isKnownDevice(request, userId),
  });
  if (!user.ok) {
    // A locked account answers as a wrong password does: saying "locked" would tell anyone
    // that the address has an account. Its owner learns of the lock by e-mail, and the
    // message says how locking works.
    return data(
      { result: submission.reply({ formErrors: ["invalid_credentials"], hideFields: ["password"] }), retryMinutes: 0, lockout: LOCKOUT },
      { status: 400 },
    );
  }
  await clearLimit(db(), pairKey);
  return startSessionAndRedirect(request, user.id, user.locale, safeRedirect(redirectTo));
}

/** The notice a locked account's owner gets, in their language. */
async function lockoutEmailText(locale: string): Promise<LockoutEmailText> {
  const t = await fixedT(locale, "auth");
  return { subject: t("lockedEmailSubject"), body: (until, link) => t("lockedEmailBody", { until: formatDateTime(until, isLocale(locale) ? locale : "id"), link }) };
}

export default function LoginPage() {
  const { t } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  // Validation runs on the server (the same zod schema), with or without JavaScript.
  const [form, fields] = useForm<z.input<typeof LoginSchema>>({
    id: "login",
    lastResult: actionData?.result,
  });
  return (
    <section className="narrow card">
      <h1>{t("loginTitle")}</h1>
      {searchParams.get("reset") === "done" ? (
        <Notice>{t("resetDone")}</Notice>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={{ minutes: actionData?.retryMinutes, lockAfter: actionData?.lockout?.after, lockMinutes: actionData?.lockout?.minutes }} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField meta={fields.email} label={t("email")} type="email" autoComplete="email" />
        <TextField meta={fields.password} label={t("password")} type="password" autoComplete="current-password" />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("loginButton")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("forgotLink")}</Link>
      </p>
      <p>
        {t("noAccount")} <Link to="/signup">{t("signupButton")}</Link>
      </p>
    </section>
  );
}
