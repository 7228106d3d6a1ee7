// The site icon, served from code so the project needs no public/ folder.
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f5c4d"/><path d="M7 23V9h3l6 8 6-8h3v14h-3v-9l-6 8-6-8v9z" fill="#f5c542"/></svg>`;

export function loader() {
  return new Response(ICON, {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
  });
}
