// The HTTP defences on plain data: the headers every response carries, and which writes are
// refused as cross-site.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteWrite, routedPath, securityHeaders } from "../../app/http/http-security.server.ts";

const write = (headers: { origin?: string; secFetchSite?: string }, url = "/needs/new", method = "POST") => isCrossSiteWrite({ method, url, host: "mitraikm.id", headers });

describe("security headers", () => {
  it("let only this site's scripts with the response's nonce run, and no one frame the pages", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", stripe: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("stripe.com");
    // With Stripe, forms may lead to its Checkout and onboarding pages.
    expect(contentSecurityPolicy({ nonce: "x", stripe: true })).toContain("form-action 'self' https://checkout.stripe.com https://connect.stripe.com");
  });

  it("ask for HTTPS only in production", () => {
    expect(securityHeaders({ nonce: "x", production: true, stripe: false })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders({ nonce: "x", production: false, stripe: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("cross-site writes", () => {
  it("are refused when the browser says the form came from another site", () => {
    expect(write({ secFetchSite: "cross-site" })).toBe(true);
    expect(write({ secFetchSite: "same-site" })).toBe(true); // a sibling subdomain is another party
    expect(write({ origin: "https://evil.example" })).toBe(true);
    expect(write({ origin: "null" })).toBe(true);
  });

  it("pass from this site, from clients that send neither header, and for reads", () => {
    expect(write({ secFetchSite: "same-origin", origin: "https://mitraikm.id" })).toBe(false);
    expect(write({ origin: "https://mitraikm.id" })).toBe(false);
    expect(write({})).toBe(false);
    expect(write({ secFetchSite: "cross-site" }, "/catalog", "GET")).toBe(false);
  });

  it("leave the token API and Stripe's signed webhook to their own checks", () => {
    expect(write({ origin: "https://evil.example" }, "/api/v1/products")).toBe(false);
    expect(write({ secFetchSite: "cross-site" }, "/api/stripe/webhook")).toBe(false);
  });

  it("judge the path the router will match, not the one written", () => {
    // Each of these reaches a cookie-authenticated page, so a cross-site post to it is refused.
    for (const url of ["/api/v1/%2e%2e/account", "/api/v1/%2E%2E/account", "/api/v1/../account", "/api/v1/.%2e/login", "/api/stripe/webhook/%2e%2e/%2e%2e/account", "/api/v1/%2e%2e/%2e%2e/needs/new?x=/api/v1/"]) {
      expect(write({ origin: "https://evil.example" }, url), url).toBe(true);
    }
    // And an API path however it is written stays the API's.
    expect(write({ origin: "https://evil.example" }, "/%61pi/v1/products")).toBe(false);
    expect(write({ origin: "https://evil.example" }, "/API/V1/products")).toBe(false);
    expect(write({ origin: "https://evil.example" }, "/api/v1/%ZZ")).toBe(true); // undecodable: judged as a page
    expect(routedPath("/api/v1/%2e%2e/account")).toBe("/api/account");
    expect(routedPath("/a%2Fb/C")).toBe("/a%2fb/c");
  });
});
