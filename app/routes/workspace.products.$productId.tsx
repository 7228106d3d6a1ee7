import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorList, FileField, IMAGE_TYPES } from "~/components/forms.tsx";
import { ActionButton } from "~/components/action-button.tsx";
import { ProductForm } from "~/components/product-form.tsx";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { ProductFormSchema } from "~/models/catalog/catalog-forms.ts";
import { invariantResponse, requireProducer } from "~/http/guards.server.ts";
import { MAX_IMAGE_BYTES } from "~/models/catalog/images.server.ts";
import { addPhoto, listOwnPhotos, MAX_PHOTOS, movePhoto, removePhoto } from "~/models/catalog/product-photo.server.ts";
import { findOwnProduct, updateProduct } from "~/models/catalog/product.server.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["catalog"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const product = await findOwnProduct(db(), viewer.producerId, params.productId ?? "");
  invariantResponse(product, "Not found");
  const justAdded = new URL(request.url).searchParams.has("added");
  return { product, photos: await listOwnPhotos(db(), viewer.producerId, product.id), maxPhotos: MAX_PHOTOS, justAdded };
}

const photoId = z.string().min(1).max(40);
const PhotoIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("removePhoto"), photoId }),
  z.object({ intent: z.literal("movePhoto"), photoId, direction: z.enum(["left", "right"]) }),
]);

type PhotoNotice = "photoAdded" | "photoRemoved" | null;
/** The photo form's answer: a field error on "photo" (a translation key), or success. */
function photoReply(result: { ok: true } | { ok: false; error: string }, notice: PhotoNotice = null) {
  // The "not found" of another producer's product is a 404, as for the product form.
  invariantResponse(result.ok || result.error !== "not_found", "Not found");
  if (result.ok) return data({ form: "photo" as const, result: { status: "success" } as SubmissionResult<string[]>, notice });
  // storeImage's "file_type" names images; the shared key also names PDF, for documents.
  const key = result.error === "file_type" ? "image_type" : result.error;
  return data({ form: "photo" as const, result: { status: "error", error: { photo: [key] } } as SubmissionResult<string[]>, notice: null }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const productId = params.productId ?? "";
  const owner = { producerId: viewer.producerId, productId, actorUserId: viewer.user.id };

  // The upload form is the only multipart one on this page.
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    let formData: FormData;
    try {
      // One byte over the limit is enough to refuse: the handler stops reading there. Only
      // the "photo" part is kept in memory.
      const handler = unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMAGE_BYTES, filter: ({ name }) => name === "photo" });
      formData = await unstable_parseMultipartFormData(request, handler);
    } catch (error) {
      return photoReply({ ok: false, error: error instanceof MaxPartSizeExceededError ? "file_too_large" : "file_type" });
    }
    const file = formData.get("photo");
    // A form sent with no file chosen carries a part with an empty name (an empty file with a name is "file_empty").
    if (!(file instanceof File) || file.name === "") return photoReply({ ok: false, error: "photo_required" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    return photoReply(await addPhoto(db(), { ...owner, uploadDir: env().UPLOAD_DIR, bytes }), "photoAdded");
  }

  const formData = await readForm(request);
  if (formData.has("intent")) {
    const parsed = PhotoIntentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return photoReply({ ok: false, error: "invalid" });
    const input = parsed.data;
    return input.intent === "removePhoto"
      ? photoReply(await removePhoto(db(), { ...owner, uploadDir: env().UPLOAD_DIR, photoId: input.photoId }), "photoRemoved")
      : photoReply(await movePhoto(db(), { ...owner, photoId: input.photoId, direction: input.direction }));
  }

  const submission = parseWithZod(formData, { schema: ProductFormSchema });
  if (submission.status !== "success") return data({ form: "product" as const, result: submission.reply(), saved: false }, { status: 400 });
  const ok = await updateProduct(db(), viewer.producerId, productId, submission.value, viewer.user.id);
  invariantResponse(ok, "Not found");
  return data({ form: "product" as const, result: submission.reply(), saved: true });
}

export default function EditProduct() {
  const { t } = useTranslation("catalog");
  const { product, photos, justAdded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const text = (value: number | null) => (value === null ? undefined : String(value));
  return (
    <>
      <section className="card">
        <p>
          <Link to="/workspace/products">← {t("back")}</Link>
        </p>
        <h1>{t("editProduct")}</h1>
        {justAdded && photos.length === 0 && !actionData ? (
          <Notice marker="photo-prompt">
            {t("addedAskPhoto")} <a href="#photos-title">{t("addPhotoNow")}</a>
          </Notice>
        ) : null}
        {actionData?.form === "product" && actionData.saved ? (
          <Notice>{t("saved")}</Notice>
        ) : null}
        <ProductForm
          lastResult={actionData?.form === "product" ? actionData.result : undefined}
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
      <PhotoSection />
    </>
  );
}

// Thumbnails fit inside 400×400; shown at 160 with their proportions kept.
const THUMB_STYLE = { objectFit: "contain", background: "#eef1f0", borderRadius: 8 } as const;

function PhotoSection() {
  const { t } = useTranslation("catalog");
  const { product, photos, maxPhotos } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const photoAction = actionData?.form === "photo" ? actionData : null;
  const [form, fields] = useForm<{ photo: File }>({ id: "photo", lastResult: photoAction?.result });
  return (
    <section className="card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t("photosTitle")}</h2>
      <p className="field-help">{t("photosHelp", { max: maxPhotos })}</p>
      {photoAction?.notice ? (
        <Notice>{t(photoAction.notice)}</Notice>
      ) : null}
      {photos.length === 0 ? <p className="muted">{t("noPhotos")}</p> : null}
      <ol className="plain-list" style={{ display: "flex", flexWrap: "wrap", gap: "1rem" }}>
        {photos.map((photo, index) => (
          <li key={photo.id} data-photo={photo.id} style={{ border: 0 }}>
            <figure style={{ margin: 0 }}>
              <img
                src={`/media/products/${photo.id}?size=thumb`}
                alt={t("photoAlt", { name: product.name, number: index + 1 })}
                width={160}
                height={160}
                loading="lazy"
                style={THUMB_STYLE}
              />
              <figcaption className="muted">{t("photoNumber", { number: index + 1 })}</figcaption>
            </figure>
            {index > 0 ? <ActionButton inline={false} className="button-link" intent="movePhoto" fields={{ photoId: photo.id, direction: "left" }} label={t("moveLeft")} /> : null}
            {index < photos.length - 1 ? (
              <ActionButton inline={false} className="button-link" intent="movePhoto" fields={{ photoId: photo.id, direction: "right" }} label={t("moveRight")} />
            ) : null}
            <ActionButton inline={false} className="button-link" intent="removePhoto" fields={{ photoId: photo.id }} label={t("removePhoto")} />
          </li>
        ))}
      </ol>
      {photos.length < maxPhotos ? (
        // Keyed by the count, so the file input empties once a photo is added.
        <Form key={photos.length} method="post" encType="multipart/form-data" {...getFormProps(form)}>
          <FileField id={fields.photo.id} name="photo" label={t("photoFile")} accept={IMAGE_TYPES} errors={fields.photo.errors} errorId={fields.photo.errorId} />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("uploadPhoto")}
          </button>
        </Form>
      ) : (
        <>
          <p className="muted">{t("photosFull", { max: maxPhotos })}</p>
          <ErrorList id={fields.photo.errorId} errors={fields.photo.errors} />
        </>
      )}
    </section>
  );
}
