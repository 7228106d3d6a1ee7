import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, IMAGE_TYPES } from "./forms.tsx";

type Reply = { ok: boolean; error: string | null };

/** The producer's logo on the profile page: shown, replaced or removed without leaving it. */
export function LogoField({ src, name }: { src: string | null; name: string }) {
  const { t } = useTranslation("profile");
  const upload = useFetcher<Reply>();
  const remove = useFetcher<Reply>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (upload.state === "idle" && upload.data?.ok) form.current?.reset();
  }, [upload.state, upload.data]);
  const error = upload.data?.error ?? remove.data?.error ?? null;
  return (
    <section className="logo-field" aria-labelledby="logo-title" data-logo>
      <h2 id="logo-title">{t("logo")}</h2>
      {src ? <img src={src} alt={name} width={96} height={96} className="logo" /> : <p className="muted">{t("noLogo")}</p>}
      <upload.Form ref={form} method="post" action="/workspace/profile/logo" encType="multipart/form-data" className="inline-form">
        <label htmlFor="logo-file">{t("uploadLogo")}</label>
        <input
          id="logo-file"
          type="file"
          name="logo"
          accept={IMAGE_TYPES}
          aria-describedby="logo-help"
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="button small" disabled={upload.state !== "idle"}>
          {t("uploadLogo")}
        </button>
      </upload.Form>
      <p id="logo-help" className="field-help">
        {t("logoHelp")}
      </p>
      <ErrorList id="logo-file-error" errors={error ? [error] : null} />
      {src ? (
        <remove.Form method="post" action="/workspace/profile/logo">
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="button-link">
            {t("removeLogo")}
          </button>
        </remove.Form>
      ) : null}
    </section>
  );
}
