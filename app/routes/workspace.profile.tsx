import { getCollectionProps, getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorList, FormErrors, SelectField, TextAreaField, TextField } from "~/components/forms.tsx";
import { LogoField } from "~/components/logo-field.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { LEGAL_FORMS, SECTORS, UNITS } from "~/models/domain.ts";
import { invariantResponse, requireProducer } from "~/http/guards.server.ts";
import { isKbliCode, KBLI } from "~/models/producers/kbli.ts";
import { KbliName } from "~/components/kbli-name.tsx";
import { findOwnProfile, saveOwnProfile } from "~/models/producers/producer-profile.server.ts";
import { MAX_CONTACTS, ProducerProfileSchema } from "~/models/producers/profile-forms.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";
import { RegionFields } from "~/components/region-fields.tsx";

export const handle = { i18n: ["profile", "catalog"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const profile = await findOwnProfile(db(), viewer.producerId);
  invariantResponse(profile, "Not found");
  const regions = await loadRegions();
  return { profile, provinces: regions.provinces, regencies: regions.regencies };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const submission = parseWithZod(await readForm(request), { schema: ProducerProfileSchema });
  // Adding or removing a contact row is a submission too (it works without JavaScript).
  if (submission.status !== "success") return data({ result: submission.reply(), saved: false }, { status: submission.status === "error" ? 400 : 200 });
  const saved = await saveOwnProfile(db(), viewer.producerId, submission.value, viewer.user.id);
  if (!saved.ok) return data({ result: submission.reply({ fieldErrors: { [saved.field]: [saved.error] } }), saved: false }, { status: 400 });
  return { result: submission.reply(), saved: true };
}

type ProfileFields = z.input<typeof ProducerProfileSchema>;

export default function ProfilePage() {
  const { t } = useTranslation(["profile", "common"]);
  const { locale } = useLocaleAndZone();
  const { profile, provinces, regencies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const text = (value: number | string | null) => (value === null ? undefined : String(value));
  const [form, fields] = useForm<ProfileFields>({
    id: "profile",
    lastResult: actionData?.result,
    defaultValue: {
      legalName: profile.legalName,
      legalForm: text(profile.organisation.legalForm),
      nib: text(profile.nib),
      sector: profile.sector,
      kbli: profile.kbli.map((k) => k.code),
      sentraName: text(profile.sentraName),
      provinceCode: profile.provinceCode,
      regencyCode: profile.regencyCode,
      address: text(profile.address),
      employees: text(profile.employees),
      foundedYear: text(profile.foundedYear),
      monthlyCapacity: text(profile.monthlyCapacity),
      capacityUnit: text(profile.capacityUnit),
      description: text(profile.description),
      contacts: profile.contacts.map((c) => ({ name: c.name, position: text(c.position), phone: text(c.phone), email: text(c.email) })),
    },
  });
  const [sector, setSector] = useState(fields.sector.initialValue ?? profile.sector);
  const contacts = fields.contacts.getFieldList();
  // The sector's own KBLI codes come first; the rest stay folded away. A code the profile holds
  // that the list does not (from an import, or typed) stays a box of its own; one typed that is
  // no KBLI code stays in the box it was typed in, beside its error.
  const held = [fields.kbli.initialValue ?? []].flat().filter((c): c is string => typeof c === "string" && c !== "");
  const listed = new Set(KBLI.map((k) => k.code));
  const extra = [...new Set(held.filter((c) => !listed.has(c) && isKbliCode(c)))];
  const typed = held.filter((c) => !listed.has(c) && !isKbliCode(c)).join(" ");
  // Once saved, a typed code is one of the boxes above: its own box empties.
  const typedBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (actionData?.saved && typedBox.current) typedBox.current.value = "";
  }, [actionData]);
  const kbliBoxes = getCollectionProps(fields.kbli, { type: "checkbox", options: [...KBLI.map((k) => k.code), ...extra] });
  const kbliBox = (code: string) => {
    const { key, ...props } = kbliBoxes.find((b) => b.value === code)!;
    return (
      <label key={key} className="checkbox-line">
        <input {...props} /> <KbliName code={code} locale={locale} />
      </label>
    );
  };
  const ownSector = KBLI.filter((k) => k.sectors.includes(sector as (typeof SECTORS)[number]));
  const otherSectors = KBLI.filter((k) => !ownSector.includes(k));

  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link to={`/producers/${profile.organisation.slug}`}>{t("viewPublic")} →</Link>
      </p>
      {actionData?.saved ? (
        <Notice>{t("saved")}</Notice>
      ) : null}
      <LogoField src={profile.logoPath ? `/media/logos/${profile.id}?v=${new Date(profile.updatedAt).getTime()}` : null} name={profile.legalName} />
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset>
          <legend>{t("business")}</legend>
          <div className="field-row">
            <TextField meta={fields.legalName} label={t("legalName")} />
            <SelectField
              meta={fields.legalForm}
              label={t("common:legalForm")}
              placeholder={t("common:legalFormNone")}
              options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`common:legalForms.${f}`) }))}
            />
          </div>
          <div className="field-row">
            <TextField meta={fields.nib} label={t("nib")} help={t("nibHelp")} />
            <SelectField
              meta={fields.sector}
              label={t("sector")}
              placeholder={t("common:choose")}
              options={SECTORS.map((s) => ({ value: s, label: t(`common:sectors.${s}`) }))}
              onChange={setSector}
            />
          </div>
          <TextAreaField meta={fields.description} label={t("description")} help={t("descriptionHelp")} />
        </fieldset>
        <fieldset className="field" aria-describedby="kbli-help">
          <legend>{t("kbli")}</legend>
          <p id="kbli-help" className="field-help">
            {t("kbliHelp")}
          </p>
          {extra.map(kbliBox)}
          {ownSector.map((k) => kbliBox(k.code))}
          <details>
            <summary>{t("kbliOther")}</summary>
            {otherSectors.map((k) => kbliBox(k.code))}
          </details>
          <div className="field">
            <label htmlFor={`${fields.kbli.id}-typed`}>{t("kbliTyped")}</label>
            <input
              type="text"
              ref={typedBox}
              id={`${fields.kbli.id}-typed`}
              name={fields.kbli.name}
              defaultValue={typed}
              key={`${form.key ?? ""}-typed-${typed}`}
              inputMode="numeric"
              aria-describedby={`${fields.kbli.id}-typed-help ${fields.kbli.errorId}`}
              aria-invalid={fields.kbli.errors || Object.keys(fields.kbli.allErrors).length > 0 ? true : undefined}
            />
            <p id={`${fields.kbli.id}-typed-help`} className="field-help">
              {t("kbliTypedHelp")}
            </p>
          </div>
          <ErrorList id={fields.kbli.errorId} errors={fields.kbli.errors ?? Object.values(fields.kbli.allErrors).flat()} />
        </fieldset>
        <fieldset>
          <legend>{t("location")}</legend>
          <div className="field-row">
            <RegionFields
              province={fields.provinceCode}
              regency={fields.regencyCode}
              provinces={provinces}
              regencies={regencies}
              labels={{ province: t("province"), regency: t("regency") }}
              initialProvince={profile.provinceCode}
            />
          </div>
          <TextField meta={fields.sentraName} label={t("sentraName")} help={t("sentraHelp")} />
          <TextField meta={fields.address} label={t("address")} />
        </fieldset>
        <fieldset>
          <legend>{t("size")}</legend>
          <div className="field-row">
            <TextField meta={fields.employees} label={t("employees")} type="number" />
            <TextField meta={fields.foundedYear} label={t("foundedYear")} type="number" />
          </div>
          <div className="field-row">
            <TextField meta={fields.monthlyCapacity} label={t("monthlyCapacity")} type="number" />
            <SelectField
              meta={fields.capacityUnit}
              label={t("capacityUnit")}
              placeholder={t("common:choose")}
              options={UNITS.map((u) => ({ value: u, label: t(`common:units.${u}`) }))}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("contacts")}</legend>
          <p className="field-help">{t("contactsHelp")}</p>
          {contacts.map((contact, index) => (
            <ContactRow key={contact.key} meta={contact} index={index} formId={form.id} removeProps={form.remove.getButtonProps({ name: fields.contacts.name, index })} />
          ))}
          {contacts.length < MAX_CONTACTS ? (
            <button className="button secondary" {...form.insert.getButtonProps({ name: fields.contacts.name })}>
              {t("addContact")}
            </button>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("save")}
        </button>
      </Form>
    </section>
  );
}

type ContactFields = z.input<typeof ProducerProfileSchema>["contacts"];

function ContactRow({
  meta,
  index,
  removeProps,
}: {
  meta: FieldMetadata<NonNullable<ContactFields>[number]>;
  index: number;
  formId: string;
  removeProps: ReturnType<ReturnType<typeof useForm>[0]["remove"]["getButtonProps"]>;
}) {
  const { t } = useTranslation("profile");
  const contact = meta.getFieldset();
  return (
    <div className="subcard" role="group" aria-label={t("contactNumber", { number: index + 1 })}>
      <div className="field-row">
        <TextField meta={contact.name} label={t("contactName")} />
        <TextField meta={contact.position} label={t("contactPosition")} />
      </div>
      <div className="field-row">
        <TextField meta={contact.phone} label={t("contactPhone")} type="tel" />
        <TextField meta={contact.email} label={t("contactEmail")} type="email" />
      </div>
      <button className="button-link" {...removeProps}>
        {t("removeContact")}
      </button>
    </div>
  );
}
