// /matches/:matchId/messages: the thread of one partnership, for the buyer's and the
// producer's people and the brokering dinas office (messages.server.ts). Opening it marks
// it read; a message is refused next to its field when empty or too long.
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorList, FileField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { discardPostedDocument, storePostedDocument } from "~/http/document-upload.server.ts";
import { readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { MAX_DOCUMENT_BYTES } from "~/models/platform/uploads.server.ts";
import { invariantResponse, requireViewer, threadActorOf } from "~/http/guards.server.ts";
import { formatDateTime } from "~/lib/format.ts";
import { markThreadRead, MAX_MESSAGE_LENGTH, postMessage, threadFor } from "~/models/matches/messages.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["matching", "errors"] };
export const meta: MetaFunction = () => [{ title: "Pesan · MitraIKM" }];

const MessageSchema = z.object({ body: z.string({ error: "required" }).trim().min(1, "required").max(MAX_MESSAGE_LENGTH, "too_long") });

/** Where each side acts on the partnership: the way back from the thread. */
const BACK: Record<string, (needId: string) => string> = {
  buyer: (needId) => `/workspace/needs/${needId}/suggestions`,
  producer: () => "/workspace/matches",
  broker: () => "/dinas/matches",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const thread = await threadFor(db(), params.matchId ?? "", threadActorOf(viewer));
  invariantResponse(thread, "Not found");
  await markThreadRead(db(), thread.match.id, viewer.user.id);
  return { ...thread, back: BACK[thread.side]!(thread.match.needId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const actor = threadActorOf(viewer);
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ result: { status: "error" as const, error: { attachment: [uploadRefusal(upload.error)] } } }, { status: 400 });
  const submission = parseWithZod(upload.form, { schema: MessageSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const document = await storePostedDocument(upload.form, "attachment", "messages");
  if (!document.ok) return data({ result: submission.reply({ fieldErrors: { attachment: [document.error] } }) }, { status: 400 });
  const posted = await postMessage(db(), params.matchId ?? "", actor, submission.value.body, document.document);
  if (!posted.ok) await discardPostedDocument(document.document);
  invariantResponse(posted.ok, "Not found");
  return { result: submission.reply({ resetForm: true }) };
}

export default function MessagesPage() {
  const { t } = useTranslation(["matching", "common"]);
  const { match, messages, back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { locale, zone } = useLocaleAndZone();
  const [form, fields] = useForm<z.input<typeof MessageSchema> & { attachment?: string }>({ id: "message", lastResult: actionData?.result, shouldValidate: "onSubmit" });
  const end = useRef<HTMLLIElement>(null);
  // The newest message in view after sending, as in any chat. (A block body: scrollIntoView
  // returns a promise in current Chromium, and an effect may return only its clean-up.)
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length]);
  return (
    <>
      <p>
        <Link to={back}>← {t("messages.back")}</Link>
      </p>
      <h1>{t("messages.title")}</h1>
      <p className="muted">
        {match.needTitle} · {match.buyer} ↔ {match.producer} · {t(`states.${match.state}`)}
      </p>
      <p className="muted">{t("messages.intro")}</p>
      <section className="card">
        {messages.length === 0 ? <p>{t("messages.none")}</p> : null}
        <ul className="plain-list messages">
          {messages.map((m) => (
            <li key={m.id} className={m.mine ? "message mine" : "message"} data-message={m.authorSide} data-unread={m.unread || undefined}>
              <small className="muted">
                {m.authorName ?? "–"} · {t(`messages.sides.${m.authorSide}`)} · {formatDateTime(m.createdAt, locale, zone)}
                {m.unread ? <span className="badge warning"> {t("messages.new")}</span> : null}
              </small>
              <p>{m.body}</p>
              {m.attachmentName ? (
                <p>
                  <a href={`/matches/${match.id}/messages/${m.id}/attachment`} data-attachment>
                    📎 {m.attachmentName}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
          <li ref={end} aria-hidden="true" />
        </ul>
        <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
          <div className="field">
            <label htmlFor={fields.body.id}>{t("messages.write")}</label>
            <textarea {...getTextareaProps(fields.body)} key={fields.body.key} rows={4} maxLength={MAX_MESSAGE_LENGTH} />
            <ErrorList id={fields.body.errorId} errors={fields.body.errors} />
          </div>
          <FileField name="attachment" label={t("messages.attachment")} help={t("messages.attachmentHint")} errors={fields.attachment.errors} />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("messages.send")}
          </button>
        </Form>
      </section>
    </>
  );
}
