// What one request reads once: the root's and the page's loaders share the viewer, two
// requests at once never share anything, and outside a request nothing is kept.
import { describe, expect, it } from "vitest";
import { inRequestScope, oncePerRequest } from "../../app/http/request-scope.server.ts";

describe("a request's scope", () => {
  it("makes a value once for every reader of one request", async () => {
    let made = 0;
    const read = () => oncePerRequest("viewer", async () => ++made);
    const seen = await inRequestScope(async () => {
      const [a, b] = await Promise.all([read(), read()]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [a, b, await read()];
    });
    expect(seen).toEqual([1, 1, 1]);
    expect(made).toBe(1);
  });

  it("keeps two requests at once apart", async () => {
    let made = 0;
    const request = () =>
      inRequestScope(async () => {
        const first = await oncePerRequest("viewer", async () => ++made);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return [first, await oncePerRequest("viewer", async () => ++made)];
      });
    const [one, two] = await Promise.all([request(), request()]);
    expect(one![0]).toBe(one![1]);
    expect(two![0]).toBe(two![1]);
    expect(one![0]).not.toBe(two![0]);
  });

  it("keeps nothing outside a request", () => {
    let made = 0;
    oncePerRequest("viewer", () => ++made);
    oncePerRequest("viewer", () => ++made);
    expect(made).toBe(2);
  });
});
