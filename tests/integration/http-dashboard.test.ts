// The dinas dashboard through the real server: an officer sees its province (an admin the
// country), bad filters are reported on their field, every table downloads as CSV and XLSX
// that read back to the page's numbers, and the monthly report names the office and period.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { type Client, signedIn } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let dinas: Client;
let admin: Client;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const signIn = (email: string) => signedIn(server.url, email);

const kpi = (html: string, name: string) => new RegExp(`data-kpi="${name}"><span class="kpi-value">([^<]+)<`).exec(html)?.[1];

beforeAll(async () => {
  server = await startServer("http-dashboard");
  [dinas, admin] = await Promise.all([signIn(demo("dinas").email), signIn(demo("admin").email)]);
});
afterAll(async () => {
  await server?.stop();
});

describe("the dinas dashboard", () => {
  it("shows an officer its province's producers, and an admin the country's", async () => {
    const east = await server.db.producerProfile.count({ where: { provinceCode: "35" } });
    const all = await server.db.producerProfile.count();
    expect(kpi(await (await dinas.get("/dinas/dashboard")).text(), "producers")).toBe(String(east));
    expect(kpi(await (await admin.get("/dinas/dashboard")).text(), "producers")).toBe(String(all));
    const producer = await signIn(demo("producer").email);
    expect((await producer.get("/dinas/dashboard")).status).toBe(403);
  });

  it("reports bad filters next to their field and leaves them out", async () => {
    const response = await dinas.get("/dinas/dashboard?from=kemarin&regency=31.71&sector=food_beverage");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Masukkan tanggal yang valid.");
    expect(html).toContain("Wilayah ini di luar wilayah kantor Anda.");
    const food = await server.db.producerProfile.count({ where: { provinceCode: "35", sector: "food_beverage" } });
    expect(kpi(html, "producers")).toBe(String(food));
  });

  it("downloads every table as CSV and XLSX holding the page's numbers", async () => {
    const bySector = await server.db.producerProfile.groupBy({ by: ["sector"], where: { provinceCode: "35" }, _count: { _all: true } });
    const csv = await dinas.get("/dinas/dashboard/export?table=sectors&format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows = parse((await csv.text()).replace(/^\uFEFF/, "")) as string[][];
    expect(rows[0]).toEqual(["Sektor", "IKM", "Tenaga kerja"]);
    expect(rows.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(bySector.reduce((n, s) => n + s._count._all, 0));
    for (const table of ["regencies", "coverage", "funnel", "events"]) {
      const xlsx = await dinas.get(`/dinas/dashboard/export?table=${table}&format=xlsx`);
      expect(xlsx.status, table).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount, table).toBeGreaterThan(1);
    }
    const funnel = new ExcelJS.Workbook();
    await funnel.xlsx.load(await (await dinas.get("/dinas/dashboard/export?table=funnel&format=xlsx")).arrayBuffer());
    expect(funnel.worksheets[0]!.getRow(2).getCell(1).value).toBe("Diusulkan");
    const bad = await dinas.get("/dinas/dashboard/export?table=everything&format=pdf");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: string[] }).fields.sort()).toEqual(["format", "table"]);
  });

  it("exports text that looks like a formula as text, in CSV and XLSX, and leaves numbers alone", async () => {
    const events = await server.db.event.findMany({ where: { organisation: { name: demo("dinas").organisation } }, select: { id: true, title: true } });
    expect(events.length).toBeGreaterThan(0);
    const hostile = ['=HYPERLINK("http://evil.example","klik")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1", "\uFF1D1+1"];
    const original = events[0]!.title;
    try {
      for (const title of hostile) {
        await server.db.event.update({ where: { id: events[0]!.id }, data: { title } });
        const csv = parse((await (await dinas.get("/dinas/dashboard/export?table=events&format=csv")).text()).replace(/^\uFEFF/, ""), { relax_quotes: true }) as string[][];
        const row = csv.find((r) => r[0]!.endsWith(title))!;
        expect(row[0], JSON.stringify(title)).toBe(`'${title}`);
        expect(Number.isFinite(Number(row[2])), "participants stay a number").toBe(true);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await (await dinas.get("/dinas/dashboard/export?table=events&format=xlsx")).arrayBuffer());
        const sheet = workbook.worksheets[0]!;
        const cells = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => ({ title: r.getCell(1).value, participants: r.getCell(3).value }));
        // XML reads a carriage return back as a line feed: compare with that in mind.
        const xml = (text: string) => text.replace(/\r\n?/g, "\n");
        const cell = cells.find((c) => xml(String(c.title)).endsWith(xml(title)))!;
        expect(xml(String(cell.title)), JSON.stringify(title)).toBe(xml(`'${title}`));
        expect(typeof cell.participants).toBe("number");
        // No cell of the file is a formula.
        sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
      }
    } finally {
      await server.db.event.update({ where: { id: events[0]!.id }, data: { title: original } });
    }
  });

  it("prints a monthly report in Indonesian with the office and the period", async () => {
    const html = await (await dinas.get("/dinas/dashboard/report?month=2026-10")).text();
    expect(html).toContain(demo("dinas").organisation);
    expect(html).toContain("1 Oktober 2026 – 31 Oktober 2026");
    expect(html).toContain("Corong kemitraan");
    expect(await (await dinas.get("/dinas/dashboard/report?month=2026-13")).text()).toContain("Bulan tidak valid");
  });
});
