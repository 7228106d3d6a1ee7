// When the database cannot be reached: the health endpoint says so with a 503, and pages
// answer with the translated 500 page instead of a stack trace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  // A file in a folder that does not exist: every query fails.
  server = await startServer("http-faults", { databaseUrl: "file:/nonexistent-mitraikm/app.db" });
});
afterAll(async () => {
  await server?.stop();
});

describe("database down", () => {
  it("reports status down with a 503", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "down", database: { ok: false }, search: { ok: true } });
    expect(typeof body.database.error).toBe("string");
  });

  it("shows the 500 page in Indonesian and in English, without internals", async () => {
    const client = new Client(server.url);
    const id = await client.get("/");
    expect(id.status).toBe(500);
    const html = await id.text();
    expect(html).toContain("Terjadi kesalahan");
    expect(html).not.toMatch(/nonexistent-mitraikm|at .*\.js:\d+/);
    await client.post("/language", { locale: "en" }); // needs no database when signed out
    const en = await client.get("/");
    expect(en.status).toBe(500);
    expect(await en.text()).toContain("Something went wrong");
  });
});
