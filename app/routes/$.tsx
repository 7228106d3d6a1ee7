import { ErrorPage } from "~/components/error-page.tsx";

// Any unknown path: a real 404 status with the translated page.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}

export function ErrorBoundary() {
  return <ErrorPage status={404} />;
}
