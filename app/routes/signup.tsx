import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CheckboxField, FormErrors, SelectField, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { getLocale } from "~/i18n/i18next.server.ts";
import { startSessionAndRedirect } from "~/http/auth-responses.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { keepRetryAfter, tooManyAttempts } from "~/http/replies.server.ts";
import { SIGNUP_ACCOUNT_TYPES, SignupSchema } from "~/models/accounts/account-forms.ts";
import { signUp } from "~/models/accounts/account.server.ts";
import { BUYER_TYPES, LEGAL_FORMS, SECTORS } from "~/models/domain.ts";
import { requireAnonymous } from "~/http/guards.server.ts";
import { LIMITS, hitLimit } from "~/models/platform/rate-limit.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { clientInfo } from "~/http/session-cookie.server.ts";
import { RegionFields } from "~/components/region-fields.tsx";

export const handle = { i18n: ["auth"] };
export const headers = keepRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const regions = await loadRegions();
  return { provinces: regions.provinces, regencies: regions.regencies };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readForm(request), { schema: SignupSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), retryMinutes: 0 }, { status: 400 });
  }
  const input = submission.value;
  const limit = await hitLimit(db(), `signup:ip:${clientInfo(request).ipAddress ?? "unknown"}`, LIMITS.signupPerIp);
  if (!limit.allowed) {
    return tooManyAttempts({ result: submission.reply({ formErrors: ["rate_limited"], hideFields: ["password"] }) }, [limit]);
  }
  const locale = await getLocale(request);
  const result = await signUp(db(), input, locale);
  if (!result.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { [result.field]: [result.error] }, hideFields: ["password"] }), retryMinutes: 0 },
      { status: 400 },
    );
  }
  return startSessionAndRedirect(request, result.userId, locale, "/");
}

export default function SignupPage() {
  const { t } = useTranslation(["auth", "common"]);
  const { provinces, regencies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  // Validation runs on the server (the same zod schema), with or without JavaScript.
  const [form, fields] = useForm<z.input<typeof SignupSchema>>({
    id: "signup",
    lastResult: actionData?.result,
  });
  const [accountType, setAccountType] = useState(fields.accountType.initialValue ?? "producer");

  return (
    <section className="narrow card">
      <h1>{t("signupTitle")}</h1>
      <p>{t("signupIntro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={{ minutes: actionData?.retryMinutes }} />
        <fieldset className="field">
          <legend>{t("accountType")}</legend>
          {SIGNUP_ACCOUNT_TYPES.map((type) => (
            <label key={type} className="radio">
              <input
                type="radio"
                name={fields.accountType.name}
                value={type}
                defaultChecked={accountType === type}
                onChange={() => setAccountType(type)}
              />{" "}
              {t(`accountTypes.${type}`)}
            </label>
          ))}
        </fieldset>
        <TextField meta={fields.name} label={t("name")} autoComplete="name" />
        <TextField meta={fields.email} label={t("email")} type="email" autoComplete="email" />
        <TextField
          meta={fields.password}
          label={t("password")}
          type="password"
          help={t("passwordHelp")}
          autoComplete="new-password"
        />
        <TextField meta={fields.organisationName} label={t("organisationName")} help={t("organisationNameHelp")} />
        {accountType !== "dinas" ? (
          <SelectField
            meta={fields.legalForm}
            label={t("common:legalForm")}
            placeholder={t("common:legalFormNone")}
            options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`common:legalForms.${f}`) }))}
          />
        ) : null}
        {accountType === "producer" ? (
          <SelectField
            meta={fields.sector}
            label={t("sector")}
            placeholder={t("common:choose")}
            options={SECTORS.map((s) => ({ value: s, label: t(`common:sectors.${s}`) }))}
          />
        ) : null}
        {accountType === "buyer" ? (
          <SelectField
            meta={fields.buyerType}
            label={t("buyerType")}
            placeholder={t("common:choose")}
            options={BUYER_TYPES.map((b) => ({ value: b, label: t(`common:buyerTypes.${b}`) }))}
          />
        ) : null}
        <RegionFields
          province={fields.provinceCode}
          regency={fields.regencyCode}
          provinces={provinces}
          regencies={regencies}
          labels={{ province: t("province"), regency: accountType === "producer" ? t("regency") : t("regencyOptional") }}
        />
        <CheckboxField meta={fields.acceptTerms} label={t("acceptTerms")} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("signupButton")}
        </button>
      </Form>
      <p>
        {t("haveAccount")} <Link to="/login">{t("loginButton")}</Link>
      </p>
    </section>
  );
}
