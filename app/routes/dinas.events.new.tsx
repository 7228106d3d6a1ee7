// A dinas officer creates a temu bisnis (as a draft, published from its page).
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorList, FormErrors, TextAreaField, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { SECTORS } from "~/models/domain.ts";
import { EventFormSchema } from "~/models/events/event-forms.ts";
import { createEvent } from "~/models/events/event.server.ts";
import { requireEventManager } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";

export const handle = { i18n: ["events", "common"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireEventManager(request);
  const regions = await loadRegions();
  return { provinces: regions.provinces.map((p) => ({ value: p.code, label: p.name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireEventManager(request);
  const submission = parseWithZod(await readForm(request), { schema: EventFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const event = await createEvent(db(), viewer.office, submission.value);
  return redirect(`/dinas/events/${event.id}`);
}

export default function NewEvent() {
  const { t } = useTranslation(["events", "common"]);
  const { provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.input<typeof EventFormSchema>>({
    id: "event",
    lastResult: actionData?.result,
    defaultValue: { sessions: "09:00-12:00, 13:00-16:00", slotMinutes: "20", pauseMinutes: "5", tables: "20", capacity: "100" },
  });
  return (
    <section className="card">
      <p>
        <Link to="/dinas/events">← {t("back")}</Link>
      </p>
      <h1>{t("newEvent")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.title} label={t("form.title")} />
        <TextAreaField meta={fields.description} label={t("form.description")} />
        <div className="field-row">
          <TextField meta={fields.venue} label={t("form.venue")} help={t("form.venueHelp")} />
          <TextField meta={fields.onlineUrl} label={t("form.onlineUrl")} type="url" />
        </div>
        <div className="field-row">
          <TextField meta={fields.startDate} label={t("form.startDate")} type="date" />
          <TextField meta={fields.endDate} label={t("form.endDate")} type="date" />
        </div>
        <TextField meta={fields.sessions} label={t("form.sessions")} help={t("form.sessionsHelp")} />
        <div className="field-row">
          <TextField meta={fields.slotMinutes} label={t("form.slotMinutes")} type="number" />
          <TextField meta={fields.pauseMinutes} label={t("form.pauseMinutes")} type="number" />
          <TextField meta={fields.tables} label={t("form.tables")} type="number" />
          <TextField meta={fields.capacity} label={t("form.capacity")} type="number" />
        </div>
        <div className="field-row">
          <TextField meta={fields.registrationOpens} label={t("form.registrationOpens")} type="date" />
          <TextField meta={fields.registrationCloses} label={t("form.registrationCloses")} type="date" />
        </div>
        <fieldset className="field">
          <legend>{t("form.sectors")}</legend>
          <div className="checkbox-grid">
            {SECTORS.map((sector) => (
              <label key={sector} className="radio">
                <input type="checkbox" name={fields.sectors.name} value={sector} /> {t(`common:sectors.${sector}`)}
              </label>
            ))}
          </div>
          <ErrorList id={fields.sectors.errorId} errors={[...new Set(Object.values(fields.sectors.allErrors).flat())]} />
        </fieldset>
        <div className="field">
          <label htmlFor="event-regions">{t("form.regions")}</label>
          <select id="event-regions" name={fields.regions.name} multiple size={6} aria-describedby="event-regions-help">
            {provinces.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          <p id="event-regions-help" className="field-help">
            {t("form.regionsHelp")}
          </p>
          <ErrorList id={fields.regions.errorId} errors={[...new Set(Object.values(fields.regions.allErrors).flat())]} />
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("newEvent")}
        </button>
      </Form>
    </section>
  );
}
