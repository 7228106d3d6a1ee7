// A new user's first minutes, in a real browser: sign-up for each role, login and logout,
// the language switch, a refused page and a password reset through the outbox.
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { browserRun, hydrated, login, logout, screenshot, type TrackedPage } from "../helpers/browser.ts";

const run = browserRun("e2e-accounts", { env: { DEV_OUTBOX_OPEN: "true" } });
let tab: TrackedPage;

async function open(): Promise<TrackedPage> {
  tab = await run.open();
  return tab;
}

async function signUp(page: TrackedPage["page"], fields: {
  type: RegExp;
  name: string;
  email: string;
  organisation: string;
  province: string;
  regency?: string;
  sector?: string;
  buyerType?: string;
}) {
  await page.goto("/signup");
  await hydrated(page);
  await page.getByLabel(fields.type).check();
  await page.getByLabel("Nama lengkap").fill(fields.name);
  await page.getByLabel("E-mail", { exact: true }).fill(fields.email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("sandi-rahasia-2026");
  await page.getByLabel("Nama usaha / organisasi").fill(fields.organisation);
  if (fields.sector) await page.getByLabel("Sektor usaha").selectOption({ label: fields.sector });
  if (fields.buyerType) await page.getByLabel("Jenis organisasi pembeli").selectOption({ label: fields.buyerType });
  await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: fields.province });
  if (fields.regency) await page.getByLabel(/^Kabupaten\/kota/).selectOption({ label: fields.regency });
  await page.getByLabel(/menyetujui ketentuan/).check();
  await page.getByRole("button", { name: "Buat akun" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

describe("sign-up, login and logout", () => {
  it("a producer signs up, sees the workspace, logs out and back in", async () => {
    const { page } = await open();
    await signUp(page, {
      type: /Produsen IKM/,
      name: "Wayan Sudarta",
      email: "wayan@anyaman-bali.id",
      organisation: "UD Anyaman Bambu Bangli",
      sector: "Kerajinan",
      province: "Bali",
      regency: "Kabupaten Bangli",
    });
    await page.getByRole("heading", { name: "Ruang kerja UD Anyaman Bambu Bangli" }).waitFor();
    await page.getByText("Zona waktu: WITA").waitFor();
    await screenshot(page, "producer-workspace-id");
    await logout(page);
    await login(page, "wayan@anyaman-bali.id", "sandi-rahasia-2026");
    // A new producer lands on its first steps, each a link to the page that does it.
    await page.getByRole("heading", { name: "Langkah awal" }).waitFor();
    await page.getByText("0 dari 4 selesai").waitFor();
    await page.getByRole("link", { name: "Tambahkan produk pertama" }).click();
    await page.waitForURL(/\/workspace\/products\/new$/);
  });

  it("shows the server's field errors next to the fields, without a page reload", async () => {
    const { page } = await open();
    await page.goto("/signup");
    await hydrated(page);
    await page.getByLabel("E-mail", { exact: true }).fill("bukan-email");
    await page.getByLabel("Kata sandi", { exact: true }).fill("123");
    await page.getByRole("button", { name: "Buat akun" }).click();
    await expect(page.locator("#signup-email-error").textContent()).resolves.toBe("Alamat e-mail tidak valid.");
    await expect(page.locator("#signup-password-error").textContent()).resolves.toBe("Kata sandi minimal 8 karakter.");
    await expect(page.getByLabel("E-mail", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await screenshot(page, "signup-errors-id");
  });

  it("a buyer signs up as a BUMN", async () => {
    const { page } = await open();
    await signUp(page, {
      type: /Pembeli/,
      name: "Rina Kusuma",
      email: "rina@pupuk-nusantara.co.id",
      organisation: "PT Pupuk Nusa Raya (Persero)",
      buyerType: "BUMN",
      province: "Jawa Barat",
    });
    // Verification comes first: until then its needs stay drafts.
    await page.getByRole("link", { name: "Ajukan verifikasi organisasi" }).waitFor();
    await page.getByRole("link", { name: "Pasang kebutuhan pengadaan pertama" }).waitFor();
    await logout(page);
  });

  it("a dinas office signs up, waits for approval, and gains its permissions once approved", async () => {
    const { page } = await open();
    await signUp(page, {
      type: /Petugas dinas/,
      name: "Yohanes Wenda",
      email: "yohanes@disperindag-papua.go.id",
      organisation: "Disperindag Provinsi Papua",
      province: "Papua",
    });
    await page.getByText(/menunggu persetujuan admin platform/).waitFor();
    await page.getByText("Zona waktu: WIT").waitFor();
    await screenshot(page, "dinas-pending-id");
    await logout(page);

    const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    await login(page, admin.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Persetujuan organisasi" }).click();
    const row = page.getByRole("listitem").filter({ hasText: "Disperindag Provinsi Papua" });
    await row.getByRole("button", { name: "Setujui" }).click();
    await page.getByText("Disperindag Provinsi Papua disetujui.").waitFor();
    await screenshot(page, "admin-approved-id");
    await logout(page);

    await login(page, "yohanes@disperindag-papua.go.id", "sandi-rahasia-2026");
    await page.getByRole("link", { name: "Periksa antrean verifikasi" }).waitFor();
    await page.getByText("Yang dapat Anda lakukan").click();
    await page.getByText("Memverifikasi sertifikasi IKM di wilayah Anda").waitFor();
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.role, a] as const))("the demo %s logs in and out", async (_role, account) => {
    const { page } = await open();
    await login(page, account.email, DEMO_PASSWORD);
    await page.getByRole("heading", { name: `Selamat datang, ${account.name}` }).waitFor();
    await logout(page);
    await page.goto("/account");
    await page.waitForURL(/\/login\?redirectTo=%2Faccount/);
  });
});

describe("language, refusals and password reset", () => {
  it("switches to English and remembers it across pages and reloads", async () => {
    const { page } = await open();
    await page.goto("/");
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Kemitraan pasti untuk IKM Indonesia");
    await screenshot(page, "home-id");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("heading", { name: "Certain demand for Indonesia's small industries" }).waitFor();
    await screenshot(page, "home-en");
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Log in to MitraIKM");
    await page.reload();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.getByRole("button", { name: "ID", exact: true }).click();
    await page.getByRole("heading", { name: "Masuk ke MitraIKM" }).waitFor();
  });

  it("refuses a producer the admin page, in both languages", async () => {
    const { page } = await open();
    const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer")!;
    await login(page, producer.email, DEMO_PASSWORD);
    const response = await page.goto("/admin/organisations");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "Akses ditolak" }).waitFor();
    await screenshot(page, "forbidden-id");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("heading", { name: "Access denied" }).waitFor();
    await screenshot(page, "forbidden-en");
  });

  it("resets a forgotten password through the development outbox", async () => {
    const { page } = await open();
    const buyer = DEMO_ACCOUNTS.find((a) => a.role === "buyer")!;
    await page.goto("/forgot-password");
    await hydrated(page);
    await page.getByLabel("E-mail", { exact: true }).fill(buyer.email);
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await page.getByText(/tautan untuk mengatur ulang kata sandi sudah dikirim/).waitFor();
    await page.goto("/dev/outbox");
    const mail = page.locator("article.email").filter({ hasText: buyer.email }).first();
    const link = /http\S+reset-password\?token=[\w-]+/.exec((await mail.textContent()) ?? "")![0];
    await screenshot(page, "outbox-id");
    await page.goto(new URL(link).pathname + new URL(link).search);
    await hydrated(page);
    await page.getByLabel("Kata sandi baru", { exact: true }).fill("pengadaan-2027");
    await page.getByLabel("Ulangi kata sandi baru").fill("pengadaan-2027");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await page.getByText(/Kata sandi sudah diganti/).waitFor();
    await login(page, buyer.email, "pengadaan-2027");
  });
});
