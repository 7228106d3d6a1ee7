// Builds eng-ind.json in this folder from Debian's dict-freedict-eng-ind (see README.md here):
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
 * and a line of English gloss. Nouns and adjectives only, one-word headwords: those are what
 * product names are made of.
 */
function parseFreedict(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let head: string | null = null;
  let expectTranslation = false;
  for (const line of text.split("\n")) {
    const headword = /^([a-z][a-z'-]*) \/.*<(\w+)>$/.exec(line);
    if (headword) {
      head = headword[2] === "n" || headword[2] === "adj" ? headword[1]! : null;
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
const engInd = sorted(parseFreedict(gunzipSync(readFileSync(freedict)).toString("utf8")));
writeFileSync(path.join(here, "eng-ind.json"), JSON.stringify(engInd) + "\n");
console.log(`eng-ind.json: ${Object.keys(engInd).length} English words`);
