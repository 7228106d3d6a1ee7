// A minimal browser stand-in for HTTP tests: keeps cookies, posts forms, never follows
// redirects on its own so tests can assert them.
import { expect } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed.ts";

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(header) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie header this client would send. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(new URL(path, this.baseUrl), {
      redirect: "manual",
      headers: { Cookie: this.cookieHeader(), ...headers },
    });
    this.remember(response);
    return response;
  }

  /** Posts a form; a list value is sent as repeated fields, like ticked checkboxes. */
  async post(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    const response = await fetch(new URL(path, this.baseUrl), {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: this.cookieHeader(), "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body,
    });
    this.remember(response);
    return response;
  }

  async login(email: string, password: string): Promise<Response> {
    return this.post("/login", { email, password });
  }
}

/** The text of the element with this id in an HTML page (tags stripped), or null. */
export function textOf(html: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`id="${escaped}"[^>]*>([\\s\\S]*?)</(ul|div|p)>`).exec(html);
  return match ? match[1]!.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() : null;
}

/** Posts multipart form data (files included) with the client's cookies. */
export async function postMultipart(client: Client, path: string, form: FormData): Promise<Response> {
  return fetch(new URL(path, client.baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: client.cookieHeader() },
    body: form,
  });
}

/** Reads until `ok` holds (every 200 ms) or the time is up; returns the last value read. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits until the server's search index has taken in every write so far (no search outbox row pending), reading
 * /api/health every 200 ms for up to `timeoutMs`; it does not fail when time is up: the test's own checks then tell.
 */
export async function waitForSearchIndex(url: string, timeoutMs: number): Promise<void> {
  const pending = async () => ((await (await new Client(url).get("/api/health")).json()) as { search: { outbox: { pending: number } } }).search.outbox.pending;
  await until(pending, (count) => count === 0, timeoutMs);
}

/** A new account signed up through the form, terms accepted, as a person would; the client keeps its session. */
export function signUp(client: Client, fields: { accountType: "producer" | "buyer" | "dinas"; name: string; email: string; organisationName: string } & Record<string, string>) {
  return client.post("/signup", { password: "sandi-rahasia-2026", acceptTerms: "on", provinceCode: "35", regencyCode: "35.07", ...fields });
}

/** A client signed in as a demo account (every demo account has the demo password); the test fails if it cannot. */
export async function signedIn(url: string, email: string): Promise<Client> {
  const client = new Client(url);
  expect((await client.login(email, DEMO_PASSWORD)).status).toBe(302);
  return client;
}

/** The smallest file that reads as a PDF by its bytes: an upload the server accepts. */
export const TINY_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
