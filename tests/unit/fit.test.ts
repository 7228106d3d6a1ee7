// The fit of a product to a need's words: phrases, two languages, slips of the keyboard,
// the purpose, and which words count.
import { describe, expect, it } from "vitest";
import { equivalentsOf, fitTerm, isMaterial, phraseEquivalents, phraseKey, productsNamed, singular, SOURCE_WEIGHT } from "../../app/matching/equivalents.ts";
import { DESCRIPTION_SHARE, fitScore, fitsOf, fitter, DESCRIBING_SHARE, NEIGHBOUR_SHARE, namingPart, needWords, wordWeights, PURPOSE_SHARE, RELATIVE_FLOOR, TYPO_SHARE, withoutLacks, wordsFound } from "../../app/matching/fit.ts";
import { FITS, fitOf } from "../../app/matching/score.ts";
import { oneSlipApart } from "../../app/lib/spelling.ts";
import { term } from "../../search/text.ts";

/** A product's own fit, before it is read against the best of those looked at (its words weighed as the matcher weighs them). */
const fit = (title: string, name: string, description = "") => {
  const product = needWords(title).product;
  return fitScore(wordsFound(product, { name, description }), wordWeights(product.map(fitTerm)));
};

describe("a need's words", () => {
  it("names the product before its purpose, without procurement words, stop words or numbers", () => {
    expect(needWords("Pengadaan kripik singkong balado 500 pak untuk suguhan tamu")).toEqual({ product: ["kripik", "singkong", "balado", "pak"], purpose: ["suguhan", "tamu"] });
    expect(needWords("Banana chips for employee Eid hampers")).toEqual({ product: ["banana", "chips"], purpose: ["employee", "eid", "hampers"] });
    expect(needWords("Gula aren sebagai bahan baku minuman")).toEqual({ product: ["gula", "aren"], purpose: ["bahan", "baku", "minuman"] });
    expect(needWords("Sarung tangan las kulit")).toEqual({ product: ["sarung", "tangan", "las", "kulit"], purpose: [] });
    // English "as a" begins the purpose; "as" alone is an axle.
    expect(needWords("Dried stevia leaves as a natural sweetener for hotel cafés")).toEqual({ product: ["dried", "stevia", "leaves"], purpose: ["natural", "sweetener", "hotel", "cafes"] });
    expect(needWords("As roda lori untuk kebun").product).toEqual(["as", "roda", "lori"]);
    expect(namingPart("Bamboo straws as an alternative to plastic")).toBe("Bamboo straws");
    // What comes with the thing describes it; its sizes are still asked.
    expect(needWords("Stop kontak 4 lubang dengan kabel untuk ruang kelas")).toEqual({ product: ["stop", "kontak", "lubang", "kabel"], purpose: ["ruang", "kelas"], describedFrom: 3 });
    expect(needWords("Embroidered baseball caps with company logo")).toEqual({ product: ["embroidered", "baseball", "caps", "company", "logo"], purpose: [], describedFrom: 3 });
    expect(needWords("Dibutuhkan dengan segera kursi lipat").describedFrom).toBeUndefined();
    // A letter joined to a word by a hyphen names the thing with it: T-shirts are no shirts.
    expect(needWords("Cotton T-shirts for K3 month").product).toEqual(["cotton", "t", "shirts"]);
    expect(needWords("V-belt karet tipe B").product).toEqual(["v", "belt", "karet", "tipe"]);
    expect(fit("Cotton T-shirts for K3 month", "Kaos oblong katun")).toBeGreaterThan(fit("Cotton T-shirts for K3 month", "Kemeja katun"));
    expect(namingPart("Minyak goreng dengan kemasan jerigen 18 liter")).toBe("Minyak goreng dengan kemasan jerigen 18 liter");
    // A title opening with the work of making asks for the thing made; after the thing, the word describes it.
    expect(needWords("Pengadaan Cetak Kalender Meja 2028 untuk Promosi Nasabah").product).toEqual(["kalender", "meja"]);
    expect(needWords("Jasa pembuatan seragam kerja").product).toEqual(["seragam", "kerja"]);
    expect(needWords("Spanduk cetak").product).toEqual(["spanduk", "cetak"]);
    expect(fit("Cetak kalender meja 2028", "Desk calendar 2028")).toBeGreaterThan(0.8);
    // Not in English, whose first word describes the last; nor when one word would be left.
    expect(needWords("Printing machine").product).toEqual(["printing", "machine"]);
    expect(needWords("Cetak foto 4R").product).toEqual(["cetak", "foto"]);
    expect(needWords("Snack box rapat (tahun anggaran 2027)")).toEqual({ product: ["snack", "box", "rapat"], purpose: [] });
    // What the thing replaces or is likened to is neither the thing nor its purpose.
    expect(needWords("Tas belanja kanvas pengganti kantong plastik")).toEqual({ product: ["tas", "belanja", "kanvas"], purpose: [] });
    expect(needWords("Sepatu safety untuk pabrik setara merek Kings")).toEqual({ product: ["sepatu", "safety"], purpose: ["pabrik"] });
    // What the thing is without is not asked for.
    expect(needWords("Kopi bubuk tanpa gula untuk pantry")).toEqual({ product: ["kopi", "bubuk"], purpose: ["pantry"] });
  });
});

describe("what a product is without", () => {
  it("is not found in it: two words at most after the negation, up to punctuation, a stop word or a number", () => {
    expect(withoutLacks("Sepatu kerja kulit tanpa steel toe")).toBe("Sepatu kerja kulit");
    expect(withoutLacks("Kantong kertas tanpa tali (paper pouch)")).toBe("Kantong kertas (paper pouch)");
    expect(withoutLacks("Sabun tanpa pewangi untuk bayi")).toBe("Sabun untuk bayi");
    expect(withoutLacks("Jamu kunir asem tanpa gula 250 ml")).toBe("Jamu kunir asem 250 ml");
    expect(withoutLacks("Housing without LED, aluminium")).toBe("Housing, aluminium");
    expect(withoutLacks("Tanpa nama")).toBe("");
    // Another negation ends what the first lacks; a sentence's end too; "tanpa-lengan" is a word of its own.
    expect(withoutLacks("Kopi tanpa gula tanpa ampas")).toBe("Kopi");
    expect(withoutLacks("Tas tanpa resleting. Kanvas tebal")).toBe("Tas. Kanvas tebal");
    expect(withoutLacks("Kaos tanpa-lengan katun putih")).toBe("Kaos tanpa-lengan katun putih");
    expect(fit("Safety shoes steel toe", "Sepatu safety tanpa steel toe")).toBeLessThan(fit("Safety shoes steel toe", "Sepatu safety steel toe"));
    expect(fit("Lampu PJU LED", "Lampu PJU (housing tanpa LED)")).toBeLessThan(fit("Lampu PJU LED", "Lampu PJU (housing LED)"));
    expect(fit("Abon sapi", "Abon sapi", "Tanpa bahan pengawet")).toBe(1);
  });
});

describe("slips of the keyboard", () => {
  it("knows one letter doubled, dropped, added, changed, or two swapped", () => {
    for (const [typed, meant] of [["kerpuuk", "kerupuk"], ["amlpang", "amplang"], ["crackres", "crackers"], ["handuk", "anduk"], ["songket", "sngket"], ["kopii", "kopi"]]) expect(oneSlipApart(typed!, meant!)).toBe(true);
    for (const [a, b] of [["pallet", "palett"], ["kopi", "kopi"], ["batik", "tabik"], ["sepatu", "sepatunya"]]) expect(oneSlipApart(a!, b!)).toBe(false);
  });

  it("counts a slip in a longer word, never in a short one", () => {
    // "amplang ikan" is a thing the names lexicon knows: "tenggiri" says which (DESCRIBING_SHARE).
    expect(fit("Amplang ikan tenggiri", "Amlpang ikan tenggiri")).toBeCloseTo((TYPO_SHARE + 1 + DESCRIBING_SHARE) / (2 + DESCRIBING_SHARE));
    expect(fit("Madu hutan", "Madi hutan")).toBeCloseTo(0.5);
    // A five-letter word with a letter dropped is still a slip; a four-letter one is not.
    expect(fit("Dodol durian", "Dodl durian")).toBeCloseTo((TYPO_SHARE + 1) / 2);
    expect(fit("Mur baut", "Mu baut")).toBeCloseTo(0.5);
    // Nor is a word of its own one letter short: a hat is no trophy, shredded meat no banana.
    expect(fit("Tropi kayu", "Topi kayu")).toBeLessThan(FITS);
    expect(fit("Pisang ambon", "Abon pisang")).toBeLessThanOrEqual(FITS);
  });

  it("reads a slip of another spelling the search indexes a word as ('hney' of honey, which is madu), unless it is a word of its own", () => {
    expect(fit("Madu murni", "Raw hney")).toBeGreaterThan(FITS);
    expect(fit("Kemasan makanan", "Food packging box")).toBeGreaterThan(FITS); // "kemasan" is indexed as "kemas"
    expect(fit("Sepatu anak", "Kids shops")).toBeLessThanOrEqual(FITS); // the plural of a word of its own
    expect(fit("Kaos oblong", "Long-sleeve shirt")).toBeLessThanOrEqual(FITS); // "shirt" is no mistyped "tshirt"
  });

  it("reads a four-letter word with one of its letters doubled as a slip, unless that is a word of its own", () => {
    expect(fit("Abon sapi", "Abonn sapi")).toBeCloseTo((TYPO_SHARE + 1) / 2);
    expect(fit("Abon sapi", "Aabon sapi pedas")).toBeCloseTo((TYPO_SHARE + 1) / 2);
    expect(fit("Abon sapi", "Abon sappi")).toBeCloseTo((1 + TYPO_SHARE) / 2);
    // "kaos" with a letter doubled is "kaoss", no word; "tahu" (tofu) and "tahun" (year) are both
    // words, and "books" is the plural of one, no mistyped "boks".
    expect(fit("Kaos oblong", "Kaoss oblong")).toBeGreaterThan(FITS);
    expect(fit("Tahu putih", "Tahun putih")).toBeLessThanOrEqual(FITS);
    expect(fit("Boks bayi", "Baby books")).toBeLessThan(fit("Boks bayi", "Baby bokss"));
  });

  it("does not read a four-letter word with two letters swapped as a slip: too many words no list holds are one swap from another", () => {
    expect(fit("Kaos seragam", "Kayu kaso seragam")).toBeCloseTo(0.5); // kaso: a roof batten
    expect(fit("Nasi box", "Box panel listrik ANSI")).toBeCloseTo(0.5);
  });

  it("never reads one word as a slip of another word of its own (hunspell-id, FreeDict)", () => {
    expect(fit("Sandal hotel", "Bantalan karet sandar kapal")).toBe(0); // sandar: to moor
    expect(fit("Benang kapas", "Benang kapal")).toBeCloseTo(0.5); // cotton thread, not a ship's
    expect(fit("Garam krosok", "Geram krosok")).toBeCloseTo(0.5);
    // A misspelling that is no word is still read as the word meant.
    expect(fit("Kampas rem", "Kampass rem")).toBeCloseTo((TYPO_SHARE + 1) / 2);
    expect(fit("Sandal hotel", "Sandla hotel")).toBeCloseTo((TYPO_SHARE + 1) / 2);
  });
});

describe("two languages and phrases", () => {
  it("reads English plurals as their singular, irregular ones too, and leaves Indonesian words ending in s whole", () => {
    expect(singular("chips")).toBe("chip");
    expect(singular("berries")).toBe("berry");
    expect(singular("glass")).toBe("glass");
    // "leaves" had been cut to "leave" (time off: "cuti"); "gears" and "pots" are the trade glossary's.
    expect(singular("leaves")).toBe("leaf");
    expect(singular("knives")).toBe("knife");
    expect(singular("gears")).toBe("gear");
    expect(singular("pots")).toBe("pot");
    // The names lexicon's English words too: "sheller" is in neither dictionary.
    expect(singular("shellers")).toBe("sheller");
    expect(singular("chilies")).toBe("chili"); // where pluralize gives no word, a plain suffix
    for (const word of ["kertas", "beras", "kaos", "nanas", "emas", "atas"]) expect(singular(word)).toBe(word);
    // Not to a word the glossary writes in Indonesian for another thing: "cap" is batik's stamp, "tong" a barrel.
    expect(singular("caps")).toBe("caps");
    expect(singular("tongs")).toBe("tongs");
  });

  it("meets an English need's irregular plural in an Indonesian name, and a mistyped plural in an English one", () => {
    expect(fit("Dried stevia leaves", "Daun stevia kering")).toBeGreaterThan(FITS);
    expect(fit("Kerupuk udang mentah", "Prawn crackres")).toBeGreaterThan(FITS);
    expect(fit("Corn shellers for farmer groups", "Pemipil jagung")).toBeGreaterThan(FITS);
    // A plural's word mistyped is two letters from the plural, one from its singular; the need's own typo too.
    expect(fit("Card holders", "Card holdr")).toBeCloseTo((1 + TYPO_SHARE) / 2);
    expect(fit("Corn shelers", "Corn shellers")).toBeCloseTo((1 + TYPO_SHARE) / 2);
    expect(fit("Caps", "Topi")).toBeGreaterThan(FITS);
    expect(fit("Kitchen tongs", "Tong sampah dapur")).toBeLessThanOrEqual(FITS);
    // Not a word of its own ending in s: "kertas" is paper, no mistyped "kerja".
    expect(fit("Baju kerja", "Baju kertas")).toBeLessThanOrEqual(FITS);
  });

  it("finds an Indonesian need's words in an English name and the other way round", () => {
    expect(fit("Keripik pisang untuk hampers", "Banana chips")).toBeGreaterThan(FITS);
    expect(fit("Banana chips for Eid hampers", "Kripik pisang kepok")).toBeGreaterThan(FITS);
    expect(fit("Kerupuk udang mentah", "Shrimp crackers mentah")).toBeGreaterThan(FITS);
  });

  it("reads a lexicon name that is the tender without its class word as the product's ('majun' of 'lap majun'), not a broader one", () => {
    expect(productsNamed("majun").length).toBeGreaterThan(0);
    expect(fit("Pengadaan majun untuk bengkel", "Cotton wiping rags")).toBeGreaterThan(FITS);
    // Only the last word alone: "batik pria" of "kemeja batik pria" is the cloth too.
    expect(fitter(needWords("Kemeja batik pria"))({ name: "Kain batik pria" })).toBeLessThanOrEqual(FITS);
  });

  it("reads a need's names of four and five words: a solar street light is 'lampu jalan tenaga surya'", () => {
    expect(fit("Lampu jalan tenaga surya untuk desa", "Solar street light 40 W all-in-one")).toBeGreaterThan(0.8);
    expect(fit("Lampu jalan tenaga surya", "PJUTS all in one")).toBeGreaterThan(0.8);
  });

  it("keeps phrases whole: 'sarung tangan' is gloves, but 'kerja' alone is no uniform", () => {
    // ("sarung tangan las kulit" is itself a name of welding gloves in the names lexicon.)
    expect(wordsFound(["sarung", "tangan", "las", "karet"], { name: "Welding gloves" })).toEqual([SOURCE_WEIGHT.lexicon, SOURCE_WEIGHT.lexicon, SOURCE_WEIGHT.lexicon, 0]);
    expect(wordsFound(["sarung", "tenun"], { name: "Welding gloves" })).toEqual([0, 0]);
    expect(equivalentsOf(phraseKey("pakaian kerja")).has(fitTerm("seragam"))).toBe(true);
    expect(equivalentsOf(fitTerm("kerja")).has(fitTerm("seragam"))).toBe(false);
    // "gula merah" is the broader term of "gula aren" and "gula kelapa" (vocabulary.ts), but
    // white sugar is not red sugar, and arenga palm sugar is not coconut sugar.
    expect(fit("Gula merah untuk dapur", "Gula aren cetak")).toBe(1);
    expect(fit("Gula merah untuk dapur", "Gula kelapa cetak")).toBe(1);
    expect(fit("Gula merah untuk dapur", "Gula pasir")).toBe(0.5);
    expect(fit("Gula aren cetak", "Gula kelapa cetak")).toBeCloseTo(2 / 3);
    expect(fit("Gula aren", "Gula kawung")).toBe(1);
    expect(fit("Gula aren", "Gula merah")).toBe(0.5 * 1 + 0.5 * 0.5);
    expect(fitOf(fit("Gula merah untuk dapur", "Gula pasir"))).toBe("category");
  });

  it("counts a word in the description less than one in the name", () => {
    expect(wordsFound(["tempe"], { name: "Keripik original", description: "Keripik tempe khas Malang" })).toEqual([DESCRIPTION_SHARE]);
  });
});

describe("names written other ways", () => {
  it("reads two neighbouring words as one, either side: 'polo shirt' and 'poloshirt', 'wear pack' and 'wearpack'", () => {
    expect(fit("Polo shirt bordir", "Poloshirt bordir logo")).toBe(1);
    expect(fit("Poloshirt bordir", "Polo shirt bordir")).toBe(1);
    expect(fit("Wearpack proyek", "Wear pack proyek")).toBe(1);
    // Only words side by side: a stop word between them keeps them apart.
    expect(fit("Kopiteh", "Kopi dan teh")).toBe(0);
    // "T shirt" is "tshirt", a spelling of "kaos".
    expect(fit("Kaos", "T shirt lengan pendek")).toBe(1);
  });

  it("knows the IKM lexicon's regional names, trade names and abbreviations, counting a little less than the word itself", () => {
    expect(equivalentsOf(phraseKey("kunyit")).get(phraseKey("kunir"))).toBe(SOURCE_WEIGHT.lexicon);
    expect(fit("Kunyit asam", "Kunir asem botol")).toBeCloseTo(SOURCE_WEIGHT.lexicon);
    expect(fit("Handuk putih", "Anduk putih")).toBeCloseTo((SOURCE_WEIGHT.lexicon + DESCRIBING_SHARE) / (1 + DESCRIBING_SHARE));
    expect(fit("Lampu jalan", "Lampu PJU 60 watt")).toBeCloseTo((1 + SOURCE_WEIGHT.lexicon) / 2);
    expect(SOURCE_WEIGHT.lexicon).toBeLessThan(SOURCE_WEIGHT.vocabulary);
    // Siblings stay apart.
    expect(equivalentsOf(phraseKey("gula aren")).has(phraseKey("gula kelapa"))).toBe(false);
  });

  it("finds an equivalent the product mistyped, counting as a slip of it", () => {
    expect(fit("Singkong", "Casava chips")).toBeCloseTo(SOURCE_WEIGHT.lexicon * TYPO_SHARE);
    expect(fit("Handuk", "Bath towle")).toBeCloseTo(SOURCE_WEIGHT.lexicon * TYPO_SHARE);
    expect(fit("Teh", "Tae celup")).toBe(0); // "tea" is too short a word to be read through a slip
  });

  it("finds an equivalent of two words with one of them mistyped, the others as written", () => {
    // "bath towel" stands for "handuk mandi": its "towel" swapped is still a slip of it.
    expect(fit("Handuk mandi", "Bath twoel")).toBeCloseTo(fit("Handuk mandi", "Bath towel") * TYPO_SHARE);
    // Two words of their own are never slips of each other, in a phrase either ("tower" is no "towel").
    expect(fit("Handuk mandi", "Bath tower")).toBeLessThan(fit("Handuk mandi", "Bath twoel"));
    // One product word does not stand for two of the phrase, each mistyped: fried food is no culvert ("gorong gorong").
    expect(fit("Buis beton", "Gerobak dorong")).toBe(0);
    expect(fit("Buis beton", "Tempe goreng")).toBe(0);
  });

  it("reads slips against a word as written, not against its stem, nor against another spelling by a word of its own or another first letter", () => {
    // "pakaian" stems to "pakai", one slip from "paksi"; "kaos" is also spelled "tshirt", one slip from "shirt"; "kopi" "coffee", from "toffee".
    expect(fit("Pakaian dalam", "Batik paksi naga liman")).toBe(0);
    expect(fit("Kaos oblong polos", "Batik shirt pria")).toBe(0);
    expect(fit("Permen kopi", "Toffee susu")).toBeLessThanOrEqual(FITS);
  });
});

describe("the English trade glossary", () => {
  const fit = (need: string, names: string[]) => fitsOf(needWords(need), names.map((name) => ({ name })));

  it("knows the words of an English tender, plurals included", () => {
    // A wooden table holds the material only, and is a table (headedByAnother).
    expect(fit("Wooden pallets", ["Palet kayu", "Meja kayu"])).toEqual([1, 0.5 * NEIGHBOUR_SHARE]);
    expect(fit("Jerry cans 20 liter", ["Jerigen 20 liter"])[0]).toBe(1);
  });

  it("never joins a phrase and a part of it, either way: batik cloth is not a batik shirt", () => {
    const [shirt, cloth] = fit("Batik cloth for office uniforms", ["Kemeja batik seragam kantor", "Kain batik cap"]);
    expect(cloth).toBe(1);
    expect(shirt!).toBeLessThan(cloth!);
  });

  it("reads a word that is also Indonesian as Indonesian: 'cap' is no hat in 'batik cap'", () => {
    expect(fit("Peci hitam", ["Batik cap motif parang", "Peci beludru"])[0]).toBe(0);
  });

  it("does not give a phrase a general word for its name: a layer cake is no plywood, hand-drawn batik no exercise book", () => {
    expect(fit("Layer cake", ["Kayu lapis 9 mm", "Kue lapis legit"])).toEqual([0, 1]);
    expect(fit("Hand-drawn batik", ["Buku tulis 38 lembar", "Batik tulis"])).toEqual([0, 1]);
  });
});

describe("which words count", () => {
  it("reads fits against the best product looked at, once it holds enough of the need", () => {
    // A title saying more than any name still finds what comes closest…
    const [box, chips] = fitsOf(needWords("Snack box rapat dan pelatihan karyawan"), [{ name: "Snack box kue tradisional" }, { name: "Keripik tempe" }]);
    expect(fitOf(box!)).toBe("words");
    expect(fitOf(chips!)).toBe("category");
    // …but one minor word never stands for a need the catalogue does not know.
    const [press] = fitsOf(needWords("Sudu turbin titanium presisi"), [{ name: "Bata merah press", description: "Bata merah cetak presisi" }]);
    // (A brick press, its name says: another thing, at NEIGHBOUR_SHARE.)
    expect(press).toBeCloseTo((NEIGHBOUR_SHARE * DESCRIPTION_SHARE) / 4 / RELATIVE_FLOOR);
    expect(fitOf(press!)).toBe("category");
  });

  it("meets a narrower need in part by a broader name only where it names the product", () => {
    // "Seragam" is any uniform, a wearpack one kind of it: a product named a uniform may be one,
    // a shirt described as a uniform is not.
    const need = "Seragam kerja wearpack untuk teknisi lapangan";
    expect(fit(need, "Seragam custom bordir logo")).toBeCloseTo((1 + 2 * SOURCE_WEIGHT.broader) / 3);
    expect(fit(need, "Kemeja batik seragam kantor")).toBeCloseTo(1 / 3);
    expect(fit(need, "Kemeja batik seragam kantor", "Seragam batik instansi, katun primisima")).toBeCloseTo(1 / 3);
    // Nor where the name goes on to name a sibling the names lexicon knows: a school uniform.
    expect(fit(need, "Seragam sekolah SMP")).toBeCloseTo(1 / 3);
    // Or, after it, a sibling: a field shirt holds the need's "seragam kerja", not its wearpack.
    expect(fit(need, "Seragam kerja kemeja PDL")).toBeCloseTo(2 / 3);
    // A name the lexicon gives the wearpack itself is no sibling of it: it meets the wearpack as one of its names.
    expect(fit(need, "Seragam bengkel lengan panjang")).toBeCloseTo((1 + SOURCE_WEIGHT.broader + SOURCE_WEIGHT.names) / 3);
    // A broader name mistyped is read no more loosely than as written.
    expect(fit(need, "Kemeja batik seragm")).toBeCloseTo(TYPO_SHARE / 3);
  });

  it("counts a word said twice once", () => {
    // "minuman" and "minum" are one term: a coffee drink holds one of the need's four words, not two of five.
    expect(wordWeights(needWords("Minuman sari jahe siap minum").product.map(fitTerm))).toEqual([DESCRIBING_SHARE, 1, 1, 1, 0]);
    expect(fit("Minuman sari jahe siap minum", "Minuman kopi susu")).toBeCloseTo(DESCRIBING_SHARE / 3.5);
  });

  it("weighs a sort word opening the title as describing, when the next word names a thing", () => {
    const weights = (title: string) => wordWeights(needWords(title).product.map(fitTerm));
    // "Minuman cincau" is cincau: a ready-to-drink nata de coco shares only the drink.
    expect(weights("Minuman cincau siap minum untuk takjil")).toEqual([DESCRIBING_SHARE, 1, DESCRIBING_SHARE, 0]);
    expect(fit("Minuman cincau siap minum untuk takjil", "Nata de coco cup siap minum")).toBeLessThanOrEqual(FITS);
    // "Makanan ringan" is snacks, "minuman ringan" soft drinks: "ringan" names no thing.
    expect(weights("Makanan ringan untuk rapat")).toEqual([1, 1]);
    expect(weights("Minuman ringan kaleng")).toEqual([1, 1, 1]);
  });

  it("weighs a material named in two or three words as one material after the thing", () => {
    const weights = (title: string) => wordWeights(needWords(title).product.map(fitTerm));
    expect(weights("Genteng tanah liat untuk rumah dinas")).toEqual([1, DESCRIBING_SHARE / 2, DESCRIBING_SHARE / 2]);
    expect(weights("Kursi kayu jati")).toEqual([1, DESCRIBING_SHARE / 2, DESCRIBING_SHARE / 2]);
    expect(weights("Cangkul baja")).toEqual([1, DESCRIBING_SHARE]);
    // A clay roof tile not said to be of clay is still a roof tile.
    expect(fit("Genteng tanah liat untuk rumah dinas", "Roof tile glasir")).toBeGreaterThan(FITS);
  });

  it("weighs a word of grade or quality after the thing as describing it, not as naming it", () => {
    const weights = (title: string) => wordWeights(needWords(title).product.map(fitTerm));
    expect(weights("Knalpot standar untuk motor operasional")).toEqual([1, DESCRIBING_SHARE]);
    expect(weights("Knalpot custom")).toEqual([1, DESCRIBING_SHARE]);
    // First, it is what the title names ("Custom" as a brand, say): it weighs fully.
    expect(weights("Custom jerigen")).toEqual([1, 1]);
    // Not a grade a buyer holds to ("premium" rice is no "medium" one), nor a word sharing a
    // qualifier's stem ("perbaikan", a repair, is read as "baik" as "terbaik" would be).
    expect(weights("Beras premium")).toEqual([1, 1]);
    expect(weights("Alat perbaikan jalan")).toEqual([1, 1, 1]);
    // An exhaust not said to be standard is still an exhaust; a racing one says another variant (contrasts.ts).
    const own = (title: string, name: string) => fitter(needWords(title))({ name });
    expect(own("Knalpot standar untuk motor operasional", "Motorcycle exhaust muffler")).toBeGreaterThan(FITS);
    expect(own("Knalpot standar untuk motor operasional", "Knalpot racing")).toBeLessThan(FITS);
  });

  it("adds a little for the purpose's words, never a fit by the purpose alone", () => {
    const need = needWords("Kain batik untuk seragam karyawan");
    const [cloth, shirt, uniform] = fitsOf(need, [{ name: "Kain batik tulis" }, { name: "Kemeja batik seragam kantor" }, { name: "Seragam PDH" }]);
    expect(cloth).toBe(1);
    // Half the product's words (batik, not kain), and the purpose's share of what it holds of
    // "seragam karyawan" ("seragam kantor", one of its names).
    expect(shirt).toBeGreaterThan(0.5);
    expect(shirt).toBeLessThanOrEqual(0.5 + PURPOSE_SHARE);
    expect(uniform).toBeLessThanOrEqual(PURPOSE_SHARE);
    expect(fitOf(uniform!)).toBe("category");
  });
});

describe("a query in the other language", () => {
  it("translates the words the dictionary knows, both ways, and says when nothing changes", async () => {
    const { translatedQuery } = await import("../../app/matching/equivalents.ts");
    expect(translatedQuery("banana chips")).toBe("pisang keripik");
    // The trade glossary's words, plurals included, where the dictionary has none.
    expect(translatedQuery("wooden pallets")).toBe("kayu palet");
    // A word that is also Indonesian stays as typed ("cap" of batik cap is no hat).
    expect(translatedQuery("batik cap")).not.toContain("topi");
    expect(translatedQuery("madu")).toBe("honey");
    expect(translatedQuery("xyzzy")).toBeNull();
  });
});

describe("kinds (lexicon/kinds.json)", () => {
  it("meets a need for a broader kind with a product named by a narrower one, not the other way", () => {
    expect(fit("Sepatu kerja", "Pantofel kerja")).toBeCloseTo((SOURCE_WEIGHT.kinds + 1) / 2);
    expect(fit("Pantofel kerja", "Sepatu kerja")).toBeCloseTo(DESCRIBING_SHARE / (1 + DESCRIBING_SHARE));
  });

  it("leaves out the kinds of a material: they name what a product is made of", () => {
    expect(fit("Kain batik", "Kemeja batik katun")).toBeLessThanOrEqual(FITS);
    // Teak is not read as a kind of wood.
    expect(equivalentsOf(fitTerm("kayu")).has(fitTerm("jati"))).toBe(false);
  });
});

describe("a material after the thing", () => {
  const own = (title: string, name: string) => fitter(needWords(title))({ name });

  it("counts DESCRIBING_SHARE of another word: a hoe fits a need for a steel hoe, a steel sickle does not", () => {
    expect(isMaterial(fitTerm("baja"))).toBe(true);
    expect(isMaterial(fitTerm("rotan"))).toBe(true);
    expect(isMaterial(fitTerm("cangkul"))).toBe(false);
    expect(own("Cangkul baja untuk kebun", "Cangkul")).toBeCloseTo(1 / (1 + DESCRIBING_SHARE));
    expect(own("Cangkul baja untuk kebun", "Cangkul")).toBeGreaterThan(FITS);
    expect(own("Cangkul baja untuk kebun", "Arit baja per")).toBeLessThan(FITS);
    expect(own("Kursi rotan untuk lobi", "Kursi jati")).toBeCloseTo(1 / (1 + DESCRIBING_SHARE));
  });

  it("counts in full a word that is no plain material, and the second word of a material thing", () => {
    // "pasir" of "gula pasir" is granulated, "warna" of "pensil warna" a colour, "kaleng" a can.
    for (const [need, other] of [["Gula pasir", "Gula aren"], ["Pensil warna", "Pensil alis"], ["Kuas cat", "Kuas makeup"], ["Susu kaleng", "Susu bubuk"]] as const) expect(own(need, other)).toBeLessThanOrEqual(FITS);
    // Cloth and yarn are materials themselves: the second word says which one.
    expect(own("Kain katun", "Kain sutra")).toBeLessThanOrEqual(FITS);
    expect(own("Benang nilon", "Benang katun")).toBeLessThanOrEqual(FITS);
  });

  it("counts in full when the material is the thing asked for", () => {
    // "kain" first is the cloth itself, not what something is made of.
    expect(own("Kain batik cap", "Batik cap motif parang")).toBeCloseTo(2 / 3);
    expect(fitScore([1, 0], [1, DESCRIBING_SHARE])).toBeCloseTo(1 / (1 + DESCRIBING_SHARE));
    expect(fitScore([1, 0])).toBe(0.5);
  });
});

describe("stems checked against the root words", () => {
  it("never reads a root word as another one with a prefix taken off", () => {
    expect(term("kemeja")).toBe("kemeja"); // a shirt, not "meja", a table
    expect(term("keranjang")).toBe("keranjang"); // a basket, not "ranjang", a bed
    expect(term("kerupuk")).toBe("kerupuk");
    expect(fit("Kemeja batik", "Meja batik")).toBe(0.5);
    expect(fit("Keranjang anyaman pandan", "Ranjang jati ukir")).toBe(0);
  });

  it("still finds a derived word's root", () => {
    expect(term("menganyam")).toBe(term("anyaman"));
    expect(term("penjahit")).toBe("jahit");
    expect(term("pemarut")).toBe("parut");
    expect(term("pengikat")).toBe("ikat");
    expect(term("kemasan")).toBe("kemas");
    // The letter meN-/peN- swallowed comes back: a dancer is no "ari", a slicer no "ajang".
    expect(term("penari")).toBe("tari");
    expect(term("penimbang")).toBe(term("timbangan"));
    expect(term("perajang")).toBe("rajang");
    expect(term("pengemas")).toBe("kemas"); // not "emas", gold
    expect(term("peralatan")).toBe("alat");
    expect(term("masakan")).toBe("masak"); // masak-an, not masa-kan
    // No short root read out of a longer word: "bean" is no be-an.
    expect(term("bean")).toBe("bean");
    // A suffix alone before a prefix alone: "setelan" is setel-an, not se-telan.
    expect(term("setelan")).toBe("setel");
    expect(term("meteran")).toBe("meter");
    expect(term("penyanyi")).toBe("nyanyi");
  });

  it("keeps its known misses in sight: meN- before a vowel may hide two letters, and the roots cannot tell which", () => {
    expect(term("pemasak")).toBe("pasak"); // masak meant
    expect(term("pengisi")).toBe("kisi"); // isi meant
  });
});

describe("the names a tender's product is listed under (lexicon/procurement-names.json)", () => {
  const own = (title: string, name: string) => fitter(needWords(title))({ name });

  it("meets a tender's name with the names IKM list the product under", () => {
    expect(own("Sepatu PDH untuk pegawai", "Pantofel hitam")).toBeCloseTo(SOURCE_WEIGHT.names);
    expect(own("Sepatu PDH untuk pegawai", "Pantofel hitam")).toBeGreaterThan(FITS);
  });

  it("reads a name beginning with the need's head word inside another thing's name as that thing", () => {
    // Socks and a safety vest begin with the head word of a t-shirt's and safety shoes' needs.
    expect(own("Kaos oblong polos untuk kegiatan CSR", "Kaos kaki katun")).toBeLessThan(FITS);
    expect(own("Safety shoes untuk pekerja pabrik", "Safety vest hijau stabilo")).toBeLessThan(own("Safety shoes untuk pekerja pabrik", "Safety boots"));
    // Not a kind of what the need names, nor a name holding every word of the need, nor one
    // saying which by the need's own words, as written or a slip away.
    expect(own("Kemeja batik seragam karyawan", "Kemeja batik cap lengan panjang")).toBeGreaterThan(FITS);
    expect(own("Kursi rotan untuk lobi hotel", "Kursi tamu rotan")).toBe(1);
    expect(own("Pot tanaman terakota untuk taman kantor", "Pot terakota")).toBeGreaterThan(FITS);
    expect(own("LED bulbs 12 W E27", "LED bulb 12 W E27")).toBeGreaterThan(FITS);
    // Nor one saying only what it is made of, nor, when the need names no kind of its head, a
    // kind of it: a dining table may be of teak.
    expect(own("Tas ransel untuk sekolah", "Tas kulit")).toBe(own("Tas ransel untuk sekolah", "Tas"));
    expect(own("Meja jati untuk kantor", "Meja makan")).toBe(own("Meja jati untuk kantor", "Meja"));
    // When the need names a kind, another kind of its head is a sibling.
    expect(own("Ikan asin jambal roti", "Ikan teri nasi kering")).toBeLessThan(FITS);
  });

  it("reads a name beginning (in English, ending) with a thing made for another as that thing, not the other (made-for.ts)", () => {
    // A mould, a towel rack, a seasoning, a keychain, an empty bottle: every word of the need, not the thing.
    for (const [title, name] of [
      ["Gula aren cetak untuk dapur katering", "Cetakan gula aren kayu"],
      ["Handuk mandi putih untuk hotel", "Rak handuk stainless"],
      ["Bath towels for guest rooms", "Bath towel rack"],
      ["Keripik singkong balado", "Bumbu balado keripik singkong"],
      ["Cangkul baja untuk petani", "Gantungan kunci cangkul mini"],
      ["Sambal botol untuk restoran", "Botol kaca 200 ml untuk sambal"],
      ["Cangkul baja untuk petani", "Gagang cangkul kayu"],
      // Parts: a sole, a buckle's head (not a tripod's "Kaki tiga", nor a "Penutup kepala", below).
      ["Sepatu pantofel kulit untuk pegawai", "Sol karet pantofel"],
      ["Gesper kuningan seragam", "Kepala gesper kuningan"],
      // "Cetak", to print, is "mould" in the glossary too: a one-word translation of the head asks for nothing.
      ["Cetak kalender meja untuk promosi", "Mesin jilid spiral kalender"],
    ]) {
      expect(own(title!, name!)).toBeLessThanOrEqual(FITS);
      expect(own(title!, name!)).toBeGreaterThan(0);
    }
    expect(own("Sambal botol untuk restoran", "Sambal bawang botol")).toBe(1);
    expect(own("Sepatu pantofel kulit untuk pegawai", "Sepatu pantofel kulit sapi")).toBe(1);
    expect(own("Kerudung", "Penutup kepala kerudung")).toBe(1);
    // A need asking for such a thing itself (an Indonesian head first, an English one among its
    // naming words, or an equivalent) takes one named by it.
    expect(own("Mesin perajang singkong", "Mesin perajang singkong manual")).toBe(1);
    expect(own("Rak besi siku untuk gudang", "Rak besi siku 5 susun")).toBe(1);
    expect(own("Leather ID card holders", "Leather ID card holders")).toBe(1);
    expect(own("Cetakan paving block", "Paving block mould")).toBeGreaterThan(FITS);
    // A machine named after the instrument asked is it: a pe- noun names the tool by what it does.
    expect(own("Perajang singkong", "Mesin perajang singkong")).toBe(1);
    // A name of the thing beginning with such a head: "tempat tidur" is a bed, "botol minum" a tumbler.
    expect(own("Ranjang besi", "Tempat tidur besi")).toBeGreaterThan(FITS);
    expect(own("Tumbler stainless", "Botol minum stainless")).toBeGreaterThan(FITS);
    // Heads as written, not stemmed: printing ("cetak") is no mould ("cetakan"), a main door no
    // toy ("mainan"), and an Indonesian name ending in "kemasan" no English "packaging".
    expect(own("Spanduk promosi", "Cetak spanduk promosi")).toBe(1);
    expect(own("Door lock", "Main door lock")).toBe(1);
    expect(own("Minyak goreng", "Minyak goreng kemasan")).toBe(1);
    expect(own("Kopi bubuk kemasan", "Kemasan kopi bubuk standing pouch")).toBeLessThanOrEqual(FITS);
    // A part the thing comes with is not what it is.
    expect(own("Pisau dapur", "Kitchen knife with wooden handle")).toBeGreaterThan(FITS);
    // A printing need asks for no mould: "cetakan" is keyed "cetak", to print, and an equivalent
    // "cetak spanduk" says nothing of a head. A banner rack and a printing machine are no banners.
    expect(own("Spanduk cetak untuk kampanye K3", "Rak spanduk")).toBeLessThanOrEqual(FITS);
    expect(own("Spanduk cetak untuk kampanye K3", "Mesin cetak spanduk digital")).toBeLessThanOrEqual(FITS);
    // A need for toys asks for "mainan …" ones.
    expect(own("Wooden toys", "Mainan kayu edukasi anak")).toBeGreaterThan(FITS);
  });

  it("reads a name holding the need's words only after 'bahan' as its raw material, and one after 'untuk' as what it says", () => {
    for (const [title, name] of [
      ["Pot gerabah untuk taman", "Tanah liat bahan gerabah"],
      ["Tikar anyaman", "Daun pandan kering bahan anyaman"],
    ]) {
      expect(own(title!, name!)).toBeLessThanOrEqual(FITS);
      expect(own(title!, name!)).toBeGreaterThan(0);
    }
    // A need asking for a raw material itself takes one named so.
    expect(own("Bahan baku sabun", "Minyak kelapa bahan baku sabun")).toBeGreaterThan(FITS);
    // "untuk" says a use as often as a part: rice bran for animal feed is animal feed.
    expect(own("Pakan ternak", "Dedak padi untuk pakan ternak")).toBe(1);
    expect(own("Kain batik", "Kain batik untuk seragam kantor")).toBe(1);
  });

  it("keeps a product's own one-word tender name, though other products list it as one of theirs", () => {
    // "Seragam kerja" lists "wearpack" among its names; the wearpack is still named by it, and its other names meet a need for it.
    expect(productsNamed("wearpack").length).toBeGreaterThan(0);
    expect(own("Pengadaan wearpack katun untuk operator", "Katelpak bengkel")).toBeGreaterThan(FITS);
  });

  it("reads an Indonesian name whose first word is none of the need's, nor of their equivalents, as another thing", () => {
    // A cushion cover, a shoe bag, a shoe cabinet, a tablecloth: the need's thing says what they are for or of.
    for (const [title, name] of [
      ["Kursi rotan untuk lobi hotel", "Sarung bantal kursi"],
      ["Sepatu safety untuk pekerja", "Tas sepatu kanvas"],
      ["Sepatu safety untuk pekerja", "Lemari sepatu kayu"],
      ["Meja kerja kantor kayu jati", "Taplak meja batik"],
    ]) {
      expect(own(title!, name!)).toBeLessThan(FITS);
      expect(own(title!, name!)).toBeGreaterThan(0);
    }
    // A tablecloth holds one of the meja's two naming words: its own share of them, at NEIGHBOUR_SHARE.
    expect(own("Meja kerja", "Taplak meja")).toBeCloseTo(NEIGHBOUR_SHARE * own("Meja kerja", "Meja"));
    // A wallet holds the belt's leather only; "Aneka" and "Paket" open a name without saying what the thing is.
    expect(own("Ikat pinggang kulit seragam", "Dompet kulit")).toBeCloseTo(NEIGHBOUR_SHARE * own("Ikat pinggang kulit seragam", "Kulit"));
    expect(own("Keripik tempe", "Aneka keripik tempe")).toBe(1);
    expect(own("Kue kering lebaran", "Paket kue kering lebaran")).toBe(1);
    // Nor one naming the thing's class or form first ("Kain", "Bubuk", "Alat pertanian"), nor a
    // broader thing of the need's by its words from the head ("Gerabah" of "pot tanah liat").
    for (const [title, name] of [
      ["Sasirangan", "Kain sasirangan"],
      ["Kopi arabika", "Bubuk kopi arabika"],
      ["Cangkul", "Alat pertanian cangkul"],
      ["Pot tanah liat", "Gerabah pot tanah liat"],
    ])
      expect(own(title!, name!), name).toBe(1);
    expect(own("Batik tulis sutra", "Kain batik tulis")).toBeGreaterThan(own("Batik tulis sutra", "Batik cap sutra"));
    // Holding every word of the need does not spare it: a digging fork, a desk calendar.
    expect(own("Cangkul", "Garpu cangkul")).toBeCloseTo(NEIGHBOUR_SHARE);
    expect(own("Meja kerja", "Kalender meja")).toBeLessThan(FITS);
    // A name beginning with a later word of the need as the head of another thing, the need's
    // head after it: a hair tie of cloth is no cloth woven in ikat. A place or a grade after
    // the first word is no such name ("Arabika Gayo kopi bubuk", "Ikat Sumba kain tenun").
    expect(own("Kain tenun ikat", "Ikat rambut kain satin")).toBeLessThan(FITS);
    // Whatever the rest of its name holds.
    expect(own("Kain tenun ikat", "Ikat rambut kain tenun ikat")).toBeLessThanOrEqual(FITS);
    expect(own("Kopi bubuk arabika", "Arabika Gayo kopi bubuk")).toBeGreaterThan(FITS);
    expect(own("Kain tenun ikat", "Ikat Sumba kain tenun")).toBe(1);
    // A kind of the first word the kinds lexicon knows is no other thing.
    expect(own("Kain batik", "Batik cap kain primisima")).toBeGreaterThan(FITS);
    expect(own("Sarung tenun", "Tenun ikat sarung Sumba")).toBeGreaterThan(FITS);
    // Not a name of the English kind, its head last ("Lampung banana chips", "Bar soap"), nor one
    // holding an equivalent of the need's beginning with its first word ("Kaos polo" is a polo
    // shirt), nor a broader name the need's thing is a kind of ("Mebel" of a school desk).
    expect(own("Banana chips for hampers", "Lampung banana chips")).toBe(1);
    expect(own("Sabun mandi batang", "Bar soap")).toBeGreaterThan(FITS);
    expect(own("Polo shirt untuk karyawan", "Kaos polo pique")).toBeGreaterThan(FITS);
    expect(own("Sepatu safety untuk pekerja", "Sepatu safety kulit")).toBe(1);
  });

  it("reads a name saying which thing by the need's purpose as the thing asked, named by its use", () => {
    // "Keranjang parsel" is a thing of the names lexicon the need does not name; the need says its basket is for parcels.
    expect(own("Pengadaan keranjang anyaman untuk parsel Lebaran", "Keranjang parsel rotan")).toBe(1);
    expect(own("Pengadaan keranjang anyaman untuk parsel Lebaran", "Keranjang parcel rotan")).toBe(1);
    expect(own("Pengadaan keranjang anyaman untuk parsel Lebaran", "Keranjang buah plastik")).toBeLessThan(own("Pengadaan keranjang anyaman untuk parsel Lebaran", "Keranjang plastik"));
    // One word of the purpose among others is another thing still: a waiting-room chair, a dish soap.
    expect(own("Kursi kayu untuk ruang tamu", "Kursi ruang tunggu")).toBeLessThan(own("Kursi kayu untuk ruang tamu", "Kursi"));
    expect(own("Sabun cair untuk cuci tangan", "Sabun cuci piring")).toBeLessThan(FITS);
  });

  it("reads a name saying the need's material is an imitation as another variant, unless the need asks for one", () => {
    expect(own("Sepatu pantofel kulit", "Sepatu pantofel kulit sintetis")).toBeCloseTo(NEIGHBOUR_SHARE);
    expect(own("Kursi rotan untuk teras", "Kursi rotan sintetis")).toBeCloseTo(NEIGHBOUR_SHARE);
    expect(own("Leather belts", "Faux leather belts")).toBeCloseTo(NEIGHBOUR_SHARE);
    expect(own("Kursi rotan sintetis untuk teras", "Kursi rotan sintetis")).toBe(1);
    // An imitation of a material the need does not name says nothing of it: a bag of synthetic leather for a cloth bag.
    expect(own("Tas seminar kain blacu", "Tas seminar kulit sintetis")).toBe(own("Tas seminar kain blacu", "Tas seminar kulit"));
    // Synthetic yarn, cloth, oil and futsal shoes are things of their own, no imitation.
    for (const [title, name] of [
      ["Benang rajut", "Benang sintetis rajut"],
      ["Kain seragam", "Kain sintetis seragam"],
      ["Sepatu futsal", "Sepatu futsal sintetis"],
    ])
      expect(own(title!, name!), name).toBe(1);
  });

  it("combines two one-word swaps the lexicons give for a phrase", () => {
    // "mesin rajang rumput" and "mesin cacah hijau" are both "mesin cacah rumput": so is "mesin rajang hijau".
    const forage = phraseEquivalents(["mesin", "pencacah", "rumput"].map(fitTerm)).find((p) => p.length === 3)!;
    expect(forage.equivalents.get("mesin rajang hijau")).toBeCloseTo(SOURCE_WEIGHT.names * SOURCE_WEIGHT.names);
    expect(own("Pengadaan mesin pencacah rumput untuk peternak", "Mesin perajang hijauan")).toBeGreaterThan(FITS);
    // A swap alone is the lexicon's own, at its own weight.
    expect(forage.equivalents.get("mesin rajang rumput")).toBe(SOURCE_WEIGHT.names);
    // Not in a two-word phrase, where two swaps leave none of its words: a cap is no safety helmet.
    expect(own("Helm proyek", "Topi kerja lapangan")).toBe(0);
    expect(own("Tisu toilet", "Kertas roll kasir")).toBe(0);
  });

  it("reads a name saying another variant than the need's, and not the need's own, as a sibling (contrasts.ts)", () => {
    // The names lexicon lists both sleeves as names of one batik shirt; the name says which.
    expect(own("Kemeja batik lengan panjang untuk seragam", "Kemeja batik lengan pendek")).toBeLessThan(own("Kemeja batik lengan panjang untuk seragam", "Kemeja batik lengan panjang pria"));
    expect(own("Kerupuk udang mentah", "Kerupuk udang goreng")).toBeLessThan(own("Kerupuk udang mentah", "Kerupuk udang"));
    // Soap in a bar is not liquid soap, nor the other way, its size after it or not; a stem ("batang pisang") says no form.
    expect(own("Sabun mandi padat 30 g", "Sabun mandi cair")).toBeLessThan(own("Sabun mandi padat 30 g", "Sabun mandi"));
    expect(own("Sabun mandi padat 30 g", "Sabun mandi cair 500 ml")).toBeLessThan(own("Sabun mandi padat 30 g", "Sabun mandi"));
    expect(own("Pupuk organik cair", "Pupuk organik batang pisang")).toBe(own("Pupuk organik cair", "Pupuk organik pisang"));
    expect(own("Sabun cuci tangan cair", "Sabun cuci tangan batangan")).toBeLessThan(own("Sabun cuci tangan cair", "Sabun cuci tangan"));
    // Soap's "batang" is a bar, for a need for soap only.
    expect(own("Sabun mandi cair", "Sabun mandi batang 80 gram")).toBeLessThan(own("Sabun mandi cair", "Sabun mandi 80 gram"));
    expect(own("Sabun mandi batang", "Sabun mandi cair")).toBeLessThan(own("Sabun mandi batang", "Sabun mandi"));
    expect(own("Pupuk organik batang pisang", "Pupuk organik cair")).toBe(own("Pupuk organik batang pisang", "Pupuk organik"));
    // The form a preparation comes in: powder, liquid, gel, cream, spray, capsule, tablet.
    expect(own("Jamu serbuk temulawak", "Jamu temulawak kapsul isi 60")).toBeLessThan(own("Jamu serbuk temulawak", "Jamu temulawak isi 60"));
    expect(own("Hand sanitizer gel 500 ml", "Hand sanitizer spray 500 ml")).toBeLessThan(own("Hand sanitizer gel 500 ml", "Hand sanitizer 500 ml"));
    // A gel is liquid enough, and a liquid may come as a spray.
    expect(own("Sabun mandi cair", "Body wash gel")).toBeGreaterThan(FITS);
    expect(own("Disinfektan cair", "Disinfektan spray")).toBe(own("Disinfektan cair", "Disinfektan"));
    // What a cleaner is for, read for a cleaner only: a glass cleaner is no floor cleaner, in either language.
    expect(own("Cairan pembersih lantai", "Pembersih kaca")).toBeLessThan(own("Cairan pembersih lantai", "Pembersih serbaguna"));
    expect(own("Sabun cuci tangan cair", "Sabun cuci piring cair")).toBeLessThan(own("Sabun cuci tangan cair", "Sabun cair"));
    expect(own("Floor cleaner", "Glass cleaner")).toBeLessThan(own("Floor cleaner", "Cleaner"));
    expect(own("Sabun cuci tangan cair", "Hand soap refill")).toBeGreaterThan(FITS);
    // In English plurals too; not "hand made", nor the glass of a bottle, nor for a need asking for what holds a cleaner.
    expect(own("Glass cleaner", "Floor and windows cleaner")).toBeGreaterThan(FITS);
    expect(own("Hand soap", "Soap for hands and body")).toBe(1);
    expect(own("Hand soaps for clinics", "Dish soaps")).toBeLessThan(own("Hand soaps for clinics", "Soaps"));
    expect(own("Floor cleaners", "Glass cleaners")).toBeLessThan(own("Floor cleaners", "Cleaners"));
    expect(own("Sabun mandi herbal", "Sabun herbal kemasan botol kaca")).toBe(own("Sabun mandi herbal", "Sabun herbal"));
    expect(own("Sabun cuci piring", "Sabun cuci hand made")).toBe(own("Sabun cuci piring", "Sabun cuci"));
    expect(own("Dispenser sabun cuci tangan", "Dispenser sabun kamar mandi")).toBe(own("Dispenser sabun cuci tangan", "Dispenser sabun"));
    expect(own("Soap dispenser for hands", "Soap dispenser for dishes")).toBe(own("Soap dispenser for hands", "Soap dispenser"));
    // A bathroom is where the toilet is, not a body to wash.
    expect(own("Cairan pembersih porselen", "Cairan pembersih kamar mandi")).toBeGreaterThan(own("Cairan pembersih porselen", "Cairan pembersih"));
    expect(own("Gelas kaca", "Gelas kaca bening lantai")).toBe(own("Gelas kaca", "Gelas kaca bening"));
    // Saying both, or neither, is no other variant; in either language alike.
    expect(own("Kerupuk udang mentah", "Kerupuk udang mentah dan goreng")).toBe(1);
    expect(own("Kemeja batik untuk seragam", "Kemeja batik lengan pendek")).toBe(1);
    expect(own("Kemeja pria", "Women shirt")).toBeLessThan(own("Kemeja pria", "Men shirt"));
    // A length measured, or a thing ready to fry, says no variant.
    expect(own("Kaos polos lengan pendek", "Kaos polos lengan panjang 72 cm")).toBe(own("Kaos polos lengan pendek", "Kaos polos lengan 72 cm"));
    expect(own("Kerupuk udang mentah", "Kerupuk udang siap goreng")).toBeGreaterThan(FITS);
  });

  it("reads a near neighbour as another thing, though it shares the head noun", () => {
    // "sepatu boot" and "sepatu safety" are shoes, not the office shoes asked for.
    expect(own("Sepatu PDH untuk pegawai", "Sepatu boot proyek")).toBeCloseTo(0.5 * NEIGHBOUR_SHARE);
    expect(own("Sepatu PDH untuk pegawai", "Sepatu safety")).toBeLessThan(FITS);
    expect(own("Kampas rem motor", "Kampas kopling motor")).toBeLessThan(FITS);
    // Named by the thing itself as well, a product is not a neighbour.
    expect(own("Sepatu PDH untuk pegawai", "Sepatu PDH")).toBe(1);
    // Nor is one the need names itself: a locker is a wardrobe's neighbour, and asked for here.
    expect(own("Lemari loker sekolah", "Loker besi sekolah")).toBeGreaterThan(FITS);
    expect(own("Sepatu boot safety", "Sepatu safety high cut")).toBeGreaterThan(FITS);
    // A neighbour by its own longer names: ground coffee is the "kopi bubuk" roasted beans are not.
    expect(own("Roasted coffee beans arabica", "Ground coffee arabika")).toBeLessThan(FITS);
    expect(own("Roasted coffee beans arabica", "Coffee beans arabika")).toBeGreaterThan(FITS);
    // Word for word only, and never by a one-word name: "hem pria" (a shirt) is no "hem koko pria".
    // (Their first words, "hem" and "jaket", are none of the need's words nor their equivalents'
    // either: read as other things, NEIGHBOUR_SHARE of the half they hold.)
    expect(own("Baju koko", "Hem koko pria")).toBeCloseTo(0.5 * NEIGHBOUR_SHARE);
    expect(own("Jas hujan", "Jaket hujan anti air")).toBeCloseTo(0.5 * NEIGHBOUR_SHARE);
  });

  it("counts the words after a thing it knows as describing the thing", () => {
    // "handuk mandi" is a product's whole name: a towel not said to be white is still the towel.
    expect(wordWeights(["handuk", "mandi", "putih"].map(fitTerm))).toEqual([1, 1, DESCRIBING_SHARE]);
    expect(own("Handuk mandi putih", "Handuk mandi")).toBeCloseTo(2 / (2 + DESCRIBING_SHARE));
    expect(own("Handuk mandi putih", "Bath towel")).toBeGreaterThan(FITS);
    // A name too broad to meet the product by is no whole name: "durian" says which dodol.
    expect(wordWeights(["dodol", "durian"].map(fitTerm))).toEqual([1, 1]);
    expect(own("Dodol durian", "Dodol nangka")).toBeLessThanOrEqual(FITS);
    // A white thing of another kind is still another thing.
    expect(own("Handuk mandi putih", "Kimono mandi putih")).toBeLessThan(FITS);
    // A title that is a name as a whole describes nothing: a life vest is no jacket said to float.
    expect(wordWeights(["jaket", "pelampung"].map(fitTerm))).toEqual([1, 1]);
    expect(own("Jaket pelampung", "Jaket hoodie")).toBeLessThanOrEqual(FITS);
    // Nothing known in front, every word alike.
    expect(wordWeights(["jamu", "kunyit", "asam"].map(fitTerm))).toEqual([1, 1, 1]);
  });

  it("leaves out the names that would join unlike things", () => {
    // One word of two products: "cap" is a hat and a batik stamp, "kopel" a belt and a coupling.
    expect(own("Stempel", "Kain batik cap")).toBe(0);
    expect(own("Topi", "Shower cap hotel")).toBe(0);
    expect(own("Kopling as", "Sabuk kopel kulit")).toBe(0);
    // A stem that is another product's word: "pentanahan" (grounding) is no "tanah".
    expect(own("Grounding", "Kacang tanah goreng")).toBe(0);
    // A name that loses a stop word: "agar-agar" would be nothing, "pakaian dalam" "pakaian".
    expect(own("Jeli", "Paper cup")).toBe(0);
    // A broader name than the tender's: "kaos" is any T-shirt, "palet" any pallet.
    expect(own("Palet kayu", "Palet plastik")).toBeLessThan(FITS);
    // Also when spelled another way: "pallet" is "palet", any pallet, not "palet kayu".
    expect(productsNamed(phraseKey("pallet"))).toEqual([]);
    // A product listed twice (towels under two categories) is one thing: their word names it,
    // though for a need for one kind of towel (a bath towel) only in part: it may be a face towel.
    expect(own("Handuk mandi", "Anduk")).toBeGreaterThan(FITS);
    expect(equivalentsOf(phraseKey("handuk mandi")).get(phraseKey("anduk"))).toBe(SOURCE_WEIGHT.generalName);
    expect(equivalentsOf(phraseKey("anduk")).get(phraseKey("handuk mandi"))).toBe(SOURCE_WEIGHT.names);
    // A name another product's writers were unsure of makes nothing ambiguous ("mochi jogja").
    expect(own("Mochi", "Daifuku")).toBeCloseTo(SOURCE_WEIGHT.names);
    // A one-word name of the need's thing ("ikat", woven ikat cloth) inside a dictionary's
    // two-word name of another thing ("ikat pinggang", a belt) is that other thing.
    expect(own("Kain tenun ikat", "Ikat pinggang kulit")).toBeLessThan(FITS);
    expect(fit("Kain tenun ikat", "Sabuk kulit sapi", "Ikat pinggang kulit sapi asli, gesper kuningan.")).toBeLessThan(FITS);
    expect(own("Kain tenun ikat", "Ikat weaving")).toBeGreaterThan(FITS);
    expect(own("Kain tenun ikat", "Tenun ikat Troso")).toBeGreaterThan(FITS);
    // Two woods (kinds.json) listed under one product (sawn timber) are two woods: a meranti
    // door frame lacks the camphor of "kusen pintu | kayu kamper" (half of a describing word's
    // weight). One thing's other names listed as kinds side by side stay its names.
    expect(equivalentsOf(phraseKey("kayu kamper")).has(phraseKey("kayu meranti"))).toBe(false);
    expect(fit("Kusen pintu kayu kamper", "Kusen pintu kayu meranti")).toBeCloseTo((1 + 1 + DESCRIBING_SHARE) / (2 + 2 * DESCRIBING_SHARE));
    for (const [a, b] of [["celana pdl", "celana kargo"], ["seragam satpam", "seragam security"], ["kabel listrik", "kabel nym"], ["hijab", "jilbab"]] as const)
      expect(equivalentsOf(phraseKey(a)).get(phraseKey(b))).toBe(SOURCE_WEIGHT.names);
    // A product's kinds (its "kinds"): a jaw coupling is no chain coupling, though both are
    // shaft couplings; a need for the shaft coupling is met by either, and a need for a jaw
    // coupling by a product named only "kopling as" in part (it may be another kind).
    expect(equivalentsOf(phraseKey("jaw coupling")).has(phraseKey("kopling rantai"))).toBe(false);
    expect(equivalentsOf(phraseKey("jaw coupling")).get(phraseKey("kopling as"))).toBe(SOURCE_WEIGHT.generalName);
    expect(equivalentsOf(phraseKey("kopling as")).get(phraseKey("jaw coupling"))).toBe(SOURCE_WEIGHT.names);
    expect(own("Jaw coupling", "Kopling rantai")).toBeLessThan(FITS);
    expect(own("Kopling as", "Kopling rantai")).toBeGreaterThan(FITS);
    // One kind's other names stay each other's: a spur gear is a "roda gigi lurus", no helical gear.
    expect(equivalentsOf(phraseKey("spur gear")).get(phraseKey("roda gigi lurus"))).toBe(SOURCE_WEIGHT.names);
    expect(equivalentsOf(phraseKey("spur gear")).has(phraseKey("helical gear"))).toBe(false);
    // Flavours of one juice are siblings: guava juice does not fit a need for orange juice.
    expect(own("Sari jeruk siap minum", "Jus jambu")).toBeLessThan(FITS);
    // What the review of the kinds found: a kind that is the product's other name, one kind in
    // two groups, a kind of another kind, a kind on a second axis (a wood beside a door frame's
    // type). Each still meets the other as before.
    for (const [need, name] of [["Cash register", "Mesin kasir"], ["Baju perawat", "Baju scrub medis"], ["Baseball cap", "Topi pet"], ["Miniatur kapal kayu", "Miniatur phinisi"], ["Kusen merbau", "Kusen pintu"]] as const)
      expect(own(need, name)).toBeGreaterThan(FITS);
  });
});
