// The buyer's sharing actions on one need, posted by the need page's fetchers: invite or
// uninvite a producer, attach or remove a document. Answers JSON; the page reloads its data.
import { type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { discardPostedDocument, storePostedDocument } from "~/http/document-upload.server.ts";
import { env } from "~/env.server.ts";
import { readForm, readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { invariantResponse, requireBuyer } from "~/http/guards.server.ts";
import { addAttachment, inviteProducer, removeAttachment, removeInvitation } from "~/models/needs/need-sharing.server.ts";
import { MAX_DOCUMENT_BYTES, removeStored } from "~/models/platform/uploads.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";

const id = z.string().min(1).max(40);
const SharingSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), producerId: id }),
  z.object({ intent: z.literal("uninvite"), producerId: id }),
  z.object({ intent: z.literal("detach"), attachmentId: id }),
]);

type Reply = { ok: boolean; error: string | null };
// A resource route answers with a plain Response, so the status reaches the fetcher.
const reply = (body: Reply, status = 200) => Response.json(body, { status });
// The status follows the one mapping of refusals (statusOf).
const fail = (error: string) => reply({ ok: false, error }, statusOf(error));

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireBuyer(request);
  const needId = params.needId ?? "";
  const base = { buyerId: viewer.buyerId, needId, actorUserId: viewer.user.id };

  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
    if (!upload.ok) return fail(uploadRefusal(upload.error));
    const posted = await storePostedDocument(upload.form, "attachment", "need-attachments");
    if (!posted.ok) return fail(posted.error);
    if (!posted.document) return fail("import_file_required");
    const { fileName, ...file } = posted.document;
    const added = await addAttachment(db(), { ...base, file, fileName });
    if (!added.ok) await discardPostedDocument(posted.document);
    invariantResponse(added.ok || added.error !== "not_found", "Not found");
    return added.ok ? reply({ ok: true, error: null }) : fail(added.error === "too_many" ? "too_many_files" : added.error);
  }

  const parsed = SharingSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return fail("invalid");
  const input = parsed.data;
  const result =
    input.intent === "invite"
      ? await inviteProducer(db(), { ...base, producerId: input.producerId }, async (locale, need, buyer) => {
          const t = await fixedT(locale === "en" ? "en" : "id", "needs");
          return { subject: t("invitationEmailSubject", { need }), text: t("invitationEmailBody", { need, buyer }) };
        })
      : input.intent === "uninvite"
        ? await removeInvitation(db(), { ...base, producerId: input.producerId })
        : await removeAttachment(db(), { ...base, attachmentId: input.attachmentId });
  invariantResponse(result.ok || result.error !== "not_found", "Not found");
  if (!result.ok) return fail(result.error === "too_many" ? "too_many_files" : result.error);
  if ("path" in result && result.path) await removeStored(env().UPLOAD_DIR, result.path);
  return reply({ ok: true, error: null });
}
