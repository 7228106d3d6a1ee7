// The Indonesian vocabulary of IKM products that search must understand. Maintained by hand:
// add a line when a buyer's word misses a producer's (the relevance set in tests/bench shows it).

/** Spellings of one word: the first is the one we index; the rest are read as it. */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ["keripik", "kripik", "kripick", "keripick"],
  ["kerupuk", "krupuk", "kerupukk"],
  ["furnitur", "furniture", "furnitures"],
  ["mebel", "meubel", "mebeul", "meuble"],
  ["sambal", "sambel"],
  ["jamu", "djamoe"],
  ["batik", "bathik"],
  ["kopi", "coffee", "kofi"],
  ["cokelat", "coklat", "chocolate"],
  ["teh", "tea"],
  ["sepatu", "shoes"],
  ["rotan", "rattan"],
  ["bambu", "bamboo"],
  ["kemasan", "packaging"],
  ["sabun", "soap"],
  ["madu", "honey"],
  ["kaos", "kaus", "tshirt"],
  ["goodiebag", "goodybag"],
  ["wearpack", "werpak", "wearpak", "coverall"],
  ["dodol", "jenang"],
];

/** Words and phrases that name the same thing: a search for one finds the others. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["mebel", "furnitur", "perabot"],
  ["seragam", "pakaian kerja", "wearpack", "baju kerja"],
  ["gula aren", "gula merah", "gula semut", "gula kelapa"],
  ["tas belanja", "goodiebag", "tas kain", "totebag"],
  ["apd", "alat pelindung diri"],
  ["kerajinan", "kriya", "handicraft"],
  ["camilan", "makanan ringan", "snack", "cemilan"],
  ["oleh oleh", "buah tangan"],
  ["jamu", "obat tradisional", "herbal"],
  ["anyaman", "anyam"],
  ["tempe", "tempeh"],
  ["bingkisan", "hampers", "parsel"],
  ["kardus", "karton", "dus"],
];
