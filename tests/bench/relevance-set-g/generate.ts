// relevance-set-g generator: `npx tsx tests/bench/relevance-set-g/generate.ts`
// Writes catalogue.json, grades.json, near-misses.json and README.md next to this file. Deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { assemble } from "./assemble.ts";
import { gradeAll } from "./grade.ts";
import { readme } from "./readme.ts";

const SEED = 0x5e7a_2027;
const here = (name: string) => new URL(`./${name}`, import.meta.url);
const json = (x: unknown) => JSON.stringify(x, null, 2) + "\n";

const { catalogue, concepts, decoys, expected, refDate } = assemble(SEED);
const { grades, nearMisses, reasons } = gradeAll(catalogue, concepts, refDate);

// The grading function must agree with what every plant was designed to be.
const problems: string[] = [];
for (const e of expected) {
  const got = grades[e.need]?.[e.producer] ?? 0;
  if (got !== e.grade) problems.push(`${e.need} ${e.producer} (${e.plant}): expected grade ${e.grade}, got ${got}`);
  const nm = (nearMisses[e.need] ?? []).includes(e.producer);
  if (nm !== e.nearMiss) problems.push(`${e.need} ${e.producer} (${e.plant}): near miss expected ${e.nearMiss}, got ${nm}`);
}
const planted = new Set(expected.map((e) => `${e.need} ${e.producer}`));
for (const [need, row] of Object.entries(grades))
  for (const producer of Object.keys(row)) if (!planted.has(`${need} ${producer}`)) problems.push(`${need} ${producer}: unplanned grade ${row[producer]}`);
if (problems.length) throw new Error("plan and grades disagree:\n" + problems.join("\n"));

// Shape checks the brief asks for.
const c = catalogue;
const provinces = new Set(c.producers.map((p) => p.provinceCode));
const categories = new Set(c.needs.map((n) => n.category));
if (c.products.length < 400 || c.products.length > 500) throw new Error(`products: ${c.products.length}`);
if (provinces.size < 12 || categories.size < 18) throw new Error(`provinces ${provinces.size}, categories ${categories.size}`);
for (const n of c.needs as { ref: string }[]) if (!Object.values(grades[n.ref] ?? {}).includes(3)) throw new Error(`${n.ref} has no grade 3`);

// Validate against the import schema with the ajv in node_modules (v6 reads draft-07; the schema's
// keywords are all draft-07 ones, so its 2020-12 $schema line is dropped before compiling).
const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const schema = JSON.parse(readFileSync(new URL("../../../app/models/import/import.schema.json", import.meta.url), "utf8"));
delete schema.$schema;
const ajv = new Ajv({ allErrors: true, format: "full" });
const validate = ajv.compile(schema);
const valid = validate(catalogue) as boolean;
const ajvResult = valid ? `valid (ajv ${require("ajv/package.json").version})` : ajv.errorsText(validate.errors);
if (!valid) throw new Error("catalogue.json is not valid: " + ajvResult);

writeFileSync(here("catalogue.json"), json(catalogue));
writeFileSync(here("grades.json"), json(grades));
writeFileSync(here("near-misses.json"), json({ nearMisses, reasons }));
writeFileSync(here("README.md"), readme({ catalogue, grades, nearMisses, decoys, concepts, ajvResult, refDate, provinces: provinces.size, categories: categories.size }));

const graded = Object.values(grades).flatMap((row) => Object.values(row));
console.log(
  `producers ${c.producers.length}, products ${c.products.length}, certifications ${c.certifications.length}, buyers ${c.buyers.length}, needs ${c.needs.length}; ` +
    `grades 3/2/1: ${[3, 2, 1].map((g) => graded.filter((x) => x === g).length).join("/")}; near misses ${Object.values(nearMisses).flat().length}; ` +
    `provinces ${provinces.size}, need categories ${categories.size}; ajv: ${ajvResult}`,
);
