import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedForm } from "~/components/need-form.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { parseNeedForm, regionOptions } from "~/routes/need-action.server.ts";
import { requireBuyer } from "~/http/guards.server.ts";
import { createNeed } from "~/models/needs/need.server.ts";

export const handle = { i18n: ["needs"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireBuyer(request);
  return regionOptions();
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireBuyer(request);
  const parsed = await parseNeedForm(await readForm(request));
  if (!parsed.ok) return data({ result: parsed.reply }, { status: 400 });
  const need = await createNeed(db(), viewer.buyerId, parsed.value, viewer.user.id);
  return redirect(`/workspace/needs/${need.id}`);
}

export default function NewNeed() {
  const { t } = useTranslation("needs");
  const { provinces, regencies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="card">
      <p>
        <Link to="/workspace/needs">← {t("back")}</Link>
      </p>
      <h1>{t("newNeed")}</h1>
      <NeedForm
        lastResult={actionData?.result}
        submitLabel={t("newNeed")}
        provinces={provinces}
        regencies={regencies}
        defaultValue={{ visibility: "public" }}
      />
    </section>
  );
}
