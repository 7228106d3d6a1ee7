import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RecordTable } from "~/components/record-table.tsx";
import { db } from "~/db.server.ts";
import { formatDate } from "~/lib/format.ts";
import { quantityLabel } from "~/lib/need-view.ts";
import { requireBuyer } from "~/http/guards.server.ts";
import { listOwnNeeds } from "~/models/needs/need.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["needs"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  return { needs: await listOwnNeeds(db(), viewer.buyerId) };
}

export default function MyNeeds() {
  const { t } = useTranslation(["needs", "common"]);
  const { needs } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <div className="page-head">
        <h1>{t("myNeeds")}</h1>
        <Link to="/workspace/needs/new" className="button">
          {t("newNeed")}
        </Link>
      </div>
      <RecordTable
        label={t("myNeeds")}
        className="card"
        columns={[t("title"), t("quantity"), t("neededBy"), t("status")]}
        rows={needs}
        empty={<p className="card">{t("noNeeds")}</p>}
        row={(n) => (
          <tr key={n.id} data-need={n.id}>
            <td>
              <Link to={`/workspace/needs/${n.id}`}>{n.title}</Link>
            </td>
            <td>{quantityLabel(t, locale, n)}</td>
            <td>{formatDate(n.neededBy, locale, zone)}</td>
            <td>
              <span className={`badge status-${n.status}`}>{t(`statuses.${n.status}`)}</span>
            </td>
          </tr>
        )}
      />
    </>
  );
}
