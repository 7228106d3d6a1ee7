import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "~/i18n/config.ts";
import { PERMISSIONS } from "~/models/accounts/permissions.ts";
import { CERTIFICATION_TYPES, LEGAL_FORMS, SECTORS } from "~/models/domain.ts";

const dir = path.resolve("app/locales");
type Tree = { [key: string]: string | Tree };
const load = (lng: string, ns: string) => JSON.parse(readFileSync(path.join(dir, lng, `${ns}.json`), "utf8")) as Tree;

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe("translations", () => {
  it("has one file per namespace in each language, and no others", () => {
    for (const lng of ["id", "en"]) {
      expect(readdirSync(path.join(dir, lng)).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it.each(NAMESPACES)("namespace %s has the same keys in Indonesian and English", (ns) => {
    expect(keys(load("en", ns)).sort()).toEqual(keys(load("id", ns)).sort());
  });

  it("has no empty strings", () => {
    for (const lng of ["id", "en"]) {
      for (const ns of NAMESPACES) {
        const tree = load(lng, ns);
        for (const key of keys(tree)) {
          const value = key.split(".").reduce<Tree | string>((node, k) => (node as Tree)[k]!, tree);
          expect(value, `${lng}/${ns}:${key}`).not.toBe("");
        }
      }
    }
  });

  it("labels every permission, sector, certification type and legal form", () => {
    const home = load("id", "home");
    const common = load("id", "common");
    expect(Object.keys(home.permissions as Tree).sort()).toEqual([...PERMISSIONS].sort());
    expect(Object.keys(common.sectors as Tree).sort()).toEqual([...SECTORS].sort());
    expect(Object.keys(common.certTypes as Tree).sort()).toEqual([...CERTIFICATION_TYPES].sort());
    for (const lng of ["id", "en"]) expect(Object.keys(load(lng, "common").legalForms as Tree).sort()).toEqual([...LEGAL_FORMS].sort());
  });

  // A page reached by a client-side navigation has only the namespaces its useTranslation
  // asks for, besides the root's (the route's handle loads the rest on the server's first
  // render alone): a namespace it writes keys of, itself or through a helper it imports
  // (noticeText writes orders: keys), but does not ask for shows the bare key ("title" for the
  // quotations link on a need just created).
  it("asks in each page and component for every namespace whose keys it or its helpers write", () => {
    const sourceFiles = (root: string, ext: string) =>
      readdirSync(path.resolve(root), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(ext)).map((f) => path.join(root, f));
    const namespacesWritten = (source: string) => new Set([...source.matchAll(/\bt\(\s*["`]([a-z]+):/g)].map((m) => m[1]!));
    const helpers = new Map(["app/lib", "app/matching"].flatMap((root) => sourceFiles(root, ".ts")).map((f) => [path.resolve(f), namespacesWritten(readFileSync(f, "utf8"))]));
    const rootHandle = /handle = \{ i18n: (\[[^\]]*\])/.exec(readFileSync(path.resolve("app/root.tsx"), "utf8"))![1]!;
    const always = new Set([...rootHandle.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
    const missing: string[] = [];
    for (const file of ["app/routes", "app/components"].flatMap((root) => sourceFiles(root, ".tsx"))) {
      const source = readFileSync(path.resolve(file), "utf8");
      const lists = [...source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|"[^"]*")/g)].map((m) => m[1]!);
      if (lists.length === 0) continue;
      const asked = new Set(lists.flatMap((list) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)));
      const written = namespacesWritten(source);
      for (const [, spec] of source.matchAll(/from "((?:~|\.)[^"]+)"/g)) {
        const resolved = spec!.startsWith("~/") ? path.resolve("app", spec!.slice(2)) : path.resolve(path.dirname(file), spec!);
        for (const ns of helpers.get(resolved) ?? []) written.add(ns);
      }
      for (const ns of written) if (!always.has(ns) && !asked.has(ns)) missing.push(`${file}: ${ns}`);
    }
    expect(missing).toEqual([]);
  });
});
