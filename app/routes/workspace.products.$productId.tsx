import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProductForm } from "~/components/product-form.tsx";
import { db } from "~/db.server.ts";
import { ProductFormSchema } from "~/models/catalog-forms.ts";
import { invariantResponse, requireProducer } from "~/models/guards.server.ts";
import { findOwnProduct, updateProduct } from "~/models/product.server.ts";

export const handle = { i18n: ["catalog"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const product = await findOwnProduct(db(), viewer.producerId, params.productId ?? "");
  invariantResponse(product, "Not found");
  return { product };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const submission = parseWithZod(await request.formData(), { schema: ProductFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), saved: false }, { status: 400 });
  const ok = await updateProduct(db(), viewer.producerId, params.productId ?? "", submission.value, viewer.user.id);
  invariantResponse(ok, "Not found");
  return { result: submission.reply(), saved: true };
}

export default function EditProduct() {
  const { t } = useTranslation("catalog");
  const { product } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const text = (value: number | null) => (value === null ? undefined : String(value));
  return (
    <section className="card">
      <p>
        <Link to="/workspace/products">← {t("back")}</Link>
      </p>
      <h1>{t("editProduct")}</h1>
      {actionData?.saved ? (
        <p className="notice success" role="status">
          {t("saved")}
        </p>
      ) : null}
      <ProductForm
        lastResult={actionData?.result}
        submitLabel={t("common:save")}
        defaultValue={{
          name: product.name,
          description: product.description,
          category: product.category,
          unit: product.unit,
          minOrder: String(product.minOrder),
          monthlyCapacity: text(product.monthlyCapacity),
          priceMin: text(product.priceMin),
          priceMax: text(product.priceMax),
          tkdnPercent: text(product.tkdnPercent),
          leadTimeDays: text(product.leadTimeDays),
        }}
      />
    </section>
  );
}
