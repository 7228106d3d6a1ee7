// Blind relevance set P ("dense"): buyers, needs and the products planted for each need.
//
// Written without seeing the matcher. Same shape as set N, but every need carries many right
// producers, so that precision in the top five (P@5) can reach 1 for a perfect ranking: each need
// has at least six producers graded 2 or 3 that meet every hard requirement with verified
// certificates (generate.ts checks this). Each need asks for one kind of goods; the plants are
//   A  asked       — the kind itself, named in different ways (synonym, regional name, loanword,
//                    spelling, one-word/two-word, word order, colloquial) and one realistic typo;
//   S  substitute  — an acceptable alternative;
//   R  related     — goes with the asked kind but is not it;
//   D  decoy       — shares words with the need but is something else (always grade 0).
// `mods` are the modifiers of the grading rules (README); generate.ts turns them into data and
// recomputes every declared `grade` and `nearMiss` from the generated data.

import type { CertificationType, ProductCategory, Unit } from "../../../app/models/domain.ts";

export type PlantKind = "A" | "S" | "R" | "D";
export type CertModName = "pending" | "expired" | "scoped" | "rejected" | "missing" | "future";
export type TkdnModName = "under" | "certUnder" | "viaCert" | "multi" | "rejectedCert" | "none";
export type Mod =
  | "cap70"
  | "cap30"
  | "price30"
  | "price60"
  | "island"
  | "archived"
  | `${CertModName}:${CertificationType}`
  | `tkdn:${TkdnModName}`;

/** How an asked product is named, relative to the need's own words. */
export type Variant =
  | "base"
  | "synonym"
  | "regional"
  | "loanword"
  | "spelling"
  | "colloquial"
  | "one-word"
  | "two-word"
  | "word-order"
  | "typo:swapped"
  | "typo:dropped"
  | "typo:doubled";

export interface Plant {
  kind: PlantKind;
  name: string;
  description: string;
  mods: Mod[];
  /** The grade the set expects for the producer holding this product. */
  grade: 0 | 1 | 2 | 3;
  nearMiss: boolean;
  /** Naming variant, asked plants only. */
  variant?: Variant;
  /** Category the product is filed under when it is not the need's own. */
  category?: ProductCategory;
  /** Product unit when it is not the need's (A/S: must convert; R/D: required). */
  unit?: Unit;
  /** Indicative price per product unit, rupiah (R and D only; A/S prices follow the budget). */
  price?: number;
}

export type BuyerKey = "RAIL" | "MINE" | "RESORT" | "IND";

export interface Need {
  ref: string;
  buyer: BuyerKey;
  lang: "id" | "en";
  title: string;
  description: string;
  category: ProductCategory;
  quantity: number;
  unit: Unit;
  deliveryProvinceCode: string;
  deliveryRegencyCode: string;
  neededBy: string;
  requiredCertifications: CertificationType[];
  minTkdnPercent?: number;
  budgetPerUnit: number;
  visibility: "public" | "invited";
  /** The asked kind in a few phrasings (each checked against the avoid-titles list). */
  asked: string[];
  /** Words and phrases no filler (name, description) may contain: the asked kind, its close alternatives, what goes with it. */
  guard: string[];
  plants: Plant[];
}

export interface Buyer {
  key: BuyerKey;
  ref: string;
  name: string;
  legalForm: "persero" | "pt";
  buyerType: "bumn" | "large_industry";
  regionCode: string;
  address: string;
  website: string;
}

// Compact constructors (the data below reads as one line per plant).
type Extra = { category?: ProductCategory; unit?: Unit; nearMiss?: boolean };
function A(variant: Variant, name: string, description: string, grade: 0 | 1 | 2 | 3, mods: Mod[] = [], extra: Extra = {}): Plant {
  return { kind: "A", variant, name, description, mods, grade, nearMiss: extra.nearMiss ?? false, ...(extra.category ? { category: extra.category } : {}), ...(extra.unit ? { unit: extra.unit } : {}) };
}
function S(name: string, description: string, grade: 0 | 1 | 2, mods: Mod[] = [], extra: Extra = {}): Plant {
  return { kind: "S", name, description, mods, grade, nearMiss: false, ...(extra.category ? { category: extra.category } : {}), ...(extra.unit ? { unit: extra.unit } : {}) };
}
function R(name: string, description: string, category: ProductCategory, unit: Unit, price: number): Plant {
  return { kind: "R", name, description, mods: [], grade: 1, nearMiss: false, category, unit, price };
}
function D(name: string, description: string, category: ProductCategory, unit: Unit, price: number): Plant {
  return { kind: "D", name, description, mods: [], grade: 0, nearMiss: false, category, unit, price };
}
const NM: Extra = { nearMiss: true };

export const BUYERS: Buyer[] = [
  {
    key: "RAIL",
    ref: "SETP:BUYER-RAIL",
    name: "PT Rel Lintas Nusantara (Persero)",
    legalForm: "persero",
    buyerType: "bumn",
    regionCode: "32.73",
    address: "Jl. Perintis Kemerdekaan No. 7, Bandung",
    website: "https://rellintas.example",
  },
  {
    key: "MINE",
    ref: "SETP:BUYER-MINE",
    name: "PT Tambang Mineral Khatulistiwa (Persero)",
    legalForm: "persero",
    buyerType: "bumn",
    regionCode: "64.71",
    address: "Jl. Jenderal Sudirman No. 88, Balikpapan",
    website: "https://tambangkhatulistiwa.example",
  },
  {
    key: "RESORT",
    ref: "SETP:BUYER-RESORT",
    name: "PT Pesona Samudra Wisata (Persero)",
    legalForm: "persero",
    buyerType: "bumn",
    regionCode: "52.02",
    address: "Kawasan Ekonomi Khusus Mandalika Blok B-2, Lombok Tengah",
    website: "https://pesonasamudra.example",
  },
  {
    key: "IND",
    ref: "SETP:BUYER-IND",
    name: "PT Sinar Kemas Agro Tbk",
    legalForm: "pt",
    buyerType: "large_industry",
    regionCode: "35.15",
    address: "Jl. Raya Industri Berbek Kav. 12, Waru, Sidoarjo",
    website: "https://sinarkemasagro.example",
  },
];

export const NEEDS: Need[] = [
  {
    ref: "SETP:NEED-01",
    buyer: "RAIL",
    lang: "id",
    title: "Celana kargo kerja untuk petugas perawatan jalan rel Daop Bandung",
    description:
      "Celana kargo kerja berbahan drill atau ripstop dengan saku samping untuk petugas perawatan jalan rel dan jembatan. Nilai TKDN minimal 40%. Dikirim ke kantor Daop di Kota Bandung.",
    category: "uniforms",
    quantity: 1800,
    unit: "pcs",
    deliveryProvinceCode: "32",
    deliveryRegencyCode: "32.73",
    neededBy: "2026-12-15",
    requiredCertifications: [],
    minTkdnPercent: 40,
    budgetPerUnit: 165000,
    visibility: "public",
    asked: ["celana kargo", "celana cargo", "cargo pants"],
    guard: ["celana", "kargo", "cargo", "kargoo", "pdl", "taktikal", "tactical", "chino", "jeans", "ikat pinggang"],
    plants: [
      A("base", "Celana kargo kerja drill", "Celana kargo kerja bahan drill 220 gsm, enam saku, jahitan rantai, ukuran 28–40.", 3),
      A("spelling", "Celana cargo 6 saku ripstop", "Celana cargo enam saku bahan ripstop, dijual per kodi (20 potong) ukuran campur.", 3, [], { unit: "kodi" }),
      A("loanword", "Cargo pants katun twill", "Cargo pants katun twill untuk kerja lapangan, saku tempel di paha, warna navy dan khaki.", 3, ["tkdn:viaCert"]),
      A("synonym", "Celana lapangan saku samping", "Celana lapangan model kargo dengan saku samping bertutup, bahan drill, untuk pekerja teknik.", 3, [], { category: "apparel" }),
      A("colloquial", "Celana PDL kerja lapangan", "Celana PDL (pakaian dinas lapangan) model kargo, bahan drill tebal, lutut dobel.", 2, ["cap70"]),
      A("loanword", "Tactical pants (celana taktikal) ripstop", "Celana taktikal model kargo bahan ripstop, delapan saku, tahan sobek.", 2, ["island"]),
      A("colloquial", "Celana kerja saku banyak", "Celana kerja kargo saku banyak bahan drill, pinggang karet samping.", 1, ["cap70", "price30"]),
      A("typo:doubled", "Celana kargoo drill hitam", "Celana kargoo (kargo) kerja drill hitam, enam saku, jahitan tiga jarum.", 0, ["tkdn:under"], NM),
      S("Celana kerja chino drill", "Celana kerja model chino bahan drill, tanpa saku samping, untuk seragam teknisi.", 2),
      S("Celana jeans kerja denim", "Celana jeans kerja denim 14 oz, potongan lurus, untuk pekerja bengkel.", 1, ["cap30"]),
      R("Ikat pinggang kanvas taktikal", "Ikat pinggang kanvas dengan gesper plastik, untuk celana kerja lapangan.", "apparel", "pcs", 45000),
      D("Kotak kargo plastik 50 liter", "Kotak kontainer plastik bertutup untuk kirim barang kargo, 50 liter.", "packaging", "pcs", 95000),
      D("Celana dalam pria katun", "Celana dalam pria katun isi 3, ukuran M–XXL.", "apparel", "pak", 45000),
    ],
  },
  {
    ref: "SETP:NEED-02",
    buyer: "RAIL",
    lang: "en",
    title: "Foam earplugs for locomotive workshop and depot staff",
    description:
      "Disposable foam earplugs (per pair) for staff in the locomotive workshop and depot at Madiun, noise reduction around 29–33 dB. SNI certificate required; reusable silicone earplugs or earmuffs are acceptable alternatives.",
    category: "ppe",
    quantity: 20000,
    unit: "pasang",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.77",
    neededBy: "2026-11-30",
    requiredCertifications: ["sni"],
    budgetPerUnit: 4500,
    visibility: "public",
    asked: ["earplug", "ear plug", "penyumbat telinga"],
    guard: ["earplug", "earplugs", "ear plug", "earplgu", "telinga", "kuping", "earmuff", "hearing", "sumbat"],
    plants: [
      A("base", "Foam earplugs uncorded", "Foam earplugs, uncorded, NRR 32 dB, individually packed per pair.", 3),
      A("loanword", "Earplug busa sekali pakai (per lusin)", "Earplug busa PU sekali pakai, dijual per lusin (12 pasang) dalam kotak.", 3, [], { unit: "lusin" }),
      A("synonym", "Penyumbat telinga busa PU", "Penyumbat telinga dari busa poliuretan, NRR 29 dB, per pasang dalam plastik klip.", 3, [], { category: "cosmetics_toiletries" }),
      A("synonym", "Sumbat telinga busa bertali", "Sumbat telinga busa dengan tali, untuk area bising bengkel, per pasang.", 3),
      A("colloquial", "Tutup kuping busa", "Tutup kuping busa lembut sekali pakai untuk pekerja bengkel, per pasang.", 2, ["cap70"]),
      A("two-word", "Ear plug busa kuning", "Ear plug busa warna kuning, bentuk peluru, NRR 33 dB, per pasang.", 2, ["pending:sni"]),
      A("synonym", "Pelindung telinga tipe sisip", "Pelindung telinga tipe sisip (insert) dari busa, untuk kebisingan di atas 85 dB.", 2, ["island"]),
      A("typo:swapped", "Earplgu busa oranye", "Earplgu (earplug) busa oranye sekali pakai, per pasang.", 1, ["price60"]),
      A("spelling", "Ear-plug busa NRR 29", "Ear-plug busa NRR 29 dB untuk pekerja pabrik, per pasang.", 0, ["expired:sni"], NM),
      S("Earmuff pelindung telinga", "Earmuff tipe tempurung dengan bando, NRR 25 dB, untuk area bising.", 2),
      S("Earplug silikon bertali reusable", "Earplug silikon tiga lapis bertali, dapat dicuci dan dipakai ulang, per pasang.", 2),
      R("Dispenser earplug dinding", "Kotak dispenser earplug dari plat besi untuk dipasang di pintu masuk bengkel.", "metal_fabrication", "unit", 450000),
      D("Obat tetes telinga herbal", "Minyak tetes telinga herbal untuk telinga gatal, botol 10 ml.", "herbal_medicine", "botol", 25000),
      D("Steker plug listrik 2 pin", "Steker plug listrik dua pin bulat, 16 A.", "electrical", "pcs", 12000),
    ],
  },
  {
    ref: "SETP:NEED-03",
    buyer: "RAIL",
    lang: "id",
    title: "Mesin absensi sidik jari untuk stasiun dan depo Daop Semarang",
    description:
      "Mesin absensi sidik jari dengan koneksi jaringan untuk pencatatan kehadiran petugas di stasiun dan depo. Wajib SNI dan TKDN minimal 35%. Mesin absensi pengenal wajah dapat dipertimbangkan.",
    category: "electronic_devices",
    quantity: 120,
    unit: "unit",
    deliveryProvinceCode: "33",
    deliveryRegencyCode: "33.74",
    neededBy: "2027-01-20",
    requiredCertifications: ["sni"],
    minTkdnPercent: 35,
    budgetPerUnit: 1850000,
    visibility: "public",
    asked: ["mesin absensi", "absensi sidik jari", "fingerprint"],
    guard: ["absensi", "absen", "presensi", "fingerprint", "finger print", "sidik jari", "sidk jari", "attendance", "face recognition", "rfid", "kehadiran"],
    plants: [
      A("base", "Mesin absensi sidik jari", "Mesin absensi sidik jari kapasitas 3.000 sidik jari, layar 2,8 inci, koneksi LAN dan USB.", 3),
      A("loanword", "Fingerprint attendance machine", "Fingerprint attendance machine with TCP/IP, 5,000 templates, backup battery.", 3, ["tkdn:multi"]),
      A("colloquial", "Mesin fingerprint absen karyawan", "Mesin fingerprint untuk absen karyawan, laporan ke Excel, baterai cadangan.", 3, [], { category: "electrical" }),
      A("synonym", "Mesin presensi sidik jari", "Mesin presensi sidik jari dengan perangkat lunak rekap kehadiran.", 3),
      A("two-word", "Mesin absensi finger print", "Mesin absensi finger print dengan sensor optik, koneksi jaringan.", 2, ["cap70"]),
      A("spelling", "Mesin absen sidik jari USB", "Mesin absen sidik jari dengan unduhan data lewat USB.", 2, ["pending:sni"]),
      A("loanword", "Time attendance fingerprint TCP/IP", "Time attendance fingerprint dengan jaringan TCP/IP dan server lokal.", 2, ["price30"]),
      A("synonym", "Alat absensi fingerprint dan kartu", "Alat absensi fingerprint sekaligus pembaca kartu, layar warna.", 0, ["tkdn:none"]),
      A("typo:dropped", "Mesin absensi sidk jari", "Mesin absensi sidk jari (sidik jari) dengan suara verifikasi.", 0, ["scoped:sni"], NM),
      S("Mesin absensi face recognition", "Mesin absensi pengenal wajah dengan kamera inframerah, kapasitas 1.500 wajah.", 2),
      S("Mesin absensi kartu RFID", "Mesin absensi dengan kartu RFID 125 kHz, koneksi jaringan.", 1, ["island"]),
      R("Kartu RFID 125 kHz", "Kartu RFID 125 kHz tipis untuk kartu identitas pegawai.", "electronic_devices", "pcs", 2500),
      D("Buku absensi tamu cetak", "Buku tamu dan daftar hadir cetak hardcover, 100 halaman.", "printing", "pcs", 35000),
      D("Jari-jari roda sepeda (ruji)", "Jari-jari (ruji) roda sepeda baja galvanis, per batang.", "machined_parts", "pcs", 3000),
    ],
  },
  {
    ref: "SETP:NEED-04",
    buyer: "RAIL",
    lang: "id",
    title: "Kloset jongkok untuk renovasi toilet stasiun Cirebon",
    description:
      "Kloset jongkok keramik putih dengan leher angsa untuk renovasi toilet umum di stasiun. Wajib bersertifikat SNI. Kloset duduk dapat dipertimbangkan untuk sebagian bilik.",
    category: "building_materials",
    quantity: 400,
    unit: "pcs",
    deliveryProvinceCode: "32",
    deliveryRegencyCode: "32.74",
    neededBy: "2027-02-15",
    requiredCertifications: ["sni"],
    budgetPerUnit: 185000,
    visibility: "public",
    asked: ["kloset jongkok", "closet jongkok", "wc jongkok", "squat toilet"],
    guard: ["kloset", "closet", "wc", "toilet", "jamban", "kakus", "jongkok", "jonkgok", "jet shower", "cebok", "sanitair"],
    plants: [
      A("base", "Kloset jongkok keramik putih", "Kloset jongkok keramik putih dengan leher angsa, glasir licin.", 3),
      A("spelling", "Closet jongkok porselen", "Closet jongkok porselen putih, pijakan kaki bertekstur anti licin.", 3, [], { category: "ceramics_pottery" }),
      A("colloquial", "WC jongkok keramik", "WC jongkok keramik untuk kamar mandi umum, warna putih.", 3),
      A("loanword", "Squat toilet ceramic white", "Squat toilet, white vitreous ceramic, with trap, for public restrooms.", 3),
      A("synonym", "Toilet jongkok leher angsa", "Toilet jongkok dengan leher angsa menyatu, keramik putih.", 2, ["price30"]),
      A("synonym", "Jamban jongkok keramik", "Jamban jongkok keramik putih untuk fasilitas umum dan sekolah.", 2, ["island"]),
      A("synonym", "Kakus jongkok porselen", "Kakus jongkok dari porselen glasir putih, dengan leher angsa.", 2, ["pending:sni"], { category: "ceramics_pottery" }),
      A("typo:swapped", "Kloset jonkgok putih", "Kloset jonkgok (jongkok) keramik putih standar.", 0, ["rejected:sni"], NM),
      S("Kloset duduk keramik", "Kloset duduk keramik dengan tangki air dan tutup, warna putih.", 2),
      R("Jet shower toilet (semprotan cebok)", "Jet shower toilet lengkap selang dan dudukan, untuk kamar mandi.", "building_materials", "pcs", 45000),
      D("Pembersih kloset cair 800 ml", "Cairan pembersih kerak kloset dan lantai kamar mandi, botol 800 ml.", "cleaning_products", "botol", 18000),
      D("Dingklik kayu (bangku jongkok)", "Dingklik kayu kecil untuk duduk di dapur atau mencuci.", "furniture", "pcs", 35000),
    ],
  },
  {
    ref: "SETP:NEED-05",
    buyer: "RAIL",
    lang: "id",
    title: "Kemoceng bulu ayam untuk pembersihan kereta di depo Jakarta",
    description:
      "Kemoceng bulu ayam bergagang rotan atau bambu untuk membersihkan debu di kabin kereta penumpang. Kemoceng microfiber atau wol juga dapat dipertimbangkan. Dikirim ke depo di Jakarta Timur.",
    category: "cleaning_products",
    quantity: 3000,
    unit: "pcs",
    deliveryProvinceCode: "31",
    deliveryRegencyCode: "31.75",
    neededBy: "2026-11-10",
    requiredCertifications: [],
    budgetPerUnit: 28000,
    visibility: "public",
    asked: ["kemoceng", "feather duster"],
    guard: ["kemoceng", "kemucing", "kemocneg", "sulak", "feather", "duster", "bulu ayam", "pengki", "serokan", "microfiber", "wol domba"],
    plants: [
      A("base", "Kemoceng bulu ayam 60 cm", "Kemoceng bulu ayam asli panjang 60 cm, gagang rotan.", 3),
      A("spelling", "Kemucing bulu ayam gagang rotan", "Kemucing bulu ayam gagang rotan, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("regional", "Sulak bulu ayam", "Sulak bulu ayam kampung gagang bambu, buatan perajin Jawa Tengah.", 3, [], { category: "woven_crafts" }),
      A("loanword", "Feather duster bulu ayam asli", "Feather duster dari bulu ayam asli, gagang kayu, 70 cm.", 3),
      A("colloquial", "Sapu bulu ayam", "Sapu bulu ayam untuk membersihkan debu perabot dan kaca.", 2, ["cap70"]),
      A("word-order", "Bulu ayam kemoceng panjang 1 m", "Bulu ayam kemoceng panjang 1 m untuk plafon dan sudut tinggi.", 2, ["island"]),
      A("typo:swapped", "Kemocneg bulu ayam", "Kemocneg (kemoceng) bulu ayam gagang rotan, 50 cm.", 1, ["price60"]),
      A("base", "Kemoceng bulu ayam kampung", "Kemoceng bulu ayam kampung lebat, gagang bambu.", 0, ["archived"]),
      S("Kemoceng microfiber", "Kemoceng microfiber dengan gagang teleskopik, kepala bisa dicuci.", 2),
      S("Sikat debu wol domba (lambswool duster)", "Sikat debu dari wol domba asli, menarik debu, gagang kayu.", 2),
      R("Pengki plastik bergagang", "Pengki (serokan sampah) plastik bergagang panjang.", "cleaning_products", "pcs", 25000),
      D("Bulu ayam cabutan bahan kok", "Bulu ayam cabutan kering untuk bahan kok bulu tangkis, per kg.", "woven_crafts", "kg", 60000),
      D("Bulu mata palsu", "Bulu mata palsu sintetis dengan lem, isi 5 pasang.", "cosmetics_toiletries", "pak", 15000),
    ],
  },
  {
    ref: "SETP:NEED-06",
    buyer: "MINE",
    lang: "en",
    title: "Canned sardines in tomato sauce for mine mess rations",
    description:
      "Canned sardines in tomato sauce, 155 g cans, for rations at the mine mess in Sangatta (Kutai Timur). Halal and BPOM registration required; canned mackerel is acceptable.",
    category: "processed_meat_fish",
    quantity: 24000,
    unit: "pcs",
    deliveryProvinceCode: "64",
    deliveryRegencyCode: "64.08",
    neededBy: "2026-12-01",
    requiredCertifications: ["halal", "bpom"],
    budgetPerUnit: 14500,
    visibility: "public",
    asked: ["sarden", "sardine", "sardines"],
    guard: ["sarden", "sardin", "sardine", "sardines", "sardne", "lemuru", "makarel", "mackerel", "tuna", "ikan kaleng", "ikan kalengan", "kaleng", "roti tawar"],
    plants: [
      A("base", "Sarden kaleng saus tomat 155 g", "Sarden kaleng dalam saus tomat, kaleng 155 g, ikan lemuru pilihan.", 3),
      A("spelling", "Sardin kalengan saus tomat 155 g (per lusin)", "Sardin kalengan saus tomat 155 g, dijual per lusin (12 kaleng).", 3, [], { unit: "lusin" }),
      A("loanword", "Canned sardines in tomato sauce 155 g", "Canned sardines in tomato sauce, 155 g easy-open can.", 3),
      A("synonym", "Ikan lemuru kaleng saus tomat", "Ikan lemuru dalam kaleng dengan saus tomat, kaleng 155 g.", 3),
      A("regional", "Sarden Muncar saus cabai 155 g", "Sarden khas Muncar Banyuwangi dalam saus cabai, kaleng 155 g.", 2, ["pending:bpom"]),
      A("word-order", "Ikan sarden dalam kaleng 155 g", "Ikan sarden dalam kaleng saus tomat, tutup mudah dibuka.", 2, ["cap70"], { category: "snacks" }),
      A("colloquial", "Ikan kalengan sarden pedas", "Ikan kalengan sarden saus tomat pedas, kaleng 155 g.", 2, ["island"]),
      A("typo:swapped", "Sardne kaleng saus tomat", "Sardne (sarden) kaleng saus tomat 155 g.", 0, ["missing:halal"], NM),
      S("Ikan makarel kaleng saus tomat 155 g", "Ikan makarel dalam saus tomat, kaleng 155 g.", 2),
      S("Tuna kaleng dalam minyak 150 g", "Tuna cakalang dalam minyak nabati, kaleng 150 g.", 1, ["price30"]),
      R("Roti tawar kupas", "Roti tawar kupas tanpa pinggiran, isi 10 lembar, untuk sarapan.", "snacks", "pak", 18000),
      D("Kaleng kosong tinplate 155 g", "Kaleng kosong tinplate ukuran 155 g dengan tutup easy open, untuk pengalengan.", "packaging", "pcs", 1500),
      D("Minyak ikan lemuru untuk pakan", "Minyak ikan lemuru kasar untuk campuran pakan ternak dan ikan, per liter.", "processed_meat_fish", "liter", 25000),
    ],
  },
  {
    ref: "SETP:NEED-07",
    buyer: "MINE",
    lang: "en",
    title: "Outdoor strap sandals for exploration and survey crews in Mimika",
    description:
      "Outdoor strap sandals (sandal gunung) with webbing straps and rubber soles for exploration and survey crews working in wet terrain around Timika. Low trekking shoes or sandal-shoes are acceptable.",
    category: "footwear",
    quantity: 900,
    unit: "pasang",
    deliveryProvinceCode: "94",
    deliveryRegencyCode: "94.04",
    neededBy: "2027-01-10",
    requiredCertifications: [],
    budgetPerUnit: 185000,
    visibility: "public",
    asked: ["sandal gunung", "outdoor sandals", "strap sandals", "hiking sandals"],
    guard: ["sandal", "sendal", "sepatu", "trekking", "hiking", "outdoor", "ransel"],
    plants: [
      A("base", "Sandal gunung tali webbing", "Sandal gunung tali webbing nilon, sol karet tebal bergerigi.", 3),
      A("spelling", "Sendal gunung outdoor (per kodi)", "Sendal gunung outdoor, dijual per kodi (20 pasang) ukuran 38–44.", 3, [], { unit: "kodi" }),
      A("loanword", "Outdoor sandals strap", "Outdoor sandals with adjustable straps and rubber lug sole.", 3),
      A("loanword", "Hiking sandals sol karet", "Hiking sandals dengan sol karet dan tali perekat, untuk medan basah.", 3, [], { category: "leather_goods" }),
      A("synonym", "Sandal tali gunung", "Sandal tali gunung dengan tiga tali dan gesper, sol anti licin.", 2, ["price30"]),
      A("colloquial", "Sandal adventure pria", "Sandal adventure pria tali webbing, sol tebal untuk jalan berlumpur.", 2, ["cap70"]),
      A("synonym", "Sandal trekking anti slip", "Sandal trekking dengan sol anti slip dan tali tumit.", 2, ["island"]),
      A("typo:doubled", "Sandal gunnung webbing", "Sandal gunnung (gunung) tali webbing, sol karet.", 1, ["cap30", "island"]),
      S("Sepatu sandal outdoor", "Sepatu sandal tertutup di depan, tali webbing, sol karet untuk medan basah.", 2),
      S("Sepatu trekking low cut", "Sepatu trekking low cut dengan sol karet bergerigi.", 2),
      R("Tas ransel gunung 40 liter", "Tas ransel gunung 40 liter dengan rangka dan cover hujan.", "bags_souvenirs", "pcs", 350000),
      D("Kompor gunung portabel", "Kompor gas portabel lipat untuk berkemah.", "metal_fabrication", "unit", 150000),
      D("Gantungan kunci sandal mini", "Gantungan kunci berbentuk sandal kecil dari karet, suvenir.", "bags_souvenirs", "pcs", 5000),
    ],
  },
  {
    ref: "SETP:NEED-08",
    buyer: "MINE",
    lang: "id",
    title: "Keset kaki untuk pintu mess dan kantor tambang Sorowako",
    description:
      "Keset kaki penyerap air dan lumpur untuk pintu masuk mess, kantor dan musala di area tambang. Karpet kecil lantai dapat dipertimbangkan. Dikirim ke Luwu Timur.",
    category: "textile_goods",
    quantity: 1500,
    unit: "pcs",
    deliveryProvinceCode: "73",
    deliveryRegencyCode: "73.24",
    neededBy: "2026-11-25",
    requiredCertifications: [],
    budgetPerUnit: 45000,
    visibility: "public",
    asked: ["keset", "doormat", "door mat"],
    guard: ["keset", "kesset", "doormat", "door mat", "alas kaki", "karpet", "rug", "tempat payung"],
    plants: [
      A("base", "Keset kaki kain perca", "Keset kaki dari kain perca dijahit, 40 x 60 cm, menyerap air.", 3),
      A("loanword", "Doormat anti slip (per lusin)", "Doormat anti slip alas karet, 45 x 70 cm, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("two-word", "Door mat karet motif", "Door mat karet dengan permukaan serat, untuk pintu masuk.", 3),
      A("synonym", "Alas kaki pintu masuk", "Alas kaki untuk pintu masuk kantor, serat poliester dan alas karet.", 3),
      A("base", "Keset sabut kelapa", "Keset dari sabut kelapa anyam, 40 x 60 cm, untuk lumpur.", 2, ["cap70"], { category: "woven_crafts" }),
      A("colloquial", "Keset cendol microfiber", "Keset cendol dari benang microfiber, lembut dan cepat kering.", 2, ["price30"]),
      A("synonym", "Keset handuk tebal", "Keset dari bahan handuk tebal, 40 x 60 cm, bisa dicuci mesin.", 2, ["island"]),
      A("typo:doubled", "Kesset kaki bulu", "Kesset (keset) kaki bulu sintetis, 40 x 60 cm.", 1, ["cap30"]),
      S("Karpet lantai kecil 60 x 90 cm", "Karpet lantai kecil 60 x 90 cm, bulu pendek, alas anti slip.", 2),
      R("Tempat payung stainless", "Tempat payung berdiri stainless untuk lobi dan pintu masuk.", "metal_fabrication", "unit", 350000),
      D("Kaki tiga kamera (tripod)", "Tripod kaki tiga aluminium untuk kamera, tinggi 150 cm.", "electronic_devices", "pcs", 150000),
      D("Alas bedak cair (foundation)", "Alas bedak cair untuk riasan wajah, 30 ml.", "cosmetics_toiletries", "pcs", 45000),
    ],
  },
  {
    ref: "SETP:NEED-09",
    buyer: "MINE",
    lang: "id",
    title: "Rak sepatu kayu untuk musala dan mess karyawan tambang Kutai Kartanegara",
    description:
      "Rak sepatu kayu bertingkat untuk musala dan lorong mess karyawan. Kayu wajib bersertifikat SVLK. Lemari sepatu atau rak bambu juga dapat dipertimbangkan.",
    category: "furniture",
    quantity: 260,
    unit: "unit",
    deliveryProvinceCode: "64",
    deliveryRegencyCode: "64.02",
    neededBy: "2027-01-25",
    requiredCertifications: ["svlk"],
    budgetPerUnit: 650000,
    visibility: "public",
    asked: ["rak sepatu", "shoe rack"],
    guard: ["rak sepatu", "shoe rack", "shoerack", "rak alas kaki", "rak sandal", "rak kasut", "tempat sepatu", "lemari sepatu", "rak spatu", "sendok sepatu", "shoehorn"],
    plants: [
      A("base", "Rak sepatu kayu 4 susun", "Rak sepatu kayu jati belanda empat susun, 80 cm, finishing natural.", 3),
      A("loanword", "Shoe rack kayu jati belanda", "Shoe rack kayu jati belanda lima tingkat untuk 20 pasang.", 3),
      A("one-word", "Shoerack kayu mahoni 5 tingkat", "Shoerack kayu mahoni lima tingkat, rangka kokoh.", 3, [], { category: "wood_products" }),
      A("synonym", "Rak alas kaki kayu", "Rak alas kaki dari kayu pinus, tiga tingkat, panjang 120 cm.", 3),
      A("colloquial", "Rak sandal musala kayu", "Rak sandal dan sepatu untuk musala, kayu meranti, 100 cm.", 2, ["cap70"]),
      A("regional", "Rak kasut kayu", "Rak kasut kayu bertingkat buatan perajin Riau, muat 15 pasang.", 2, ["pending:svlk"]),
      A("synonym", "Tempat sepatu kayu bertingkat", "Tempat sepatu kayu bertingkat empat, untuk teras dan lorong.", 2, ["island"]),
      A("typo:dropped", "Rak spatu kayu pinus", "Rak spatu (sepatu) kayu pinus tiga susun.", 0, ["expired:svlk"], NM),
      S("Lemari sepatu kayu pintu krepyak", "Lemari sepatu kayu dengan pintu krepyak berventilasi, 4 rak.", 2),
      S("Rak sepatu bambu 4 susun", "Rak sepatu dari bambu laminasi empat susun.", 2, [], { category: "wood_products" }),
      R("Sendok sepatu kayu panjang", "Sendok sepatu (shoehorn) kayu panjang 60 cm.", "wood_products", "pcs", 25000),
      D("Sepatu pantofel kulit pria", "Sepatu pantofel kulit sapi pria, sol karet.", "footwear", "pasang", 250000),
      D("Rak bumbu dapur kayu", "Rak bumbu dapur kayu dua tingkat dengan sepuluh botol kaca.", "wood_products", "pcs", 85000),
    ],
  },
  {
    ref: "SETP:NEED-10",
    buyer: "MINE",
    lang: "id",
    title: "Kerupuk putih mentah untuk kantin karyawan site tambang Tabalong",
    description:
      "Kerupuk putih (kerupuk tapioka, kerupuk blek) mentah belum digoreng untuk lauk pendamping kantin karyawan. Wajib halal dan PIRT. Dikirim bertahap ke site di Tabalong, Kalimantan Selatan.",
    category: "crackers",
    quantity: 2500,
    unit: "kg",
    deliveryProvinceCode: "63",
    deliveryRegencyCode: "63.09",
    neededBy: "2026-11-15",
    requiredCertifications: ["halal", "pirt"],
    budgetPerUnit: 32000,
    visibility: "public",
    asked: ["kerupuk putih", "krupuk putih", "kerupuk blek", "kerupuk uyel"],
    guard: ["kerupuk", "krupuk", "tapioka", "tapioca", "cracker", "crackers", "minyak goreng"],
    plants: [
      A("base", "Kerupuk putih mentah", "Kerupuk putih mentah dari tepung tapioka, dijemur kering, siap digoreng; per kg.", 3),
      A("spelling", "Krupuk putih mentah (per ton)", "Krupuk putih mentah curah untuk katering, dijual per ton.", 3, [], { unit: "ton" }),
      A("colloquial", "Kerupuk blek mentah", "Kerupuk blek mentah, kerupuk putih bulat seperti di kaleng warung.", 3),
      A("regional", "Kerupuk uyel mentah", "Kerupuk uyel mentah khas Jawa, putih bulat bergulung.", 3, [], { category: "snacks" }),
      A("synonym", "Kerupuk tapioka putih mentah", "Kerupuk tapioka putih mentah, adonan bawang putih, per kg.", 2, ["pending:pirt"]),
      A("loanword", "White tapioca crackers (raw)", "White tapioca crackers, raw and sun-dried, fry before serving.", 2, ["cap70"]),
      A("colloquial", "Kerupuk kaleng mentah", "Kerupuk kaleng mentah, kerupuk putih besar untuk warung makan.", 2, ["island"]),
      A("regional", "Kerupuk mawar putih mentah", "Kerupuk mawar putih mentah khas Tasikmalaya, belum digoreng.", 1, ["cap70", "price30"]),
      A("typo:swapped", "Kerupuk puith mentah", "Kerupuk puith (putih) mentah dari tapioka, per kg.", 0, ["scoped:halal"], NM),
      S("Kerupuk bawang mentah", "Kerupuk bawang mentah kecil berwarna, per kg.", 2),
      S("Kerupuk mi kuning mentah", "Kerupuk mi kuning keriting mentah, per kg.", 1, ["price60"]),
      R("Minyak goreng sawit 2 liter", "Minyak goreng sawit kemasan pouch 2 liter.", "condiments", "pak", 36000),
      D("Kaleng kerupuk kosong", "Kaleng kerupuk (blek) kosong dengan tutup kaca untuk warung.", "metal_fabrication", "pcs", 45000),
      D("Tepung tapioka 1 kg", "Tepung tapioka (aci) kemasan 1 kg untuk bahan kue.", "condiments", "pak", 12000),
    ],
  },
  {
    ref: "SETP:NEED-11",
    buyer: "RESORT",
    lang: "id",
    title: "Yoghurt minum untuk menu sarapan tamu resort Nusa Dua",
    description:
      "Yoghurt minum botol 200–250 ml aneka rasa untuk menu sarapan tamu resort. Wajib izin edar BPOM dan halal. Kefir atau susu segar pasteurisasi dapat dipertimbangkan. Dikirim ke Kabupaten Badung.",
    category: "beverages",
    quantity: 9000,
    unit: "botol",
    deliveryProvinceCode: "51",
    deliveryRegencyCode: "51.03",
    neededBy: "2026-12-05",
    requiredCertifications: ["bpom", "halal"],
    budgetPerUnit: 9500,
    visibility: "public",
    asked: ["yoghurt", "yogurt"],
    guard: ["yoghurt", "yogurt", "yoghrut", "susu fermentasi", "susu asam", "kefir", "susu sapi", "pasteurisasi", "granola", "dadih"],
    plants: [
      A("base", "Yoghurt minum stroberi 250 ml", "Yoghurt minum rasa stroberi, botol 250 ml, simpan dingin.", 3),
      A("spelling", "Yogurt minum plain (per lusin)", "Yogurt minum plain botol 250 ml, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("loanword", "Drinking yoghurt mango 250 ml", "Drinking yoghurt with mango, 250 ml bottle, keep chilled.", 3, [], { category: "confectionery" }),
      A("synonym", "Susu fermentasi rasa leci 250 ml", "Susu fermentasi (yoghurt cair) rasa leci, botol 250 ml.", 3),
      A("colloquial", "Susu asam botol 250 ml", "Susu asam (yoghurt minum) botol 250 ml, rasa anggur.", 2, ["pending:halal"]),
      A("word-order", "Minuman yoghurt botol 250 ml", "Minuman yoghurt rasa blueberry, botol 250 ml.", 2, ["price30"]),
      A("spelling", "Yoghourt drink blueberry 200 ml", "Yoghourt drink rasa blueberry, botol 200 ml.", 2, ["island"]),
      A("typo:swapped", "Yoghrut minum plain 250 ml", "Yoghrut (yoghurt) minum plain tanpa gula, botol 250 ml.", 0, ["missing:bpom"], NM),
      S("Kefir susu sapi 250 ml", "Kefir dari susu sapi segar, botol 250 ml.", 2),
      S("Susu sapi pasteurisasi 250 ml", "Susu sapi segar pasteurisasi, botol 250 ml, rasa original.", 2),
      R("Granola kemasan 300 g", "Granola oat dan kacang dengan madu, kemasan 300 g.", "snacks", "pak", 45000),
      D("Starter kultur yoghurt kering", "Bibit (starter) kultur bakteri kering untuk membuat yoghurt sendiri, sachet 5 g.", "beverages", "pak", 35000),
      D("Masker wajah yoghurt", "Masker wajah bubuk dengan ekstrak yoghurt, pot 100 g.", "cosmetics_toiletries", "pcs", 25000),
    ],
  },
  {
    ref: "SETP:NEED-12",
    buyer: "RESORT",
    lang: "en",
    title: "Wooden serving trays for in-villa dining at a Derawan island resort",
    description:
      "Wooden serving trays with handles, about 40 x 30 cm, for in-villa breakfast and dining at the island resort in Derawan (Berau). Legal timber (SVLK) required; woven rattan or bamboo trays are acceptable.",
    category: "wood_products",
    quantity: 600,
    unit: "pcs",
    deliveryProvinceCode: "64",
    deliveryRegencyCode: "64.03",
    neededBy: "2027-02-01",
    requiredCertifications: ["svlk"],
    budgetPerUnit: 145000,
    visibility: "public",
    asked: ["nampan", "serving tray", "baki"],
    guard: ["nampan", "nampn", "baki", "talam", "dulang", "tray", "trays", "serving", "tatakan", "coaster"],
    plants: [
      A("base", "Nampan kayu jati 40 x 30 cm", "Nampan kayu jati 40 x 30 cm dengan pegangan, finishing food grade.", 3),
      A("synonym", "Baki kayu mahoni (per lusin)", "Baki kayu mahoni berpegangan, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("regional", "Talam kayu sonokeling", "Talam kayu sonokeling persegi untuk menyajikan makanan.", 3),
      A("regional", "Dulang kayu ukir", "Dulang kayu ukir untuk hidangan, diameter 40 cm.", 3, [], { category: "furniture" }),
      A("loanword", "Wooden serving tray", "Wooden serving tray with cut-out handles, 45 x 30 cm.", 2, ["cap70"]),
      A("loanword", "Serving tray kayu sungkai", "Serving tray kayu sungkai dengan pinggiran tinggi.", 2, ["pending:svlk"]),
      A("synonym", "Baki saji kayu pegangan rotan", "Baki saji kayu dengan pegangan rotan, 40 x 28 cm.", 2, ["island"]),
      A("typo:dropped", "Nampn kayu mangga", "Nampn (nampan) kayu mangga persegi panjang.", 0, ["future:svlk"]),
      A("base", "Nampan kayu trembesi bulat", "Nampan kayu trembesi bulat diameter 35 cm.", 0, ["rejected:svlk"], NM),
      S("Nampan anyaman rotan", "Nampan anyaman rotan dengan pegangan, 40 x 30 cm.", 2, [], { category: "woven_crafts" }),
      S("Baki bambu laminasi", "Baki dari bambu laminasi berpegangan, 40 x 30 cm.", 2),
      R("Tatakan gelas kayu (coaster)", "Tatakan gelas kayu bulat isi 6.", "wood_products", "pak", 45000),
      D("Nampan pakan ayam", "Tempat pakan ayam dari plat galvanis, panjang 1 m.", "metal_fabrication", "pcs", 30000),
      D("Serbuk kayu gergaji", "Serbuk kayu gergaji kering untuk alas kandang dan media jamur, per kg.", "wood_products", "kg", 2000),
    ],
  },
  {
    ref: "SETP:NEED-13",
    buyer: "RESORT",
    lang: "id",
    title: "Bakul nasi anyaman bambu untuk restoran resort Mandalika",
    description:
      "Bakul nasi anyaman bambu atau rotan untuk menyajikan nasi di meja restoran resort. Tempat nasi kayu bertutup dapat dipertimbangkan. Dikirim ke Kabupaten Lombok Tengah.",
    category: "woven_crafts",
    quantity: 800,
    unit: "pcs",
    deliveryProvinceCode: "52",
    deliveryRegencyCode: "52.02",
    neededBy: "2026-11-20",
    requiredCertifications: [],
    budgetPerUnit: 38000,
    visibility: "public",
    asked: ["bakul nasi", "bakul", "wakul", "boboko", "rice basket"],
    guard: ["bakul", "wakul", "boboko", "ceting", "rice basket", "tempat nasi", "kukusan", "aseupan"],
    plants: [
      A("base", "Bakul nasi bambu", "Bakul nasi anyaman bambu diameter 20 cm, dengan alas.", 3),
      A("regional", "Wakul nasi bambu (per lusin)", "Wakul nasi bambu khas Jawa, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("regional", "Boboko bambu anyam", "Boboko bambu anyam khas Sunda untuk wadah nasi.", 3),
      A("regional", "Ceting nasi rotan", "Ceting nasi rotan bertutup, diameter 18 cm.", 3),
      A("loanword", "Rice basket bambu", "Rice basket bambu untuk restoran, anyaman rapat.", 2, ["cap70"]),
      A("synonym", "Tempat nasi anyaman bambu", "Tempat nasi anyaman bambu dengan tutup, untuk meja makan.", 2, ["island"], { category: "wood_products" }),
      A("word-order", "Bakul anyaman nasi bertutup", "Bakul anyaman bambu untuk nasi, lengkap dengan tutup.", 2, ["price30"]),
      A("typo:swapped", "Bakul nais bambu kecil", "Bakul nais (nasi) bambu kecil, diameter 15 cm.", 1, ["price60", "cap70"]),
      S("Tempat nasi kayu bertutup", "Tempat nasi dari kayu mahoni dengan tutup, diameter 20 cm.", 2, [], { category: "wood_products" }),
      R("Kukusan bambu (aseupan)", "Kukusan bambu berbentuk kerucut untuk menanak nasi.", "woven_crafts", "pcs", 15000),
      D("Kue bakul (kue keranjang)", "Kue bakul (kue keranjang) dari ketan dan gula, untuk Imlek, 500 g.", "confectionery", "pak", 40000),
      D("Rice cooker 1,8 liter", "Penanak nasi listrik 1,8 liter dengan penghangat.", "electrical", "unit", 350000),
    ],
  },
  {
    ref: "SETP:NEED-14",
    buyer: "RESORT",
    lang: "id",
    title: "Blangkon untuk seragam staf penyambut tamu hotel di Surakarta",
    description:
      "Blangkon batik untuk seragam staf penyambut tamu (doorman dan bellboy) hotel. Udeng atau iket kepala batik dapat dipertimbangkan. Dikirim ke Kota Surakarta.",
    category: "batik_apparel",
    quantity: 350,
    unit: "pcs",
    deliveryProvinceCode: "33",
    deliveryRegencyCode: "33.72",
    neededBy: "2026-12-12",
    requiredCertifications: [],
    budgetPerUnit: 85000,
    visibility: "public",
    asked: ["blangkon"],
    guard: ["blangkon", "belangkon", "blankgon", "udeng", "iket", "destar", "beskap", "penutup kepala", "headdress"],
    plants: [
      A("base", "Blangkon batik gaya Solo", "Blangkon batik gaya Solo (trepes), ukuran 55–59.", 3),
      A("spelling", "Belangkon batik sogan (per kodi)", "Belangkon batik sogan, dijual per kodi, ukuran campur.", 3, [], { unit: "kodi" }),
      A("regional", "Blangkon mondolan gaya Yogyakarta", "Blangkon mondolan gaya Yogyakarta dari batik cap.", 3),
      A("synonym", "Penutup kepala blangkon batik", "Penutup kepala tradisional Jawa (blangkon) dari kain batik.", 3, [], { category: "batik_cloth" }),
      A("loanword", "Javanese batik headdress (blangkon)", "Javanese batik headdress, ready-to-wear, sizes 55–60.", 2, ["cap70"]),
      A("colloquial", "Blangkon instan siap pakai", "Blangkon instan siap pakai, batik motif parang.", 2, ["island"]),
      A("typo:swapped", "Blankgon batik parang", "Blankgon (blangkon) batik motif parang, gaya Solo.", 1, ["price30", "island"]),
      S("Udeng batik Bali", "Udeng (ikat kepala Bali) dari kain batik, siap pakai.", 2),
      S("Iket kepala Sunda batik", "Iket kepala Sunda dari batik, model siap pakai.", 2),
      R("Beskap lurik pria", "Beskap lurik pria untuk busana adat Jawa.", "batik_apparel", "pcs", 275000),
      D("Gantungan kunci blangkon mini", "Gantungan kunci berbentuk blangkon kecil dari kain, suvenir.", "bags_souvenirs", "pcs", 6000),
      D("Kain batik cap motif kawung", "Kain batik cap motif kawung, 2 m x 1,15 m.", "batik_cloth", "lembar", 150000),
    ],
  },
  {
    ref: "SETP:NEED-15",
    buyer: "RESORT",
    lang: "id",
    title: "Pasta gigi kemasan kecil untuk amenities kamar resort Ubud",
    description:
      "Pasta gigi kemasan kecil 10–25 g untuk amenities kamar tamu resort. Wajib izin edar BPOM dan halal. Tablet pasta gigi atau obat kumur dapat dipertimbangkan.",
    category: "cosmetics_toiletries",
    quantity: 30000,
    unit: "pcs",
    deliveryProvinceCode: "51",
    deliveryRegencyCode: "51.04",
    neededBy: "2026-12-20",
    requiredCertifications: ["bpom", "halal"],
    budgetPerUnit: 2200,
    visibility: "public",
    asked: ["pasta gigi", "odol", "toothpaste"],
    guard: ["pasta gigi", "odol", "toothpaste", "pasat gigi", "obat kumur", "mouthwash", "sikat gigi", "siwak"],
    plants: [
      A("base", "Pasta gigi mini 20 g", "Pasta gigi mini tube 20 g rasa mint untuk amenities hotel.", 3),
      A("colloquial", "Odol mini 20 g (per lusin)", "Odol mini tube 20 g, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("loanword", "Toothpaste travel size 20 g", "Toothpaste, travel size 20 g tube, fresh mint.", 3),
      A("synonym", "Pasta gigi herbal siwak 25 g", "Pasta gigi herbal dengan ekstrak siwak, tube 25 g.", 3, [], { category: "herbal_medicine" }),
      A("base", "Pasta gigi sachet 10 g amenities", "Pasta gigi sachet 10 g untuk amenities kamar.", 2, ["price30"]),
      A("colloquial", "Odol hotel tube 15 g", "Odol hotel tube 15 g dengan cetak logo hotel.", 2, ["pending:bpom"]),
      A("loanword", "Hotel toothpaste 18 g", "Hotel toothpaste 18 g tube, custom logo available.", 2, ["cap70"]),
      A("typo:swapped", "Pasat gigi mint 20 g", "Pasat (pasta) gigi rasa mint, tube 20 g.", 0, ["expired:halal"], NM),
      S("Tablet pasta gigi isi 2", "Tablet pasta gigi kunyah (toothpaste tablet) isi 2, tanpa tube plastik.", 2),
      S("Obat kumur 50 ml", "Obat kumur (mouthwash) mint botol 50 ml.", 2),
      R("Sikat gigi amenities", "Sikat gigi amenities bulu lembut dalam kemasan kertas.", "cosmetics_toiletries", "pcs", 1500),
      D("Gigi palsu akrilik", "Gigi palsu akrilik sebagian, dibuat sesuai cetakan.", "cosmetics_toiletries", "pcs", 350000),
      D("Pasta fettucine kering 500 g", "Pasta fettucine kering dari tepung durum, 500 g.", "snacks", "pak", 22000),
    ],
  },
  {
    ref: "SETP:NEED-16",
    buyer: "IND",
    lang: "id",
    title: "Cabai bubuk sebagai bahan baku bumbu tabur pabrik Sidoarjo",
    description:
      "Cabai bubuk murni (tanpa campuran) sebagai bahan baku bumbu tabur, dikirim dalam karung 25 kg ke pabrik di Sidoarjo. Wajib halal. Cabai kering utuh atau cacahan dapat dipertimbangkan.",
    category: "condiments",
    quantity: 6000,
    unit: "kg",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.15",
    neededBy: "2026-12-10",
    requiredCertifications: ["halal"],
    budgetPerUnit: 95000,
    visibility: "public",
    asked: ["cabai bubuk", "cabe bubuk", "chili powder", "bubuk cabai"],
    guard: ["cabai", "cabe", "chili", "chilli", "lombok", "lado", "paprika", "bawang putih bubuk"],
    plants: [
      A("base", "Cabai bubuk murni", "Cabai bubuk murni dari cabai merah kering, tanpa campuran, karung 25 kg.", 3),
      A("spelling", "Cabe bubuk pedas (per ton)", "Cabe bubuk pedas curah untuk industri, dijual per ton.", 3, [], { unit: "ton" }),
      A("word-order", "Bubuk cabai merah kering", "Bubuk cabai merah kering giling halus, 80 mesh.", 3),
      A("loanword", "Chili powder extra hot", "Chili powder, extra hot, 100% dried red chili, 25 kg bags.", 3, [], { category: "snacks" }),
      A("regional", "Lombok bubuk", "Lombok (cabai) bubuk dari petani Jawa Timur, per kg.", 2, ["pending:halal"]),
      A("regional", "Lado bubuak kering", "Lado bubuak (cabai bubuk) kering khas Minang, per kg.", 2, ["island"]),
      A("colloquial", "Cabe giling kering", "Cabe giling kering (bubuk kasar) untuk bumbu, per kg.", 2, ["cap70"]),
      A("typo:dropped", "Cabai bubk rawit", "Cabai bubk (bubuk) rawit sangat pedas, per kg.", 0, ["scoped:halal"], NM),
      S("Cabai kering utuh", "Cabai merah kering utuh tanpa tangkai, per kg.", 2),
      S("Cabai flakes (cacahan kering)", "Cabai kering dicacah kasar (flakes) dengan biji, per kg.", 2),
      R("Bawang putih bubuk", "Bawang putih bubuk murni untuk bumbu, per kg.", "condiments", "kg", 85000),
      D("Semprotan cabai (pepper spray)", "Semprotan cabai untuk bela diri, tabung 60 ml.", "ppe", "pcs", 85000),
      D("Bubuk abate (larvasida)", "Bubuk abate untuk membasmi jentik nyamuk di bak air, sachet.", "cleaning_products", "pak", 15000),
    ],
  },
  {
    ref: "SETP:NEED-17",
    buyer: "IND",
    lang: "id",
    title: "Mesin continuous sealer untuk UMKM pangan binaan di Pasuruan",
    description:
      "Mesin continuous (band) sealer horizontal untuk merekatkan kemasan plastik dan pouch, untuk UMKM pangan binaan. Wajib SNI dan TKDN minimal 40%. Impulse sealer pedal dapat dipertimbangkan.",
    category: "machinery",
    quantity: 40,
    unit: "unit",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.14",
    neededBy: "2027-02-20",
    requiredCertifications: ["sni"],
    minTkdnPercent: 40,
    budgetPerUnit: 4200000,
    visibility: "invited",
    asked: ["continuous sealer", "band sealer"],
    guard: ["sealer", "sealing", "bandsealer", "perekat plastik", "press plastik", "hand coding", "kedaluwarsa", "vacuum", "vakum", "impulse", "pouch"],
    plants: [
      A("base", "Mesin continuous sealer horizontal", "Mesin continuous sealer horizontal dengan pencetak tanggal, konveyor 1,2 m.", 3),
      A("loanword", "Continuous band sealer FR-900", "Continuous band sealer type FR-900, stainless body, temperature control.", 3, ["tkdn:viaCert"]),
      A("synonym", "Mesin sealer kontinu", "Mesin sealer kontinu untuk kemasan plastik dan aluminium foil.", 3),
      A("spelling", "Mesin press plastik kontinyu", "Mesin press plastik kontinyu dengan konveyor, untuk pouch dan sachet.", 3, [], { category: "metal_fabrication" }),
      A("colloquial", "Sealer berjalan (conveyor)", "Sealer berjalan dengan konveyor, cocok untuk UMKM keripik.", 2, ["cap70"]),
      A("synonym", "Mesin perekat plastik otomatis", "Mesin perekat plastik otomatis tipe pita berjalan.", 2, ["pending:sni"]),
      A("one-word", "Bandsealer vertikal", "Bandsealer vertikal untuk kemasan berisi cairan dan bubuk.", 2, ["island"]),
      A("typo:dropped", "Mesin continous sealer", "Mesin continous (continuous) sealer meja, stainless.", 0, ["tkdn:certUnder"], NM),
      S("Impulse sealer pedal", "Impulse sealer injak (pedal) 40 cm untuk plastik tebal.", 2),
      S("Mesin vacuum sealer", "Mesin vacuum sealer untuk kemasan hampa udara.", 1, ["price60"]),
      R("Mesin hand coding kode kedaluwarsa", "Mesin hand coding untuk mencetak kode produksi dan tanggal kedaluwarsa.", "machinery", "unit", 850000),
      D("Wood sealer (pelapis dasar kayu)", "Wood sealer pelapis dasar kayu berbahan nitroselulosa, per liter.", "building_materials", "liter", 85000),
      D("Sealant silikon kaca", "Sealant silikon untuk kaca dan kusen aluminium, 300 ml.", "building_materials", "pcs", 35000),
    ],
  },
  {
    ref: "SETP:NEED-18",
    buyer: "IND",
    lang: "en",
    title: "Logo-printed notepads for shareholder meeting kits",
    description:
      "A5 or A6 notepads, glued at the top, with the company logo printed on every sheet, for shareholder meeting kits at the Surabaya office. Sticky notes with logo are acceptable.",
    category: "printing",
    quantity: 5000,
    unit: "pcs",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.78",
    neededBy: "2026-11-05",
    requiredCertifications: [],
    budgetPerUnit: 12000,
    visibility: "public",
    asked: ["notepad", "note pad", "blocknote", "bloknot", "memo pad"],
    guard: ["notepad", "notepads", "note pad", "blocknote", "blocknoet", "bloknot", "memo", "notes", "sticky", "buku catatan", "buku tulis", "pulpen", "agenda"],
    plants: [
      A("base", "Notepad cetak logo A5", "Notepad A5 isi 50 lembar, lem atas, cetak logo di setiap lembar.", 3),
      A("spelling", "Blocknote cetak logo A5 (per lusin)", "Blocknote A5 cetak logo, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("spelling", "Bloknot kantor custom", "Bloknot kantor cetak custom logo, isi 50 lembar HVS 70 g.", 3),
      A("loanword", "Memo pad custom print", "Memo pad, custom printed, 50 sheets, glued top.", 3),
      A("synonym", "Kertas memo blok cetak logo", "Kertas memo blok cetak logo, isi 100 lembar.", 2, ["cap70"]),
      A("two-word", "Note pad A6 logo", "Note pad A6 dengan logo, isi 50 lembar, sampul art carton.", 2, ["price30"]),
      A("colloquial", "Notes rapat cetak logo", "Notes untuk rapat dengan cetak logo perusahaan, lem atas.", 2, ["island"], { category: "packaging" }),
      A("typo:swapped", "Blocknoet cetak logo", "Blocknoet (blocknote) cetak logo isi 50 lembar.", 1, ["cap30"]),
      S("Sticky notes cetak logo", "Sticky notes 75 x 75 mm dengan cetak logo, isi 50 lembar.", 2),
      S("Buku tulis softcover logo", "Buku tulis softcover 38 lembar dengan cetak logo di sampul.", 1, ["island", "price30"]),
      R("Pulpen promosi cetak logo", "Pulpen plastik promosi dengan cetak logo.", "bags_souvenirs", "pcs", 4500),
      D("Kertas kado motif", "Kertas kado motif bunga, 50 x 70 cm.", "packaging", "lembar", 3000),
      D("Blok mesin diesel rekondisi", "Blok mesin diesel 1 silinder hasil rekondisi untuk mesin tani.", "machinery", "unit", 4500000),
    ],
  },
  {
    ref: "SETP:NEED-19",
    buyer: "IND",
    lang: "id",
    title: "Boneka maskot perusahaan untuk program CSR PAUD dan family day Gresik",
    description:
      "Boneka maskot perusahaan dari kain lembut, tinggi 25–30 cm, untuk dibagikan di program CSR PAUD dan family day karyawan. Wajib SNI mainan. Bantal boneka atau boneka tangan dapat dipertimbangkan.",
    category: "bags_souvenirs",
    quantity: 2500,
    unit: "pcs",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.25",
    neededBy: "2027-01-15",
    requiredCertifications: ["sni"],
    budgetPerUnit: 65000,
    visibility: "public",
    asked: ["boneka", "plush toy"],
    guard: ["boneka", "bonkea", "plush", "stuffed", "maskot", "mascot", "puppet", "kotak kado"],
    plants: [
      A("base", "Boneka maskot custom 30 cm", "Boneka maskot custom tinggi 30 cm, bahan velboa, isi dakron.", 3),
      A("loanword", "Plush toy maskot 25 cm (per lusin)", "Plush toy maskot 25 cm, dijual per lusin.", 3, [], { unit: "lusin" }),
      A("synonym", "Boneka kain maskot", "Boneka kain maskot perusahaan dengan bordir logo.", 3),
      A("synonym", "Boneka flanel karakter", "Boneka flanel karakter custom, jahit tangan, 25 cm.", 3, [], { category: "textile_goods" }),
      A("loanword", "Stuffed toy custom logo", "Stuffed toy with custom logo embroidery, 30 cm.", 2, ["cap70"]),
      A("colloquial", "Boneka karakter custom", "Boneka karakter custom sesuai desain, bahan lembut.", 2, ["pending:sni"]),
      A("word-order", "Maskot boneka perusahaan", "Maskot boneka perusahaan untuk suvenir, 28 cm.", 2, ["price30"]),
      A("typo:swapped", "Bonkea maskot 20 cm", "Bonkea (boneka) maskot tinggi 20 cm.", 0, ["missing:sni"], NM),
      S("Bantal boneka karakter", "Bantal boneka karakter custom 40 cm, isi dakron.", 2),
      S("Boneka tangan flanel (hand puppet)", "Boneka tangan dari flanel untuk mendongeng, karakter custom.", 2),
      R("Kotak kado karton", "Kotak kado karton dengan pita, 30 x 20 x 15 cm.", "packaging", "pcs", 8000),
      D("Boneka manekin pajangan toko", "Manekin pajangan toko baju tubuh penuh dari fiber.", "furniture", "unit", 650000),
      D("Kostum maskot badut", "Kostum maskot badut lengkap kepala busa untuk acara.", "apparel", "pcs", 1500000),
    ],
  },
  {
    ref: "SETP:NEED-20",
    buyer: "IND",
    lang: "id",
    title: "Tas pinggang kulit untuk tim penjualan kanvas Malang",
    description:
      "Tas pinggang kulit asli dengan dua ruang beresleting untuk uang dan nota tim penjualan kanvas. Tas selempang kecil atau tas pinggang kanvas dapat dipertimbangkan. Dikirim ke Kabupaten Malang.",
    category: "leather_goods",
    quantity: 700,
    unit: "pcs",
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.07",
    neededBy: "2026-12-18",
    requiredCertifications: [],
    budgetPerUnit: 210000,
    visibility: "public",
    asked: ["tas pinggang", "waist bag", "fanny pack"],
    guard: ["pinggang", "pingang", "waist", "waistbag", "fanny", "pinggul", "kondektur", "selempang", "sling", "dompet"],
    plants: [
      A("base", "Tas pinggang kulit sapi", "Tas pinggang kulit sapi asli, dua ruang beresleting.", 3),
      A("loanword", "Waist bag kulit asli (per kodi)", "Waist bag kulit asli, dijual per kodi.", 3, [], { unit: "kodi" }),
      A("one-word", "Waistbag kulit domba", "Waistbag kulit domba lembut dengan tali yang dapat diatur.", 3),
      A("loanword", "Fanny pack kulit", "Fanny pack kulit sapi nabati, tiga kantong.", 3, [], { category: "bags_souvenirs" }),
      A("synonym", "Tas pinggul kulit", "Tas pinggul kulit untuk uang dan ponsel.", 2, ["cap70"]),
      A("colloquial", "Tas kondektur kulit", "Tas kondektur kulit tebal untuk uang setoran.", 2, ["island"]),
      A("synonym", "Dompet pinggang kulit", "Dompet pinggang kulit dengan sabuk, untuk pedagang.", 2, ["price30"]),
      A("typo:dropped", "Tas pingang kulit kambing", "Tas pingang (pinggang) kulit kambing.", 1, ["price60"]),
      A("base", "Tas pinggang kulit pull-up", "Tas pinggang kulit pull-up cokelat tua.", 0, ["archived"]),
      S("Tas selempang kulit kecil", "Tas selempang kulit kecil (sling bag) dua ruang.", 2),
      S("Tas pinggang kanvas", "Tas pinggang kanvas tebal dengan aksen kulit.", 2, [], { category: "bags_souvenirs" }),
      R("Dompet koin kulit", "Dompet koin kulit dengan kancing jepret.", "leather_goods", "pcs", 60000),
      D("Korset pinggang medis", "Korset penyangga pinggang untuk nyeri punggung.", "textile_goods", "pcs", 120000),
      D("Kulit lumpia 500 g", "Kulit lumpia siap pakai, 500 g.", "snacks", "pak", 15000),
    ],
  },
];
