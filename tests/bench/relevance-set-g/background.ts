// relevance-set-g: shared types, geography and background goods (unrelated to every need).

/** [name, unit, price per unit (0 = computed from the need's budget), category override, description] */
export type Item = [string, string, number?, string?, string?];

export interface NeedSpec {
  key: string; // "01".."20"
  buyer: number; // index into BUYERS
  category: string;
  sector?: string; // sector of producers planted with asked products (default: the category's)
  title: string;
  desc: string;
  qty: number;
  unit: string;
  budget: number; // per need unit
  by: string; // neededBy
  reg: string; // delivery regency; province = first two digits
  certs: string[];
  minTkdn?: number;
  asked: Item[]; // the asked concept, as producers name it
  subs: Item[]; // close substitutes
  rel: Item[]; // related products
  dec: Item[]; // decoys: share the need's words, another thing
  /** "A", "A2:cap70,isl", "S:px30", "R", "D". Modifiers: see README (traps). */
  plants: string[];
}

export const REF_DATE = "2026-09-01"; // "today" for the capacity window

export const BUYERS = [
  { name: "PT Agro Industri Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "35.78", address: "Jl. Rungkut Industri Raya 10, Surabaya" },
  { name: "Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah", buyerType: "government", regionCode: "33.74", address: "Jl. Pemuda 134, Semarang" },
  { name: "PT Sinar Gula Makmur Tbk", legalForm: "pt", buyerType: "large_industry", regionCode: "35.15", address: "Jl. Raya Krian Km 3, Sidoarjo" },
  { name: "Yayasan Rumah Sakit Harapan Sehat Kaltim", legalForm: "yayasan", buyerType: "other", regionCode: "64.72", address: "Jl. Gatot Subroto 22, Samarinda" },
];

/** BPS regency codes used in the set, with their names. */
export const REGIONS: [string, string][] = [
  ["12.71", "Kota Medan"], ["12.07", "Kab. Deli Serdang"], ["13.71", "Kota Padang"], ["13.75", "Kota Bukittinggi"],
  ["14.71", "Kota Pekanbaru"], ["16.71", "Kota Palembang"], ["18.71", "Kota Bandar Lampung"],
  ["31.72", "Kota Jakarta Timur"], ["31.74", "Kota Jakarta Barat"], ["32.01", "Kab. Bogor"], ["32.05", "Kab. Garut"],
  ["32.09", "Kab. Cirebon"], ["32.10", "Kab. Majalengka"], ["32.16", "Kab. Bekasi"], ["32.73", "Kota Bandung"],
  ["32.78", "Kota Tasikmalaya"], ["33.18", "Kab. Pati"], ["33.19", "Kab. Kudus"], ["33.20", "Kab. Jepara"],
  ["33.72", "Kota Surakarta"], ["33.74", "Kota Semarang"], ["33.75", "Kota Pekalongan"], ["34.02", "Kab. Bantul"],
  ["34.71", "Kota Yogyakarta"], ["35.14", "Kab. Pasuruan"], ["35.15", "Kab. Sidoarjo"], ["35.25", "Kab. Gresik"],
  ["35.73", "Kota Malang"], ["35.78", "Kota Surabaya"], ["36.03", "Kab. Tangerang"], ["36.73", "Kota Serang"],
  ["51.04", "Kab. Gianyar"], ["51.71", "Kota Denpasar"], ["52.01", "Kab. Lombok Barat"], ["52.71", "Kota Mataram"],
  ["53.71", "Kota Kupang"], ["61.71", "Kota Pontianak"], ["63.71", "Kota Banjarmasin"], ["64.72", "Kota Samarinda"],
  ["71.71", "Kota Manado"], ["72.71", "Kota Palu"], ["73.06", "Kab. Gowa"], ["73.71", "Kota Makassar"],
  ["81.04", "Kab. Buru"], ["81.71", "Kota Ambon"], ["91.71", "Kota Jayapura"],
];

export function regionName(code: string): string {
  const found = REGIONS.find(([c]) => c === code);
  if (!found) throw new Error(`unknown regency ${code}`);
  return found[1];
}

/** Island group of a BPS province code. */
export function islandGroup(province: string): string {
  const p = Number(province);
  if (p >= 11 && p <= 21) return "Sumatra";
  if ((p >= 31 && p <= 36) || p === 51) return "Jawa-Bali";
  if (p === 52 || p === 53) return "Nusa Tenggara";
  if (p >= 61 && p <= 65) return "Kalimantan";
  if (p >= 71 && p <= 76) return "Sulawesi";
  if (p >= 81 && p <= 97) return "Maluku-Papua";
  throw new Error(`unknown province ${province}`);
}

/** Category -> sector, after app/models/domain.ts PRODUCT_CATEGORIES. */
export const CATEGORY_SECTOR: Record<string, string> = {
  snacks: "food_beverage", crackers: "food_beverage", sweeteners: "food_beverage", coffee_tea: "food_beverage",
  condiments: "food_beverage", processed_meat_fish: "food_beverage", confectionery: "food_beverage", beverages: "food_beverage",
  uniforms: "textile_apparel", apparel: "textile_apparel", textile_goods: "textile_apparel",
  batik_cloth: "batik", woven_cloth: "batik", batik_apparel: "batik",
  footwear: "leather_footwear", leather_goods: "leather_footwear",
  furniture: "furniture_wood", wood_products: "furniture_wood",
  woven_crafts: "handicraft", bags_souvenirs: "handicraft", ceramics_pottery: "handicraft", jewellery_crafts: "handicraft",
  ppe: "metal_machinery", metal_fabrication: "metal_machinery", machined_parts: "metal_machinery", agri_tools: "metal_machinery", machinery: "metal_machinery",
  building_materials: "chemical_building", cleaning_products: "chemical_building",
  packaging: "packaging_printing", printing: "packaging_printing",
  electrical: "electronics", electronic_devices: "electronics",
  herbal_medicine: "herbal_cosmetics", cosmetics_toiletries: "herbal_cosmetics",
};

export const SECTOR_KBLI: Record<string, string[]> = {
  food_beverage: ["10799", "10792"], textile_apparel: ["14111", "13929"], batik: ["13134"],
  leather_footwear: ["15201", "15121"], furniture_wood: ["31001", "16221"], handicraft: ["16292", "23939"],
  metal_machinery: ["25999", "28250"], chemical_building: ["23951", "20231"], packaging_printing: ["17022", "18111"],
  electronics: ["27400", "27900"], herbal_cosmetics: ["21022", "20232"],
};

/** Background goods by sector: unrelated to all twenty needs (a few share a word: the lexical traps). */
export const FILLERS: Record<string, Item[]> = {
  food_beverage: [
    ["Keripik pisang manis", "kg", 45000, "snacks"], ["Bakpia kacang hijau isi 20", "kotak", 32000, "snacks"],
    ["Sirup markisa 620 ml", "botol", 38000, "beverages"], ["Selai srikaya", "toples", 27000, "condiments"],
    ["Emping melinjo", "kg", 90000, "crackers"], ["Bawang goreng renyah", "kg", 110000, "condiments"],
    ["Kue nastar isi nanas", "toples", 65000, "snacks"], ["Rengginang ketan", "kg", 48000, "snacks"],
  ],
  textile_apparel: [
    ["Kaos oblong sablon", "pcs", 45000, "apparel"], ["Jaket hoodie fleece", "pcs", 135000, "apparel"],
    ["Kerudung segi empat voal", "pcs", 40000, "apparel"], ["Baju tidur anak katun", "pcs", 55000, "apparel"],
    ["Taplak meja bordir", "pcs", 85000, "textile_goods"], ["Gorden blackout", "meter", 70000, "textile_goods"],
  ],
  batik: [
    ["Kain batik cap motif parang", "lembar", 175000, "batik_cloth"], ["Selendang batik", "pcs", 95000, "batik_cloth"],
    ["Daster batik rayon", "pcs", 60000, "batik_apparel"], ["Kain lurik Klaten", "meter", 55000, "woven_cloth"],
  ],
  leather_footwear: [
    ["Sandal hotel", "pasang", 6000, "footwear"], ["Sandal gunung", "pasang", 125000, "footwear"],
    ["Sandal selop wanita", "pasang", 85000, "footwear"], ["Sepatu bayi rajut", "pasang", 45000, "footwear"],
    ["Sandal jepit karet", "kodi", 160000, "footwear"],
  ],
  furniture_wood: [
    ["Lemari pakaian 2 pintu", "unit", 2100000, "furniture"], ["Dipan jati minimalis", "unit", 3400000, "furniture"],
    ["Talenan kayu akasia", "pcs", 55000, "wood_products"], ["Bingkai foto kayu", "pcs", 40000, "wood_products"],
    ["Pintu panel kayu mahoni", "unit", 1850000, "building_materials"],
  ],
  handicraft: [
    ["Vas gerabah Kasongan", "pcs", 75000, "ceramics_pottery"], ["Wayang kulit hias", "pcs", 350000, "bags_souvenirs"],
    ["Gantungan kunci kayu", "lusin", 36000, "bags_souvenirs"], ["Kalung manik-manik", "pcs", 30000, "jewellery_crafts"],
    ["Lukisan kaca", "pcs", 450000, "bags_souvenirs"], ["Topeng kayu Malangan", "pcs", 175000, "bags_souvenirs"],
  ],
  metal_machinery: [
    ["Teralis jendela besi", "m2", 450000, "metal_fabrication"], ["Kanopi baja ringan", "m2", 325000, "metal_fabrication"],
    ["Mesin parut kelapa", "unit", 2350000, "machinery"], ["Pisau dapur stainless", "pcs", 35000, "metal_fabrication"],
    ["Pagar besi tempa", "meter", 650000, "metal_fabrication"], ["Engsel pintu kupu-kupu", "lusin", 60000, "metal_fabrication"],
  ],
  chemical_building: [
    ["Cat tembok interior", "kg", 28000, "building_materials"], ["Pewangi pakaian", "liter", 18000, "cleaning_products"],
    ["Batako press", "pcs", 3200, "building_materials"], ["Karbol wangi sereh", "liter", 15000, "cleaning_products"],
  ],
  packaging_printing: [
    ["Undangan pernikahan hardcover", "pcs", 6500, "printing"], ["Brosur A4 art paper", "lembar", 900, "printing"],
    ["Stiker label vinyl", "lembar", 4500, "printing"], ["Nota rangkap NCR", "pak", 12000, "printing"],
    ["Buku yasin hardcover", "pcs", 18000, "printing"],
  ],
  electronics: [
    ["Stop kontak 4 lubang", "pcs", 45000, "electrical"], ["Kabel roll 10 meter", "pcs", 85000, "electrical"],
    ["Lampu tidur LED karakter", "pcs", 35000, "electronic_devices"], ["Bel pintu nirkabel", "pcs", 95000, "electronic_devices"],
  ],
  herbal_cosmetics: [
    ["Lulur mandi bengkoang", "pot", 25000, "cosmetics_toiletries"], ["Jamu beras kencur serbuk", "pak", 15000, "herbal_medicine"],
    ["Lip balm lebah", "pcs", 20000, "cosmetics_toiletries"], ["Bedak dingin", "pak", 12000, "cosmetics_toiletries"],
  ],
};

export const NAME_A = ["Sumber", "Karya", "Mitra", "Cahaya", "Berkah", "Sinar", "Maju", "Tunas", "Putra", "Mekar", "Anugerah", "Rejeki", "Harapan", "Bintang", "Dwi", "Tri"];
export const NAME_B = ["Jaya", "Abadi", "Makmur", "Mandiri", "Lestari", "Sejahtera", "Utama", "Bersama", "Agung", "Barokah", "Sentosa", "Perkasa", "Indah", "Kencana"];
export const PEOPLE = ["Siti Aminah", "Budi Santoso", "Wayan Sudarsana", "Rahmat Hidayat", "Dewi Lestari", "Yohanes Kase", "Andi Baso", "Nurul Huda", "Ketut Arta", "Maria Latuheru", "Hendra Gunawan", "Sri Rahayu", "Agus Salim", "Fitri Handayani", "Lalu Ahmad", "Rudi Hartono"];
export const LEGAL_FORMS = ["ud", "cv", "cv", "pt", "koperasi", "perorangan", "pt_perorangan", "ud"];
