// Relevance set D: an independent labelled evaluation set for the producer matcher.
// Written without sight of the matcher, its search code, its vocabularies or any other labelled
// set; only the import format (README, example.json, import.schema.json), domain.ts and kbli.ts
// were read. Deterministic: own seeded PRNG, no Math.random, no clock.
//
//   npx tsx tests/bench/relevance-set-d/generate.ts      (from the repository root)
//
// Writes catalogue.json, grades.json and near-misses.json next to this file, after checking them.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = dirname(fileURLToPath(import.meta.url));
const P = "SETD:";

// ---------------------------------------------------------------- PRNG (mulberry32)
let seed = 0x5e7d2027;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const chance = (p: number) => rnd() < p;

// ---------------------------------------------------------------- regions
type Island = "sumatra" | "java" | "balinusa" | "kalimantan" | "sulawesi";
interface Regency { code: string; name: string }
interface Province { code: string; name: string; island: Island; regencies: Regency[] }
const PROVINCES: Province[] = [
  { code: "11", name: "Aceh", island: "sumatra", regencies: [{ code: "11.71", name: "Kota Banda Aceh" }, { code: "11.06", name: "Aceh Besar" }] },
  { code: "12", name: "Sumatera Utara", island: "sumatra", regencies: [{ code: "12.71", name: "Kota Medan" }, { code: "12.07", name: "Deli Serdang" }] },
  { code: "13", name: "Sumatera Barat", island: "sumatra", regencies: [{ code: "13.71", name: "Kota Padang" }, { code: "13.06", name: "Agam" }, { code: "13.75", name: "Kota Bukittinggi" }] },
  { code: "14", name: "Riau", island: "sumatra", regencies: [{ code: "14.71", name: "Kota Pekanbaru" }] },
  { code: "16", name: "Sumatera Selatan", island: "sumatra", regencies: [{ code: "16.71", name: "Kota Palembang" }] },
  { code: "18", name: "Lampung", island: "sumatra", regencies: [{ code: "18.71", name: "Kota Bandar Lampung" }, { code: "18.03", name: "Lampung Selatan" }] },
  { code: "31", name: "DKI Jakarta", island: "java", regencies: [{ code: "31.71", name: "Jakarta Selatan" }, { code: "31.72", name: "Jakarta Timur" }, { code: "31.74", name: "Jakarta Barat" }] },
  { code: "32", name: "Jawa Barat", island: "java", regencies: [{ code: "32.73", name: "Kota Bandung" }, { code: "32.04", name: "Bandung" }, { code: "32.01", name: "Bogor" }, { code: "32.09", name: "Cirebon" }, { code: "32.06", name: "Tasikmalaya" }, { code: "32.16", name: "Bekasi" }, { code: "32.15", name: "Karawang" }] },
  { code: "33", name: "Jawa Tengah", island: "java", regencies: [{ code: "33.74", name: "Kota Semarang" }, { code: "33.20", name: "Jepara" }, { code: "33.72", name: "Kota Surakarta" }, { code: "33.75", name: "Kota Pekalongan" }, { code: "33.26", name: "Pekalongan" }, { code: "33.19", name: "Kudus" }, { code: "33.11", name: "Sukoharjo" }, { code: "33.02", name: "Banyumas" }] },
  { code: "34", name: "DI Yogyakarta", island: "java", regencies: [{ code: "34.71", name: "Kota Yogyakarta" }, { code: "34.02", name: "Bantul" }, { code: "34.04", name: "Sleman" }, { code: "34.03", name: "Gunungkidul" }] },
  { code: "35", name: "Jawa Timur", island: "java", regencies: [{ code: "35.78", name: "Kota Surabaya" }, { code: "35.73", name: "Kota Malang" }, { code: "35.15", name: "Sidoarjo" }, { code: "35.25", name: "Gresik" }, { code: "35.04", name: "Tulungagung" }, { code: "35.09", name: "Jember" }, { code: "35.07", name: "Malang" }] },
  { code: "36", name: "Banten", island: "java", regencies: [{ code: "36.72", name: "Kota Cilegon" }, { code: "36.71", name: "Kota Tangerang" }, { code: "36.03", name: "Tangerang" }, { code: "36.04", name: "Serang" }] },
  { code: "51", name: "Bali", island: "balinusa", regencies: [{ code: "51.71", name: "Kota Denpasar" }, { code: "51.04", name: "Gianyar" }, { code: "51.03", name: "Badung" }] },
  { code: "52", name: "Nusa Tenggara Barat", island: "balinusa", regencies: [{ code: "52.71", name: "Kota Mataram" }, { code: "52.03", name: "Lombok Timur" }] },
  { code: "53", name: "Nusa Tenggara Timur", island: "balinusa", regencies: [{ code: "53.71", name: "Kota Kupang" }] },
  { code: "61", name: "Kalimantan Barat", island: "kalimantan", regencies: [{ code: "61.71", name: "Kota Pontianak" }] },
  { code: "63", name: "Kalimantan Selatan", island: "kalimantan", regencies: [{ code: "63.71", name: "Kota Banjarmasin" }, { code: "63.03", name: "Banjar" }] },
  { code: "64", name: "Kalimantan Timur", island: "kalimantan", regencies: [{ code: "64.71", name: "Kota Balikpapan" }, { code: "64.72", name: "Kota Samarinda" }] },
  { code: "73", name: "Sulawesi Selatan", island: "sulawesi", regencies: [{ code: "73.71", name: "Kota Makassar" }, { code: "73.06", name: "Gowa" }] },
  { code: "71", name: "Sulawesi Utara", island: "sulawesi", regencies: [{ code: "71.71", name: "Kota Manado" }] },
];
const provinceOf = new Map(PROVINCES.map((p) => [p.code, p]));
const islandOf = (prov: string) => provinceOf.get(prov)!.island;

// ---------------------------------------------------------------- domain
type Cat =
  | "snacks" | "crackers" | "sweeteners" | "coffee_tea" | "condiments" | "processed_meat_fish" | "confectionery" | "beverages"
  | "uniforms" | "apparel" | "textile_goods" | "batik_cloth" | "woven_cloth" | "batik_apparel" | "footwear" | "leather_goods"
  | "furniture" | "wood_products" | "woven_crafts" | "bags_souvenirs" | "ceramics_pottery" | "jewellery_crafts" | "ppe"
  | "metal_fabrication" | "machined_parts" | "agri_tools" | "machinery" | "building_materials" | "cleaning_products"
  | "packaging" | "printing" | "electrical" | "electronic_devices" | "herbal_medicine" | "cosmetics_toiletries";
type Unit = "pcs" | "pak" | "kg" | "ton" | "liter" | "botol" | "jerigen" | "lembar" | "meter" | "m2" | "pasang" | "unit" | "set" | "lusin" | "kodi" | "kotak" | "toples" | "pot" | "rim";
type CertType = "sni" | "halal" | "bpom" | "pirt" | "tkdn" | "hki" | "iso9001" | "svlk" | "gmp" | "other";

const SECTOR: Record<Cat, string> = {
  snacks: "food_beverage", crackers: "food_beverage", sweeteners: "food_beverage", coffee_tea: "food_beverage", condiments: "food_beverage",
  processed_meat_fish: "food_beverage", confectionery: "food_beverage", beverages: "food_beverage", uniforms: "textile_apparel",
  apparel: "textile_apparel", textile_goods: "textile_apparel", batik_cloth: "batik", woven_cloth: "batik", batik_apparel: "batik",
  footwear: "leather_footwear", leather_goods: "leather_footwear", furniture: "furniture_wood", wood_products: "furniture_wood",
  woven_crafts: "handicraft", bags_souvenirs: "handicraft", ceramics_pottery: "handicraft", jewellery_crafts: "handicraft",
  ppe: "metal_machinery", metal_fabrication: "metal_machinery", machined_parts: "metal_machinery", agri_tools: "metal_machinery",
  machinery: "metal_machinery", building_materials: "chemical_building", cleaning_products: "chemical_building", packaging: "packaging_printing",
  printing: "packaging_printing", electrical: "electronics", electronic_devices: "electronics", herbal_medicine: "herbal_cosmetics",
  cosmetics_toiletries: "herbal_cosmetics",
};
// KBLI codes (from kbli.ts) whose sectors include the category's sector.
const KBLI_OF: Record<Cat, string[]> = {
  snacks: ["10792"], crackers: ["10792"], sweeteners: ["10722"], coffee_tea: ["10761"], condiments: ["10772"], processed_meat_fish: ["10130"],
  confectionery: ["10732"], beverages: ["10799"], uniforms: ["14111", "14120"], apparel: ["14111", "14301"], textile_goods: ["13921"],
  batik_cloth: ["13134"], woven_cloth: ["13121"], batik_apparel: ["13134", "14111"], footwear: ["15201", "15203"], leather_goods: ["15121"],
  furniture: ["31001", "31002"], wood_products: ["16291", "16221"], woven_crafts: ["16299", "16292"], bags_souvenirs: ["13929"],
  ceramics_pottery: ["23939"], jewellery_crafts: ["32111"], ppe: ["25999"], metal_fabrication: ["25111"], machined_parts: ["25920"],
  agri_tools: ["25931"], machinery: ["28210", "28250"], building_materials: ["23951"], cleaning_products: ["20231"], packaging: ["17022", "17021", "22220"],
  printing: ["18111"], electrical: ["27400", "27900"], electronic_devices: ["26120"], herbal_medicine: ["21022"], cosmetics_toiletries: ["20232"],
};
const ISSUER: Record<CertType, string> = {
  sni: "LSPro Balai Besar Standardisasi Industri", halal: "BPJPH Kementerian Agama", bpom: "Badan POM RI", pirt: "Dinas Kesehatan Kabupaten",
  tkdn: "Kementerian Perindustrian", hki: "DJKI Kementerian Hukum", iso9001: "PT Sucofindo (Persero)", svlk: "PT Mutu Hijau Indonesia",
  gmp: "Badan POM RI", other: "Lembaga Sertifikasi",
};

// ---------------------------------------------------------------- needs and their product pools
type Item = [name: string, cat: Cat, unit?: Unit];
interface NeedDef {
  buyer: number;
  title: string;
  description: string;
  cat: Cat;
  unit: Unit;
  qty: number;
  budget?: number;
  refPrice: number;
  prov: string;
  reg: string;
  neededBy: string;
  certs: CertType[];
  minTkdn?: number;
  /** Names of the asked product as producers write them (5 used); a tuple files it under a neighbouring category. */
  exact: (string | [string, Cat])[];
  sub: Item[];
  rel: Item[];
  /** Decoys in the same sector: share a word with the need, are other products. */
  decSame: Item[];
  /** Decoys in other sectors. */
  decOther: Item[];
}

const NEEDS: NeedDef[] = [
  { buyer: 8, title: "Pengadaan keripik singkong untuk snack box karyawan", description: "Kebutuhan keripik singkong kemasan 200-250 g untuk snack box rapat dan karyawan kantor pusat. Wajib halal, rasa original dan balado, dikirim ke Jakarta Pusat bertahap.", cat: "snacks", unit: "pak", qty: 6000, budget: 14000, refPrice: 12000, prov: "31", reg: "31.71", neededBy: "2027-04-15", certs: ["halal"],
    exact: ["Keripik singkong balado 250 g", "Kripik pohong gurih", ["Cassava chips original", "crackers"], "Keripik sampeu Cap Gunung Mas", "Keripik singkomg pedas manis", "Keripik ubi kayu renyah"],
    sub: [["Keripik pisang manis 250 g", "snacks"], ["Keripik talas original", "snacks"]],
    rel: [["Opak singkong mentah", "crackers", "kg"], ["Tepung mocaf (singkong fermentasi)", "sweeteners", "kg"]],
    decSame: [["Singkong beku kupas", "processed_meat_fish", "kg"], ["Kerupuk kulit sapi", "crackers", "kg"]],
    decOther: [["Mesin perajang keripik stainless", "machinery", "unit"], ["Standing pouch kraft untuk keripik", "packaging", "pcs"]] },
  { buyer: 8, title: "Palm sugar supply for staff canteen", description: "We need block palm sugar (gula aren) for the staff canteen and catering kitchen, halal certified, minimum local content 60%. Delivery to Jakarta Timur warehouse.", cat: "sweeteners", unit: "kg", qty: 2500, budget: 38000, refPrice: 32000, prov: "31", reg: "31.72", neededBy: "2027-05-31", certs: ["halal"], minTkdn: 60,
    exact: ["Gula aren cetak", "Gula kawung Ciamis", "Palm sugar block", "Gula enau murni", "Gula arem batok", "Gula semut aren organik"],
    sub: [["Gula kelapa cetak", "sweeteners"], ["Gula merah tebu", "sweeteners"]],
    rel: [["Sirup gula aren cair", "beverages", "botol"], ["Nira aren segar", "beverages", "liter"]],
    decSame: [["Kolang-kaling aren manisan", "confectionery", "kg"], ["Gula kapas arum manis", "confectionery", "pak"]],
    decOther: [["Sapu ijuk aren", "cleaning_products", "pcs"], ["Atap ijuk aren", "building_materials", "m2"]] },
  { buyer: 1, title: "Kopi bubuk robusta untuk pantry kantor dan mess", description: "Pengadaan kopi bubuk robusta giling halus kemasan 1 kg untuk pantry kantor dan mess karyawan di Palembang. Bersertifikat halal.", cat: "coffee_tea", unit: "kg", qty: 800, budget: 120000, refPrice: 95000, prov: "16", reg: "16.71", neededBy: "2027-03-20", certs: ["halal"],
    exact: ["Kopi bubuk robusta Lampung", "Ground robusta coffee 1 kg", "Kopi robusta giling halus", "Kopi Cap Rimau Robusta bubuk", "Kopi rubusta bubuk Semendo", "Bubuk kopi robusta Pagaralam"],
    sub: [["Kopi arabika bubuk Gayo", "coffee_tea"], ["Biji kopi robusta sangrai (roasted bean)", "coffee_tea"]],
    rel: [["Green bean robusta", "coffee_tea", "kg"], ["Teh hitam tubruk", "coffee_tea", "kg"]],
    decSame: [["Kopiah rajut", "apparel", "pcs"], ["Permen kopi susu", "confectionery", "pak"]],
    decOther: [["Mesin sangrai kopi 5 kg", "machinery", "unit"], ["Gelas kopi kertas 8 oz", "packaging", "pcs"]] },
  { buyer: 8, title: "Kecap manis botol untuk dapur umum", description: "Kecap manis kedelai hitam kemasan botol 600 ml untuk dapur umum dan bantuan logistik pangan. Wajib halal dan izin edar BPOM.", cat: "condiments", unit: "botol", qty: 12000, budget: 21000, refPrice: 18000, prov: "32", reg: "32.01", neededBy: "2027-06-30", certs: ["halal", "bpom"],
    exact: ["Kecap manis botol 600 ml", "Sweet soy sauce 600 ml", "Kecap Cap Udang Emas", "Kecap manus kedelai hitam", "Kecap manis asli Majalengka", "Ketjap manis tradisional"],
    sub: [["Kecap manis pouch refill", "condiments"], ["Kecap manis sachet besar", "condiments"]],
    rel: [["Kecap asin botol", "condiments", "botol"], ["Saus sambal botol 340 ml", "condiments", "botol"]],
    decSame: [["Manisan pala kering", "confectionery", "kg"], ["Sirup jeruk nipis botol", "beverages", "botol"]],
    decOther: [["Botol kaca 600 ml bekas kecap", "packaging", "pcs"], ["Label stiker botol", "printing", "lembar"]] },
  { buyer: 3, title: "Abon sapi kemasan untuk ransum karyawan kebun", description: "Abon daging sapi kemasan 250 g tahan lama untuk ransum karyawan kebun di Gowa dan Makassar. Halal wajib.", cat: "processed_meat_fish", unit: "kg", qty: 900, budget: 260000, refPrice: 230000, prov: "73", reg: "73.06", neededBy: "2027-07-31", certs: ["halal"],
    exact: ["Abon sapi original", "Beef floss premium", "Abon daging sapi pedas", "Abon sappi Bugis", "Abon Sapi Cap Daeng", "Abon sapi manis gurih"],
    sub: [["Abon ayam original", "processed_meat_fish"], ["Abon ikan tuna", "processed_meat_fish"]],
    rel: [["Dendeng sapi balado", "processed_meat_fish", "kg"], ["Serundeng kelapa daging", "condiments", "kg"]],
    decSame: [["Susu sapi pasteurisasi", "beverages", "liter"], ["Kerupuk ikan tenggiri", "crackers", "kg"]],
    decOther: [["Kulit sapi samak nabati", "leather_goods", "lembar"], ["Sapu lidi aren", "cleaning_products", "pcs"]] },
  { buyer: 7, title: "Wearpack coverall untuk teknisi lapangan", description: "Pengadaan wearpack / coverall satu potong bahan drill, scotchlight reflektif, logo bordir, untuk teknisi lapangan di Balikpapan. Kandungan lokal minimal 40%.", cat: "uniforms", unit: "pcs", qty: 1500, budget: 285000, refPrice: 240000, prov: "64", reg: "64.71", neededBy: "2027-05-15", certs: [], minTkdn: 40,
    exact: ["Wearpack katelpak drill", ["Coverall safety scotchlight", "ppe"], "Baju kerja terusan (katelpak)", "Wearpak drill reflektif", "Overall mekanik logo bordir", "Werpak Cap Banua"],
    sub: [["Seragam kerja atasan-celana drill", "uniforms"], ["Kemeja PDL lapangan drill", "uniforms"]],
    rel: [["Rompi safety reflektif", "ppe", "pcs"], ["Topi lapangan bordir", "apparel", "pcs"]],
    decSame: [["Kain drill American", "textile_goods", "meter"], ["Sarung bantal drill", "textile_goods", "pcs"]],
    decOther: [["Mata bor drill HSS 10 mm", "machined_parts", "pcs"], ["Drill press (mesin bor duduk)", "machinery", "unit"]] },
  { buyer: 6, title: "Kemeja batik seragam karyawan (lengan panjang)", description: "Kemeja batik pria dan wanita lengan panjang motif khas untuk seragam hari Jumat karyawan pabrik Karawang. TKDN minimal 50%.", cat: "batik_apparel", unit: "pcs", qty: 2000, budget: 225000, refPrice: 190000, prov: "32", reg: "32.15", neededBy: "2027-08-31", certs: [], minTkdn: 50,
    exact: ["Kemeja batik cap lengan panjang", ["Hem batik pria Pekalongan", "apparel"], "Batik shirt long sleeve", "Kemeja bantik tulis kombinasi", "Baju batik seragam kantor", "Kemeja batik Cap Sekar Jagad"],
    sub: [["Kemeja tenun ikat lengan panjang", "woven_cloth"], ["Kemeja lurik lengan panjang", "woven_cloth"]],
    rel: [["Kain batik cap 2 meter", "batik_cloth", "lembar"], ["Blus batik wanita", "batik_apparel", "pcs"]],
    decSame: [["Tas batik tote", "bags_souvenirs", "pcs"], ["Taplak meja batik", "textile_goods", "pcs"]],
    decOther: [["Lilin malam batik", "batik_cloth", "kg"], ["Canting tembaga batik", "jewellery_crafts", "pcs"]] },
  { buyer: 2, title: "Safety shoes for plant workers", description: "Steel-toe safety shoes, leather upper, SNI certified, sizes 38-45, for the rolling mill crews in Cilegon. Local content at least 40%.", cat: "footwear", unit: "pasang", qty: 1200, budget: 420000, refPrice: 380000, prov: "36", reg: "36.72", neededBy: "2027-04-30", certs: ["sni"], minTkdn: 40,
    exact: ["Sepatu safety kulit ujung baja", "Safety shoes steel toe", "Sepatu keselamatan kerja", "Sepatu safty Cap Baja Hitam", "Sepatu proyek boot kulit", "Sepatu kerja steel toecap"],
    sub: [["Sepatu boot karet PVC ujung baja", "footwear"], ["Sepatu PDL kulit", "footwear"]],
    rel: [["Sarung tangan kulit las", "ppe", "pasang"], ["Kaos kaki kerja tebal", "apparel", "pasang"]],
    decSame: [["Dompet kulit sapi", "leather_goods", "pcs"], ["Sandal kulit pria", "footwear", "pasang"]],
    decOther: [["Rak sepatu kayu", "furniture", "unit"], ["Semir sepatu cair", "cleaning_products", "botol"]] },
  { buyer: 4, title: "Office desks for new branch", description: "Wooden office desks (120 x 60 cm, with drawer) for the new regional office in Badung. Timber must be SVLK certified.", cat: "furniture", unit: "unit", qty: 150, budget: 2800000, refPrice: 2400000, prov: "51", reg: "51.03", neededBy: "2027-06-15", certs: ["svlk"],
    exact: ["Meja kerja kantor kayu jati", "Office desk teak 120 cm", "Meja tulis kantor laci", "Meja staf minimalis mahoni", "Meja kantr kayu solid", "Meja komputer kantor kayu"],
    sub: [["Meja kantor MDF laminasi", "furniture"], ["Meja belajar kayu pinus", "furniture"]],
    rel: [["Kursi kantor kayu jati", "furniture", "unit"], ["Lemari arsip kayu", "furniture", "unit"]],
    decSame: [["Papan kayu jati gergajian", "wood_products", "m2"], ["Kusen pintu kayu", "wood_products", "unit"]],
    decOther: [["Taplak meja tenun", "textile_goods", "pcs"], ["Lampu meja LED", "electrical", "unit"]] },
  { buyer: 4, title: "Kursi rotan teras untuk resort", description: "Kursi rotan anyaman untuk teras dan lobi resort di Gianyar, rangka kuat, finishing natural. Tanpa persyaratan sertifikat khusus.", cat: "furniture", unit: "unit", qty: 240, budget: 1350000, refPrice: 1100000, prov: "51", reg: "51.04", neededBy: "2027-09-30", certs: [],
    exact: ["Kursi rotan teras", "Rattan chair natural", "Kursi penjalin anyam", "Kursi rottan lobi", "Kursi anyaman rotan Cirebon", "Kursi malas rotan"],
    sub: [["Kursi bambu teras", "furniture"], ["Kursi rotan sintetis", "furniture"]],
    rel: [["Meja rotan bundar", "furniture", "unit"], ["Sofa rotan 3 dudukan", "furniture", "unit"]],
    decSame: [["Rotan poles batang", "wood_products", "kg"], ["Kusen jendela kayu", "wood_products", "unit"]],
    decOther: [["Keranjang rotan parsel", "woven_crafts", "pcs"], ["Pemukul kasur rotan", "woven_crafts", "pcs"]] },
  { buyer: 6, title: "Tote bag kanvas sablon logo untuk seminar kit", description: "Tas jinjing kanvas ukuran 35 x 40 cm dengan sablon logo 2 warna untuk seminar kit pelanggan. Dikirim ke Karawang.", cat: "bags_souvenirs", unit: "pcs", qty: 5000, budget: 32000, refPrice: 28000, prov: "32", reg: "32.15", neededBy: "2027-03-31", certs: [],
    exact: ["Tote bag kanvas sablon", "Tas jinjing kanvas custom logo", "Totebeg kanvas blacu", ["Goodie bag kanvas seminar", "textile_goods"], "Tas belanja kanvas", "Canvas tote bag"],
    sub: [["Tas spunbond sablon", "bags_souvenirs"], ["Tas blacu serut", "bags_souvenirs"]],
    rel: [["Pouch kanvas resleting", "bags_souvenirs", "pcs"], ["Jasa sablon kaos", "printing", "pcs"]],
    decSame: [["Kanvas lukis spanram", "woven_crafts", "pcs"], ["Gantungan kunci kayu", "jewellery_crafts", "pcs"]],
    decOther: [["Sepatu kanvas sneakers", "footwear", "pasang"], ["Terpal kanvas tenda", "textile_goods", "lembar"]] },
  { buyer: 5, title: "Besek bambu untuk kemasan nasi kotak", description: "Besek anyaman bambu bertutup ukuran 18 x 18 cm untuk kemasan nasi kotak acara perusahaan di Surabaya, ramah lingkungan.", cat: "woven_crafts", unit: "pcs", qty: 20000, refPrice: 3000, prov: "35", reg: "35.78", neededBy: "2027-05-20", certs: [],
    exact: ["Besek bambu tutup 18 cm", ["Kotak anyaman pring", "packaging"], "Bamboo woven box", "Besk bambu Tasik", "Besek anyaman bambu", "Bongsang bambu"],
    sub: [["Besek pandan tutup", "woven_crafts"], ["Kotak nasi daun pandan anyam", "woven_crafts"]],
    rel: [["Tampah bambu", "woven_crafts", "pcs"], ["Kotak nasi kertas duplex", "packaging", "pcs"]],
    decSame: [["Sedotan bambu", "woven_crafts", "pcs"], ["Anyaman pandan tikar", "woven_crafts", "lembar"]],
    decOther: [["Bambu petung gelondongan", "building_materials", "pcs"], ["Pagar bambu hias", "building_materials", "m2"]] },
  { buyer: 4, title: "Custom ceramic mugs with logo for hotel rooms", description: "Mug keramik 300 ml dengan logo hotel (glasir putih, cetak decal) untuk kamar dan restoran hotel di Denpasar.", cat: "ceramics_pottery", unit: "pcs", qty: 3000, budget: 45000, refPrice: 38000, prov: "51", reg: "51.71", neededBy: "2027-07-15", certs: [],
    exact: ["Mug keramik custom logo", "Ceramic mug 300 ml", "Gelas mug tanah liat glasir", ["Mug souvenir keramik", "bags_souvenirs"], "Mug keramk putih", "Cangkir mug stoneware"],
    sub: [["Cangkir keramik dan lepek", "ceramics_pottery"], ["Mug enamel sablon logo", "bags_souvenirs"]],
    rel: [["Piring keramik makan", "ceramics_pottery", "pcs"], ["Teko keramik", "ceramics_pottery", "pcs"]],
    decSame: [["Vas gerabah Kasongan", "ceramics_pottery", "pcs"], ["Pot tanah liat tanaman", "ceramics_pottery", "pcs"]],
    decOther: [["Lantai keramik 40x40", "building_materials", "m2"], ["Lem keramik", "building_materials", "kg"]] },
  { buyer: 2, title: "Helm safety proyek SNI", description: "Helm keselamatan kerja (safety helmet) dengan suspensi, warna putih/kuning, ber-SNI, untuk pekerja proyek dan kontraktor di Cilegon. TKDN minimal 25%.", cat: "ppe", unit: "pcs", qty: 4000, budget: 65000, refPrice: 55000, prov: "36", reg: "36.72", neededBy: "2027-03-15", certs: ["sni"], minTkdn: 25,
    exact: ["Helm safety proyek", "Safety helmet HDPE", "Helm keselamatan kerja", "Helem safety tali dagu", "Hard hat Cap Garuda Kuning", "Helm savety suspensi ratchet"],
    sub: [["Helm safety full brim", "ppe"]],
    rel: [["Rompi safety reflektif", "ppe", "pcs"], ["Kacamata safety bening", "ppe", "pcs"]],
    decSame: [["Rak helm besi", "metal_fabrication", "unit"], ["Helm motor half face", "ppe", "pcs"]],
    decOther: [["Tas helm kanvas", "bags_souvenirs", "pcs"], ["Kaos proyek sablon", "apparel", "pcs"]] },
  { buyer: 7, title: "Rak besi gudang heavy duty", description: "Steel rack / rak besi siku untuk gudang suku cadang di Samarinda, 4 susun, beban 300 kg per susun. Kandungan lokal minimal 40%.", cat: "metal_fabrication", unit: "unit", qty: 120, budget: 1900000, refPrice: 1600000, prov: "64", reg: "64.72", neededBy: "2027-06-30", certs: [], minTkdn: 40,
    exact: ["Rak besi siku lubang 4 susun", "Steel rack heavy duty", "Rak gudang bessi", "Rak boltless gudang", "Rak palet gudang baja", "Rak siku Cap Mahakam"],
    sub: [["Rak besi pipa gudang", "metal_fabrication"]],
    rel: [["Troli barang besi", "metal_fabrication", "unit"], ["Lemari loker besi", "metal_fabrication", "unit"]],
    decSame: [["Besi beton ulir", "building_materials", "kg"], ["Pagar besi tempa", "metal_fabrication", "m2"]],
    decOther: [["Rak piring rotan", "woven_crafts", "unit"], ["Rak buku kayu", "furniture", "unit"]] },
  { buyer: 2, title: "Bushing kuningan bubut custom sesuai gambar", description: "Pembuatan bushing kuningan / bronze bush sesuai gambar teknik untuk perawatan mesin rolling mill. Pemasok wajib ISO 9001.", cat: "machined_parts", unit: "pcs", qty: 600, refPrice: 300000, prov: "36", reg: "36.72", neededBy: "2027-04-10", certs: ["iso9001"],
    exact: ["Bushing kuningan bubut", "Bronze bushing custom", "Bos kuningan sesuai gambar", "Busing perunggu bubut CNC", "Brass bush machining", "Bushing kuningan Cap Teknik Jaya"],
    sub: [["Bushing nylon POM", "machined_parts"], ["Bushing baja bubut", "machined_parts"]],
    rel: [["As baja bubut (shaft)", "machined_parts", "pcs"], ["Jasa bubut CNC", "machined_parts", "pcs"]],
    decSame: [["Patung kuningan kerajinan", "jewellery_crafts", "pcs"], ["Gagang pintu kuningan", "metal_fabrication", "pcs"]],
    decOther: [["Lampu gantung kuningan", "electrical", "unit"], ["Gong kuningan", "jewellery_crafts", "pcs"]] },
  { buyer: 3, title: "Cangkul baja untuk karyawan kebun", description: "Cangkul baja tempa lengkap gagang kayu untuk karyawan kebun tebu dan kelapa sawit. SNI wajib. Dikirim ke Makassar.", cat: "agri_tools", unit: "pcs", qty: 3000, budget: 95000, refPrice: 80000, prov: "73", reg: "73.71", neededBy: "2027-08-15", certs: ["sni"],
    exact: ["Cangkul baja tempa", "Pacul besi gagang kayu", "Hoe forged steel", "Cangkil baja", "Pacul Cap Buaya", "Cangkul kebun lengkap gagang"],
    sub: [["Garpu tanah baja", "agri_tools"]],
    rel: [["Parang kebun", "agri_tools", "pcs"], ["Sabit arit", "agri_tools", "pcs"]],
    decSame: [["Miniatur cangkul kuningan", "jewellery_crafts", "pcs"], ["Mesin bajak tangan (hand traktor)", "machinery", "unit"]],
    decOther: [["Kaos kebun sablon", "apparel", "pcs"], ["Pagar kebun bambu", "building_materials", "m2"]] },
  { buyer: 3, title: "Mesin pencacah rumput pakan ternak (chopper)", description: "Mesin chopper pencacah rumput gajah dan hijauan pakan ternak, penggerak diesel 8 HP, untuk program kemitraan peternak di Lombok. TKDN minimal 40%.", cat: "machinery", unit: "unit", qty: 40, budget: 9500000, refPrice: 8500000, prov: "52", reg: "52.03", neededBy: "2027-09-15", certs: [], minTkdn: 40,
    exact: ["Mesin chopper rumput gajah", "Mesin pencacah pakan ternak", "Forage chopper machine", "Mesin copper rumput", "Mesin perajang hijauan", "Mesin cacah rumput Cap Sapi Jaya"],
    sub: [["Mesin pencacah sampah organik", "machinery"]],
    rel: [["Mesin pelet pakan", "machinery", "unit"], ["Mesin penggiling jagung", "machinery", "unit"]],
    decSame: [["Sabit rumput", "agri_tools", "pcs"], ["Mesin jahit portable", "machinery", "unit"]],
    decOther: [["Rumput sintetis lapangan", "textile_goods", "m2"], ["Rumput laut kering", "processed_meat_fish", "kg"]] },
  { buyer: 1, title: "Paving block K-300 untuk area pabrik", description: "Paving block mutu K-300 tebal 8 cm untuk area parkir dan jalan lingkungan pabrik di Palembang. Ber-SNI.", cat: "building_materials", unit: "m2", qty: 6000, budget: 115000, refPrice: 100000, prov: "16", reg: "16.71", neededBy: "2027-05-31", certs: ["sni"],
    exact: ["Paving block K-300", "Conblock tebal 8 cm", "Paving blok segi enam", "Paving stone (bata beton)", "Pavng block press mesin", "Paving Cap Musi Beton"],
    sub: [["Grass block beton", "building_materials"]],
    rel: [["Kanstin beton", "building_materials", "pcs"], ["Batako press", "building_materials", "pcs"]],
    decSame: [["Genteng beton", "building_materials", "pcs"], ["Block note custom", "printing", "pcs"]],
    decOther: [["Mesin cetak paving manual", "machinery", "unit"], ["Blok kayu talenan", "wood_products", "pcs"]] },
  { buyer: 8, title: "Sabun cuci tangan cair refill jerigen", description: "Sabun cuci tangan cair (hand soap) isi ulang kemasan jerigen 5 liter untuk kantor dan gudang di Jakarta. Wajib notifikasi BPOM.", cat: "cleaning_products", unit: "liter", qty: 5000, budget: 26000, refPrice: 22000, prov: "31", reg: "31.74", neededBy: "2027-04-30", certs: ["bpom"],
    exact: ["Sabun cuci tangan cair 5 L", "Liquid hand wash refill", "Hand soap jerigen", ["Sabun tangan antiseptik", "cosmetics_toiletries"], "Sabun cuci tangn aroma jeruk", "Handsoap cair Cap Melati"],
    sub: [["Sabun cair serbaguna", "cleaning_products"]],
    rel: [["Sabun cuci piring cair", "cleaning_products", "liter"], ["Cairan pembersih lantai", "cleaning_products", "liter"]],
    decSame: [["Tempat sabun keramik", "ceramics_pottery", "pcs"], ["Kain lap tangan", "textile_goods", "pcs"]],
    decOther: [["Sabun batang herbal sereh", "cosmetics_toiletries", "pcs"], ["Jerigen plastik 5 liter", "packaging", "pcs"]] },
  { buyer: 5, title: "Kardus karton box untuk pengiriman pupuk sampel", description: "Kardus karton gelombang double wall ukuran 40 x 30 x 30 cm dengan cetak 1 warna, untuk pengiriman sampel dan suku cadang dari Gresik.", cat: "packaging", unit: "pcs", qty: 30000, budget: 7500, refPrice: 6500, prov: "35", reg: "35.25", neededBy: "2027-03-31", certs: [],
    exact: ["Kardus box karton gelombang", "Corrugated carton box", "Dus kemasan double wall", "Kotak karton B-flute", "Kardus bok packing", "Karton box Cap Kali Mas"],
    sub: [["Box duplex cetak", "packaging"], ["Kardus single wall", "packaging"]],
    rel: [["Kertas karton lembaran", "packaging", "lembar"], ["Kotak nasi kertas duplex", "packaging", "pcs"]],
    decSame: [["Kotak perhiasan kayu", "wood_products", "pcs"], ["Kerajinan kardus bekas", "woven_crafts", "pcs"]],
    decOther: [["Karton lukis warna", "printing", "lembar"], ["Kotak tisu rotan", "woven_crafts", "pcs"]] },
  { buyer: 5, title: "Desk calendar 2028 with company logo", description: "Kalender meja (desk calendar) 2028 custom, 13 lembar, spiral, cetak full colour dengan logo perusahaan, untuk relasi dan pelanggan. TKDN minimal 25%.", cat: "printing", unit: "pcs", qty: 4000, refPrice: 25000, prov: "35", reg: "35.15", neededBy: "2027-10-31", certs: [], minTkdn: 25,
    exact: ["Kalender meja custom logo", "Desk calendar printing", "Kalendar meja spiral 2028", "Kalender duduk 13 lembar", "Cetak kalender mejo", "Kalender meja Cap Sinar Offset"],
    sub: [["Kalender dinding custom", "printing"]],
    rel: [["Agenda planner custom logo", "printing", "pcs"], ["Notes custom logo", "printing", "pcs"]],
    decSame: [["Meja lipat kayu", "furniture", "unit"], ["Stiker vinyl cutting", "printing", "lembar"]],
    decOther: [["Jam meja kayu", "wood_products", "pcs"], ["Lampu meja belajar", "electrical", "unit"]] },
  { buyer: 5, title: "PJU tenaga surya untuk jalan desa binaan", description: "Lampu penerangan jalan umum tenaga surya (PJUTS) all in one 60 W lengkap baterai lithium untuk jalan desa binaan di Kupang. Wajib SNI, TKDN minimal 40%.", cat: "electrical", unit: "unit", qty: 250, budget: 6500000, refPrice: 5800000, prov: "53", reg: "53.71", neededBy: "2027-08-31", certs: ["sni"], minTkdn: 40,
    exact: ["Lampu PJU tenaga surya 60 W", "Solar street light all in one", "Lampu jalan solar cell", "PJUTS all in one", "Lampu PJU tenaga surja", "Lampu penerangan jalan Cap Matahari"],
    sub: [["Lampu PJU LED 60 W (listrik PLN)", "electrical"]],
    rel: [["Tiang PJU besi oktagonal", "metal_fabrication", "unit"], ["Panel surya 100 Wp", "electronic_devices", "unit"]],
    decSame: [["Lampu hias rotan", "electrical", "unit"], ["Lampu emergency LED", "electrical", "unit"]],
    decOther: [["Lampu gerabah hias", "ceramics_pottery", "pcs"], ["Jalan setapak batu alam", "building_materials", "m2"]] },
  { buyer: 1, title: "Minuman jahe merah instan untuk karyawan", description: "Serbuk jahe merah instan sachet/pak isi 10 untuk pantry dan program kesehatan karyawan di Palembang. Wajib izin edar BPOM.", cat: "herbal_medicine", unit: "pak", qty: 5000, budget: 25000, refPrice: 21000, prov: "16", reg: "16.71", neededBy: "2027-06-15", certs: ["bpom"],
    exact: ["Jahe merah instan", ["Wedang jahe instan", "beverages"], "Red ginger instant drink", "Serbuk jahe merah", "Jae merah instan gula aren", "Jahe Merah Cap Dua Daun"],
    sub: [["Temulawak instan", "herbal_medicine"], ["Kunyit asam instan", "herbal_medicine"]],
    rel: [["Jamu kunyit asam botol", "herbal_medicine", "botol"], ["Teh rempah celup", "coffee_tea", "pak"]],
    decSame: [["Minyak atsiri jahe", "cosmetics_toiletries", "botol"], ["Lulur rempah jahe", "cosmetics_toiletries", "pot"]],
    decOther: [["Permen jahe", "confectionery", "pak"], ["Sirup merah cocopandan", "beverages", "botol"]] },
  { buyer: 4, title: "Hotel amenities: sabun batang mini", description: "Sabun mandi batang 25 g dibungkus kertas dengan logo, untuk amenities kamar hotel di Badung. Wajib notifikasi BPOM dan halal.", cat: "cosmetics_toiletries", unit: "pcs", qty: 40000, budget: 2800, refPrice: 2400, prov: "51", reg: "51.03", neededBy: "2027-09-30", certs: ["bpom", "halal"],
    exact: ["Sabun batang hotel 25 g", "Hotel soap bar", "Sabun mandi mini amenities", "Sabun hotell wangi frangipani", "Sabun opak mini custom logo", "Sabun Cap Kamboja mini"],
    sub: [["Sabun cair sachet hotel", "cosmetics_toiletries"]],
    rel: [["Shampoo sachet hotel", "cosmetics_toiletries", "pcs"], ["Sikat gigi hotel kit", "cosmetics_toiletries", "pcs"]],
    decSame: [["Sabun cuci piring batang", "cleaning_products", "pcs"], ["Minyak kelapa murni (VCO)", "herbal_medicine", "botol"]],
    decOther: [["Handuk hotel putih", "textile_goods", "pcs"], ["Tempat sabun kayu", "wood_products", "pcs"]] },
];

// Cross-need relations the pools imply (a product named for one need is related to another).
const CROSS: Record<string, Record<number, Role>> = {
  "Rompi safety reflektif": { 5: "rel", 13: "rel" },
  "Kotak nasi kertas duplex": { 11: "rel", 20: "rel" },
  "Sabun batang herbal sereh": { 24: "rel" },
  "Sabun cuci piring batang": { 19: "rel" },
  "Tas helm kanvas": { 10: "rel" },
  "Tas batik tote": { 10: "rel" },
  "Sabit rumput": { 16: "rel" },
};

type Role = "exact" | "sub" | "rel";

// ---------------------------------------------------------------- model
interface Product {
  ref: string; producerRef: string; name: string; description: string; category: Cat; unit: Unit; minOrder: number;
  monthlyCapacity: number; priceMin: number; priceMax?: number; tkdnPercent?: number; leadTimeDays: number;
  roles: Record<number, Role>;
}
interface Cert {
  ref: string; producerRef: string; productRefs: string[]; type: CertType; number: string; issuer: string;
  validFrom: string; validUntil?: string; status: "pending" | "verified" | "rejected"; verifiedAt?: string; rejectionReason?: string;
}
interface Producer {
  ref: string; legalName: string; legalForm: string; nib: string; sector: string; kbli: string[]; provinceCode: string; regencyCode: string;
  address: string; employees: number; foundedYear: number; description: string; contacts: { name: string; position?: string; phone?: string }[];
}

const producers: Producer[] = [];
const products: Product[] = [];
const certs: Cert[] = [];
/** What each producer was built to be for its own need, checked against the computed grade. */
const intents: { need: number; producer: string; grade: number; nearMiss: boolean }[] = [];

const needRef = (i: number) => `${P}NEED-${String(i + 1).padStart(2, "0")}`;
const DAY = 86400000;
const addDays = (d: string, n: number) => new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);
/** Months of production between the reference day (the set's writing) and a date. */
const REF_DAY = "2026-12-06";
const monthsUntil = (d: string) => (Date.parse(d) - Date.parse(REF_DAY)) / (30.4 * DAY);

const FIRST = ["Sri", "Agus", "Budi", "Siti", "Dewi", "Joko", "Rina", "Andi", "Wayan", "Made", "Nyoman", "Ketut", "Hendra", "Yusuf", "Fitri", "Rahmat", "Ayu", "Bambang", "Lestari", "Daeng", "Ucok", "Teguh", "Nur", "Asep", "Euis", "Slamet", "Wahyu", "Ratna", "Irwan", "Maria"];
const LAST = ["Wahyuni", "Prasetyo", "Santoso", "Rahayu", "Hidayat", "Saputra", "Lubis", "Siregar", "Nasution", "Kusuma", "Putra", "Suryani", "Harahap", "Sinaga", "Setiawan", "Gunawan", "Pratama", "Mappa", "Lamba", "Wibowo"];
const NAMEWORDS = ["Sumber Rejeki", "Karya Mandiri", "Maju Jaya", "Tunas Harapan", "Sinar Abadi", "Berkah Lestari", "Mitra Usaha", "Cahaya Baru", "Putra Bangsa", "Sentosa", "Makmur Sejahtera", "Anugerah", "Barokah", "Citra Nusa", "Tiga Saudara", "Dua Putri", "Rukun Santoso", "Sari Murni", "Bintang Timur", "Harapan Kita", "Sekar Arum", "Jaya Abadi", "Mekar Sari", "Tirta Kencana"];
const FORMS: [string, string][] = [["ud", "UD"], ["cv", "CV"], ["pt", "PT"], ["koperasi", "Koperasi"], ["perorangan", ""], ["pt_perorangan", "PT"]];
const usedNames = new Set<string>();

let nProducer = 0, nProduct = 0, nCert = 0;

interface Slot {
  item: Item | [string, Cat];
  role?: Role;
  /** soft shortfalls for the asked product: capacity, price, island */
  soft?: ("cap" | "price" | "island")[];
  tkdn?: "ok" | "near" | "far" | "none";
}
type CertPlan =
  | { kind: "ok"; wide: boolean; status: "verified" | "pending" }
  | { kind: "scopedOther" } // held for another product of the producer only
  | { kind: "expired" }
  | { kind: "rejected" }
  | { kind: "none" };

function makeProducer(needIdx: number, slots: Slot[], certPlan: CertPlan, far: boolean, intent?: { grade: number; nearMiss: boolean }) {
  const need = NEEDS[needIdx]!;
  const idx = ++nProducer;
  const ref = `${P}IKM-${String(idx).padStart(4, "0")}`;
  const home = islandOf(need.prov);
  const provs = PROVINCES.filter((p) => (far ? p.island !== home : p.island === home));
  const prov = pick(provs);
  const reg = pick(prov.regencies);
  const mainCat = slots[0]!.item[1];
  const sector = SECTOR[mainCat];
  const [form, formLabel] = pick(FORMS);
  const base = `${pick(NAMEWORDS)} ${reg.name.replace(/^Kota /, "")}`;
  let legalName = formLabel ? `${formLabel} ${base}` : `${pick(FIRST)} ${pick(LAST)} – ${base}`;
  while (usedNames.has(legalName)) legalName += " " + "IVX"[int(0, 2)];
  usedNames.add(legalName);
  const owner = `${pick(FIRST)} ${pick(LAST)}`;
  const kbli = [...new Set(slots.map((s) => s.item[1]).filter((c) => SECTOR[c] === sector).flatMap((c) => KBLI_OF[c].slice(0, 1)))].slice(0, 3);
  const names = slots.map((s) => s.item[0].toLowerCase());
  producers.push({
    ref, legalName, legalForm: form, nib: String(8120000000000 + idx * 7919), sector, kbli, provinceCode: prov.code, regencyCode: reg.code,
    address: `Jl. ${pick(["Merdeka", "Pahlawan", "Diponegoro", "Sudirman", "Veteran", "Kartini", "Ahmad Yani", "Gajah Mada"])} No. ${int(1, 180)}, ${reg.name}`,
    employees: int(4, 90), foundedYear: int(1988, 2021),
    description: `Usaha ${names.slice(0, 2).join(" dan ")} di ${reg.name}, ${prov.name}. Melayani pesanan partai besar untuk instansi dan perusahaan.`,
    contacts: [{ name: owner, position: pick(["Pemilik", "Direktur", "Ketua", "Manajer Pemasaran"]), phone: `08${int(11, 59)} ${int(1000, 9999)} ${int(1000, 9999)}` }],
  });

  const made: Product[] = [];
  for (const s of slots) {
    const [name, cat] = s.item;
    const unit: Unit = s.role === "exact" || s.role === "sub" ? need.unit : ((s.item as Item)[2] ?? need.unit);
    const soft = s.soft ?? [];
    const pRef = `${P}PRD-${String(++nProduct).padStart(4, "0")}`;
    const budget = need.budget ?? need.refPrice;
    const inNeedUnit = unit === need.unit && (s.role === "exact" || s.role === "sub");
    let priceMin: number, priceMax: number | undefined, cap: number;
    if (inNeedUnit) {
      if (soft.includes("price") && need.budget) {
        priceMin = roundPrice(need.budget * (1.25 + rnd() * 0.35));
        priceMax = chance(0.5) ? roundPrice(priceMin * 1.15) : undefined;
      } else {
        priceMin = roundPrice(budget * (0.6 + rnd() * 0.2));
        priceMax = chance(0.6) ? Math.min(roundPrice(budget * (0.85 + rnd() * 0.1)), need.budget ?? Infinity) : undefined;
        if (priceMax !== undefined && priceMax < priceMin) priceMax = undefined;
      }
      cap = soft.includes("cap") ? Math.max(1, Math.floor(need.qty / (16 + int(0, 20)))) : Math.ceil(need.qty * (1.1 + rnd() * 2.5));
    } else {
      priceMin = roundPrice(need.refPrice * (0.3 + rnd() * 1.5));
      priceMax = undefined;
      cap = int(50, 5000);
    }
    let tkdn: number | undefined;
    const t = s.tkdn ?? "ok";
    if (need.minTkdn !== undefined && (s.role === "exact" || s.role === "sub" || s.role === "rel")) {
      tkdn = t === "near" ? need.minTkdn - int(1, 5) : t === "far" ? Math.max(0, need.minTkdn - int(15, 30)) : Math.min(100, need.minTkdn + int(3, 40));
    } else if (chance(0.5)) tkdn = int(20, 95);
    const roles: Record<number, Role> = { ...(s.role ? { [needIdx]: s.role } : {}), ...(CROSS[name] ?? {}) };
    const p: Product = {
      ref: pRef, producerRef: ref, name, category: cat, unit, minOrder: Math.max(1, Math.floor(cap / int(20, 100))),
      description: `${name}. ${describe(cat)} Produksi ${reg.name}, kapasitas ${cap.toLocaleString("id-ID")} ${unit} per bulan.`,
      monthlyCapacity: cap, priceMin, ...(priceMax !== undefined ? { priceMax } : {}), ...(tkdn !== undefined ? { tkdnPercent: tkdn } : {}),
      leadTimeDays: int(3, 30), roles,
    };
    products.push(p);
    made.push(p);
  }

  // certificates
  const cert = (type: CertType, productRefs: string[], validUntil: string | undefined, status: Cert["status"]) => {
    const c: Cert = {
      ref: `${P}CERT-${String(++nCert).padStart(4, "0")}`, producerRef: ref, productRefs, type,
      number: `${type.toUpperCase()}-${prov.code}${String(nCert).padStart(5, "0")}-${int(2023, 2025)}`,
      issuer: type === "pirt" ? `Dinas Kesehatan ${reg.name}` : ISSUER[type], validFrom: addDays("2023-01-10", int(0, 800)),
      ...(validUntil ? { validUntil } : {}), status,
    };
    if (status === "verified") c.verifiedAt = addDays(c.validFrom, int(10, 60));
    if (status === "rejected") c.rejectionReason = "Nomor sertifikat tidak ditemukan pada basis data penerbit.";
    certs.push(c);
  };
  const asked = made.filter((p) => p.roles[needIdx] === "exact" || p.roles[needIdx] === "sub" || p.roles[needIdx] === "rel").map((p) => p.ref);
  const others = made.filter((p) => !asked.includes(p.ref)).map((p) => p.ref);
  const okUntil = () => (chance(0.25) ? undefined : addDays(need.neededBy, int(30, 700)));
  for (const [k, type] of need.certs.entries()) {
    // a near miss fails one requirement only: the other required certificates are held
    if (k > 0 && (certPlan.kind === "scopedOther" || certPlan.kind === "expired")) {
      cert(type, [], okUntil(), "verified");
      continue;
    }
    switch (certPlan.kind) {
      case "ok":
        cert(type, certPlan.wide ? [] : asked, okUntil(), certPlan.status);
        break;
      case "scopedOther":
        if (others.length === 0) throw new Error(`scopedOther without another product at ${ref}`);
        cert(type, others, okUntil(), "verified");
        break;
      case "expired":
        cert(type, asked, addDays(need.neededBy, -int(5, 60)), "verified");
        break;
      case "rejected":
        cert(type, asked, okUntil(), "rejected");
        break;
      case "none":
        break;
    }
  }
  // unrequired certificates, as producers hold them
  const extra = (["pirt", "hki", "iso9001", "halal", "sni"] as CertType[]).filter((t) => !need.certs.includes(t));
  if (chance(0.3)) cert(pick(extra), [], addDays("2027-01-01", int(-20, 900)), pick(["verified", "pending"] as const));
  if (intent) intents.push({ need: needIdx, producer: ref, ...intent });
  return ref;
}

function roundPrice(x: number): number {
  const step = x >= 1_000_000 ? 50_000 : x >= 100_000 ? 5_000 : x >= 10_000 ? 500 : 50;
  return Math.max(step, Math.round(x / step) * step);
}
function describe(cat: Cat): string {
  const m: Partial<Record<string, string>> = {
    food_beverage: "Bahan baku lokal pilihan, diproses higienis, kemasan rapi siap kirim.",
    textile_apparel: "Jahitan rapi, ukuran S sampai XXL, bisa bordir atau sablon logo.",
    batik: "Dikerjakan pengrajin setempat, pewarnaan tahan luntur.",
    leather_footwear: "Bahan kulit dan sol pilihan, ukuran lengkap.",
    furniture_wood: "Kayu kering oven, finishing sesuai permintaan.",
    handicraft: "Buatan tangan pengrajin, bisa custom ukuran dan logo.",
    metal_machinery: "Dikerjakan di bengkel sendiri, material sesuai spesifikasi.",
    chemical_building: "Mutu terjaga, diuji per batch.",
    packaging_printing: "Cetak offset dan digital, bisa custom ukuran.",
    electronics: "Komponen terpilih, garansi satu tahun.",
    herbal_cosmetics: "Bahan alami, diproduksi sesuai cara produksi yang baik.",
  };
  return m[SECTOR[cat]] ?? "";
}

// ---------------------------------------------------------------- build: six producers per need
const SOFTS = ["cap", "price", "island"] as const;
NEEDS.forEach((need, i) => {
  const ex = need.exact.slice(0, 6).map((e) => (typeof e === "string" ? ([e, need.cat] as [string, Cat]) : e));
  const hasReq = need.certs.length > 0 || need.minTkdn !== undefined;
  const softSet = (n: number) => {
    const pool = SOFTS.filter((s) => s !== "price" || need.budget !== undefined);
    const out: (typeof SOFTS)[number][] = [];
    while (out.length < n) { const s = pick(pool); if (!out.includes(s)) out.push(s); }
    return out;
  };
  const gradeFor = (n: number) => (n === 0 ? 3 : n === 1 ? 2 : 1);
  const ok = (): CertPlan => ({ kind: "ok", wide: chance(0.5), status: chance(0.3) ? "pending" : "verified" });

  // P1: the asked product, everything met, plus a related product and sometimes a same-sector decoy.
  const p1: Slot[] = [{ item: ex[0]!, role: "exact" }, { item: need.rel[0]!, role: "rel" }];
  if (chance(0.6)) p1.push({ item: need.decSame[0]! });
  makeProducer(i, p1, ok(), false, { grade: 3, nearMiss: false });

  // P2: another name for the asked product, everything met, with a close substitute.
  makeProducer(i, [{ item: ex[1]!, role: "exact" }, { item: need.sub[0]!, role: "sub" }], ok(), false, { grade: 3, nearMiss: false });

  // P3: the asked product with zero or one soft shortfall.
  const s3 = softSet(int(0, 1));
  makeProducer(i, [{ item: ex[2]!, role: "exact", soft: s3.filter((s) => s !== "island") }, { item: need.decSame[0]! }], ok(), s3.includes("island"), { grade: gradeFor(s3.length), nearMiss: false });

  // P4: the asked product with one or two soft shortfalls.
  const s4 = softSet(int(1, 2));
  makeProducer(i, [{ item: ex[3]!, role: "exact", soft: s4.filter((s) => s !== "island") }, { item: need.decSame[1]! }, ...(chance(0.5) ? [{ item: need.decOther[1]! }] : [])], ok(), s4.includes("island"), { grade: gradeFor(s4.length), nearMiss: false });

  // P5: a near miss when the need has a hard requirement (one fixable failure), else a plain match.
  if (hasReq) {
    const kinds: ("scoped" | "expired" | "tkdn")[] = [];
    if (need.certs.length) kinds.push("scoped", "expired");
    if (need.minTkdn !== undefined) kinds.push("tkdn");
    const k = pick(kinds);
    makeProducer(i, [{ item: ex[4]!, role: "exact", tkdn: k === "tkdn" ? "near" : "ok" }, { item: need.decSame[1]! }],
      k === "scoped" ? { kind: "scopedOther" } : k === "expired" ? { kind: "expired" } : ok(), false, { grade: 0, nearMiss: true });
  } else {
    makeProducer(i, [{ item: ex[4]!, role: "exact" }, { item: need.decSame[1]! }, { item: need.rel[1]!, role: "rel" }], ok(), false, { grade: 3, nearMiss: false });
  }

  // P6: a producer of other things: decoys, a related product or substitute, and — when the need has a
  // hard requirement — the asked product failing it beyond a quick fix.
  const slots6: Slot[] = [{ item: need.decOther[0]! }];
  let plan6: CertPlan = ok();
  let g6: number | undefined;
  if (hasReq) {
    const far = need.minTkdn !== undefined && (need.certs.length === 0 || chance(0.5));
    slots6.push({ item: ex[5]!, role: "exact", tkdn: far ? "far" : "ok" });
    if (!far) plan6 = chance(0.5) ? { kind: "rejected" } : { kind: "none" };
    if (chance(0.5)) slots6.push({ item: need.decOther[1]! });
    g6 = 0;
  } else {
    const sub = need.sub[1]! ?? need.sub[0]!;
    const s6 = softSet(int(0, 1));
    slots6.push({ item: sub, role: "sub", soft: s6.filter((s) => s !== "island") }, { item: need.decOther[1]! });
    makeProducer(i, slots6, plan6, s6.includes("island"), { grade: s6.length === 0 ? 2 : 1, nearMiss: false });
    return;
  }
  makeProducer(i, slots6, plan6, false, { grade: g6, nearMiss: false });
});

// ---------------------------------------------------------------- grading (the rules, applied to the data)
const producerByRef = new Map(producers.map((p) => [p.ref, p]));
const certsOf = new Map<string, Cert[]>();
for (const c of certs) (certsOf.get(c.producerRef) ?? certsOf.set(c.producerRef, []).get(c.producerRef)!).push(c);

type Fail = "certMissing" | "certScopedOther" | "certExpired" | "tkdnNear" | "tkdnFar";
function hardFailures(need: NeedDef, p: Product): Fail[] {
  const fails: Fail[] = [];
  const held = (certsOf.get(p.producerRef) ?? []).filter((c) => c.status !== "rejected");
  for (const type of need.certs) {
    const ofType = held.filter((c) => c.type === type);
    const covering = ofType.filter((c) => c.productRefs.length === 0 || c.productRefs.includes(p.ref));
    if (covering.some((c) => !c.validUntil || c.validUntil >= need.neededBy)) continue;
    if (covering.length > 0) fails.push("certExpired");
    else if (ofType.some((c) => !c.validUntil || c.validUntil >= need.neededBy)) fails.push("certScopedOther");
    else fails.push("certMissing");
  }
  if (need.minTkdn !== undefined) {
    const t = p.tkdnPercent;
    if (t === undefined || t < need.minTkdn) fails.push(t !== undefined && need.minTkdn - t <= 5 ? "tkdnNear" : "tkdnFar");
  }
  return fails;
}
function softShortfalls(need: NeedDef, p: Product): number {
  const prod = producerByRef.get(p.producerRef)!;
  let n = 0;
  const months = monthsUntil(need.neededBy);
  const canMake = p.monthlyCapacity * months;
  // capacities are built far from the line on either side; refuse an ambiguous one
  if (canMake >= need.qty && p.monthlyCapacity < need.qty) throw new Error(`ambiguous capacity ${p.ref} for ${need.title}`);
  if (canMake < need.qty) n++;
  if (need.budget !== undefined && p.priceMin > need.budget) n++;
  if (need.budget !== undefined && p.priceMin <= need.budget && (p.priceMax ?? p.priceMin) > need.budget) throw new Error(`price straddles budget ${p.ref}`);
  if (islandOf(prod.provinceCode) !== islandOf(need.prov)) n++;
  return n;
}
function productGrade(i: number, p: Product): number {
  const role = p.roles[i];
  if (!role) return 0;
  if (hardFailures(NEEDS[i]!, p).length > 0) return 0;
  if (role === "rel") return 1;
  const soft = softShortfalls(NEEDS[i]!, p);
  if (role === "sub") return soft === 0 ? 2 : 1;
  return soft === 0 ? 3 : soft === 1 ? 2 : 1;
}

const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const productsOf = new Map<string, Product[]>();
for (const p of products) (productsOf.get(p.producerRef) ?? productsOf.set(p.producerRef, []).get(p.producerRef)!).push(p);
NEEDS.forEach((need, i) => {
  const g: Record<string, number> = {};
  const nm: string[] = [];
  for (const prod of producers) {
    const ps = productsOf.get(prod.ref)!;
    const best = Math.max(0, ...ps.map((p) => productGrade(i, p)));
    if (best > 0) g[prod.ref] = best;
    const fixable = ps.some((p) => {
      if (p.roles[i] !== "exact") return false;
      const f = hardFailures(need, p);
      return f.length === 1 && (f[0] === "certScopedOther" || f[0] === "certExpired" || f[0] === "tkdnNear");
    });
    if (fixable && best === 0) nm.push(prod.ref);
  }
  grades[needRef(i)] = g;
  if (nm.length) nearMisses[needRef(i)] = nm;
});

// ---------------------------------------------------------------- self-checks
const problems: string[] = [];
const allRefs = [...producers.map((p) => p.ref), ...products.map((p) => p.ref), ...certs.map((c) => c.ref), ...NEEDS.map((_, i) => needRef(i))];
if (new Set(allRefs).size !== allRefs.length) problems.push("refs not unique");
if (new Set(producers.map((p) => p.nib)).size !== producers.length) problems.push("NIBs not unique");
for (const prod of producers) {
  const n = productsOf.get(prod.ref)!.length;
  if (n < 2 || n > 4) problems.push(`${prod.ref} has ${n} products`);
}
NEEDS.forEach((need, i) => {
  if (need.neededBy < "2027-03-01" || need.neededBy > "2027-10-31") problems.push(`${needRef(i)} neededBy out of range`);
  if (!Object.values(grades[needRef(i)]!).includes(3)) problems.push(`${needRef(i)} has no grade-3 producer`);
  if (!provinceOf.get(need.prov)!.regencies.some((r) => r.code === need.reg)) problems.push(`${needRef(i)} regency not in province`);
});
for (const it of intents) {
  const got = grades[needRef(it.need)]![it.producer] ?? 0;
  if (got !== it.grade) problems.push(`${needRef(it.need)} ${it.producer}: built as ${it.grade}, graded ${got}`);
  const nm = (nearMisses[needRef(it.need)] ?? []).includes(it.producer);
  if (nm !== it.nearMiss) problems.push(`${needRef(it.need)} ${it.producer}: near miss ${it.nearMiss} but computed ${nm}`);
}
// grades follow the rules: re-derive each listed grade from a product that earns it
for (const [nr, g] of Object.entries(grades)) {
  const i = Number(nr.slice(-2)) - 1;
  for (const [pr, v] of Object.entries(g)) {
    const ps = productsOf.get(pr)!;
    const witness = ps.find((p) => productGrade(i, p) === v);
    if (!witness || (v === 3 && (witness.roles[i] !== "exact" || softShortfalls(NEEDS[i]!, witness) !== 0 || hardFailures(NEEDS[i]!, witness).length))) problems.push(`${nr} ${pr}: grade ${v} unsupported`);
  }
}
const provinces = new Set(producers.map((p) => p.provinceCode));
if (provinces.size < 12) problems.push(`only ${provinces.size} provinces`);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}

// ---------------------------------------------------------------- write
const BUYERS = [
  { ref: `${P}BUYER-01`, name: "PT Pupuk Sriwijaya Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "16.71" },
  { ref: `${P}BUYER-02`, name: "PT Krakatau Baja Mandiri (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "36.72" },
  { ref: `${P}BUYER-03`, name: "PT Perkebunan Nusantara Timur (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "73.71" },
  { ref: `${P}BUYER-04`, name: "PT Hotel Wisata Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "51.03" },
  { ref: `${P}BUYER-05`, name: "PT Petrokimia Gresik Raya", legalForm: "pt", buyerType: "large_industry", regionCode: "35.25" },
  { ref: `${P}BUYER-06`, name: "PT Indo Tekstil Raya Tbk", legalForm: "pt", buyerType: "large_industry", regionCode: "32.15" },
  { ref: `${P}BUYER-07`, name: "PT Kaltim Energi Utama", legalForm: "pt", buyerType: "large_industry", regionCode: "64.71" },
  { ref: `${P}BUYER-08`, name: "Perum Logistik Pangan Nusantara", legalForm: "perum", buyerType: "bumn", regionCode: "31.71" },
];
const catalogue = {
  producers,
  buyers: BUYERS,
  products: products.map(({ roles: _roles, ...p }) => p),
  certifications: certs,
  needs: NEEDS.map((n, i) => ({
    ref: needRef(i), buyerRef: BUYERS[n.buyer - 1]!.ref, title: n.title, description: n.description, category: n.cat, quantity: n.qty, unit: n.unit,
    deliveryProvinceCode: n.prov, deliveryRegencyCode: n.reg, neededBy: n.neededBy,
    ...(n.certs.length ? { requiredCertifications: n.certs } : {}), ...(n.minTkdn !== undefined ? { minTkdnPercent: n.minTkdn } : {}),
    ...(n.budget !== undefined ? { budgetPerUnit: n.budget } : {}), visibility: "public", status: "open",
  })),
};
writeFileSync(join(OUT, "catalogue.json"), JSON.stringify(catalogue, null, 1) + "\n");
writeFileSync(join(OUT, "grades.json"), JSON.stringify(grades, null, 1) + "\n");
writeFileSync(join(OUT, "near-misses.json"), JSON.stringify({ nearMisses }, null, 1) + "\n");
const dist = [0, 0, 0, 0];
for (const g of Object.values(grades)) for (const v of Object.values(g)) dist[v] = (dist[v] ?? 0) + 1;
console.log(`producers ${producers.length}, products ${products.length}, certifications ${certs.length}, buyers ${BUYERS.length}, needs ${NEEDS.length}, provinces ${provinces.size}`);
console.log(`grades: 3=${dist[3]} 2=${dist[2]} 1=${dist[1]}; near misses ${Object.values(nearMisses).flat().length} over ${Object.keys(nearMisses).length} needs`);
