// Whether a buyer's officer writes from the company's own domain: the registrable domain of the
// website (public suffix list), subdomains included; never a free or disposable mail provider.
import { describe, expect, it } from "vitest";
import { emailOnDomain } from "../../app/models/accounts/buyer-verification.server.ts";

describe("an e-mail on the company's domain", () => {
  it("accepts the website's own domain and its subdomains", () => {
    expect(emailOnDomain("budi@pertamina.com", "https://www.pertamina.com")).toBe(true);
    expect(emailOnDomain("budi@jatim.pln.co.id", "https://pln.co.id")).toBe(true);
    expect(emailOnDomain("Budi@PLN.co.id", "https://web.pln.co.id/tentang")).toBe(true);
  });

  it("refuses another company under the same public suffix", () => {
    expect(emailOnDomain("budi@lain.co.id", "https://pln.co.id")).toBe(false);
    expect(emailOnDomain("budi@pln.co.id", "https://co.id")).toBe(false);
  });

  it("never counts free or disposable mail, whatever website was typed", () => {
    expect(emailOnDomain("budi@gmail.com", "https://gmail.com")).toBe(false);
    expect(emailOnDomain("budi@yahoo.co.id", "https://yahoo.co.id")).toBe(false);
    expect(emailOnDomain("budi@pertamina.com", null)).toBe(false);
    expect(emailOnDomain("budi@pertamina.com", "bukan alamat")).toBe(false);
  });
});
