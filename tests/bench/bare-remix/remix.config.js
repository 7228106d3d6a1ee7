/** A bare Remix app: one page, no data, Remix's default entries. bench:load builds it into its
 *  temporary folder (BARE_REMIX_BUILD) and serves it as the ceiling the app's floor is read against. */
const out = process.env.BARE_REMIX_BUILD ?? "build";
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  serverModuleFormat: "esm",
  serverBuildPath: `${out}/index.js`,
  assetsBuildDirectory: `${out}/public/build`,
  publicPath: "/build/",
  future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_lazyRouteDiscovery: true, v3_singleFetch: true },
};
