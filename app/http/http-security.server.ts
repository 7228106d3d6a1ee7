// The HTTP-level defences every response and request goes through (applied in app/cli/serve.ts):
// security headers with a per-request script nonce, and the refusal of state-changing requests
// sent from other sites. Pure functions, so each rule is tested on its own.

export interface HeaderOptions {
  /** A fresh random value per response: only scripts carrying it may run. */
  nonce: string;
  /** HSTS only where the site is served over HTTPS for real. */
  production: boolean;
  /** Checkout and Connect onboarding are Stripe pages the browser is sent to after a POST. */
  stripe: boolean;
}

/**
 * A strict policy: scripts only from this site and with the nonce (Remix's inline hydration
 * data carries it), no plugins, no framing, forms only to this site (and Stripe's pages).
 * Inline style attributes stay allowed: a few widths and colours are set from data (bars,
 * swatches); they cannot run code.
 */
export function contentSecurityPolicy({ nonce, stripe }: Pick<HeaderOptions, "nonce" | "stripe">): string {
  const stripePages = stripe ? " https://checkout.stripe.com https://connect.stripe.com" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${stripePages}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // For browsers without frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(options.production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The path the router will match for a request target, lower-cased: the URL parser resolves
 * "." and ".." segments (also written %2e), the router then decodes each segment (all but
 * %2F) and matches without regard to case. The exemption below is decided on this, so
 * "/api/v1/%2e%2e/account" is judged as the page "/account" it reaches, not as the API.
 * Null when the target cannot be decoded (the router would refuse it too).
 */
export function routedPath(target: string): string | null {
  try {
    const { pathname } = new URL(target, "http://routed.invalid");
    return pathname
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/\//g, "%2F"))
      .join("/")
      .toLowerCase();
  } catch {
    return null;
  }
}
/** Authenticated otherwise than by the session cookie: bearer tokens, Stripe's signature. */
const NOT_COOKIE_AUTHENTICATED = ["/api/v1/", "/api/stripe/webhook"];

/**
 * Whether a state-changing request comes from another site (CSRF). The session cookie is
 * SameSite=Lax already; this is the second lock, for browsers and proxies that get that wrong:
 * the browser's Sec-Fetch-Site, else the Origin header, must say this site. A request with
 * neither (a script, an old browser) is let through: it carries no cross-site intent a browser
 * would add, and the cookie's SameSite still applies.
 */
export function isCrossSiteWrite(request: { method: string; url: string; host: string | undefined; headers: { origin?: string; secFetchSite?: string } }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const path = routedPath(request.url);
  if (path !== null && NOT_COOKIE_AUTHENTICATED.some((prefix) => path.startsWith(prefix))) return false;
  const site = request.headers.secFetchSite;
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
}
