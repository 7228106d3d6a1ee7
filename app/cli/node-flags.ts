// The V8 flags the server runs with, wherever it is started (npm start in package.json, the
// test servers, the load bench; tests/unit/node-flags.test.ts keeps package.json in step).
//
// A young generation of 64 MB semi-spaces instead of V8's 16: one search or matcher run
// allocates a few MB of short-lived results (MiniSearch builds an object per matching
// document), so with the default the collector ran every request or two and promoted results
// still in use to the old generation. Measured with `npm run bench:match` at 101,100 products,
// three runs each: p95 per need 45 / 54 / 39 ms with the default, 43 / 43 / 42 ms with this.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;
