// Builds id-words.json in this folder from Debian's hunspell-id (see README.md here):
//   apt-get install hunspell-id && npx tsx search/lexicon/build-id-words.ts
// The output is committed, so the app does not need the package; run this again to refresh it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dic = "/usr/share/hunspell/id_ID.dic";

// The dictionary's stems, without their affix flags ("sandar/SZ" → "sandar"): words of plain
// letters only, as product names hold them (search/text.ts splits on anything else).
const words = new Set<string>();
for (const line of readFileSync(dic, "utf8").split("\n").slice(1)) {
  const word = line.split("/")[0]!.trim().toLowerCase();
  if (/^[a-z]+$/.test(word)) words.add(word);
}
const sorted = [...words].sort();
writeFileSync(path.join(import.meta.dirname, "id-words.json"), `${JSON.stringify(sorted)}\n`);
console.log(`id-words.json: ${sorted.length} words`);
