import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DOCUMENT_TYPES, ErrorList } from "./forms.tsx";

interface Invitation {
  producer: { id: string; legalName: string; organisation: { slug: string } };
}
interface Found {
  id: string;
  legalName: string;
  region: string;
}
interface Attachment {
  id: string;
  fileName: string;
  sizeBytes: number;
}

type Reply = { ok: boolean; error: string | null };

/** One button posting to the need's sharing action; its error shows beside it. */
function SharingButton({ action, intent, fields, label }: { action: string; intent: string; fields: Record<string, string>; label: string }) {
  const fetcher = useFetcher<Reply>();
  return (
    <fetcher.Form method="post" action={action} className="inline">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button-link" disabled={fetcher.state !== "idle"}>
        {label}
      </button>
      <ErrorList errors={fetcher.data?.error ? [fetcher.data.error] : null} />
    </fetcher.Form>
  );
}

/** The buyer's invitations and attachments of one live need. */
export function NeedSharing({
  needId,
  query,
  found,
  invitations,
  attachments,
}: {
  needId: string;
  query: string;
  found: Found[] | null;
  invitations: Invitation[];
  attachments: Attachment[];
}) {
  const { t } = useTranslation(["needs", "errors"]);
  const action = `/workspace/needs/${needId}/sharing`;
  const upload = useFetcher<Reply>();
  const uploadForm = useRef<HTMLFormElement>(null);
  // A stored file leaves the picker empty for the next one.
  useEffect(() => {
    if (upload.state === "idle" && upload.data?.ok) uploadForm.current?.reset();
  }, [upload.state, upload.data]);
  const invitedIds = new Set(invitations.map((i) => i.producer.id));
  return (
    <>
      <section className="card" aria-labelledby="invitations-title" data-invitations>
        <h2 id="invitations-title">{t("invitationsTitle")}</h2>
        <p className="muted">{t("invitationsIntro")}</p>
        {invitations.length === 0 ? <p>{t("noInvitations")}</p> : null}
        <ul className="plain-list">
          {invitations.map((i) => (
            <li key={i.producer.id} data-invited={i.producer.id}>
              <a href={`/producers/${i.producer.organisation.slug}`}>{i.producer.legalName}</a>{" "}
              <SharingButton action={action} intent="uninvite" fields={{ producerId: i.producer.id }} label={t("uninvite")} />
            </li>
          ))}
        </ul>
        <Form method="get" className="inline-form" role="search">
          <label htmlFor="invite-query">{t("searchProducers")}</label>
          <input id="invite-query" name="q" type="search" defaultValue={query} minLength={2} maxLength={80} />
          <button type="submit" className="button small secondary">
            {t("search")}
          </button>
        </Form>
        {found && found.length === 0 ? <p>{t("noProducersFound")}</p> : null}
        {found && found.length > 0 ? (
          <ul className="plain-list" data-found>
            {found.map((p) => (
              <li key={p.id}>
                {p.legalName} <small className="muted">{p.region}</small>{" "}
                {invitedIds.has(p.id) ? (
                  <span className="badge">{t("alreadyInvited")}</span>
                ) : (
                  <SharingButton action={action} intent="invite" fields={{ producerId: p.id }} label={t("invite")} />
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card" aria-labelledby="attachments-title" data-attachments>
        <h2 id="attachments-title">{t("attachmentsTitle")}</h2>
        <p className="muted">{t("attachmentsIntro")}</p>
        {attachments.length === 0 ? <p>{t("noAttachments")}</p> : null}
        <ul className="plain-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/needs/${needId}/attachments/${a.id}`}>{a.fileName}</a> <small className="muted">({Math.ceil(a.sizeBytes / 1024)} KB)</small>{" "}
              <SharingButton action={action} intent="detach" fields={{ attachmentId: a.id }} label={t("removeAttachment")} />
            </li>
          ))}
        </ul>
        <upload.Form ref={uploadForm} method="post" action={action} encType="multipart/form-data" className="inline-form">
          <label htmlFor="attachment-file">{t("attachmentFile")}</label>
          <input
            id="attachment-file"
            type="file"
            name="attachment"
            accept={DOCUMENT_TYPES}
            aria-invalid={upload.data?.error ? true : undefined}
            aria-describedby={upload.data?.error ? "attachment-file-error" : undefined}
          />
          <button type="submit" className="button small" disabled={upload.state !== "idle"}>
            {t("upload")}
          </button>
        </upload.Form>
        <ErrorList id="attachment-file-error" errors={upload.data?.error ? [upload.data.error] : null} />
      </section>
    </>
  );
}
