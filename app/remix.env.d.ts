/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch (a v3 future flag) changes what loaders and actions return to the browser.
declare module "@remix-run/server-runtime" {
  interface Future {
    v3_singleFetch: true;
  }
}
export {};
