// Buyers' lessons to the matcher, without a database: what a need and a product are keyed
// by, when buyers agree enough to teach, and what a lesson does to a product's fit.
import { describe, expect, it } from "vitest";
import { fitsOf, fitter, needWords, thingOf } from "../../app/matching/fit.ts";
import { LESSON_BUYERS, lessonOf, lessonsIn, needKeys, taughtBy, type LessonCount } from "../../app/matching/lessons.ts";
import { FITS } from "../../app/matching/score.ts";

/** The counts of one kind of product under a need's thing, keyed as the database keeps them. */
const count = (need: string, product: string, taken: number, declined: number): LessonCount => {
  const kind = thingOf(product)!;
  return { needKey: thingOf(need)!.key, productKey: kind.key, productPhrase: kind.phrase, taken, declined };
};
const fitFor = (need: string, counts: LessonCount[]) => fitter(needWords(need, taughtBy(counts)));

describe("what a lesson is kept under", () => {
  it("keys a need and a product by the first three words naming the thing, the words describing it left out", () => {
    expect(thingOf("Pengadaan kalender dinding (tahun anggaran 2027)")?.key).toBe(thingOf("Kalender Dinding 2027")?.key);
    // A material after the thing describes it: "cangkul baja" is a hoe.
    expect(thingOf("Cangkul baja")?.phrase).toBe("cangkul");
    // Words after a thing the names lexicon knows by its first words describe it.
    expect(thingOf("Kalender meja 2027 custom A5")?.phrase).toBe("kalender meja");
    // A decision on one kind of uniform is not a decision on every uniform.
    expect(thingOf("Seragam kerja kemeja PDL")?.phrase).toBe("seragam kerja kemeja");
    expect(thingOf("Seragam kerja wearpack")?.key).not.toBe(thingOf("Seragam kerja kemeja PDL")?.key);
  });

  it("lets a need read the lessons of the broader things its first words name, never of narrower ones", () => {
    expect(needKeys("Seragam kerja wearpack")).toEqual(["seragam", "seragam kerja", "seragam kerja wearpack"].map((k) => thingOf(k)!.key));
    expect(needKeys("Seragam kerja")).not.toContain(thingOf("Seragam kerja wearpack")!.key);
  });

  it("lets a need read the lessons kept under its thing's other names, in either language, but not a narrower thing's nor a kind's", () => {
    const key = (name: string) => thingOf(name)!.key;
    expect(needKeys("Banana chips for Eid hampers")).toContain(key("Keripik pisang"));
    expect(needKeys("Keripik pisang untuk hampers")).toContain(key("Banana chips"));
    expect(needKeys("Banana chips for Eid hampers")).not.toContain(key("Keripik pisang manis"));
    // "pantofel" is a kind of shoe, not another name of it: a need for shoes does not read what was taught for pantofel.
    expect(needKeys("Sepatu kerja")).not.toContain(key("Pantofel"));
    expect(needKeys("Sepatu")).not.toContain(key("Pantofel"));
  });

  it("has nothing to key when no word names a thing", () => {
    expect(thingOf("untuk 2027")).toBeNull();
    expect(thingOf("500 g")).toBeNull();
    expect(needKeys("2027")).toEqual([]);
  });
});

describe("when buyers teach", () => {
  it(`takes ${LESSON_BUYERS} buyer organisations agreeing, and more of them than disagree`, () => {
    expect(lessonOf({ taken: 1, declined: 0 })).toBeNull();
    expect(lessonOf({ taken: LESSON_BUYERS, declined: 0 })).toBe(true);
    expect(lessonOf({ taken: LESSON_BUYERS, declined: LESSON_BUYERS })).toBeNull();
    expect(lessonOf({ taken: 1, declined: LESSON_BUYERS })).toBe(false);
    expect(lessonOf({ taken: 3, declined: 2 })).toBe(true);
  });

  it("lists only the lessons, with how many buyers taught each, the most particular thing's first", () => {
    const counts = [
      count("Kalender dinding", "Kalender meja custom", 3, 1),
      count("Kalender dinding", "Agenda kulit", 1, 0),
      count("Kalender", "Poster", 2, 0),
      count("Kalender dinding", "Poster kalender dinding", 0, 2),
    ];
    expect(lessonsIn(counts)).toEqual([
      // The words after a thing the names lexicon knows describe it: the kind is the thing.
      { productKey: thingOf("Kalender meja")!.key, productPhrase: "kalender meja", taken: true, buyers: 3, needWords: 2 },
      // Taken for calendars in general, declined for wall calendars: the wall calendar's lesson holds.
      { productKey: thingOf("Poster")!.key, productPhrase: "poster", taken: false, buyers: 2, needWords: 2 },
    ]);
    expect(taughtBy([count("Kalender dinding", "Agenda kulit", 1, 0)])).toBeUndefined();
  });
});

describe("a lesson in the fit", () => {
  const need = "Kalender dinding 2027";
  const deskCalendar = { name: "Kalender meja custom A5" };
  const wallCalendar = { name: "Kalender dinding 12 lembar" };

  it("makes a kind of product buyers took fit as the thing itself, which the words alone did not", () => {
    const taught = fitFor(need, [count(need, "Kalender meja", 2, 0)]);
    expect(fitter(needWords(need))(deskCalendar)).toBeLessThan(0.6);
    expect(taught(deskCalendar)).toBeGreaterThanOrEqual(0.9);
    // Products the lesson is not about are fitted as before.
    expect(taught(wallCalendar)).toBe(fitter(needWords(need))(wallCalendar));
  });

  it("finds a kind of product taken that shares no word with the need", () => {
    expect(fitter(needWords(need))({ name: "Agenda kulit 2027" })).toBe(0);
    expect(fitFor(need, [count(need, "Agenda", 2, 0)])({ name: "Agenda kulit 2027" })).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a product's kind from the start of its name, not any of its words", () => {
    const taught = fitFor(need, [count(need, "Kalender meja", 2, 0), count(need, "Agenda", 2, 0), count(need, "Poster", 0, 2), count(need, "Kalender custom", 0, 2)]);
    const plain = fitter(needWords(need));
    for (const name of ["Taplak meja motif kalender", "Rak agenda", "Sampul agenda kulit", "Kalender dinding bonus poster", "Kalender dinding custom logo 2027"])
      expect(taught({ name }), name).toBe(plain({ name }));
  });

  it("fits a kind of product declined as not the thing to nothing, whatever its words, even beside a kind taken", () => {
    const poster = { name: "Poster kalender dinding A2" };
    const taught = needWords(need, taughtBy([count(need, "Poster", 0, 2), count(need, "Kalender dinding", 3, 0)]));
    expect(fitsOf(needWords(need), [poster])[0]).toBeGreaterThanOrEqual(FITS);
    expect(fitsOf(taught, [poster, wallCalendar])).toEqual([0, 1]);
  });

  it("lets the most particular kind's lesson decide", () => {
    const taught = fitFor(need, [count(need, "Kalender", 2, 0), count(need, "Kalender meja", 0, 2)]);
    expect(taught({ name: "Kalender meja lipat" })).toBe(0);
    expect(taught({ name: "Kalender saku" })).toBeGreaterThanOrEqual(0.9);
  });

  it("lifts only the words the lesson was taught for: a broader thing's lesson says less", () => {
    const wearpackNeed = "Seragam kerja wearpack";
    const product = { name: "Setelan teknisi lapangan" };
    const exact = fitFor(wearpackNeed, [count(wearpackNeed, product.name, 2, 0)]);
    const broader = fitFor(wearpackNeed, [count("Seragam kerja", product.name, 2, 0)]);
    expect(exact(product)).toBeGreaterThanOrEqual(0.9);
    expect(broader(product)).toBeLessThan(exact(product));
    expect(broader(product)).toBeGreaterThan(fitter(needWords(wearpackNeed))(product));
  });

  it("lifts the words of the thing's key it was taught for, a grade word among them", () => {
    // "custom" describes a calendar in the fit, yet is a word of the key "kalender custom" the
    // lesson was kept under: the lesson lifts "kalender custom", not "kalender … dinding".
    const need = "Kalender custom dinding";
    const product = { name: "Kalender meja" };
    const underTwo = fitFor(need, [count("Kalender custom", product.name, 2, 0)]);
    const underAll = fitFor(need, [count(need, product.name, 2, 0)]);
    expect(underTwo(product)).toBeLessThan(underAll(product));
    expect(underAll(product)).toBeGreaterThanOrEqual(0.9);
  });

  it("still asks for the words describing the thing: a lesson is about what the thing is, not which one", () => {
    const mugs = "Mug keramik logo perusahaan";
    const withLogo = fitFor(mugs, [count(mugs, "Gelas keramik", 2, 0)]);
    expect(withLogo({ name: "Gelas keramik logo perusahaan" })).toBeGreaterThan(withLogo({ name: "Gelas keramik polos" }));
  });
});
