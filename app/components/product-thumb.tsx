/**
 * A product's first photo as a small square thumbnail (the WebP the upload made), loaded only
 * when scrolled to, with its size given so the list does not jump. Nothing without a photo.
 */
export function ProductThumb({ photoId, alt, size = 64 }: { photoId: string | null | undefined; alt: string; size?: number }) {
  if (!photoId) return null;
  return <img className="product-thumb" src={`/media/products/${photoId}?size=thumb`} alt={alt} width={size} height={size} loading="lazy" decoding="async" />;
}
