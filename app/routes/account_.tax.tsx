// /account/tax: what a buyer's finance office needs to book and pay an order. Every
// organisation's NPWP; a producer's PKP status and the bank account it is paid into; a buyer's
// appointment as VAT collector. Owners only (manage:organisation:own): a bank account is where
// money goes. The trailing "_" keeps this page out of the account page's layout.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CheckboxField, SelectField, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { invariantResponse, requirePermission } from "~/http/guards.server.ts";
import { formatDate } from "~/lib/format.ts";
import { INDONESIAN_BANKS } from "~/models/trade/banks.ts";
import { formatNpwp } from "~/models/trade/npwp.ts";
import { BankAccountSchema, TaxProfileSchema } from "~/models/trade/trade-forms.ts";
import { saveTaxProfile, setBankAccount, tradeProfileOf } from "~/models/trade/trade-profile.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { isVerifiedBuyer } from "~/models/domain.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["trade", "account", "errors"] };
export const meta: MetaFunction = () => [{ title: "Pajak & rekening · MitraIKM" }];

async function requireOwner(request: Request) {
  const viewer = await requirePermission(request, "manage:organisation:own");
  return { viewer, organisationId: viewer.acting!.organisationId };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireOwner(request);
  const profile = await tradeProfileOf(db(), organisationId);
  invariantResponse(profile, "Not found");
  return {
    profile: { kind: profile.kind, name: profile.name, npwp: profile.npwp ? formatNpwp(profile.npwp) : "", pkp: profile.pkp, vatCollector: profile.vatCollector, verified: profile.kind === "buyer" && isVerifiedBuyer(profile) },
    account: profile.account,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, organisationId } = await requireOwner(request);
  const form = await readForm(request);
  if (form.get("intent") === "bank") {
    const submission = parseWithZod(form, { schema: BankAccountSchema });
    if (submission.status !== "success") return data({ form: "bank", result: submission.reply(), message: null }, { status: 400 });
    const saved = await setBankAccount(db(), organisationId, submission.value, viewer.user.id);
    if (!saved.ok) return data({ form: "bank", result: submission.reply({ formErrors: [saved.error] }), message: null }, { status: saved.error === "not_found" ? 404 : 409 });
    return { form: "bank", result: submission.reply(), message: saved.changed ? "bankSaved" : "bankUnchanged" };
  }
  const submission = parseWithZod(form, { schema: TaxProfileSchema });
  if (submission.status !== "success") return data({ form: "tax", result: submission.reply(), message: null }, { status: 400 });
  const saved = await saveTaxProfile(db(), organisationId, submission.value);
  invariantResponse(saved.ok || saved.error !== "not_found", "Not found");
  if (!saved.ok) return data({ form: "tax", result: submission.reply({ fieldErrors: { vatCollector: [saved.error] } }), message: null }, { status: statusOf(saved.error) });
  return { form: "tax", result: submission.reply(), message: saved.checkAgain ? "taxSavedCheckAgain" : "taxSaved" };
}

export default function TaxAndBankPage() {
  const { t } = useTranslation(["trade", "account"]);
  const { profile, account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  const [taxForm, tax] = useForm<z.input<typeof TaxProfileSchema>>({
    id: "tax",
    lastResult: actionData?.form === "tax" ? actionData.result : undefined,
    defaultValue: { npwp: profile.npwp, pkp: profile.pkp ? "on" : undefined, vatCollector: profile.vatCollector ? "on" : undefined },
    shouldRevalidate: "onBlur",
  });
  const [bankForm, bank] = useForm<z.input<typeof BankAccountSchema>>({
    id: "bank",
    lastResult: actionData?.form === "bank" ? actionData.result : undefined,
    defaultValue: account ? { bankCode: account.bankCode, number: account.number, holderName: account.holderName } : undefined,
  });
  return (
    <>
      <p>
        <Link to="/account">← {t("account:title")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {actionData?.message ? (
        <Notice>{t(actionData.message)}</Notice>
      ) : null}
      <section className="card">
        <h2>{t("taxTitle")}</h2>
        <Form method="post" {...getFormProps(taxForm)}>
          <input type="hidden" name="intent" value="tax" />
          <TextField meta={tax.npwp} label={t("npwp")} help={profile.verified ? `${t("npwpHint")} ${t("npwpVerifiedHint")}` : t("npwpHint")} />
          {profile.kind === "producer" ? (
            <>
              <CheckboxField meta={tax.pkp} label={t("pkp")} />
              <p className="field-help">{t("pkpHint")}</p>
            </>
          ) : null}
          {profile.kind === "buyer" ? (
            <>
              <CheckboxField meta={tax.vatCollector} label={t("vatCollector")} />
              <p className="field-help">{t("vatCollectorHint")}</p>
            </>
          ) : null}
          <button type="submit" className="button">
            {t("saveTax")}
          </button>
        </Form>
      </section>
      {profile.kind === "producer" ? (
        <section className="card" id="bank">
          <h2>{t("bankTitle")}</h2>
          <p className="muted">{t("bankIntro")}</p>
          {account ? (
            <p data-current-account>
              <strong>{t("currentAccount")}:</strong> {account.bank} · {account.number} · {account.holderName} ({t("since", { date: formatDate(account.createdAt, locale, zone) })})
            </p>
          ) : (
            <p className="notice">{t("noAccount")}</p>
          )}
          <Form method="post" {...getFormProps(bankForm)}>
            <input type="hidden" name="intent" value="bank" />
            <SelectField meta={bank.bankCode} label={t("bank")} placeholder={t("chooseBank")} options={INDONESIAN_BANKS.map((b) => ({ value: b.code, label: `${b.name} (${b.code})` }))} />
            <TextField meta={bank.number} label={t("accountNumber")} />
            <TextField meta={bank.holderName} label={t("holderName")} help={t("holderHint")} />
            <button type="submit" className="button">
              {t("saveBank")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
