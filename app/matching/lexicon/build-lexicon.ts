// Builds eng-ind.json and eng-ind-verbs.json in this folder from Debian's dict-freedict-eng-ind
// (see README.md here; english-words.json must be built first):
//   apt-get install dict-freedict-eng-ind && npx tsx app/matching/lexicon/build-lexicon.ts
// It reads the dictionary where the package puts it. The output is
// committed, so the app does not need the package; run this again to refresh it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const here = import.meta.dirname;
const freedict = "/usr/share/dictd/freedict-eng-ind.dict.dz";

/** One plain word or a two/three-word phrase of letters: what a product name can hold. */
const PLAIN = /^[a-z]+( [a-z]+){0,2}$/;

/**
 * English → Indonesian from FreeDict's eng-ind (WikDict, from Wiktionary). Each entry is a
 * headword line "word /ipa/ <pos>", then senses: a line of translations ("1. kopi, biji kopi")
 * and a line of English gloss. One-word headwords of the parts of speech asked: nouns and
 * adjectives are what product names are made of; verbs name what a thing is for ("shaving
 * cream", "sewing machine").
 */
function parseFreedict(text: string, parts: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let head: string | null = null;
  let expectTranslation = false;
  for (const line of text.split("\n")) {
    const headword = /^([a-z][a-z'-]*) \/.*<(\w+)>$/.exec(line);
    if (headword) {
      head = parts.includes(headword[2]!) ? headword[1]! : null;
      expectTranslation = true;
      continue;
    }
    if (/^\S.* \/.*<\w+>$/.test(line)) {
      head = null; // a phrase headword or another part of speech
      continue;
    }
    if (!head) continue;
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (!numbered && !expectTranslation) continue;
    expectTranslation = false;
    const translations = (numbered ? numbered[1]! : line)
      .replace(/\s*\d+\.\s*$/, "")
      .split(/,\s*/)
      .map((t) => t.trim().toLowerCase())
      .filter((t) => PLAIN.test(t) && t !== head);
    if (translations.length > 0) out[head] = [...new Set([...(out[head] ?? []), ...translations])];
  }
  return out;
}

const sorted = (record: Record<string, string[]>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
const text = gunzipSync(readFileSync(freedict)).toString("utf8");
const engInd = sorted(parseFreedict(text, ["n", "adj"]));
writeFileSync(path.join(here, "eng-ind.json"), JSON.stringify(engInd) + "\n");
console.log(`eng-ind.json: ${Object.keys(engInd).length} English words`);

/**
 * A verb's -ing form as English spells it, when SCOWL lists it (english-words.json): "shave"
 * "shaving", "cut" "cutting", "sew" "sewing". In a product's name a verb stands there, before
 * the thing it is for.
 */
const english = new Set(JSON.parse(readFileSync(path.join(here, "english-words.json"), "utf8")) as string[]);
const ingOf = (verb: string) => [verb.endsWith("e") && !verb.endsWith("ee") ? `${verb.slice(0, -1)}ing` : null, `${verb}ing`, `${verb}${verb.at(-1)}ing`].find((form) => form !== null && english.has(form));
const verbs: Record<string, string[]> = {};
for (const [verb, translations] of Object.entries(parseFreedict(text, ["v"]))) {
  const ing = ingOf(verb);
  if (ing && !engInd[ing]) verbs[ing] = translations;
}
writeFileSync(path.join(here, "eng-ind-verbs.json"), JSON.stringify(sorted(verbs)) + "\n");
console.log(`eng-ind-verbs.json: ${Object.keys(verbs).length} English verbs' -ing forms`);
