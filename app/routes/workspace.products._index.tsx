import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button.tsx";
import { RecordTable } from "~/components/record-table.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDate } from "~/lib/format.ts";
import { capacityLabel, priceLabel } from "~/lib/product-view.ts";
import { ProductStatusSchema } from "~/models/catalog/catalog-forms.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { listOwnProducts, setProductStatus } from "~/models/catalog/product.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["catalog"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  return { products: await listOwnProducts(db(), viewer.producerId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const submission = parseWithZod(await readForm(request), { schema: ProductStatusSchema });
  if (submission.status !== "success") return data({ message: null }, { status: 400 });
  const { intent, productId } = submission.value;
  const ok = await setProductStatus(db(), viewer.producerId, productId, intent === "archive" ? "archived" : "active", viewer.user.id);
  if (!ok) return data({ message: null }, { status: 404 });
  return { message: intent === "archive" ? "archived" : "restored" };
}

export default function MyProducts() {
  const { t } = useTranslation(["catalog", "common"]);
  const { products } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <div className="page-head">
        <h1>{t("myProducts")}</h1>
        <Link to="/workspace/products/new" className="button">
          {t("newProduct")}
        </Link>
      </div>
      {actionData?.message ? (
        <Notice>{t(actionData.message)}</Notice>
      ) : null}
      <RecordTable
        label={t("myProducts")}
        className="card"
        columns={[t("name"), t("category"), t("price"), t("monthlyCapacity"), t("updated"), t("actions")]}
        rows={products}
        empty={<p className="card">{t("noProducts")}</p>}
        row={(p) => (
          <tr key={p.id} data-product={p.id}>
            <td>
              <Link to={`/workspace/products/${p.id}`}>{p.name}</Link>
              {p.status === "archived" ? <span className="badge muted">{t("statuses.archived")}</span> : null}
            </td>
            <td>{t(`common:categories.${p.category}`)}</td>
            <td>{priceLabel(t, p)}</td>
            <td>{capacityLabel(t, locale, p)}</td>
            <td>{formatDate(p.updatedAt, locale, zone)}</td>
            <td>
              <ActionButton
                inline={false}
                className="button-link"
                intent={p.status === "archived" ? "restore" : "archive"}
                fields={{ productId: p.id }}
                label={t(p.status === "archived" ? "restore" : "archive")}
              />
            </td>
          </tr>
        )}
      />
    </>
  );
}
