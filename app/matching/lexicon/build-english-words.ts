// Builds english-words.json in this folder from Debian's wamerican (SCOWL; see README.md here):
//   apt-get install wamerican && npx tsx app/matching/lexicon/build-english-words.ts
// The output is committed, so the app does not need the package; run this again to refresh it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const list = "/usr/share/dict/american-english";

// Words of plain lower-case letters, four or more (shorter ones are never corrected:
// app/lib/spelling.ts MIN_CORRECTED_LENGTH); names (capitalised) and possessives left out.
const words = new Set(readFileSync(list, "utf8").split("\n").filter((w) => /^[a-z]{4,}$/.test(w)));
const sorted = [...words].sort();
writeFileSync(path.join(import.meta.dirname, "english-words.json"), `${JSON.stringify(sorted)}\n`);
console.log(`english-words.json: ${sorted.length} words`);
