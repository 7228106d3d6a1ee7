// What buyers have taught the matcher (app/matching/lessons.ts), for the platform's admins to
// review: every kind of product decided on under a need's thing, how many verified buyers took
// or declined it, whether that is a lesson yet, and a way to forget one taught wrongly.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button.tsx";
import { Notice } from "~/components/notice.tsx";
import { RecordTable } from "~/components/record-table.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { formatDate } from "~/lib/format.ts";
import { forgetLesson, keptLessons } from "~/matching/lessons.server.ts";
import { LESSON_BUYERS, lessonOf } from "~/matching/lessons.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["admin", "matching"] };

/** The newest decisions listed. */
const LISTED = 200;

const ForgetSchema = z.object({ intent: z.literal("forget"), needKey: z.string().min(1).max(200), productKey: z.string().min(1).max(200) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:organisation:any");
  const lessons = await keptLessons(db(), LISTED);
  return { lessons: lessons.map((l) => ({ ...l, lesson: lessonOf(l) })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requirePermission(request, "manage:organisation:any");
  const parsed = ForgetSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ forgotten: null, error: "invalid" as const }, { status: 400 });
  const { needKey, productKey } = parsed.data;
  const count = await forgetLesson(db(), { needKey, productKey }, viewer.user.id);
  if (count === 0) return data({ forgotten: null, error: "not_found" as const }, { status: 404 });
  return { forgotten: { needKey, productKey, count }, error: null };
}

export default function AdminLessonsPage() {
  const { t } = useTranslation(["admin", "matching"]);
  const { lessons } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <p>
        <Link to="/admin/organisations">← {t("orgsTitle")}</Link>
      </p>
      <h1>{t("lessonsTitle")}</h1>
      <p className="muted">{t("lessonsIntro", { count: LESSON_BUYERS })}</p>
      {result?.forgotten ? <Notice>{t("lessonForgotten", { count: result.forgotten.count })}</Notice> : null}
      {result?.error ? (
        <p className="notice error" role="alert">
          {t(result.error === "not_found" ? "lessonGone" : "lessonInvalid")}
        </p>
      ) : null}
      <RecordTable
        label={t("lessonsTitle")}
        columns={[t("lessonNeed"), t("lessonProduct"), t("lessonTaken"), t("lessonDeclined"), t("lessonUncounted"), t("lessonState"), t("lessonLast"), t("lessonActions")]}
        rows={lessons}
        empty={<p>{t("noLessons")}</p>}
        row={(l) => (
          <tr key={`${l.needKey}|${l.productKey}`} data-lesson={`${l.needKey}|${l.productKey}`}>
            <td>{l.needPhrase}</td>
            <td>{l.productPhrase}</td>
            <td>{l.taken}</td>
            <td>{l.declined}</td>
            <td>{l.uncounted}</td>
            <td>{t(l.lesson === null ? "lessonNone" : l.lesson ? "lessonIsTheThing" : "lessonIsNot")}</td>
            <td>{formatDate(new Date(l.lastDecidedAt), locale, zone)}</td>
            <td>
              <ActionButton intent="forget" fields={{ needKey: l.needKey, productKey: l.productKey }} label={t("lessonForget")} className="button small secondary" accessibleName={`${t("lessonForget")}: ${l.needPhrase} → ${l.productPhrase}`} />
            </td>
          </tr>
        )}
      />
    </>
  );
}
