// Open redirects: every value a browser would resolve to another origin falls back to "/".
// The browser's reading is checked too: each accepted value, resolved against the site as a
// browser resolves a Location header (WHATWG URL), stays on the site.
import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/lib/safe-redirect.ts";

const SITE = "https://mitraikm.test";

describe("safeRedirect", () => {
  it.each([
    ["/account", "/account"],
    ["/search?q=keripik&page=2#hasil", "/search?q=keripik&page=2#hasil"],
    ["/events/abc/agenda", "/events/abc/agenda"],
    ["/a/../account", "/account"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // encoded slashes stay a path on this site
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the same-site path %j as %j", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  const hostile = [
    "https://evil.example",
    "http:evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/../..//evil.example",
    "/%09/evil.example/..//evil.example".replace("%09", "\t"),
    "javascript:alert(1)",
    "/\u0000/evil.example",
    "data:text/html,hi",
    "evil.example",
    "",
    "/" + "a".repeat(3000),
  ];
  it.each(hostile)("refuses %j", (to) => {
    expect(safeRedirect(to)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const to of [undefined, null, 42, ["/account"], { to: "/" }]) expect(safeRedirect(to)).toBe("/");
  });

  it("never returns anything a browser reads as another origin", () => {
    const pieces = ["/", "\\", "\t", "\n", ".", "..", "%2e", "%2F", "evil.example", "@", ":", "?", "#", " ", "\u0000", "%09", "//"];
    let checked = 0;
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const out = safeRedirect(`/${a}${b}${c}`);
          expect(new URL(out, SITE).origin, JSON.stringify(`/${a}${b}${c}`)).toBe(SITE);
          // What we send is exactly what the browser will use: no second normalisation.
          expect(safeRedirect(out)).toBe(out);
          checked++;
        }
      }
    }
    expect(checked).toBe(pieces.length ** 3);
  });
});
