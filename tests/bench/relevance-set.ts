// A labelled relevance set for the matcher: products as IKM list them (spelling variants,
// synonyms, affixed words, distractors that share a word) and procurement needs as buyers
// write them, each with graded judgements: 3 = what the buyer asked for, 2 = a good
// substitute, 1 = related; unlisted = not relevant. Judged by hand; extend it when a buyer's
// word misses a producer's.

export interface SetProduct {
  id: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  priceMin: number;
  monthlyCapacity: number;
  tkdnPercent: number | null;
  provinceCode: string;
  regencyCode: string;
  /** Certificates: type, verified or pending, days of validity left (null: no expiry). */
  certificates: readonly [string, "verified" | "pending", number | null][];
}

export interface SetNeed {
  id: string;
  title: string;
  category: string;
  quantity: number;
  unit: string;
  daysToDeadline: number;
  requiredCertifications: readonly string[];
  minTkdnPercent: number | null;
  budgetPerUnit: number | null;
  deliveryProvinceCode: string;
  deliveryRegencyCode: string | null;
  judgements: Readonly<Record<string, 1 | 2 | 3>>;
}

const p = (
  id: string,
  name: string,
  description: string,
  category: string,
  unit: string,
  priceMin: number,
  monthlyCapacity: number,
  tkdnPercent: number | null,
  regencyCode: string,
  certificates: SetProduct["certificates"] = [],
): SetProduct => ({ id, name, description, category, unit, priceMin, monthlyCapacity, tkdnPercent, provinceCode: regencyCode.slice(0, 2), regencyCode, certificates });

const HALAL: SetProduct["certificates"][number] = ["halal", "verified", 900];
const PIRT: SetProduct["certificates"][number] = ["pirt", "verified", 700];

export const PRODUCTS: readonly SetProduct[] = [
  p("kripik-pisang", "Kripik pisang manis 250 g", "Pisang kepok Lumajang digoreng tipis, manis gurih, kemasan 250 g.", "snacks", "pak", 14000, 6000, 92, "35.08", [HALAL, PIRT]),
  p("keripik-pisang-coklat", "Keripik pisang cokelat", "Keripik pisang dibalut cokelat, kemasan standing pouch 200 g.", "snacks", "pak", 17000, 4000, 90, "35.07", [HALAL, PIRT]),
  p("keripik-singkong", "Keripik singkong balado 250 g", "Singkong Malang pedas manis, tanpa pengawet.", "snacks", "pak", 12000, 8000, 95, "35.07", [HALAL, PIRT]),
  p("keripik-tempe", "Keripik tempe sagu", "Tempe tipis goreng renyah khas Malang, kemasan 200 g.", "snacks", "pak", 13000, 5000, 95, "35.73", [["halal", "pending", 900], PIRT]),
  p("kerupuk-udang", "Krupuk udang Sidoarjo mentah 500 g", "Kerupuk udang windu, tinggal goreng.", "snacks", "pak", 30000, 3000, 85, "35.15", [HALAL, PIRT]),
  p("pisang-sale", "Pisang sale basah", "Pisang ambon dijemur lalu diasap, kemasan 300 g.", "snacks", "pak", 20000, 1500, 98, "32.05", [PIRT]),
  p("keripik-pisang-nohalal", "Keripik pisang original curah", "Keripik pisang tanpa bumbu, curah per kg.", "snacks", "kg", 45000, 2000, 90, "33.20", [PIRT]),
  p("sepatu-kulit", "Sepatu kulit pantofel pria", "Kulit sapi asli, sol karet, ukuran 38-45.", "footwear", "pasang", 350000, 800, 70, "32.04", [["sni", "verified", 1000]]),
  p("sepatu-safety", "Sepatu safety ujung baja", "Sepatu kerja lapangan ujung baja, sol anti selip, SNI.", "ppe", "pasang", 420000, 1200, 65, "35.15", [["sni", "verified", 900], ["tkdn", "verified", 900]]),
  p("wearpack", "Wearpack katun drill", "Coverall katun drill dua warna, bordir logo perusahaan, lengan panjang.", "uniforms", "pcs", 185000, 3000, 75, "33.72", [["sni", "verified", 600]]),
  p("seragam-pdh", "Seragam PDH kantor", "Seragam pakaian dinas harian bahan american drill, jahitan rapi.", "uniforms", "pcs", 150000, 2500, 70, "32.73"),
  p("kaos-polo", "Kaos polo bordir", "Kaos polo lacoste cotton dengan bordir logo.", "apparel", "pcs", 85000, 5000, 60, "33.72"),
  p("rompi-safety", "Rompi safety scotlight", "Rompi proyek hijau stabilo dengan scotlight, APD.", "ppe", "pcs", 45000, 4000, 80, "33.72", [["sni", "verified", 500]]),
  p("helm-proyek", "Helm proyek", "Helm keselamatan kerja, alat pelindung diri standar SNI.", "ppe", "pcs", 60000, 3000, 55, "31.75", [["sni", "verified", 800]]),
  p("gula-aren-cair", "Gula aren cair", "Nira aren dimasak menjadi gula cair, botol 500 ml.", "sweeteners", "botol", 35000, 2000, 98, "36.02", [HALAL, PIRT]),
  p("gula-semut", "Gula semut organik 500 g", "Gula semut kristal dari nira kelapa, organik.", "sweeteners", "pak", 30000, 3000, 97, "33.02", [HALAL, PIRT]),
  p("gula-merah-cetak", "Gula merah cetak batok", "Gula kelapa cetak batok, 1 kg.", "sweeteners", "kg", 22000, 5000, 98, "35.06", [PIRT]),
  p("gula-pasir", "Gula pasir kemasan 1 kg", "Gula kristal putih repack.", "sweeteners", "kg", 17000, 10000, 40, "35.78", [HALAL]),
  p("mebel-jati", "Meja rapat jati 8 kursi", "Mebel kayu jati ukir Jepara, finishing melamin.", "furniture", "set", 18500000, 20, 90, "33.20", [["svlk", "verified", 1000]]),
  p("kursi-kantor", "Kursi kantor kayu mahoni", "Furnitur kantor kayu mahoni, dudukan busa.", "furniture", "unit", 1250000, 200, 85, "33.20", [["svlk", "verified", 1000]]),
  p("lemari-arsip", "Lemari arsip besi", "Filing cabinet besi 4 laci.", "metal_fabrication", "unit", 2100000, 150, 60, "32.16", [["sni", "verified", 700]]),
  p("meja-plastik", "Meja lipat plastik", "Meja serbaguna plastik lipat.", "furniture", "unit", 350000, 1000, 30, "31.74"),
  p("tas-anyaman", "Tas anyaman pandan", "Tas belanja dari anyaman daun pandan, dijahit tangan.", "bags_souvenirs", "pcs", 65000, 1500, 99, "36.01"),
  p("keranjang-rotan", "Keranjang rotan anyam", "Kerajinan rotan dianyam, untuk hampers dan parsel.", "woven_crafts", "pcs", 55000, 2000, 99, "63.03"),
  p("goodie-bag", "Goodie bag spunbond sablon", "Tas belanja spunbond dengan sablon logo, untuk seminar.", "bags_souvenirs", "pcs", 7500, 20000, 70, "32.04"),
  p("totebag-kanvas", "Totebag kanvas", "Tas kain kanvas tebal, sablon logo full color.", "bags_souvenirs", "pcs", 35000, 6000, 75, "33.74"),
  p("tas-kulit", "Tas kulit wanita", "Tas kulit sapi asli model selempang.", "bags_souvenirs", "pcs", 450000, 400, 70, "32.73"),
  p("jamu-kunyit", "Jamu kunyit asam botol", "Minuman jamu tradisional kunyit asam, botol 250 ml.", "herbal_medicine", "botol", 8000, 10000, 95, "33.11", [HALAL, ["bpom", "verified", 800]]),
  p("obat-herbal", "Kapsul herbal temulawak", "Obat tradisional temulawak kapsul, izin BPOM.", "herbal_medicine", "botol", 45000, 3000, 90, "33.11", [HALAL, ["bpom", "verified", 800]]),
  p("kopi-robusta", "Kopi robusta Dampit bubuk", "Kopi robusta sangrai medium, kemasan 250 g.", "coffee_tea", "pak", 35000, 3000, 100, "35.07", [HALAL, PIRT]),
  p("kopi-arabika", "Kopi arabika Ijen biji", "Biji kopi arabika specialty, roasting light.", "coffee_tea", "kg", 220000, 500, 100, "35.11", [HALAL]),
  p("teh-hijau", "Teh hijau celup", "Teh hijau perkebunan Garut, isi 25 kantong.", "coffee_tea", "kotak", 15000, 4000, 100, "32.05", [HALAL, ["bpom", "verified", 800]]),
  p("kardus", "Kardus kemasan makanan", "Dus karton food grade untuk nasi kotak, cetak logo.", "packaging", "pcs", 1500, 100000, 80, "35.15"),
  p("standing-pouch", "Standing pouch ziplock", "Kemasan plastik standing pouch dengan ziplock, cetak digital.", "packaging", "pcs", 1800, 80000, 60, "32.75"),
  p("snack-box", "Snack box kue tradisional isi 4", "Kue basah tradisional dalam dus, untuk rapat dan acara kantor.", "snacks", "kotak", 18000, 3000, 95, "35.78", [HALAL, PIRT]),
  p("batik-tulis", "Kain batik tulis Lasem", "Batik tulis motif latohan, kain katun primisima 2 m.", "batik_cloth", "lembar", 750000, 100, 100, "33.17"),
  p("batik-cap", "Batik cap seragam kantor", "Kain batik cap untuk seragam, bisa motif custom perusahaan.", "batik_cloth", "meter", 65000, 3000, 100, "33.75"),
  p("kemeja-batik", "Kemeja batik pria lengan panjang", "Kemeja batik printing katun, untuk seragam kantor.", "apparel", "pcs", 135000, 2000, 80, "32.73"),
];

export const NEEDS: readonly SetNeed[] = [
  {
    id: "keripik-halal",
    title: "Keripik pisang untuk bingkisan Lebaran",
    category: "snacks",
    quantity: 3000,
    unit: "pak",
    daysToDeadline: 90,
    requiredCertifications: ["halal"],
    minTkdnPercent: 40,
    budgetPerUnit: 18000,
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.07",
    judgements: { "kripik-pisang": 3, "keripik-pisang-coklat": 3, "keripik-singkong": 2, "keripik-tempe": 2, "kerupuk-udang": 1 },
  },
  {
    id: "wearpack",
    title: "Seragam kerja lapangan untuk teknisi",
    category: "uniforms",
    quantity: 800,
    unit: "pcs",
    daysToDeadline: 60,
    requiredCertifications: [],
    minTkdnPercent: 40,
    budgetPerUnit: 200000,
    deliveryProvinceCode: "33",
    deliveryRegencyCode: null,
    judgements: { wearpack: 3, "seragam-pdh": 2, "kaos-polo": 1, "rompi-safety": 1 },
  },
  {
    id: "gula-merah",
    title: "Gula merah untuk dapur produksi",
    category: "sweeteners",
    quantity: 2000,
    unit: "kg",
    daysToDeadline: 45,
    requiredCertifications: [],
    minTkdnPercent: null,
    budgetPerUnit: 25000,
    deliveryProvinceCode: "35",
    deliveryRegencyCode: null,
    judgements: { "gula-merah-cetak": 3, "gula-semut": 3, "gula-aren-cair": 2 },
  },
  {
    id: "mebel",
    title: "Furnitur ruang rapat kantor cabang",
    category: "furniture",
    quantity: 10,
    unit: "set",
    daysToDeadline: 120,
    requiredCertifications: ["svlk"],
    minTkdnPercent: 60,
    budgetPerUnit: null,
    deliveryProvinceCode: "33",
    deliveryRegencyCode: null,
    judgements: { "mebel-jati": 3, "kursi-kantor": 2 },
  },
  {
    id: "goodie-bag",
    title: "Tas belanja untuk seminar nasional",
    category: "bags_souvenirs",
    quantity: 2000,
    unit: "pcs",
    daysToDeadline: 30,
    requiredCertifications: [],
    minTkdnPercent: null,
    budgetPerUnit: 40000,
    deliveryProvinceCode: "32",
    deliveryRegencyCode: null,
    judgements: { "goodie-bag": 3, "totebag-kanvas": 3, "tas-anyaman": 2 },
  },
  {
    id: "apd",
    title: "APD untuk proyek konstruksi",
    category: "ppe",
    quantity: 500,
    unit: "pcs",
    daysToDeadline: 60,
    requiredCertifications: ["sni"],
    minTkdnPercent: null,
    budgetPerUnit: 100000,
    deliveryProvinceCode: "31",
    deliveryRegencyCode: null,
    judgements: { "helm-proyek": 3, "rompi-safety": 3, "sepatu-safety": 2 },
  },
  {
    id: "jamu",
    title: "Minuman herbal untuk klinik perusahaan",
    category: "herbal_medicine",
    quantity: 3000,
    unit: "botol",
    daysToDeadline: 60,
    requiredCertifications: ["bpom"],
    minTkdnPercent: null,
    budgetPerUnit: 15000,
    deliveryProvinceCode: "33",
    deliveryRegencyCode: null,
    judgements: { "jamu-kunyit": 3, "obat-herbal": 1 },
  },
  {
    id: "kopi",
    title: "Kopi bubuk robusta untuk pantry",
    category: "coffee_tea",
    quantity: 400,
    unit: "pak",
    daysToDeadline: 30,
    requiredCertifications: ["halal"],
    minTkdnPercent: null,
    budgetPerUnit: 40000,
    deliveryProvinceCode: "35",
    deliveryRegencyCode: null,
    judgements: { "kopi-robusta": 3, "kopi-arabika": 1 },
  },
  {
    id: "anyaman",
    title: "Kerajinan anyaman untuk hampers",
    category: "woven_crafts",
    quantity: 500,
    unit: "pcs",
    daysToDeadline: 45,
    requiredCertifications: [],
    minTkdnPercent: null,
    budgetPerUnit: 80000,
    deliveryProvinceCode: "31",
    deliveryRegencyCode: null,
    judgements: { "keranjang-rotan": 3, "tas-anyaman": 2 },
  },
  {
    id: "batik-seragam",
    title: "Kain batik untuk seragam karyawan",
    category: "batik_cloth",
    quantity: 1500,
    unit: "meter",
    daysToDeadline: 90,
    requiredCertifications: [],
    minTkdnPercent: 40,
    budgetPerUnit: 80000,
    deliveryProvinceCode: "33",
    deliveryRegencyCode: null,
    judgements: { "batik-cap": 3, "batik-tulis": 1, "kemeja-batik": 2 },
  },
  {
    id: "kemasan",
    title: "Dus kemasan nasi kotak",
    category: "packaging",
    quantity: 20000,
    unit: "pcs",
    daysToDeadline: 30,
    requiredCertifications: [],
    minTkdnPercent: null,
    budgetPerUnit: 2000,
    deliveryProvinceCode: "35",
    deliveryRegencyCode: null,
    judgements: { kardus: 3, "standing-pouch": 1 },
  },
  {
    id: "snack-rapat",
    title: "Camilan untuk rapat tahunan",
    category: "snacks",
    quantity: 1000,
    unit: "kotak",
    daysToDeadline: 20,
    requiredCertifications: ["halal"],
    minTkdnPercent: null,
    budgetPerUnit: 25000,
    deliveryProvinceCode: "35",
    deliveryRegencyCode: "35.78",
    judgements: { "snack-box": 3, "kripik-pisang": 1, "keripik-pisang-coklat": 1, "keripik-singkong": 1 },
  },
];
