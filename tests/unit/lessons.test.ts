// Buyers' lessons to the matcher, without a database: what a need and a product are keyed
// by, when buyers agree enough to teach, and what a lesson does to a product's fit.
import { describe, expect, it } from "vitest";
import { fitsOf, fitter, needWords } from "../../app/matching/fit.ts";
import { LESSON_BUYERS, lessonOf, lessonsIn, needThing, productKind, taughtBy, type LessonCount } from "../../app/matching/lessons.ts";
import { FITS } from "../../app/matching/score.ts";

/** The counts of one kind of product, keyed as the database keeps it. */
const count = (name: string, taken: number, declined: number): LessonCount => {
  const kind = productKind(name)!;
  return { productKey: kind.key, productPhrase: kind.phrase, taken, declined };
};

describe("what a lesson is kept under", () => {
  it("keys a need by the first two words naming its thing, so differently worded needs share lessons", () => {
    expect(needThing("Kalender dinding 2027 custom logo")?.key).toBe(needThing("kalender dinding")?.key);
    expect(needThing("Pengadaan kalender dinding (tahun anggaran 2027)")?.key).toBe(needThing("Kalender Dinding")?.key);
    // A material after the thing describes it: "cangkul baja" is a hoe.
    expect(needThing("Cangkul baja")?.phrase).toBe("cangkul");
  });

  it("keys a product by up to three naming words: declining one kind of uniform is not declining every uniform", () => {
    expect(productKind("Seragam kerja kemeja PDL")?.phrase).toBe("seragam kerja kemeja");
    expect(productKind("Seragam kerja wearpack")?.key).not.toBe(productKind("Seragam kerja kemeja PDL")?.key);
    expect(productKind("Kalender meja 2027 A5")?.phrase).toBe("kalender meja");
  });

  it("has nothing to key when no word names a thing", () => {
    expect(needThing("untuk 2027")).toBeNull();
    expect(productKind("500 g")).toBeNull();
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

  it("lists only the lessons, with how many buyers taught each", () => {
    const counts = [count("Kalender meja custom", 3, 1), count("Agenda kulit", 1, 0), count("Poster kalender dinding", 0, 2)];
    expect(lessonsIn(counts)).toEqual([
      // The words after a thing the names lexicon knows describe it: the kind is the thing.
      { productKey: productKind("Kalender meja")!.key, productPhrase: "kalender meja", taken: true, buyers: 3 },
      { productKey: productKind("Poster")!.key, productPhrase: "poster", taken: false, buyers: 2 },
    ]);
    expect(taughtBy([count("Agenda kulit", 1, 0)])).toBeUndefined();
  });
});

describe("a lesson in the fit", () => {
  const need = "Kalender dinding 2027";
  const deskCalendar = { name: "Kalender meja custom A5" };
  const wallCalendar = { name: "Kalender dinding 12 lembar" };

  it("makes a kind of product buyers took fit as the thing itself, which the words alone did not", () => {
    const untaught = fitter(needWords(need))(deskCalendar);
    const taught = fitter(needWords(need, taughtBy([count("Kalender meja custom", 2, 0)])))(deskCalendar);
    expect(untaught).toBeLessThan(0.6);
    expect(taught).toBeGreaterThanOrEqual(0.9);
    // Products the lesson is not about are fitted as before.
    expect(fitter(needWords(need, taughtBy([count("Kalender meja custom", 2, 0)])))(wallCalendar)).toBe(fitter(needWords(need))(wallCalendar));
  });

  it("finds a kind of product taken that shares no word with the need", () => {
    expect(fitter(needWords(need))({ name: "Agenda kulit 2027" })).toBe(0);
    expect(fitter(needWords(need, taughtBy([count("Agenda", 2, 0)])))({ name: "Agenda kulit 2027" })).toBeGreaterThanOrEqual(0.9);
  });

  it("fits a kind of product declined as not the thing to nothing, whatever its words", () => {
    const poster = { name: "Poster kalender dinding" };
    const taught = needWords(need, taughtBy([count("Poster kalender dinding", 0, 2)]));
    expect(fitsOf(needWords(need), [poster])[0]).toBeGreaterThanOrEqual(FITS);
    expect(fitsOf(taught, [poster])[0]).toBe(0);
    expect(fitsOf(taught, [poster, wallCalendar])[1]).toBeGreaterThanOrEqual(FITS);
  });

  it("still asks for the words describing the thing: a lesson is about what the thing is, not which one", () => {
    const taught = taughtBy([count("Gelas keramik", 2, 0)]);
    const withLogo = fitter(needWords("Mug keramik logo perusahaan", taught));
    expect(withLogo({ name: "Gelas keramik logo perusahaan" })).toBeGreaterThan(withLogo({ name: "Gelas keramik polos" }));
  });
});
