import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProductForm } from "~/components/product-form.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { createProduct } from "~/models/catalog/product.server.ts";

export const handle = { i18n: ["catalog"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireProducer(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const submission = parseWithZod(await readForm(request), { schema: ProductFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const product = await createProduct(db(), viewer.producerId, submission.value, viewer.user.id);
  // Straight to the new product's page, which asks for a photo: photos are added there only.
  return redirect(`/workspace/products/${product.id}?added=1`);
}

export default function NewProduct() {
  const { t } = useTranslation("catalog");
  const actionData = useActionData<typeof action>();
  return (
    <section className="card">
      <p>
        <Link to="/workspace/products">← {t("back")}</Link>
      </p>
      <h1>{t("newProduct")}</h1>
      <ProductForm lastResult={actionData?.result} submitLabel={t("newProduct")} />
    </section>
  );
}
