// Relevance set F: a small, independent, labelled evaluation set for the procurement matcher.
// Writes catalogue.json (an import file), grades.json and near-misses.json into this folder.
// Deterministic: a seeded mulberry32 PRNG, no clock, no Math.random.
// Run: npx tsx tests/bench/relevance-set-f/generate.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_CATEGORIES } from "../../../app/models/domain.ts";
import type { CertificationType, LegalForm, ProductCategory, Sector, Unit } from "../../../app/models/domain.ts";

const NS = "SETF";
const NOW = "2026-12-05";
const SEED = 0x5e7f2026;

// ---------------------------------------------------------------- PRNG and small helpers

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
function int(min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}
function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} out of range (${list.length})`);
  return value;
}
function pick<T>(list: readonly T[]): T {
  return at(list, Math.floor(rand() * list.length));
}
function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
function digits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(int(0, 9));
  return out;
}
function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86400000;
}
function dateFromDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}
function addDays(date: string, days: number): string {
  return dateFromDay(dayNumber(date) + days);
}
function roundPrice(value: number): number {
  if (value >= 100000) return Math.round(value / 5000) * 5000;
  if (value >= 10000) return Math.round(value / 500) * 500;
  if (value >= 1000) return Math.round(value / 50) * 50;
  return Math.max(1, Math.round(value / 5) * 5);
}

// ---------------------------------------------------------------- places

type Group = "jawa_bali_nusra" | "sumatra" | "kalimantan" | "sulawesi";
interface Place {
  regency: string;
  city: string;
}
const PLACES: Record<Group, readonly Place[]> = {
  jawa_bali_nusra: [
    { regency: "31.71", city: "Jakarta Selatan" },
    { regency: "31.72", city: "Jakarta Timur" },
    { regency: "31.74", city: "Jakarta Barat" },
    { regency: "32.73", city: "Kota Bandung" },
    { regency: "32.04", city: "Kab. Bandung" },
    { regency: "32.78", city: "Kota Tasikmalaya" },
    { regency: "32.05", city: "Kab. Garut" },
    { regency: "32.01", city: "Kab. Bogor" },
    { regency: "32.16", city: "Kab. Bekasi" },
    { regency: "32.09", city: "Kab. Cirebon" },
    { regency: "33.72", city: "Kota Surakarta" },
    { regency: "33.20", city: "Kab. Jepara" },
    { regency: "33.75", city: "Kota Pekalongan" },
    { regency: "33.19", city: "Kab. Kudus" },
    { regency: "33.74", city: "Kota Semarang" },
    { regency: "33.10", city: "Kab. Klaten" },
    { regency: "33.11", city: "Kab. Sukoharjo" },
    { regency: "33.02", city: "Kab. Banyumas" },
    { regency: "33.18", city: "Kab. Pati" },
    { regency: "34.71", city: "Kota Yogyakarta" },
    { regency: "34.02", city: "Kab. Bantul" },
    { regency: "34.04", city: "Kab. Sleman" },
    { regency: "35.73", city: "Kota Malang" },
    { regency: "35.78", city: "Kota Surabaya" },
    { regency: "35.15", city: "Kab. Sidoarjo" },
    { regency: "35.25", city: "Kab. Gresik" },
    { regency: "35.04", city: "Kab. Tulungagung" },
    { regency: "35.09", city: "Kab. Jember" },
    { regency: "35.07", city: "Kab. Malang" },
    { regency: "35.17", city: "Kab. Jombang" },
    { regency: "35.24", city: "Kab. Lamongan" },
    { regency: "36.71", city: "Kota Tangerang" },
    { regency: "36.03", city: "Kab. Tangerang" },
    { regency: "36.72", city: "Kota Cilegon" },
    { regency: "51.71", city: "Kota Denpasar" },
    { regency: "51.04", city: "Kab. Gianyar" },
    { regency: "51.03", city: "Kab. Badung" },
    { regency: "52.71", city: "Kota Mataram" },
    { regency: "52.01", city: "Kab. Lombok Barat" },
  ],
  sumatra: [
    { regency: "12.71", city: "Kota Medan" },
    { regency: "12.07", city: "Kab. Deli Serdang" },
    { regency: "13.71", city: "Kota Padang" },
    { regency: "13.75", city: "Kota Bukittinggi" },
    { regency: "16.71", city: "Kota Palembang" },
    { regency: "18.71", city: "Kota Bandar Lampung" },
    { regency: "18.72", city: "Kota Metro" },
    { regency: "14.71", city: "Kota Pekanbaru" },
  ],
  kalimantan: [
    { regency: "64.72", city: "Kota Samarinda" },
    { regency: "64.71", city: "Kota Balikpapan" },
    { regency: "61.71", city: "Kota Pontianak" },
    { regency: "63.71", city: "Kota Banjarmasin" },
  ],
  sulawesi: [
    { regency: "73.71", city: "Kota Makassar" },
    { regency: "73.06", city: "Kab. Gowa" },
    { regency: "71.71", city: "Kota Manado" },
  ],
};
const GROUPS: readonly Group[] = ["jawa_bali_nusra", "sumatra", "kalimantan", "sulawesi"];
function groupOf(regencyOrProvince: string): Group {
  const province = Number(regencyOrProvince.slice(0, 2));
  if (province >= 11 && province <= 21) return "sumatra";
  if (province >= 61 && province <= 65) return "kalimantan";
  if (province >= 71 && province <= 76) return "sulawesi";
  return "jawa_bali_nusra";
}

// ---------------------------------------------------------------- categories, KBLI, units

function sectorOf(category: ProductCategory): Sector {
  const found = PRODUCT_CATEGORIES.find((c) => c.key === category);
  if (!found) throw new Error(`unknown category ${category}`);
  return found.sector;
}
const KBLI_BY_CATEGORY: Record<ProductCategory, string> = {
  snacks: "10792",
  crackers: "10792",
  sweeteners: "10722",
  coffee_tea: "10761",
  condiments: "10772",
  processed_meat_fish: "10130",
  confectionery: "10732",
  beverages: "10799",
  uniforms: "14111",
  apparel: "14111",
  textile_goods: "13921",
  batik_cloth: "13134",
  woven_cloth: "13121",
  batik_apparel: "14111",
  footwear: "15203",
  leather_goods: "15121",
  furniture: "31001",
  wood_products: "16221",
  woven_crafts: "16299",
  bags_souvenirs: "13929",
  ceramics_pottery: "23939",
  jewellery_crafts: "32111",
  ppe: "25999",
  metal_fabrication: "25111",
  machined_parts: "25920",
  agri_tools: "25931",
  machinery: "28250",
  building_materials: "23951",
  cleaning_products: "20231",
  packaging: "17022",
  printing: "18111",
  electrical: "27400",
  electronic_devices: "26120",
  herbal_medicine: "21022",
  cosmetics_toiletries: "20232",
};
const SECTOR_KBLI: Record<Sector, readonly string[]> = {
  food_beverage: ["10792", "10799", "10710"],
  textile_apparel: ["14111", "14120", "13993"],
  batik: ["13134", "14111"],
  leather_footwear: ["15201", "15121"],
  furniture_wood: ["31001", "16291"],
  handicraft: ["16299", "16293", "13929"],
  metal_machinery: ["25999", "25920"],
  chemical_building: ["23951", "20231"],
  packaging_printing: ["17022", "18111"],
  electronics: ["27900", "27400"],
  herbal_cosmetics: ["21022", "20232"],
};

/** How many product units one need unit holds (need "ton" vs product "kg" = 1000); undefined = not comparable. */
function unitFactor(needUnit: Unit, productUnit: Unit): number | undefined {
  if (needUnit === productUnit) return 1;
  const table: Partial<Record<Unit, Partial<Record<Unit, number>>>> = {
    ton: { kg: 1000 },
    kg: { ton: 0.001 },
    lusin: { pcs: 12, botol: 12, pasang: 12 },
    kodi: { pcs: 20 },
    rim: { lembar: 500 },
    pcs: { lusin: 1 / 12, kodi: 1 / 20 },
    lembar: { rim: 1 / 500 },
  };
  return table[needUnit]?.[productUnit];
}

// ---------------------------------------------------------------- hand-written needs

interface Item {
  name: string;
  desc: string;
  cat?: ProductCategory;
}
interface NeedSpec {
  buyer: number;
  title: string;
  desc: string;
  cat: ProductCategory;
  qty: number;
  unit: Unit;
  /** the unit most producers list the asked product in */
  pUnit: Unit;
  regency: string;
  neededBy: string;
  certs: CertificationType[];
  minTkdn?: number;
  /** per need unit */
  budget: number;
  exact: Item[];
  subs: Item[];
  rel: Item[];
  decoys: Item[];
  relBg: string[];
  relNeeds: number[];
}

const NEEDS: readonly NeedSpec[] = [
  {
    buyer: 6, title: "Pengadaan keripik singkong balado untuk paket sembako karyawan", cat: "snacks",
    desc: "Keripik singkong rasa balado kemasan 200 g untuk paket sembako 4.000 karyawan, bersertifikat halal, kemasan tertutup rapat, dikirim ke gudang Jakarta Timur.",
    qty: 4000, unit: "pak", pUnit: "pak", regency: "31.72", neededBy: "2027-03-15", certs: ["halal"], budget: 14000,
    exact: [
      { name: "Keripik singkong balado 200 g", desc: "Keripik singkong iris tipis bumbu balado merah, kemasan pouch 200 g." },
      { name: "Kripik singkong pedas manis balado", desc: "Kripik singkong bumbu balado pedas manis khas Padang, pouch 200 g.", cat: "crackers" },
      { name: "Cassava chips balado flavour 200 g", desc: "Crispy cassava chips with balado chili seasoning, 200 g pouch." },
      { name: "Keripik ketela balado", desc: "Keripik ketela pohon bumbu balado, digoreng minyak baru, kemasan 200 g." },
      { name: "Keripik sinkong balado", desc: "Keripik sinkong balado renyah kemasan 200 gram siap jual." },
    ],
    subs: [{ name: "Keripik singkong original asin 200 g", desc: "Keripik singkong rasa original asin gurih, kemasan 200 g." }],
    rel: [{ name: "Keripik tempe sagu 200 g", desc: "Keripik tempe sagu renyah, kemasan 200 g." }],
    decoys: [
      { name: "Bumbu balado instan 1 kg", desc: "Bumbu tabur balado untuk keripik dan gorengan, kemasan 1 kg.", cat: "condiments" },
      { name: "Tepung singkong mocaf 1 kg", desc: "Tepung singkong termodifikasi (mocaf) untuk kue dan roti, kemasan 1 kg.", cat: "sweeteners" },
    ],
    relBg: ["kp"], relNeeds: [],
  },
  {
    buyer: 5, title: "Kerupuk udang mentah untuk kantin pabrik Gresik", cat: "crackers",
    desc: "Kebutuhan kerupuk udang mentah (belum digoreng) 2 ton untuk kantin karyawan selama enam bulan, halal, kadar udang minimal 20%.",
    qty: 2, unit: "ton", pUnit: "kg", regency: "35.25", neededBy: "2027-04-30", certs: ["halal"], budget: 85000000,
    exact: [
      { name: "Kerupuk udang Sidoarjo mentah", desc: "Kerupuk udang mentah khas Sidoarjo, udang windu 25%, kemasan karung 5 kg." },
      { name: "Prawn crackers uncooked 5 kg", desc: "Uncooked prawn crackers, 25% prawn, 5 kg bag for frying on site." },
      { name: "Krupuk udang kering", desc: "Krupuk udang kering siap goreng, kemasan bal 5 kg." },
      { name: "Kerupuk udang mentah", desc: "Kerupuk udang mentah kualitas kantin, karung 5 kg.", cat: "snacks" },
      { name: "Kerupuk uddang mentah", desc: "Kerupuk uddang mentah, siap goreng, kemasan 5 kg." },
    ],
    subs: [{ name: "Kerupuk ikan tenggiri mentah", desc: "Kerupuk ikan tenggiri mentah siap goreng, kemasan 5 kg." }],
    rel: [{ name: "Kerupuk bawang mentah", desc: "Kerupuk bawang putih mentah, kemasan 5 kg." }],
    decoys: [
      { name: "Udang rebon kering", desc: "Udang rebon kering untuk bahan masakan, per kg.", cat: "processed_meat_fish" },
      { name: "Terasi udang blok", desc: "Terasi udang asli blok 250 g untuk sambal.", cat: "condiments" },
    ],
    relBg: ["rengginang"], relNeeds: [],
  },
  {
    buyer: 2, title: "Gula aren cetak untuk bahan baku dapur katering", cat: "sweeteners",
    desc: "Gula aren cetak asli tanpa campuran gula pasir, 1.500 kg untuk dapur katering kantor pusat Bandung, halal.",
    qty: 1500, unit: "kg", pUnit: "kg", regency: "32.73", neededBy: "2027-05-20", certs: ["halal"], budget: 32000,
    exact: [
      { name: "Gula aren cetak batok", desc: "Gula aren murni cetak batok kelapa, tanpa campuran, per kg." },
      { name: "Gula kawung asli", desc: "Gula kawung (gula aren) cetak dari nira kawung Garut, per kg." },
      { name: "Palm sugar block 1 kg", desc: "Pure arenga palm sugar, moulded blocks, 1 kg pack." },
      { name: "Gula enau cetak", desc: "Gula enau (aren) cetak tradisional, per kilogram." },
      { name: "Gula merah aren", desc: "Gula merah dari nira aren asli, cetakan bambu, per kg." },
    ],
    subs: [
      { name: "Gula semut aren organik", desc: "Gula aren bubuk (gula semut) organik, kemasan 1 kg." },
      { name: "Gula kelapa cetak", desc: "Gula merah kelapa cetak, per kg." },
    ],
    rel: [{ name: "Sirup gula aren cair", desc: "Sirup gula aren cair untuk minuman, botol 1 liter.", cat: "beverages" }],
    decoys: [
      { name: "Kolang-kaling aren", desc: "Buah kolang-kaling dari pohon aren, rebus siap olah, per kg.", cat: "snacks" },
      { name: "Cetakan gula aren kayu", desc: "Cetakan kayu untuk mencetak gula aren, isi 20 lubang.", cat: "wood_products" },
    ],
    relBg: [], relNeeds: [],
  },
  {
    buyer: 1, title: "Kopi bubuk robusta untuk pantry kantor", cat: "coffee_tea",
    desc: "Kopi bubuk robusta giling sedang untuk pantry kantor pusat dan pabrik Palembang, 600 kg dalam kemasan 1 kg, halal.",
    qty: 600, unit: "kg", pUnit: "kg", regency: "16.71", neededBy: "2027-03-31", certs: ["halal"], budget: 120000,
    exact: [
      { name: "Kopi robusta bubuk Lampung 1 kg", desc: "Kopi robusta Lampung sangrai medium, giling sedang, kemasan 1 kg." },
      { name: "Ground robusta coffee 1 kg", desc: "Medium roast ground robusta coffee from Sumatra, 1 kg valve bag." },
      { name: "Kopi robsuta bubuk", desc: "Kopi robsuta bubuk murni tanpa campuran jagung, 1 kg." },
      { name: "Bubuk kopi robusta giling", desc: "Bubuk kopi robusta giling halus, kemasan kilo." },
      { name: "Kopi bubuk robusta Semendo", desc: "Kopi bubuk robusta Semendo Muara Enim, kemasan 1 kg." },
    ],
    subs: [
      { name: "Kopi bubuk arabika Gayo", desc: "Kopi arabika Gayo bubuk, sangrai medium, 1 kg." },
      { name: "Kopi biji sangrai robusta", desc: "Biji kopi robusta sangrai utuh (belum digiling), 1 kg." },
    ],
    rel: [{ name: "Kopi sachet 3 in 1", desc: "Kopi instan 3 in 1 sachet, isi 10 sachet per pak." }],
    decoys: [
      { name: "Scrub kopi lulur badan", desc: "Lulur scrub ampas kopi untuk perawatan kulit, pot 200 g.", cat: "cosmetics_toiletries" },
      { name: "Permen kopi", desc: "Permen rasa kopi susu, toples isi 100 butir.", cat: "confectionery" },
    ],
    relBg: ["teh"], relNeeds: [],
  },
  {
    buyer: 4, title: "Sambal botol untuk restoran hotel", cat: "condiments",
    desc: "Sambal kemasan botol kaca 150–200 ml untuk restoran hotel di Denpasar, halal dan berizin edar BPOM MD, 200 lusin.",
    qty: 200, unit: "lusin", pUnit: "botol", regency: "51.71", neededBy: "2027-06-30", certs: ["halal", "bpom"], budget: 180000,
    exact: [
      { name: "Sambal bawang botol 200 ml", desc: "Sambal bawang pedas dalam botol kaca 200 ml, tanpa pengawet." },
      { name: "Sambel bawang botolan", desc: "Sambel bawang khas Jawa Timur, botol kaca 150 ml." },
      { name: "Chili sauce sambal terasi bottle", desc: "Indonesian sambal terasi chili sauce, 190 ml glass bottle." },
      { name: "Sambal matah botol", desc: "Sambal matah Bali dalam botol kaca 150 ml, minyak kelapa." },
      { name: "Sambal botol ijo", desc: "Sambal cabai hijau botol kaca 200 ml." },
    ],
    subs: [{ name: "Sambal sachet 10 g", desc: "Sambal terasi sachet 10 g, isi 50 sachet per pak." }],
    rel: [{ name: "Saus tomat botol 340 ml", desc: "Saus tomat botol plastik 340 ml." }],
    decoys: [
      { name: "Botol kaca 200 ml untuk sambal", desc: "Botol kaca kosong 200 ml tutup ulir, cocok untuk sambal dan selai.", cat: "packaging" },
      { name: "Cobek batu sambal", desc: "Cobek dan ulekan batu andesit untuk membuat sambal.", cat: "ceramics_pottery" },
    ],
    relBg: ["kecap"], relNeeds: [],
  },
  {
    buyer: 1, title: "Abon sapi untuk ransum karyawan lapangan", cat: "processed_meat_fish",
    desc: "Abon daging sapi 800 kg untuk ransum karyawan proyek di Samarinda, halal, kemasan vakum 1 kg, masa simpan minimal 6 bulan.",
    qty: 800, unit: "kg", pUnit: "kg", regency: "64.72", neededBy: "2027-07-15", certs: ["halal"], budget: 220000,
    exact: [
      { name: "Abon daging sapi manis", desc: "Abon daging sapi manis gurih, kemasan vakum 1 kg." },
      { name: "Beef floss 1 kg", desc: "Shredded beef floss, sweet savoury, 1 kg vacuum pack." },
      { name: "Abon sappi original", desc: "Abon sappi original tanpa pengawet, kemasan 1 kg." },
      { name: "Abon sapi pedas", desc: "Abon sapi pedas kemasan 1 kg." },
      { name: "Abon sapi", desc: "Abon sapi asli Banjar, per kg.", cat: "snacks" },
    ],
    subs: [{ name: "Abon ayam suwir", desc: "Abon daging ayam suwir, kemasan 1 kg." }],
    rel: [{ name: "Dendeng sapi balado", desc: "Dendeng sapi balado kering, kemasan 500 g." }],
    decoys: [
      { name: "Kulit sapi samak", desc: "Kulit sapi samak nabati untuk kerajinan, per lembar.", cat: "leather_goods" },
      { name: "Bakso sapi beku", desc: "Bakso daging sapi beku isi 50 butir per kg.", cat: "processed_meat_fish" },
    ],
    relBg: ["bandeng"], relNeeds: [],
  },
  {
    buyer: 2, title: "Minuman jahe merah instan untuk konsumsi rapat", cat: "beverages",
    desc: "Minuman serbuk jahe merah instan 2.000 pak (isi 10 sachet) untuk konsumsi rapat dan tamu, halal, izin edar BPOM.",
    qty: 2000, unit: "pak", pUnit: "pak", regency: "32.73", neededBy: "2027-05-31", certs: ["halal", "bpom"], budget: 25000,
    exact: [
      { name: "Jahe merah instan bubuk isi 10 sachet", desc: "Minuman serbuk jahe merah instan dengan gula aren, isi 10 sachet." },
      { name: "Red ginger instant drink", desc: "Instant red ginger drink powder, 10 sachets per pack." },
      { name: "Wedang jahe instan", desc: "Wedang jahe merah instan, pak isi 10 sachet." },
      { name: "Serbuk minuman jahe merah", desc: "Serbuk minuman jahe merah kemasan pak 10 sachet.", cat: "herbal_medicine" },
      { name: "Jahe merah instant", desc: "Jahe merah instant siap seduh, isi 10 sachet." },
    ],
    subs: [{ name: "Jahe emprit instan", desc: "Minuman serbuk jahe emprit instan, isi 10 sachet." }],
    rel: [{ name: "Bandrek instan", desc: "Minuman bandrek instan khas Sunda, isi 10 sachet." }],
    decoys: [
      { name: "Mesin penggiling jahe", desc: "Mesin penggiling jahe dan rempah, motor 2 HP.", cat: "machinery" },
      { name: "Permen jahe", desc: "Permen jahe hangat, toples isi 100 butir.", cat: "confectionery" },
    ],
    relBg: ["jamuKunyit"], relNeeds: [],
  },
  {
    buyer: 3, title: "Seragam kerja wearpack untuk teknisi pabrik", cat: "uniforms",
    desc: "Wearpack (coverall) bahan drill untuk 1.200 teknisi pabrik baja, warna biru dongker, dengan scotlight dan bordir logo. TKDN minimal 40%.",
    qty: 1200, unit: "pcs", pUnit: "pcs", regency: "36.72", neededBy: "2027-04-15", certs: [], minTkdn: 40, budget: 275000,
    exact: [
      { name: "Wearpack coverall drill", desc: "Wearpack terusan bahan drill American, scotlight, bordir logo." },
      { name: "Coverall katelpak safety", desc: "Katelpak (coverall) safety bahan drill, resleting depan." },
      { name: "Baju kerja terusan wear pack", desc: "Baju kerja terusan (wear pack) untuk teknisi, bahan drill." },
      { name: "Werpack kerja drill", desc: "Werpack kerja bahan drill, scotlight di lengan dan kaki." },
      { name: "Coverall kerja", desc: "Coverall kerja lengan panjang bahan drill, untuk industri.", cat: "ppe" },
    ],
    subs: [{ name: "Setelan kemeja dan celana PDL kerja", desc: "Setelan kemeja dan celana PDL lapangan bahan drill." }],
    rel: [{ name: "Seragam sekolah SMA", desc: "Seragam sekolah SMA putih abu-abu." }],
    decoys: [
      { name: "Tas kerja kulit", desc: "Tas kerja kulit sapi untuk dokumen dan laptop.", cat: "leather_goods" },
      { name: "Pack kardus wearpack", desc: "Kotak kardus untuk kemasan pakaian kerja, 40x30x10 cm.", cat: "packaging" },
    ],
    relBg: ["kemeja"], relNeeds: [],
  },
  {
    buyer: 3, title: "Kaos polo berbordir logo untuk karyawan", cat: "apparel",
    desc: "Kaos polo bahan lacoste CVC dengan bordir logo perusahaan di dada kiri, 250 lusin, ukuran S–XXL. TKDN minimal 40%.",
    qty: 250, unit: "lusin", pUnit: "pcs", regency: "36.72", neededBy: "2027-06-15", certs: [], minTkdn: 40, budget: 1200000,
    exact: [
      { name: "Kaos polo shirt lacoste CVC bordir", desc: "Kaos polo lacoste CVC bordir logo, ukuran lengkap." },
      { name: "Polo shirt bordir logo", desc: "Polo shirt with embroidered company logo, CVC pique." },
      { name: "Kaos berkerah bordir", desc: "Kaos berkerah bahan lacoste, bordir logo instansi." },
      { name: "Polo shrit bordir", desc: "Polo shrit bahan pique bordir custom." },
      { name: "Kaus polo", desc: "Kaus polo bahan katun pique, bordir logo.", cat: "uniforms" },
    ],
    subs: [{ name: "Kaos oblong sablon logo", desc: "Kaos oblong katun combed 30s sablon logo." }],
    rel: [{ name: "Kemeja kerja lengan pendek", desc: "Kemeja kerja lengan pendek bahan American drill." }],
    decoys: [
      { name: "Kaos kaki katun", desc: "Kaos kaki katun panjang, per lusin pasang.", cat: "apparel" },
      { name: "Mesin bordir komputer", desc: "Mesin bordir komputer 1 kepala 12 jarum.", cat: "machinery" },
    ],
    relBg: ["topi"], relNeeds: [],
  },
  {
    buyer: 4, title: "Hotel bath towels 70x140 white for guest rooms", cat: "textile_goods",
    desc: "White cotton bath towels 70 x 140 cm, 500 gsm, for guest rooms in Badung; SNI certified. 300 dozen.",
    qty: 300, unit: "lusin", pUnit: "pcs", regency: "51.03", neededBy: "2027-08-31", certs: ["sni"], budget: 960000,
    exact: [
      { name: "Handuk mandi katun 70 x 140 putih", desc: "Handuk mandi katun 100% 70 x 140 cm, putih, 500 gsm." },
      { name: "Bath towel hotel 70x140", desc: "Hotel bath towel 70x140 cm white, combed cotton." },
      { name: "Anduk mandi putih hotel", desc: "Anduk mandi putih 70x140 untuk hotel dan villa." },
      { name: "Handuk hotel putih", desc: "Handuk hotel putih 70x140 cm, katun.", cat: "apparel" },
      { name: "Handukmandi hotel 70x140", desc: "Handukmandi hotel katun 70x140 warna putih." },
    ],
    subs: [{ name: "Handuk mandi 60x120 putih", desc: "Handuk mandi katun 60 x 120 cm warna putih." }],
    rel: [{ name: "Keset kaki kamar mandi", desc: "Keset kaki kamar mandi katun tebal 45 x 70 cm." }],
    decoys: [
      { name: "Rak handuk stainless", desc: "Rak handuk stainless steel dinding kamar mandi hotel.", cat: "metal_fabrication" },
      { name: "Bathrobe motif batik", desc: "Kimono mandi motif batik untuk suvenir.", cat: "batik_apparel" },
    ],
    relBg: ["sprei"], relNeeds: [],
  },
  {
    buyer: 2, title: "Kain batik tulis untuk cinderamata tamu kehormatan", cat: "batik_cloth",
    desc: "Kain batik tulis 2 m motif klasik untuk cinderamata tamu kehormatan, bersertifikat Batikmark (sertifikat lain-lain).",
    qty: 400, unit: "lembar", pUnit: "lembar", regency: "32.73", neededBy: "2027-09-30", certs: ["other"], budget: 650000,
    exact: [
      { name: "Kain batik tulis motif parang 2 m", desc: "Kain batik tulis tangan motif parang, katun primisima, 2 m." },
      { name: "Hand-drawn batik tulis fabric", desc: "Hand-drawn batik tulis on primissima cotton, 2 m length." },
      { name: "Jarik batik tulis", desc: "Jarik batik tulis Solo, pewarna alam, 2,5 m." },
      { name: "Batiktulis kain sogan", desc: "Batiktulis kain sogan Pekalongan 2 m." },
      { name: "Kain batik tulis", desc: "Kain batik tulis Lasem, 2 m.", cat: "batik_apparel" },
    ],
    subs: [{ name: "Kain batik kombinasi tulis cap", desc: "Kain batik kombinasi tulis dan cap, 2 m." }],
    rel: [{ name: "Kain batik cap motif kawung", desc: "Kain batik cap motif kawung, 2 m." }],
    decoys: [
      { name: "Canting tulis batik", desc: "Canting tembaga untuk membatik tulis, set 5 ukuran.", cat: "jewellery_crafts" },
      { name: "Lilin malam batik tulis", desc: "Lilin malam untuk batik tulis, per kg.", cat: "cleaning_products" },
    ],
    relBg: ["batikPrint"], relNeeds: [11],
  },
  {
    buyer: 6, title: "Kemeja batik lengan panjang seragam hari Jumat", cat: "batik_apparel",
    desc: "Kemeja batik pria lengan panjang untuk seragam hari Jumat 900 pegawai, motif seragam, TKDN minimal 40%.",
    qty: 900, unit: "pcs", pUnit: "pcs", regency: "31.72", neededBy: "2027-03-31", certs: [], minTkdn: 40, budget: 325000,
    exact: [
      { name: "Kemeja batik pria lengan panjang", desc: "Kemeja batik cap pria lengan panjang, furing." },
      { name: "Hem batik lengan panjang", desc: "Hem batik lengan panjang motif seragam instansi." },
      { name: "Long sleeve batik shirt", desc: "Men's long sleeve batik shirt, cotton, custom motif." },
      { name: "Kemeja batk lengan panjang", desc: "Kemeja batk lengan panjang bahan katun." },
      { name: "Kemeja batik seragam kantor", desc: "Kemeja batik seragam lengan panjang.", cat: "uniforms" },
    ],
    subs: [{ name: "Kemeja batik lengan pendek", desc: "Kemeja batik pria lengan pendek, katun." }],
    rel: [{ name: "Blus batik wanita lengan panjang", desc: "Blus batik wanita lengan panjang, katun." }],
    decoys: [
      { name: "Kancing kemeja batok kelapa", desc: "Kancing kemeja dari batok kelapa, isi 100.", cat: "jewellery_crafts" },
      { name: "Kemeja flanel kotak", desc: "Kemeja flanel kotak-kotak lengan panjang.", cat: "apparel" },
    ],
    relBg: ["blus", "daster"], relNeeds: [10],
  },
  {
    buyer: 4, title: "Kain tenun ikat untuk souvenir delegasi", cat: "woven_cloth",
    desc: "Kain tenun ikat tangan (ATBM atau gedogan) untuk souvenir delegasi pertemuan internasional di Mataram, 150 lembar.",
    qty: 150, unit: "lembar", pUnit: "lembar", regency: "52.71", neededBy: "2027-10-15", certs: [], budget: 850000,
    exact: [
      { name: "Kain tenun ikat NTT", desc: "Kain tenun ikat tangan NTT pewarna alam, 2 x 0,6 m." },
      { name: "Ikat weaving cloth", desc: "Hand-woven ikat cloth, natural dyes, 200 x 60 cm." },
      { name: "Tenun ikat Troso", desc: "Kain tenun ikat Troso Jepara ATBM." },
      { name: "Kain tenun ikat Sasak", desc: "Kain tenun ikat Sasak Lombok, gedogan.", cat: "batik_cloth" },
      { name: "Kain tenun ikkat", desc: "Kain tenun ikkat ATBM, motif tradisional." },
    ],
    subs: [{ name: "Kain songket benang emas", desc: "Kain songket tenun tangan benang emas." }],
    rel: [{ name: "Selendang tenun", desc: "Selendang tenun ATBM motif tradisional." }],
    decoys: [
      { name: "Ikat pinggang kulit", desc: "Ikat pinggang kulit sapi gesper kuningan.", cat: "leather_goods" },
      { name: "Tali ikat rafia", desc: "Tali rafia untuk mengikat barang, roll 1 kg.", cat: "packaging" },
    ],
    relBg: ["sarungTenun"], relNeeds: [],
  },
  {
    buyer: 3, title: "Sepatu safety untuk pekerja lapangan", cat: "footwear",
    desc: "Sepatu safety kulit dengan steel toe cap dan sol anti selip, SNI, untuk 800 pekerja lapangan. TKDN minimal 40%.",
    qty: 800, unit: "pasang", pUnit: "pasang", regency: "36.72", neededBy: "2027-04-30", certs: ["sni"], minTkdn: 40, budget: 450000,
    exact: [
      { name: "Sepatu safety kulit steel toe", desc: "Sepatu safety kulit sapi, steel toe cap, sol PU anti selip." },
      { name: "Safety shoes steel toe cap", desc: "Leather safety shoes, steel toe cap, anti-slip sole." },
      { name: "Sepatu pengaman kerja", desc: "Sepatu pengaman kerja kulit, ujung baja." },
      { name: "Sepatu safty kulit", desc: "Sepatu safty kulit ujung besi." },
      { name: "Sepatu keselamatan kerja", desc: "Sepatu keselamatan kerja kulit ujung baja.", cat: "ppe" },
    ],
    subs: [{ name: "Sepatu boot PVC safety", desc: "Sepatu boot PVC safety steel toe." }],
    rel: [{ name: "Sepatu kerja kulit tanpa steel toe", desc: "Sepatu kerja kulit sapi biasa (tanpa pelindung baja)." }],
    decoys: [
      { name: "Lemari sepatu kayu", desc: "Lemari sepatu kayu jati 4 susun.", cat: "furniture" },
      { name: "Semir sepatu cair", desc: "Semir sepatu cair hitam 75 ml.", cat: "cleaning_products" },
    ],
    relBg: ["sepatuPdh"], relNeeds: [],
  },
  {
    buyer: 5, title: "Dompet kulit sapi untuk souvenir ulang tahun perusahaan", cat: "leather_goods",
    desc: "Dompet kulit sapi asli pria dengan emboss logo untuk souvenir ulang tahun perusahaan, 100 lusin, TKDN minimal 60%.",
    qty: 100, unit: "lusin", pUnit: "pcs", regency: "35.25", neededBy: "2027-08-15", certs: [], minTkdn: 60, budget: 1800000,
    exact: [
      { name: "Dompet kulit sapi asli pria", desc: "Dompet lipat kulit sapi asli, emboss logo." },
      { name: "Genuine leather wallet", desc: "Genuine cowhide leather bifold wallet, logo emboss." },
      { name: "Dompett kulit sapi", desc: "Dompett kulit sapi lipat dua." },
      { name: "Dompet kulit", desc: "Dompet kulit sapi asli, custom logo.", cat: "bags_souvenirs" },
      { name: "Dompet kulit sapi lipat", desc: "Dompet kulit sapi lipat tiga." },
    ],
    subs: [{ name: "Dompet kulit domba", desc: "Dompet kulit domba lembut, lipat dua." }],
    rel: [{ name: "Dompet kain batik", desc: "Dompet kain batik resleting." }],
    decoys: [
      { name: "Krecek kulit sapi", desc: "Krecek kulit sapi kering untuk sambal goreng, per kg.", cat: "processed_meat_fish" },
      { name: "Kulit sapi mentah garaman", desc: "Kulit sapi mentah garaman untuk penyamakan, per lembar.", cat: "leather_goods" },
    ],
    relBg: ["ikatPinggang", "gantunganKunci"], relNeeds: [],
  },
  {
    buyer: 6, title: "Meja kerja kayu jati untuk kantor cabang", cat: "furniture",
    desc: "Meja kerja kayu jati 140 x 70 cm dengan laci, bahan kayu legal (SVLK), 120 unit untuk kantor cabang. TKDN minimal 40%.",
    qty: 120, unit: "unit", pUnit: "unit", regency: "31.72", neededBy: "2027-06-30", certs: ["svlk"], minTkdn: 40, budget: 3500000,
    exact: [
      { name: "Meja kantor jati 140x70", desc: "Meja kantor kayu jati 140 x 70 cm, 3 laci, finishing melamin." },
      { name: "Teak office desk", desc: "Solid teak office desk 140 x 70 cm with drawers." },
      { name: "Meja tulis jati laci", desc: "Meja tulis kayu jati dengan laci, 140 x 70." },
      { name: "Meja kerja jati", desc: "Meja kerja kayu jati perhutani.", cat: "wood_products" },
      { name: "Meja kerja kayu jatti", desc: "Meja kerja kayu jatti 140 x 70 cm." },
    ],
    subs: [{ name: "Meja kerja kayu mahoni", desc: "Meja kerja kayu mahoni 140 x 70 cm dengan laci." }],
    rel: [{ name: "Kursi kerja kayu jati", desc: "Kursi kerja kayu jati dengan dudukan busa." }],
    decoys: [
      { name: "Taplak meja batik", desc: "Taplak meja batik 150 x 150 cm.", cat: "textile_goods" },
      { name: "Meja lipat plastik", desc: "Meja lipat plastik untuk acara.", cat: "packaging" },
    ],
    relBg: ["kursiJati", "rakBuku"], relNeeds: [],
  },
  {
    buyer: 5, title: "Palet kayu untuk gudang bahan baku", cat: "wood_products",
    desc: "Palet kayu 120 x 100 cm four-way, beban 1 ton, kayu legal bersertifikat SVLK, 2.000 pcs untuk gudang Gresik.",
    qty: 2000, unit: "pcs", pUnit: "pcs", regency: "35.25", neededBy: "2027-03-31", certs: ["svlk"], budget: 150000,
    exact: [
      { name: "Palet kayu 120x100", desc: "Palet kayu akasia 120 x 100 cm four-way, beban 1 ton." },
      { name: "Wooden pallet 4-way", desc: "Four-way wooden pallet 1200 x 1000 mm, 1 t load." },
      { name: "Pallet kayu", desc: "Pallet kayu sengon/akasia untuk gudang." },
      { name: "Palett kayu gudang", desc: "Palett kayu gudang 120x100." },
      { name: "Palet kayu heat treatment", desc: "Palet kayu HT ISPM-15 untuk ekspor.", cat: "packaging" },
    ],
    subs: [{ name: "Palet plastik 120x100", desc: "Palet plastik HDPE 120 x 100 cm.", cat: "packaging" }],
    rel: [{ name: "Peti kayu kemas mesin", desc: "Peti kayu kemas untuk mesin." }],
    decoys: [
      { name: "Palet warna lukis", desc: "Palet warna kayu untuk melukis cat minyak.", cat: "bags_souvenirs" },
      { name: "Kayu bakar potong", desc: "Kayu bakar potong per ikat.", cat: "wood_products" },
    ],
    relBg: ["peti"], relNeeds: [],
  },
  {
    buyer: 6, title: "Keranjang anyaman rotan untuk parsel lebaran", cat: "woven_crafts",
    desc: "Keranjang anyaman rotan oval diameter 35 cm untuk parsel lebaran mitra, 3.000 pcs.",
    qty: 3000, unit: "pcs", pUnit: "pcs", regency: "31.72", neededBy: "2027-03-01", certs: [], budget: 45000,
    exact: [
      { name: "Keranjang rotan parsel", desc: "Keranjang rotan oval 35 cm untuk parsel." },
      { name: "Rattan hamper basket", desc: "Woven rattan hamper basket, oval 35 cm." },
      { name: "Kranjang anyaman rotan", desc: "Kranjang anyaman rotan untuk hampers." },
      { name: "Bakul rotan parsel", desc: "Bakul rotan anyam untuk parsel.", cat: "bags_souvenirs" },
      { name: "Keranjang parcel rotan", desc: "Keranjang parcel rotan oval." },
    ],
    subs: [{ name: "Keranjang anyaman bambu parsel", desc: "Keranjang anyaman bambu untuk parsel." }],
    rel: [{ name: "Keranjang pandan", desc: "Keranjang anyaman pandan." }],
    decoys: [
      { name: "Kursi rotan teras", desc: "Kursi rotan sintetis teras.", cat: "furniture" },
      { name: "Keranjang sampah plastik", desc: "Keranjang sampah plastik 20 liter.", cat: "packaging" },
    ],
    relBg: ["tasRotan", "tikar"], relNeeds: [],
  },
  {
    buyer: 2, title: "Tas seminar kain blacu untuk peserta pelatihan", cat: "bags_souvenirs",
    desc: "Tas seminar / tote bag kain blacu 35 x 40 cm sablon 1 warna untuk 2.500 peserta pelatihan, TKDN minimal 40%.",
    qty: 2500, unit: "pcs", pUnit: "pcs", regency: "32.73", neededBy: "2027-04-30", certs: [], minTkdn: 40, budget: 25000,
    exact: [
      { name: "Tas blacu sablon", desc: "Tas blacu 35 x 40 cm sablon logo 1 warna." },
      { name: "Tote bag blacu", desc: "Tote bag kain blacu natural, sablon custom." },
      { name: "Goodie bag kain blacu", desc: "Goodie bag kain blacu untuk seminar." },
      { name: "Totebag blacu", desc: "Totebag blacu tali panjang.", cat: "textile_goods" },
      { name: "Tas blacuu seminar", desc: "Tas blacuu seminar sablon." },
    ],
    subs: [{ name: "Tas spunbond seminar", desc: "Tas spunbond 75 gsm sablon logo." }],
    rel: [{ name: "Tas seminar kulit sintetis", desc: "Tas seminar kulit sintetis resleting." }],
    decoys: [
      { name: "Kain blacu roll", desc: "Kain blacu mentah lebar 115 cm, per meter.", cat: "textile_goods" },
      { name: "Tas kresek", desc: "Kantong plastik kresek, per pak 100 lembar.", cat: "packaging" },
    ],
    relBg: [], relNeeds: [],
  },
  {
    buyer: 5, title: "Custom logo ceramic mugs for corporate gifts", cat: "ceramics_pottery",
    desc: "Ceramic mugs 11 oz with the company logo printed, gift box, 200 dozen for corporate anniversary gifts.",
    qty: 200, unit: "lusin", pUnit: "pcs", regency: "35.25", neededBy: "2027-08-15", certs: [], budget: 420000,
    exact: [
      { name: "Mug keramik custom logo", desc: "Mug keramik 11 oz cetak logo sublim." },
      { name: "Ceramic mug printed logo", desc: "11 oz ceramic mug with printed logo." },
      { name: "Cangkir keramik bergagang logo", desc: "Cangkir keramik bergagang dengan logo." },
      { name: "Mug keramic sablon", desc: "Mug keramic sablon custom." },
      { name: "Gelas mug keramik", desc: "Gelas mug keramik souvenir.", cat: "bags_souvenirs" },
    ],
    subs: [{ name: "Mug enamel custom logo", desc: "Mug enamel logam cetak logo." }],
    rel: [{ name: "Piring keramik souvenir", desc: "Piring keramik hias souvenir." }],
    decoys: [
      { name: "Keramik lantai 40x40", desc: "Keramik lantai 40 x 40 cm per m2.", cat: "building_materials" },
      { name: "Mug stainless kemah", desc: "Mug stainless untuk berkemah.", cat: "metal_fabrication" },
    ],
    relBg: ["vas"], relNeeds: [],
  },
  {
    buyer: 3, title: "Sarung tangan kerja kulit untuk bengkel pemeliharaan", cat: "ppe",
    desc: "Sarung tangan kerja kulit (las dan mekanik) ber-SNI, 500 lusin pasang untuk bengkel pemeliharaan pabrik Cilegon.",
    qty: 500, unit: "lusin", pUnit: "pasang", regency: "36.72", neededBy: "2027-05-15", certs: ["sni"], budget: 540000,
    exact: [
      { name: "Sarung tangan las kulit", desc: "Sarung tangan las kulit sapi panjang." },
      { name: "Leather work gloves", desc: "Leather work gloves for welding and mechanics." },
      { name: "Glove kulit safety", desc: "Glove kulit safety untuk bengkel." },
      { name: "Sarungtangan kulit", desc: "Sarungtangan kulit kerja." },
      { name: "Sarung tangan kulit kerja", desc: "Sarung tangan kulit kerja lapangan.", cat: "leather_goods" },
    ],
    subs: [{ name: "Sarung tangan katun bintik", desc: "Sarung tangan katun bintik karet." }],
    rel: [{ name: "Masker las kulit", desc: "Masker / apron las kulit." }],
    decoys: [
      { name: "Sarung tenun Samarinda", desc: "Sarung tenun sutra Samarinda.", cat: "woven_cloth" },
      { name: "Sarung bantal katun", desc: "Sarung bantal katun 50x70.", cat: "textile_goods" },
    ],
    relBg: ["rompi", "helm"], relNeeds: [],
  },
  {
    buyer: 1, title: "Rak besi siku untuk gudang arsip", cat: "metal_fabrication",
    desc: "Rak besi siku berlubang 5 susun 200 x 100 x 40 cm untuk gudang arsip, 150 unit, TKDN minimal 50%.",
    qty: 150, unit: "unit", pUnit: "unit", regency: "16.71", neededBy: "2027-05-31", certs: [], minTkdn: 50, budget: 1250000,
    exact: [
      { name: "Rak besi siku lubang 5 susun", desc: "Rak besi siku lubang 5 susun 200x100x40." },
      { name: "Steel slotted angle rack", desc: "Slotted angle steel rack, 5 tiers." },
      { name: "Rak siku besi", desc: "Rak siku besi serbaguna." },
      { name: "Rak gudang besi siku", desc: "Rak gudang besi siku 5 tingkat." },
      { name: "Rak besi sikku", desc: "Rak besi sikku lubang." },
    ],
    subs: [{ name: "Rak gudang heavy duty", desc: "Rak gudang heavy duty beban 500 kg per susun." }],
    rel: [{ name: "Lemari arsip besi 4 laci", desc: "Lemari arsip besi 4 laci." }],
    decoys: [
      { name: "Rak sepatu kayu", desc: "Rak sepatu kayu 4 susun.", cat: "furniture" },
      { name: "Besi siku batangan 6 m", desc: "Besi siku batangan 40x40 panjang 6 m.", cat: "building_materials" },
    ],
    relBg: ["lemariArsip"], relNeeds: [],
  },
  {
    buyer: 5, title: "Bushing kuningan untuk perawatan pompa", cat: "machined_parts",
    desc: "Bushing kuningan bubut sesuai gambar teknik untuk perawatan pompa sirkulasi, 400 pcs, bengkel bersertifikat ISO 9001.",
    qty: 400, unit: "pcs", pUnit: "pcs", regency: "35.25", neededBy: "2027-04-15", certs: ["iso9001"], budget: 85000,
    exact: [
      { name: "Bushing brass custom bubut", desc: "Bushing brass bubut custom sesuai gambar." },
      { name: "Bos kuningan bubut", desc: "Bos kuningan bubut untuk pompa." },
      { name: "Brass bushing", desc: "Machined brass bushing to drawing." },
      { name: "Busing kuningan", desc: "Busing kuningan bubut presisi." },
      { name: "Bushing kuningan", desc: "Bushing kuningan bubut.", cat: "metal_fabrication" },
    ],
    subs: [{ name: "Bushing perunggu bubut", desc: "Bushing perunggu (bronze) bubut." }],
    rel: [{ name: "Bushing karet", desc: "Bushing karet peredam." }],
    decoys: [
      { name: "Lampu hias kuningan", desc: "Lampu hias kerajinan kuningan.", cat: "jewellery_crafts" },
      { name: "Pompa air celup", desc: "Pompa air celup 250 W.", cat: "electrical" },
    ],
    relBg: ["asBubut"], relNeeds: [],
  },
  {
    buyer: 1, title: "Cangkul baja untuk program kemitraan petani", cat: "agri_tools",
    desc: "Cangkul baja tempa lengkap tanpa gagang, ber-SNI, 3.000 pcs untuk program kemitraan petani di Lampung. TKDN minimal 40%.",
    qty: 3000, unit: "pcs", pUnit: "pcs", regency: "18.71", neededBy: "2027-07-31", certs: ["sni"], minTkdn: 40, budget: 85000,
    exact: [
      { name: "Cangkul baja tempa", desc: "Cangkul baja tempa, mata tajam." },
      { name: "Pacul baja", desc: "Pacul baja tempa untuk sawah." },
      { name: "Forged steel hoe", desc: "Forged steel hoe head." },
      { name: "Cangkul", desc: "Cangkul baja per pcs.", cat: "metal_fabrication" },
      { name: "Cangkull baja", desc: "Cangkull baja tempa." },
    ],
    subs: [{ name: "Pacul kecil taman", desc: "Pacul kecil untuk taman." }],
    rel: [{ name: "Garpu tanah baja", desc: "Garpu tanah baja 4 gigi." }],
    decoys: [
      { name: "Baja ringan kanal C", desc: "Baja ringan kanal C 0,75 mm.", cat: "building_materials" },
      { name: "Gantungan kunci cangkul mini", desc: "Gantungan kunci bentuk cangkul mini.", cat: "bags_souvenirs" },
    ],
    relBg: ["arit"], relNeeds: [],
  },
  {
    buyer: 2, title: "Mesin perajang singkong untuk UMKM binaan", cat: "machinery",
    desc: "Mesin perajang/pengiris singkong stainless kapasitas 100 kg/jam untuk UMKM binaan, 40 unit, SNI, TKDN minimal 40%.",
    qty: 40, unit: "unit", pUnit: "unit", regency: "32.73", neededBy: "2027-09-30", certs: ["sni"], minTkdn: 40, budget: 7500000,
    exact: [
      { name: "Mesin perajang singkong stainless", desc: "Mesin perajang singkong stainless 100 kg/jam." },
      { name: "Cassava slicer machine", desc: "Cassava slicer machine 100 kg/h." },
      { name: "Mesin pengiris singkong", desc: "Mesin pengiris singkong untuk keripik." },
      { name: "Mesin rajang keripik singkong", desc: "Mesin rajang keripik singkong." },
      { name: "Mesin perajang", desc: "Mesin perajang singkong, bawang.", cat: "agri_tools" },
    ],
    subs: [{ name: "Mesin perajang singkong manual", desc: "Mesin perajang singkong manual engkol." }],
    rel: [{ name: "Mesin pemarut singkong", desc: "Mesin pemarut singkong untuk tapioka." }],
    decoys: [
      { name: "Gethuk singkong lindri", desc: "Gethuk singkong lindri warna-warni, kue basah tradisional per kotak isi 20.", cat: "snacks" },
      { name: "Pisau perajang dapur", desc: "Pisau perajang dapur.", cat: "agri_tools" },
    ],
    relBg: ["mesinGiling"], relNeeds: [],
  },
  {
    buyer: 5, title: "Paving block K-300 untuk area parkir pabrik", cat: "building_materials",
    desc: "Paving block mutu K-300 tebal 8 cm, 4.000 m2 untuk area parkir pabrik Gresik, SNI, TKDN minimal 60%.",
    qty: 4000, unit: "m2", pUnit: "m2", regency: "35.25", neededBy: "2027-05-31", certs: ["sni"], minTkdn: 60, budget: 120000,
    exact: [
      { name: "Paving block K300 tebal 8 cm", desc: "Paving block K300 tebal 8 cm, press mesin." },
      { name: "Conblock K-300", desc: "Conblock (paving) K-300 per m2." },
      { name: "Paving blok K300", desc: "Paving blok mutu K300." },
      { name: "Concrete paver K300", desc: "Concrete paver K300, 8 cm." },
      { name: "Pavingblock K300", desc: "Pavingblock K300 per m2." },
    ],
    subs: [{ name: "Paving block K-250", desc: "Paving block K-250 tebal 6 cm." }],
    rel: [{ name: "Kanstin beton", desc: "Kanstin beton 40 cm." }],
    decoys: [
      { name: "Cetakan paving block", desc: "Cetakan paving block baja.", cat: "machinery" },
      { name: "Blok catatan kertas", desc: "Blok catatan kertas A5.", cat: "printing" },
    ],
    relBg: ["batako"], relNeeds: [],
  },
  {
    buyer: 6, title: "Sabun cuci tangan cair untuk toilet kantor", cat: "cleaning_products",
    desc: "Sabun cuci tangan cair refill jeriken, 6.000 liter untuk toilet kantor pusat dan cabang, berizin edar BPOM.",
    qty: 6000, unit: "liter", pUnit: "liter", regency: "31.72", neededBy: "2027-04-30", certs: ["bpom"], budget: 18000,
    exact: [
      { name: "Sabun cuci tangan cair refill", desc: "Sabun cuci tangan cair refill jeriken 5 liter." },
      { name: "Hand soap liquid", desc: "Liquid hand soap refill 5 L." },
      { name: "Hand wash cair", desc: "Hand wash cair antiseptik." },
      { name: "Sabun cair cuci tangan", desc: "Sabun cair cuci tangan.", cat: "cosmetics_toiletries" },
      { name: "Sabun cuci tanggan cair", desc: "Sabun cuci tanggan cair." },
    ],
    subs: [{ name: "Sabun mandi cair", desc: "Sabun mandi cair refill." }],
    rel: [{ name: "Pembersih lantai", desc: "Pembersih lantai wangi." }],
    decoys: [
      { name: "Tempat sabun keramik", desc: "Tempat sabun keramik.", cat: "ceramics_pottery" },
      { name: "Wastafel cuci tangan portable", desc: "Wastafel cuci tangan portable stainless.", cat: "metal_fabrication" },
    ],
    relBg: ["sabunPiring"], relNeeds: [],
  },
  {
    buyer: 1, title: "Kardus karton box untuk pengiriman sampel pupuk", cat: "packaging",
    desc: "Kardus karton box gelombang single wall 40 x 30 x 30 cm cetak 1 warna, 20.000 pcs untuk pengiriman sampel pupuk. TKDN minimal 60%.",
    qty: 20000, unit: "pcs", pUnit: "pcs", regency: "16.71", neededBy: "2027-03-31", certs: [], minTkdn: 60, budget: 6000,
    exact: [
      { name: "Kardus box gelombang single wall", desc: "Kardus box gelombang single wall custom." },
      { name: "Corrugated carton box", desc: "Corrugated carton box, single wall." },
      { name: "Karton box", desc: "Karton box custom." },
      { name: "Dus karton", desc: "Dus karton gelombang.", cat: "printing" },
      { name: "Kardus kartn", desc: "Kardus kartn." },
    ],
    subs: [{ name: "Kardus double wall", desc: "Kardus double wall." }],
    rel: [{ name: "Lakban", desc: "Lakban coklat." }],
    decoys: [
      { name: "Box panel listrik", desc: "Box panel listrik.", cat: "electrical" },
      { name: "Kotak kayu hantaran", desc: "Kotak kayu hantaran.", cat: "wood_products" },
    ],
    relBg: ["lakban", "boxSnack"], relNeeds: [],
  },
  {
    buyer: 2, title: "Cetak kop surat HVS untuk administrasi", cat: "printing",
    desc: "Kertas kop surat HVS 80 gram A4 cetak 2 warna untuk administrasi, 400 rim.",
    qty: 400, unit: "rim", pUnit: "lembar", regency: "32.73", neededBy: "2027-03-15", certs: [], minTkdn: 40, budget: 175000,
    exact: [
      { name: "Cetak kop surat HVS 80 gram", desc: "Cetak kop surat HVS 80 gram A4." },
      { name: "Letterhead printing A4", desc: "Letterhead printing A4 80 gsm." },
      { name: "Kop surat cetak offset", desc: "Kop surat cetak offset." },
      { name: "Cetak kopsurat", desc: "Cetak kopsurat.", cat: "packaging" },
      { name: "Cetak kop surrat", desc: "Cetak kop surrat." },
    ],
    subs: [{ name: "Cetak kop surat NCR rangkap", desc: "Cetak kop surat NCR rangkap." }],
    rel: [{ name: "Amplop kop cetak", desc: "Amplop kop cetak." }],
    decoys: [
      { name: "Cetakan kue", desc: "Cetakan kue.", cat: "machinery" },
      { name: "Surat kabar bekas", desc: "Surat kabar bekas.", cat: "packaging" },
    ],
    relBg: ["brosur"], relNeeds: [],
  },
  {
    buyer: 3, title: "LED street lights 60W for industrial estate roads", cat: "electrical",
    desc: "LED street lights (PJU) 60 W, IP66, SNI certified, TKDN at least 40%, 300 units for estate roads in Cilegon.",
    qty: 300, unit: "unit", pUnit: "unit", regency: "36.72", neededBy: "2027-12-15", certs: ["sni"], minTkdn: 40, budget: 1800000,
    exact: [
      { name: "Lampu PJU LED 60W", desc: "Lampu PJU LED 60W IP66." },
      { name: "LED street light 60 W", desc: "LED street light 60 W IP66." },
      { name: "Lampu jalan LED 60 watt", desc: "Lampu jalan LED 60 watt." },
      { name: "Lampu PJU LED", desc: "Lampu PJU LED 60 W.", cat: "electronic_devices" },
      { name: "Lampu LED PJU 60 wat", desc: "Lampu LED PJU 60 wat." },
    ],
    subs: [{ name: "Lampu PJU LED 90 watt", desc: "Lampu PJU LED 90 watt." }],
    rel: [{ name: "Tiang PJU oktagonal 7 m", desc: "Tiang PJU oktagonal 7 m." }],
    decoys: [
      { name: "Lampu hias gerabah", desc: "Lampu hias gerabah.", cat: "ceramics_pottery" },
      { name: "Jalan setapak batu alam", desc: "Batu alam untuk jalan setapak.", cat: "building_materials" },
    ],
    relBg: ["lampuTaman"], relNeeds: [],
  },
];

// ---------------------------------------------------------------- background goods per sector

interface BgItem {
  key: string;
  name: string;
  cat: ProductCategory;
  unit: Unit;
  price: number;
}
const BACKGROUND: Record<Sector, readonly BgItem[]> = {
  food_beverage: [
    { key: "kp", name: "Keripik pisang manis 250 g", cat: "snacks", unit: "pak", price: 18000 },
    { key: "rengginang", name: "Rengginang ketan mentah 500 g", cat: "crackers", unit: "pak", price: 15000 },
    { key: "kacang", name: "Kacang bawang 250 g", cat: "snacks", unit: "pak", price: 16000 },
    { key: "dodol", name: "Dodol durian 500 g", cat: "confectionery", unit: "pak", price: 35000 },
    { key: "kecap", name: "Kecap manis botol 600 ml", cat: "condiments", unit: "botol", price: 22000 },
    { key: "sirup", name: "Sirup markisa 600 ml", cat: "beverages", unit: "botol", price: 28000 },
    { key: "bawangGoreng", name: "Bawang goreng 500 g", cat: "condiments", unit: "pak", price: 45000 },
    { key: "rempeyek", name: "Rempeyek kacang 200 g", cat: "crackers", unit: "pak", price: 14000 },
    { key: "teh", name: "Teh hijau tubruk 100 g", cat: "coffee_tea", unit: "pak", price: 12000 },
    { key: "bandeng", name: "Bandeng presto 500 g", cat: "processed_meat_fish", unit: "pak", price: 40000 },
  ],
  textile_apparel: [
    { key: "kemeja", name: "Kemeja kerja katun lengan panjang", cat: "uniforms", unit: "pcs", price: 145000 },
    { key: "celana", name: "Celana kain bahan pria", cat: "apparel", unit: "pcs", price: 120000 },
    { key: "sprei", name: "Sprei katun 160x200", cat: "textile_goods", unit: "set", price: 185000 },
    { key: "jaket", name: "Jaket parasut bordir", cat: "apparel", unit: "pcs", price: 175000 },
    { key: "masker", name: "Masker kain 3 lapis", cat: "textile_goods", unit: "pcs", price: 5000 },
    { key: "seragamSekolah", name: "Seragam sekolah SD putih merah", cat: "uniforms", unit: "set", price: 120000 },
    { key: "mukena", name: "Mukena katun rayon", cat: "apparel", unit: "pcs", price: 150000 },
    { key: "topi", name: "Topi bordir logo", cat: "apparel", unit: "pcs", price: 35000 },
  ],
  batik: [
    { key: "batikPrint", name: "Kain batik printing 2 m", cat: "batik_cloth", unit: "lembar", price: 85000 },
    { key: "selendang", name: "Selendang batik sutra", cat: "batik_cloth", unit: "pcs", price: 250000 },
    { key: "daster", name: "Daster batik", cat: "batik_apparel", unit: "pcs", price: 65000 },
    { key: "blus", name: "Blus batik wanita", cat: "batik_apparel", unit: "pcs", price: 165000 },
    { key: "sarungTenun", name: "Sarung tenun goyor", cat: "woven_cloth", unit: "pcs", price: 225000 },
    { key: "taplakBatik", name: "Taplak batik cap 150 x 150", cat: "batik_cloth", unit: "pcs", price: 95000 },
  ],
  leather_footwear: [
    { key: "sandal", name: "Sandal kulit pria", cat: "footwear", unit: "pasang", price: 95000 },
    { key: "ikatPinggang", name: "Ikat pinggang kulit sapi", cat: "leather_goods", unit: "pcs", price: 85000 },
    { key: "tasKulit", name: "Tas selempang kulit", cat: "leather_goods", unit: "pcs", price: 325000 },
    { key: "sepatuPdh", name: "Sepatu PDH kulit", cat: "footwear", unit: "pasang", price: 285000 },
    { key: "jaketKulit", name: "Jaket kulit domba", cat: "leather_goods", unit: "pcs", price: 950000 },
    { key: "gantunganKunci", name: "Gantungan kunci kulit", cat: "leather_goods", unit: "pcs", price: 12000 },
  ],
  furniture_wood: [
    { key: "kursiJati", name: "Kursi makan kayu jati", cat: "furniture", unit: "unit", price: 850000 },
    { key: "lemari", name: "Lemari pakaian 2 pintu", cat: "furniture", unit: "unit", price: 2400000 },
    { key: "kusen", name: "Kusen pintu kayu kamper", cat: "wood_products", unit: "unit", price: 950000 },
    { key: "peti", name: "Peti kayu kemas ekspor", cat: "wood_products", unit: "unit", price: 275000 },
    { key: "rakBuku", name: "Rak buku kayu mahoni", cat: "furniture", unit: "unit", price: 650000 },
    { key: "papan", name: "Papan kayu meranti serut", cat: "wood_products", unit: "lembar", price: 85000 },
  ],
  handicraft: [
    { key: "tasRotan", name: "Tas rotan bulat Bali", cat: "woven_crafts", unit: "pcs", price: 125000 },
    { key: "vas", name: "Vas bunga gerabah Kasongan", cat: "ceramics_pottery", unit: "pcs", price: 65000 },
    { key: "piring", name: "Piring makan gerabah 10 inch", cat: "ceramics_pottery", unit: "pcs", price: 38000 },
    { key: "gelang", name: "Gelang perak Celuk", cat: "jewellery_crafts", unit: "pcs", price: 275000 },
    { key: "gantunganKayu", name: "Gantungan kunci kayu ukir", cat: "bags_souvenirs", unit: "pcs", price: 8000 },
    { key: "topeng", name: "Topeng kayu ukir", cat: "bags_souvenirs", unit: "pcs", price: 150000 },
    { key: "tikar", name: "Tikar pandan anyam", cat: "woven_crafts", unit: "lembar", price: 85000 },
  ],
  metal_machinery: [
    { key: "rompi", name: "Rompi safety scotlight", cat: "ppe", unit: "pcs", price: 35000 },
    { key: "helm", name: "Helm proyek", cat: "ppe", unit: "pcs", price: 45000 },
    { key: "arit", name: "Sabit / arit baja", cat: "agri_tools", unit: "pcs", price: 55000 },
    { key: "pagar", name: "Pagar besi hollow", cat: "metal_fabrication", unit: "m2", price: 450000 },
    { key: "asBubut", name: "As baja bubut custom", cat: "machined_parts", unit: "pcs", price: 150000 },
    { key: "mesinGiling", name: "Mesin penggiling bumbu", cat: "machinery", unit: "unit", price: 4500000 },
    { key: "teralis", name: "Teralis jendela besi", cat: "metal_fabrication", unit: "m2", price: 375000 },
    { key: "lemariArsip", name: "Lemari arsip besi 4 laci", cat: "metal_fabrication", unit: "unit", price: 2750000 },
  ],
  chemical_building: [
    { key: "batako", name: "Batako press", cat: "building_materials", unit: "pcs", price: 3500 },
    { key: "kanstin", name: "Kanstin beton 40 cm", cat: "building_materials", unit: "pcs", price: 45000 },
    { key: "genteng", name: "Genteng tanah liat press", cat: "building_materials", unit: "pcs", price: 2800 },
    { key: "sabunPiring", name: "Sabun cuci piring cair", cat: "cleaning_products", unit: "liter", price: 12000 },
    { key: "karbol", name: "Karbol wangi", cat: "cleaning_products", unit: "liter", price: 15000 },
    { key: "deterjen", name: "Deterjen cair laundry", cat: "cleaning_products", unit: "liter", price: 17000 },
    { key: "batuAlam", name: "Batu alam paras", cat: "building_materials", unit: "m2", price: 150000 },
  ],
  packaging_printing: [
    { key: "lakban", name: "Lakban coklat 2 inch", cat: "packaging", unit: "pcs", price: 9000 },
    { key: "standing", name: "Standing pouch aluminium foil", cat: "packaging", unit: "pcs", price: 1500 },
    { key: "brosur", name: "Cetak brosur A4 art paper", cat: "printing", unit: "lembar", price: 900 },
    { key: "nota", name: "Cetak nota NCR 2 ply", cat: "printing", unit: "pak", price: 12000 },
    { key: "kalender", name: "Kalender dinding cetak", cat: "printing", unit: "pcs", price: 25000 },
    { key: "boxSnack", name: "Box snack karton", cat: "packaging", unit: "pcs", price: 1200 },
  ],
  electronics: [
    { key: "tiang", name: "Tiang lampu taman besi", cat: "electrical", unit: "unit", price: 1500000 },
    { key: "panel", name: "Panel listrik MCB 6 grup", cat: "electrical", unit: "unit", price: 850000 },
    { key: "lampuTaman", name: "Lampu taman LED 10 W", cat: "electrical", unit: "unit", price: 250000 },
    { key: "kabel", name: "Kabel roll 10 m", cat: "electrical", unit: "unit", price: 65000 },
    { key: "pcb", name: "PCB controller custom", cat: "electronic_devices", unit: "pcs", price: 75000 },
    { key: "inverter", name: "Inverter surya 1000 W", cat: "electronic_devices", unit: "unit", price: 3200000 },
  ],
  herbal_cosmetics: [
    { key: "jamuKunyit", name: "Jamu kunyit asam serbuk", cat: "herbal_medicine", unit: "pak", price: 20000 },
    { key: "minyakSereh", name: "Minyak sereh wangi", cat: "herbal_medicine", unit: "botol", price: 35000 },
    { key: "lulur", name: "Lulur tradisional", cat: "cosmetics_toiletries", unit: "pot", price: 30000 },
    { key: "sabunBatang", name: "Sabun mandi herbal batang", cat: "cosmetics_toiletries", unit: "pcs", price: 12000 },
    { key: "balsem", name: "Balsem jahe", cat: "herbal_medicine", unit: "pot", price: 15000 },
    { key: "sampo", name: "Sampo lidah buaya", cat: "cosmetics_toiletries", unit: "botol", price: 25000 },
  ],
};
/** Unit and typical price of a category, for decoys filed outside the need's category. */
const CATEGORY_DEFAULTS: Record<ProductCategory, readonly [Unit, number]> = {
  snacks: ["pak", 15000], crackers: ["kg", 60000], sweeteners: ["kg", 25000], coffee_tea: ["kg", 110000], condiments: ["pak", 20000],
  processed_meat_fish: ["kg", 90000], confectionery: ["toples", 35000], beverages: ["botol", 20000], uniforms: ["pcs", 150000],
  apparel: ["pcs", 90000], textile_goods: ["meter", 25000], batik_cloth: ["lembar", 200000], woven_cloth: ["lembar", 400000],
  batik_apparel: ["pcs", 175000], footwear: ["pasang", 250000], leather_goods: ["lembar", 350000], furniture: ["unit", 1500000],
  wood_products: ["pcs", 60000], woven_crafts: ["pcs", 75000], bags_souvenirs: ["pcs", 20000], ceramics_pottery: ["pcs", 45000],
  jewellery_crafts: ["pcs", 120000], ppe: ["pcs", 50000], metal_fabrication: ["unit", 450000], machined_parts: ["pcs", 120000],
  agri_tools: ["pcs", 60000], machinery: ["unit", 4500000], building_materials: ["m2", 130000], cleaning_products: ["kg", 30000],
  packaging: ["pak", 15000], printing: ["pak", 12000], electrical: ["unit", 750000], electronic_devices: ["unit", 1200000],
  herbal_medicine: ["pak", 25000], cosmetics_toiletries: ["pot", 30000],
};
const BG_DESCRIPTIONS: readonly string[] = [
  "produksi sendiri, bahan lokal, siap kirim ke seluruh Indonesia.",
  "produk unggulan sentra, bisa pesan dalam jumlah besar.",
  "kualitas ekspor, melayani pesanan instansi dan toko.",
  "dibuat oleh perajin binaan dinas, kapasitas stabil.",
];

// ---------------------------------------------------------------- buyers

interface BuyerSpec {
  name: string;
  legalForm: LegalForm;
  buyerType: "bumn" | "large_industry";
  regionCode: string;
  website: string;
}
const BUYERS: readonly BuyerSpec[] = [
  { name: "PT Pupuk Andalas Raya (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "16.71", website: "https://pupuk-andalas.example" },
  { name: "PT Kereta Nusantara Mandiri (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "32.73", website: "https://kereta-nusantara.example" },
  { name: "PT Baja Selat Sunda Tbk", legalForm: "pt", buyerType: "large_industry", regionCode: "36.72", website: "https://baja-selatsunda.example" },
  { name: "PT Wisata Hotel Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "51.71", website: "https://wisatahotel.example" },
  { name: "PT Semen Gresik Jaya", legalForm: "pt", buyerType: "large_industry", regionCode: "35.25", website: "https://semengresikjaya.example" },
  { name: "Perum Logistik Pangan Nasional", legalForm: "perum", buyerType: "bumn", regionCode: "31.72", website: "https://logistikpangan.example" },
];

// ---------------------------------------------------------------- output records (import format)

interface Contact {
  name: string;
  position: string;
  phone: string;
}
interface ProducerOut {
  ref: string;
  legalName: string;
  legalForm: LegalForm;
  nib: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  monthlyCapacity: number;
  capacityUnit: Unit;
  description: string;
  contacts: Contact[];
}
interface ProductOut {
  ref: string;
  producerRef: string;
  name: string;
  description: string;
  category: ProductCategory;
  unit: Unit;
  minOrder: number;
  monthlyCapacity: number;
  priceMin: number;
  priceMax: number;
  tkdnPercent?: number;
  leadTimeDays: number;
}
interface CertOut {
  ref: string;
  producerRef: string;
  productRefs?: string[];
  type: CertificationType;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  tkdnPercent?: number;
  status: "pending" | "verified" | "rejected";
  verifiedAt?: string;
  rejectionReason?: string;
}
interface BuyerOut {
  ref: string;
  name: string;
  legalForm: LegalForm;
  buyerType: "bumn" | "large_industry";
  regionCode: string;
  website: string;
}
interface NeedOut {
  ref: string;
  buyerRef: string;
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
  visibility: "public";
  status: "open";
}

const producers: ProducerOut[] = [];
const products: ProductOut[] = [];
const certifications: CertOut[] = [];
/** product ref -> concept key: "N03" exact, "N03:sub0", "N03:rel0", "N03:decoy1", "bg:kecap" (never exported) */
const conceptOf = new Map<string, string>();

const buyerRef = (n: number): string => `${NS}:BUYER-${pad(n, 2)}`;
const needRef = (i: number): string => `${NS}:NEED-${pad(i + 1, 2)}`;
const needConcept = (i: number): string => `N${pad(i + 1, 2)}`;

// ---------------------------------------------------------------- producer names

const NAME_WORDS: readonly string[] = [
  "Sinar", "Cahaya", "Berkah", "Karya", "Mitra", "Sumber", "Tunas", "Maju", "Putra", "Jaya", "Mekar", "Sari", "Tirta", "Bumi",
  "Rejeki", "Abadi", "Makmur", "Sentosa", "Lestari", "Mulia", "Bintang", "Surya", "Anugerah", "Harapan", "Sejahtera", "Barokah",
  "Indah", "Agung", "Utama", "Kencana", "Mandiri", "Nusa", "Sakti", "Wijaya", "Langgeng", "Rahayu",
];
const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  food_beverage: ["Food", "Snack", "Pangan", "Rasa", "Boga"],
  textile_apparel: ["Konveksi", "Garmen", "Tekstil", "Busana"],
  batik: ["Batik", "Tenun", "Wastra"],
  leather_footwear: ["Kulit", "Leather", "Shoes"],
  furniture_wood: ["Mebel", "Furniture", "Kayu"],
  handicraft: ["Kriya", "Craft", "Kerajinan"],
  metal_machinery: ["Teknik", "Logam", "Engineering", "Besi"],
  chemical_building: ["Beton", "Kimia", "Bangun"],
  packaging_printing: ["Kemas", "Printing", "Grafika", "Karton"],
  electronics: ["Elektrik", "Elektronik", "Lighting"],
  herbal_cosmetics: ["Herbal", "Jamu", "Naturindo"],
};
const PEOPLE: readonly string[] = [
  "Sri Wahyuni", "Agus Prasetyo", "Budi Santoso", "Siti Aminah", "Dewi Lestari", "Hendra Gunawan", "Rina Marlina", "Joko Susilo",
  "Ni Made Ayu", "I Wayan Sudarsana", "Ahmad Fauzi", "Nur Hidayah", "Yusuf Hasibuan", "Rahmat Hidayat", "Lilis Suryani",
  "Andi Pratama", "Fitri Handayani", "Bambang Wijaya", "Eko Saputro", "Ratna Sari", "Dedi Kurniawan", "Wulan Sari", "Teguh Santoso",
  "Yohanes Lamanepa", "Maria Ulfa", "Slamet Riyadi", "Asep Saepudin", "Cucu Cahyati", "Made Suarta", "Hasanuddin",
];
const STREETS: readonly string[] = [
  "Jl. Raya Industri", "Jl. Sentra Kerajinan", "Jl. Kenanga", "Jl. Melati", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Pahlawan",
  "Jl. Merdeka", "Jl. Kartini", "Jl. Gatot Subroto", "Jl. Ahmad Yani", "Jl. Veteran",
];
const FORMS: readonly LegalForm[] = ["cv", "ud", "cv", "pt", "ud", "koperasi", "perorangan", "pt_perorangan", "cv", "firma", "bumdes"];
const usedNames = new Set<string>();

function legalNameFor(form: LegalForm, sector: Sector, place: Place): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const a = pick(NAME_WORDS);
    const b = pick(NAME_WORDS);
    if (a === b) continue;
    const s = pick(SECTOR_WORDS[sector]);
    const town = place.city.replace(/^(Kota|Kab\.) /, "");
    let name: string;
    switch (form) {
      case "ud": name = `UD ${a} ${b}`; break;
      case "cv": name = `CV ${a} ${s} ${b}`; break;
      case "pt": name = `PT ${a} ${b} ${s} Indonesia`; break;
      case "pt_perorangan": name = `PT ${a} ${s} ${town}`; break;
      case "koperasi": name = `Koperasi Produsen ${s} ${a} ${town}`; break;
      case "firma": name = `Firma ${a} ${b}`; break;
      case "bumdes": name = `BUMDes ${a} ${b} ${town}`; break;
      default: name = `Usaha ${s} ${pick(PEOPLE).split(" ")[0] ?? a} ${a}`; break;
    }
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
  throw new Error("no free producer name");
}

function makeProducer(sector: Sector, mainCategory: ProductCategory, place: Place, line: string, capacityUnit: Unit): ProducerOut {
  const index = producers.length + 1;
  const form = pick(FORMS);
  const kbli = [KBLI_BY_CATEGORY[mainCategory]];
  const extra = pick(SECTOR_KBLI[sector]);
  if (!kbli.includes(extra) && rand() < 0.5) kbli.push(extra);
  const contacts: Contact[] = [
    { name: pick(PEOPLE), position: form === "koperasi" ? "Ketua" : pick(["Pemilik", "Direktur", "Manajer Pemasaran"]), phone: `08${int(11, 59)} ${digits(4)} ${digits(4)}` },
  ];
  const town = place.city.replace(/^(Kota|Kab\.) /, "");
  const producer: ProducerOut = {
    ref: `${NS}:IKM-${pad(index, 4)}`,
    legalName: legalNameFor(form, sector, place),
    legalForm: form,
    nib: `${place.regency.replace(".", "")}${digits(9)}`,
    sector,
    kbli,
    provinceCode: place.regency.slice(0, 2),
    regencyCode: place.regency,
    address: `${pick(STREETS)} No. ${int(1, 180)}, ${place.city}`,
    employees: int(3, 120),
    foundedYear: int(1985, 2022),
    monthlyCapacity: int(2, 400) * 10,
    capacityUnit,
    description: `IKM di ${town}: ${line}. Melayani pesanan BUMN, instansi dan industri.`,
    contacts,
  };
  if (rand() < 0.3) producer.sentraName = `Sentra ${pick(SECTOR_WORDS[sector])} ${town}`;
  producers.push(producer);
  return producer;
}

interface ProductArgs {
  item: Item;
  category: ProductCategory;
  unit: Unit;
  price: number;
  capacity: number;
  tkdn?: number;
  concept: string;
  lead: number;
  minOrder: number;
}
function addProduct(producer: ProducerOut, a: ProductArgs): ProductOut {
  const price = roundPrice(a.price);
  const product: ProductOut = {
    ref: `${NS}:PRD-${pad(products.length + 1, 4)}`,
    producerRef: producer.ref,
    name: a.item.name,
    description: a.item.desc.length >= 10 ? a.item.desc : `${a.item.desc} Produk ${a.item.name}.`,
    category: a.category,
    unit: a.unit,
    minOrder: a.minOrder,
    monthlyCapacity: Math.max(1, Math.round(a.capacity)),
    priceMin: price,
    priceMax: roundPrice(price * (1 + int(5, 20) / 100)),
    leadTimeDays: a.lead,
  };
  if (a.tkdn !== undefined) product.tkdnPercent = a.tkdn;
  products.push(product);
  conceptOf.set(product.ref, a.concept);
  return product;
}

const ISSUERS: Record<CertificationType, string> = {
  sni: "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri",
  halal: "BPJPH Kementerian Agama",
  bpom: "Badan Pengawas Obat dan Makanan RI",
  pirt: "Dinas Kesehatan Kabupaten/Kota",
  tkdn: "Kementerian Perindustrian (PUSP3DN)",
  hki: "DJKI Kementerian Hukum",
  iso9001: "TUV Rheinland Indonesia",
  svlk: "PT Mutu Hijau Indonesia",
  gmp: "Badan Pengawas Obat dan Makanan RI",
  other: "Balai Besar Kerajinan dan Batik (Batikmark)",
};
function certNumber(type: CertificationType, province: string): string {
  switch (type) {
    case "halal": return `ID${province}110000${digits(7)}${pad(int(1, 12), 2)}${int(22, 26)}`;
    case "sni": return `SPPT-SNI ${digits(4)}/${int(2022, 2026)}`;
    case "bpom": return `BPOM RI MD ${digits(12)}`;
    case "pirt": return `P-IRT 2${digits(12)}-${int(27, 31)}`;
    case "tkdn": return `TKDN ${digits(5)}/SJ-IND.8/TKDN/${int(2024, 2026)}`;
    case "svlk": return `SVLK-${pad(int(1, 40), 2)}-${digits(4)}-${int(2023, 2026)}`;
    case "iso9001": return `QMS-ID-${digits(6)}`;
    case "hki": return `IDM000${digits(6)}`;
    case "gmp": return `CPOTB-${digits(6)}`;
    case "other": return `BM-${digits(3)}/${int(2023, 2026)}`;
  }
}
interface CertArgs {
  type: CertificationType;
  productRefs?: string[];
  validUntil: string;
  status: "pending" | "verified" | "rejected";
  tkdnPercent?: number;
}
function addCert(producer: ProducerOut, a: CertArgs): CertOut {
  const validFrom = addDays(NOW, -int(60, 900));
  const cert: CertOut = {
    ref: `${NS}:CERT-${pad(certifications.length + 1, 4)}`,
    producerRef: producer.ref,
    type: a.type,
    number: certNumber(a.type, producer.provinceCode),
    issuer: ISSUERS[a.type],
    validFrom,
    validUntil: a.validUntil,
    status: a.status,
  };
  if (a.productRefs) cert.productRefs = a.productRefs;
  if (a.tkdnPercent !== undefined) cert.tkdnPercent = a.tkdnPercent;
  if (a.status === "verified") cert.verifiedAt = addDays(validFrom, int(10, 50));
  if (a.status === "rejected") cert.rejectionReason = "Dokumen sertifikat tidak terbaca dan nomor tidak ditemukan di sistem penerbit.";
  certifications.push(cert);
  return cert;
}
function goodUntil(need: NeedSpec): string {
  return addDays(need.neededBy, int(120, 1100));
}

// ---------------------------------------------------------------- building the cast of each need

function monthsAvailable(neededBy: string, lead: number): number {
  return Math.max(0, dayNumber(neededBy) - dayNumber(NOW) - lead) / 30;
}
function otherGroupPlace(group: Group): Place {
  const groups = GROUPS.filter((g) => g !== group);
  return pick(PLACES[pick(groups)]);
}

type NearMissKind = "expired" | "missing" | "scoped" | "tkdn";
type SoftKind = "capacity" | "price" | "far";
const SOFT_KINDS: readonly SoftKind[] = ["capacity", "price", "far"];
let nearMissCounter = 0;
let softCounter = 0;

function addBackground(producer: ProducerOut, count: number): void {
  const taken = new Set(products.filter((p) => p.producerRef === producer.ref).map((p) => p.name.toLowerCase()));
  const pool = BACKGROUND[producer.sector].filter((b) => !taken.has(b.name.toLowerCase()));
  for (let k = 0; k < count && pool.length > 0; k++) {
    const item = pool.splice(Math.floor(rand() * pool.length), 1)[0];
    if (!item) break;
    const product = addProduct(producer, {
      item: { name: item.name, desc: `${item.name}, ${pick(BG_DESCRIPTIONS)}` },
      category: item.cat,
      unit: item.unit,
      price: item.price * (0.85 + rand() * 0.3),
      capacity: int(5, 400) * 10,
      tkdn: rand() < 0.6 ? int(30, 90) : undefined,
      concept: `bg:${item.key}`,
      lead: int(3, 30),
      minOrder: int(1, 5) * 10,
    });
    if (rand() < 0.25) {
      const type: CertificationType = producer.sector === "food_beverage" ? pick(["pirt", "halal"] as const) : pick(["hki", "sni", "iso9001"] as const);
      addCert(producer, { type, productRefs: [product.ref], validUntil: addDays(NOW, int(300, 1500)), status: "verified" });
    }
  }
}

function buildNeed(i: number): void {
  const need = at(NEEDS, i);
  const concept = needConcept(i);
  const group = groupOf(need.regency);
  const sector = sectorOf(need.cat);
  const item = (list: readonly Item[], k: number): Item => at(list, k % list.length);
  const localPlace = (): Place => pick(PLACES[group]);

  /** one product of the asked kind (or a substitute) and its passing certificates */
  const offer = (
    producer: ProducerOut,
    it: Item,
    conceptKey: string,
    opts: { unit?: Unit; priceFactor?: number; capacityFactor?: number; tkdn?: number; skipCerts?: CertificationType[]; certMode?: "scoped" | "pending" | "wide" },
  ): ProductOut => {
    const unit = opts.unit ?? need.pUnit;
    const factor = unitFactor(need.unit, unit) ?? 1;
    const lead = int(7, 28);
    const needed = need.qty * factor;
    const months = monthsAvailable(need.neededBy, lead);
    const capacity = Math.ceil((needed / Math.max(months, 0.5)) * (opts.capacityFactor ?? 1.4 + rand() * 1.2));
    const product = addProduct(producer, {
      item: it,
      category: it.cat ?? need.cat,
      unit,
      price: (need.budget / factor) * (opts.priceFactor ?? 0.7 + rand() * 0.25),
      capacity,
      tkdn: opts.tkdn ?? (need.minTkdn !== undefined ? Math.min(95, need.minTkdn + int(5, 30)) : rand() < 0.7 ? int(30, 90) : undefined),
      concept: conceptKey,
      lead,
      minOrder: Math.max(1, Math.round(capacity / int(20, 60))),
    });
    for (const type of need.certs) {
      if (opts.skipCerts?.includes(type)) continue;
      const mode = opts.certMode ?? "scoped";
      addCert(producer, {
        type,
        productRefs: mode === "wide" ? undefined : [product.ref],
        validUntil: goodUntil(need),
        status: mode === "pending" ? "pending" : "verified",
      });
    }
    return product;
  };
  const producerFor = (place: Place, line: string, main: ProductCategory = need.cat, sec: Sector = sector): ProducerOut =>
    makeProducer(sec, main, place, line, need.pUnit);
  const roleProducts: [ProducerOut, number][] = [];

  // role 0: the asked product, every requirement met, certificates verified and scoped to it
  const p0 = producerFor(localPlace(), item(need.exact, 0).name.toLowerCase());
  offer(p0, item(need.exact, 0), concept, {});
  roleProducts.push([p0, 1]);

  // role 1: the asked product under other words, certificate pending or producer-wide;
  // on even needs with a TKDN floor the declared TKDN is under it but a TKDN certificate is above it
  const p1 = producerFor(localPlace(), item(need.exact, 1).name.toLowerCase());
  const altUnit = need.unit !== need.pUnit && i % 2 === 1 ? need.unit : need.pUnit;
  const tkdnTrap = need.minTkdn !== undefined && i % 2 === 0;
  const prod1 = offer(p1, item(need.exact, 1), concept, {
    unit: altUnit,
    certMode: i % 2 === 0 ? "pending" : "wide",
    tkdn: tkdnTrap && need.minTkdn !== undefined ? need.minTkdn - int(3, 10) : undefined,
  });
  if (tkdnTrap && need.minTkdn !== undefined) {
    addCert(p1, { type: "tkdn", productRefs: [prod1.ref], validUntil: goodUntil(need), status: "verified", tkdnPercent: need.minTkdn + int(3, 12) });
  }
  roleProducts.push([p1, 1]);

  // role 2: near miss, exactly one fixable hard requirement failing
  const kinds: NearMissKind[] = [];
  if (need.certs.length > 0) kinds.push("expired", "missing", "scoped");
  if (need.minTkdn !== undefined) kinds.push("tkdn");
  const p2 = producerFor(localPlace(), item(need.exact, 2).name.toLowerCase());
  let p2Count = 1;
  if (kinds.length === 0) {
    offer(p2, item(need.exact, 2), concept, {});
  } else {
    const kind = at(kinds, nearMissCounter % kinds.length);
    nearMissCounter++;
    const failing = need.certs[nearMissCounter % Math.max(1, need.certs.length)] ?? "halal";
    if (kind === "tkdn" && need.minTkdn !== undefined) {
      const certified = nearMissCounter % 2 === 0;
      const prod = offer(p2, item(need.exact, 2), concept, { tkdn: certified ? need.minTkdn + 8 : need.minTkdn - int(1, 5) });
      if (certified) addCert(p2, { type: "tkdn", productRefs: [prod.ref], validUntil: goodUntil(need), status: "verified", tkdnPercent: need.minTkdn - int(1, 4) });
    } else {
      const prod = offer(p2, item(need.exact, 2), concept, { skipCerts: [failing] });
      if (kind === "expired") {
        addCert(p2, { type: failing, productRefs: [prod.ref], validUntil: addDays(need.neededBy, -int(10, 80)), status: "verified" });
      } else if (kind === "missing" && nearMissCounter % 2 === 0) {
        addCert(p2, { type: failing, productRefs: [prod.ref], validUntil: goodUntil(need), status: "rejected" });
      } else if (kind === "scoped") {
        const sub = offer(p2, item(need.subs, i), `${concept}:sub${i % need.subs.length}`, { skipCerts: [failing] });
        addCert(p2, { type: failing, productRefs: [sub.ref], validUntil: goodUntil(need), status: "verified" });
        p2Count = 2;
      }
    }
  }
  roleProducts.push([p2, p2Count]);

  // role 3: the asked product with one soft shortfall
  const soft = at(SOFT_KINDS, softCounter % SOFT_KINDS.length);
  softCounter++;
  const p3 = producerFor(soft === "far" ? otherGroupPlace(group) : localPlace(), item(need.exact, 3).name.toLowerCase());
  offer(p3, item(need.exact, 3), concept, {
    capacityFactor: soft === "capacity" ? 0.6 + rand() * 0.25 : undefined,
    priceFactor: soft === "price" ? 1.24 + rand() * 0.12 : undefined,
  });
  roleProducts.push([p3, 1]);

  // role 4: a close substitute and a related product; plus the asked product failing a hard requirement
  const p4 = producerFor(localPlace(), item(need.subs, i + 1).name.toLowerCase());
  offer(p4, item(need.subs, i + 1), `${concept}:sub${(i + 1) % need.subs.length}`, { certMode: i % 2 === 0 ? "scoped" : "wide" });
  const relItem = item(need.rel, 0);
  addProduct(p4, {
    item: relItem, category: relItem.cat ?? need.cat, unit: need.pUnit, price: (need.budget / (unitFactor(need.unit, need.pUnit) ?? 1)) * 0.9,
    capacity: int(10, 300) * 10, tkdn: int(30, 80), concept: `${concept}:rel0`, lead: int(5, 20), minOrder: 10,
  });
  let p4Count = 2;
  if (i % 2 === 0) {
    // the fitting product fails a hard requirement (TKDN far under, or a certificate scoped to the other product only)
    if (need.minTkdn !== undefined) {
      offer(p4, item(need.exact, 4), concept, { tkdn: Math.max(0, need.minTkdn - int(12, 25)), certMode: "wide" });
      p4Count = 3;
    } else if (need.certs.length > 0) {
      addProduct(p4, {
        item: item(need.exact, 4), category: item(need.exact, 4).cat ?? need.cat, unit: need.pUnit,
        price: (need.budget / (unitFactor(need.unit, need.pUnit) ?? 1)) * 0.8, capacity: need.qty * 4, tkdn: int(30, 80),
        concept, lead: 14, minOrder: 10,
      });
      p4Count = 3;
    }
  }
  roleProducts.push([p4, p4Count]);

  // role 5: decoys sharing the need's words, priced very attractively
  const d0 = item(need.decoys, 0);
  const d1 = item(need.decoys, 1);
  const decoySector = sectorOf(d0.cat ?? need.cat);
  const p5 = producerFor(localPlace(), d0.name.toLowerCase(), d0.cat ?? need.cat, decoySector);
  const factor = unitFactor(need.unit, need.pUnit) ?? 1;
  [d0, d1].forEach((d, k) => {
    const category = d.cat ?? need.cat;
    const [ownUnit, ownPrice] = CATEGORY_DEFAULTS[category];
    // same category or same unit: priced far under budget (strong on price, wrong thing)
    const cheap = category === need.cat || ownUnit === need.pUnit;
    addProduct(p5, {
      item: d, category, unit: cheap ? need.pUnit : ownUnit, price: cheap ? (need.budget / factor) * (k === 0 ? 0.35 : 0.5) : ownPrice * (0.8 + rand() * 0.4),
      capacity: cheap ? need.qty * factor * 3 : int(20, 400) * 10, tkdn: need.minTkdn !== undefined ? Math.min(95, need.minTkdn + 20) : int(40, 90),
      concept: `${concept}:decoy${k}`, lead: 5 + k * 2, minOrder: 1,
    });
  });
  for (const type of need.certs) addCert(p5, { type, validUntil: goodUntil(need), status: "verified" });
  roleProducts.push([p5, 2]);

  for (const [producer, count] of roleProducts) {
    const total = Math.min(6, Math.max(2, count + int(1, 4)));
    addBackground(producer, total - count);
  }
}

// ---------------------------------------------------------------- the one grading function

type Failure =
  | { kind: "cert-expires"; type: CertificationType; until: string }
  | { kind: "cert-missing"; type: CertificationType }
  | { kind: "cert-other-product"; type: CertificationType }
  | { kind: "tkdn-under"; have: number; min: number }
  | { kind: "tkdn-missing"; min: number };

function covers(cert: CertOut, product: ProductOut): boolean {
  return cert.productRefs === undefined || cert.productRefs.length === 0 || cert.productRefs.includes(product.ref);
}
function validOn(cert: CertOut, date: string): boolean {
  return cert.status !== "rejected" && dayNumber(cert.validFrom) <= dayNumber(date) && dayNumber(date) <= dayNumber(cert.validUntil);
}

/** Hard requirements of a need for one product: required certificates and the TKDN floor. */
function hardFailures(need: NeedOut, product: ProductOut, certs: readonly CertOut[]): Failure[] {
  const failures: Failure[] = [];
  for (const type of need.requiredCertifications) {
    const ofType = certs.filter((c) => c.type === type && c.status !== "rejected");
    const covering = ofType.filter((c) => covers(c, product));
    if (covering.some((c) => validOn(c, need.neededBy))) continue;
    const lapsing = covering.filter((c) => dayNumber(c.validUntil) < dayNumber(need.neededBy));
    const latest = lapsing.map((c) => c.validUntil).sort().at(-1);
    if (latest !== undefined) failures.push({ kind: "cert-expires", type, until: latest });
    else if (ofType.length > 0) failures.push({ kind: "cert-other-product", type });
    else failures.push({ kind: "cert-missing", type });
  }
  if (need.minTkdnPercent !== undefined) {
    const certified = certs
      .filter((c) => c.type === "tkdn" && c.tkdnPercent !== undefined && covers(c, product) && validOn(c, need.neededBy))
      .map((c) => c.tkdnPercent ?? 0);
    const tkdn = certified.length > 0 ? Math.max(...certified) : product.tkdnPercent;
    if (tkdn === undefined) failures.push({ kind: "tkdn-missing", min: need.minTkdnPercent });
    else if (tkdn < need.minTkdnPercent) failures.push({ kind: "tkdn-under", have: tkdn, min: need.minTkdnPercent });
  }
  return failures;
}
function fixable(f: Failure): boolean {
  if (f.kind === "tkdn-under") return f.min - f.have <= 5;
  return f.kind !== "tkdn-missing";
}

/** Soft shortfalls, weighted: 1 = a little short, 2 = badly short. */
function softShortfalls(need: NeedOut, product: ProductOut, producer: ProducerOut): { weight: number; notes: string[] } {
  let weight = 0;
  const notes: string[] = [];
  const factor = unitFactor(need.unit, product.unit);
  if (factor !== undefined) {
    const needed = need.quantity * factor;
    const available = product.monthlyCapacity * monthsAvailable(need.neededBy, product.leadTimeDays);
    if (available < needed) {
      weight += available >= needed * 0.5 ? 1 : 2;
      notes.push(`capacity ${Math.round((available / needed) * 100)}% of the quantity by neededBy`);
    }
    const ratio = (product.priceMin * factor) / need.budgetPerUnit;
    if (ratio > 1.2) {
      weight += ratio <= 1.4 ? 1 : 2;
      notes.push(`price ${Math.round((ratio - 1) * 100)}% over budget`);
    }
  }
  if (groupOf(producer.provinceCode) !== groupOf(need.deliveryProvinceCode)) {
    weight += 1;
    notes.push("delivery from another island group");
  }
  return { weight, notes };
}

/** Products written for one need that are the same thing as a background good. */
const SAME_AS: Record<string, string> = {
  "N13:decoy0": "bg:ikatPinggang",
  "N21:decoy0": "bg:sarungTenun",
  "N12:rel0": "bg:blus",
  "N22:rel0": "bg:lemariArsip",
  "N26:rel0": "bg:kanstin",
  "N28:rel0": "bg:lakban",
  "N09:rel0": "bg:kemeja",
  "N16:decoy0": "bg:taplakBatik",
};

type Relation = "exact" | "substitute" | "related" | "none";
function relation(needIndex: number, rawConcept: string): Relation {
  const productConcept = SAME_AS[rawConcept] ?? rawConcept;
  const c = needConcept(needIndex);
  const spec = at(NEEDS, needIndex);
  if (productConcept === c) return "exact";
  if (productConcept.startsWith(`${c}:sub`)) return "substitute";
  if (productConcept.startsWith(`${c}:rel`)) return "related";
  if (spec.relBg.some((k) => productConcept === `bg:${k}`)) return "related";
  if (spec.relNeeds.some((n) => productConcept === needConcept(n) || productConcept.startsWith(`${needConcept(n)}:sub`))) return "related";
  return "none";
}

interface Judgement {
  grade: 0 | 1 | 2 | 3;
  nearMiss?: string;
}
/** Grade of a producer for a need, judged by its best product. */
function gradePair(needIndex: number, need: NeedOut, producer: ProducerOut, own: readonly ProductOut[], certs: readonly CertOut[]): Judgement {
  let best: 0 | 1 | 2 | 3 = 0;
  let nearMiss: string | undefined;
  for (const product of own) {
    const rel = relation(needIndex, conceptOf.get(product.ref) ?? "");
    if (rel === "none") continue;
    if (rel === "related") {
      best = Math.max(best, 1) as 0 | 1 | 2 | 3;
      continue;
    }
    const failures = hardFailures(need, product, certs);
    if (failures.length > 0) {
      const only = failures[0];
      if (rel === "exact" && failures.length === 1 && only !== undefined && fixable(only)) nearMiss = describe(only, product);
      continue;
    }
    const soft = softShortfalls(need, product, producer);
    const grade: 0 | 1 | 2 | 3 = rel === "exact" ? (soft.weight === 0 ? 3 : soft.weight === 1 ? 2 : 1) : soft.weight === 0 ? 2 : 1;
    best = Math.max(best, grade) as 0 | 1 | 2 | 3;
  }
  if (best === 3) return { grade: best };
  return nearMiss === undefined ? { grade: best } : { grade: best, nearMiss };
}
function describe(f: Failure, product: ProductOut): string {
  const what = `"${product.name}" (${product.ref})`;
  switch (f.kind) {
    case "cert-expires": return `${what} is the asked product but its ${f.type} certificate ends ${f.until}, before neededBy`;
    case "cert-missing": return `${what} is the asked product but no valid ${f.type} certificate is on file`;
    case "cert-other-product": return `${what} is the asked product but the producer's ${f.type} certificate covers only another product`;
    case "tkdn-under": return `${what} is the asked product but its TKDN ${f.have}% is ${f.min - f.have} points under the minimum ${f.min}%`;
    case "tkdn-missing": return `${what} has no TKDN`;
  }
}

// ---------------------------------------------------------------- main

for (let i = 0; i < NEEDS.length; i++) buildNeed(i);

const buyers: BuyerOut[] = BUYERS.map((b, k) => ({ ref: buyerRef(k + 1), ...b }));
const needs: NeedOut[] = NEEDS.map((n, i) => {
  const out: NeedOut = {
    ref: needRef(i),
    buyerRef: buyerRef(n.buyer),
    title: n.title,
    description: n.desc,
    category: n.cat,
    quantity: n.qty,
    unit: n.unit,
    deliveryProvinceCode: n.regency.slice(0, 2),
    deliveryRegencyCode: n.regency,
    neededBy: n.neededBy,
    requiredCertifications: n.certs,
    budgetPerUnit: n.budget,
    visibility: "public",
    status: "open",
  };
  if (n.minTkdn !== undefined) out.minTkdnPercent = n.minTkdn;
  if (n.neededBy < "2027-03-01" || n.neededBy > "2027-12-15") throw new Error(`neededBy out of range: ${out.ref}`);
  return out;
});

const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const reasons: Record<string, Record<string, string>> = {};
for (let i = 0; i < needs.length; i++) {
  const need = at(needs, i);
  const row: Record<string, number> = {};
  for (const producer of producers) {
    const own = products.filter((p) => p.producerRef === producer.ref);
    const certs = certifications.filter((c) => c.producerRef === producer.ref);
    const judgement = gradePair(i, need, producer, own, certs);
    if (judgement.grade > 0) row[producer.ref] = judgement.grade;
    if (judgement.nearMiss !== undefined) {
      (nearMisses[need.ref] ??= []).push(producer.ref);
      (reasons[need.ref] ??= {})[producer.ref] = judgement.nearMiss;
    }
  }
  grades[need.ref] = row;
}

const dir = import.meta.dirname;
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(
  join(dir, "catalogue.json"),
  json({ $schema: "../../../app/models/import/import.schema.json", producers, buyers, products, certifications, needs }),
);
writeFileSync(join(dir, "grades.json"), json(grades));
writeFileSync(join(dir, "near-misses.json"), json({ nearMisses, reasons }));

const histogram = [0, 0, 0, 0];
for (const row of Object.values(grades)) for (const g of Object.values(row)) histogram[g] = (histogram[g] ?? 0) + 1;
console.log(
  `producers ${producers.length}, products ${products.length}, certifications ${certifications.length}, buyers ${buyers.length}, needs ${needs.length}; ` +
    `grades 3/2/1: ${histogram[3]}/${histogram[2]}/${histogram[1]}; near misses ${Object.values(nearMisses).reduce((s, l) => s + l.length, 0)}`,
);
