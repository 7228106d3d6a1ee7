// The tax invoice (faktur pajak) of a PKP producer's order: its number once issued, and for
// the producer a field to record it. A refused number shows under the field.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError } from "~/components/action-error.tsx";

export function FakturCard({ faktur, error }: { faktur: { number: string | null; canRecord: boolean }; error: string | null | undefined }) {
  const { t } = useTranslation("trade");
  return (
    <section className="card" id="faktur">
      <h2>{t("fakturTitle")}</h2>
      <p data-faktur-number>
        {t("fakturNumber")}: {faktur.number ?? t("fakturNone")}
      </p>
      {faktur.canRecord ? (
        <Form method="post" className="inline-upload">
          <input type="hidden" name="intent" value="faktur" />
          <div className="field">
            <label htmlFor="fakturNumber">{t("fakturNumber")}</label>
            <input id="fakturNumber" name="fakturNumber" defaultValue={faktur.number ?? ""} inputMode="numeric" maxLength={30} required aria-describedby="fakturNumber-help" aria-invalid={error ? true : undefined} />
            <p id="fakturNumber-help" className="field-help">
              {t("fakturHint")}
            </p>
            <ActionError error={error} inline />
          </div>
          <button type="submit" className="button small">
            {t("saveFaktur")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
