// A user's notices, newest first: opening one marks it read and goes where it leads.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { safeRedirect } from "~/lib/safe-redirect.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { noticeText } from "~/lib/notice-text.ts";
import { requireViewer } from "~/http/guards.server.ts";
import { markAllRead, openNotification, recentNotifications } from "~/models/platform/notification.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["notifications", "matching", "orders", "quotations"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { notices: await recentNotifications(db(), viewer.user.id) };
}

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), id: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("read-all") }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const parsed = ActionSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ marked: null }, { status: 400 });
  if (parsed.data.intent === "read-all") return { marked: await markAllRead(db(), viewer.user.id) };
  // Another user's notice is a 404: its id tells nothing.
  const link = await openNotification(db(), viewer.user.id, parsed.data.id);
  if (!link) throw new Response("Not found", { status: 404 });
  return redirect(safeRedirect(link, "/notifications")); // links are ours; kept same-site all the same
}

export default function NotificationsPage() {
  const { t } = useTranslation(["notifications", "matching", "orders", "quotations"]);
  const { notices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  const unread = notices.some((n) => n.readAt === null);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {actionData?.marked != null ? (
        <Notice>{t("markedRead", { count: actionData.marked })}</Notice>
      ) : null}
      {unread ? (
        <Form method="post">
          <button type="submit" name="intent" value="read-all" className="button secondary">
            {t("markAllRead")}
          </button>
        </Form>
      ) : null}
      {notices.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="notification-list">
        {notices.map((n) => {
          const { title, body } = noticeText(t, n);
          return (
            <li key={n.id} className="notification-item" data-kind={n.kind} data-unread={n.readAt === null}>
              <div>
                <h2>
                  {n.readAt === null ? <span className="visually-hidden">{t("unread")}: </span> : null}
                  {title}
                </h2>
                <p>{body}</p>
                <p className="muted">{formatDateTime(n.createdAt, locale, zone)}</p>
              </div>
              <Form method="post">
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" name="intent" value="open" className="button small">
                  {t("open")}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </>
  );
}
