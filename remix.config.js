/** Remix 2.17, classic compiler. The v3 flags make the app ready for React Router 7;
 *  v3_routeConfig is left off because it needs Vite and crashes the classic compiler. */
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  // Route helpers sit beside their routes as *.server.ts: not routes themselves.
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/*.server.ts"],
  serverModuleFormat: "esm",
  // Everything built lands in build/ (server in build/index.js, browser assets in
  // build/public served at /build/), so the top level holds only what we write.
  serverBuildPath: "build/index.js",
  assetsBuildDirectory: "build/public/build",
  publicPath: "/build/",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
