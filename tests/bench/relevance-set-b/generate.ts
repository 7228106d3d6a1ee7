// Relevance set B: an independent, labelled evaluation catalogue for the matcher.
// Written without reading the matcher or its vocabulary: the product vocabulary below is our own.
// Run: npx tsx tests/bench/relevance-set-b/generate.ts  (deterministic: same seed, same files)
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCT_CATEGORIES } from "../../../app/models/domain.ts";

const OUT = dirname(fileURLToPath(import.meta.url));
const P = "RSB"; // ref prefix
const REF_DATE = "2026-12-01"; // capacity "by the needed-by date" is counted from here

// ---------- checked access (strict noUncheckedIndexedAccess) ----------
/** xs[i], throwing instead of yielding undefined when i is not an index of xs. */
function at<T>(xs: readonly T[], i: number): T {
  if (!Number.isInteger(i) || i < 0 || i >= xs.length) throw new RangeError(`index ${i} out of range 0..${xs.length - 1}`);
  return xs[i] as T;
}
/** A value that must be present (record entry, map entry), throwing if it is not. */
function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
}

// ---------- seeded PRNG (mulberry32) ----------
let seed = 20270301 >>> 0;
function R(): number {
  let t = (seed = (seed + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a: number, b: number) => a + Math.floor(R() * (b - a + 1));
const rf = (a: number, b: number) => a + R() * (b - a);
const pick = <T>(xs: readonly T[]): T => at(xs, Math.floor(R() * xs.length));
const chance = (p: number) => R() < p;
function shuffle<T>(xs: T[]): T[] { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [xs[i], xs[j]] = [at(xs, j), at(xs, i)]; } return xs; }
const nice = (x: number) => { const m = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1); return Math.round(x / m) * m; };

// ---------- dates ----------
const day = (iso: string) => Date.parse(iso + "T00:00:00Z") / 86400000;
const iso = (d: number) => new Date(Math.round(d) * 86400000).toISOString().slice(0, 10);
const months = (by: string) => (day(by) - day(REF_DATE)) / 30.44;

// ---------- regions (BPS codes, checked by dry-run) ----------
const REGS = ("11.71 12.71 12.07 13.71 13.75 14.71 16.71 18.71 31.72 31.74 32.04 32.06 32.09 32.10 32.14 32.16 32.73 " +
  "33.10 33.19 33.20 33.26 33.72 33.74 33.75 34.02 34.04 34.71 35.04 35.07 35.15 35.20 35.23 35.25 35.73 35.78 36.04 " +
  "36.71 36.72 51.04 51.71 52.71 53.71 61.71 63.71 64.71 64.72 71.71 73.06 73.71 81.71 91.71").split(" ");
function island(code: string): string {
  const p = Number(code.slice(0, 2));
  return p < 20 ? "sumatera" : p < 40 || p === 51 ? "jawa-bali" : p < 60 ? "nusa-tenggara" : p < 70 ? "kalimantan" : p < 80 ? "sulawesi" : p < 90 ? "maluku" : "papua";
}

// ---------- vocabulary: our own product concepts ----------
// head: key cat>misfileCat unit price-range capacity-range(per month) tkdn-range kbli rel:related geo:regencies
// then: names (how producers call it) | qualifiers | description phrases
type Range = [min: number, max: number];
interface Concept {
  k: string; cat: string; mis?: string; unit: string; p: Range; q: Range; t: Range; kbli: string;
  rel: string[]; geo: string[]; names: string[]; quals: string[]; desc: string[];
}
const CONCEPTS: Concept[] = [];
function C(head: string, names: string, quals: string, desc: string) {
  const [k, cats, unit, p, q, t, kbli, ...rest] = head.split(" ");
  if (k === undefined || cats === undefined || unit === undefined || p === undefined || q === undefined || t === undefined || kbli === undefined)
    throw new Error(`concept head needs 7 fields: ${head}`);
  const opt = (key: string) => (rest.find((r) => r.startsWith(key + ":"))?.slice(key.length + 1).split(",") ?? []);
  const catParts = cats.split(">"); const cat = at(catParts, 0); const mis = catParts[1];
  const nums = (s: string): Range => {
    const r = s.split("-").map(Number);
    if (r.length !== 2) throw new Error(`range must be min-max: ${s} in ${head}`);
    return [at(r, 0), at(r, 1)];
  };
  CONCEPTS.push({ k, cat, mis, unit, p: nums(p), q: nums(q), t: nums(t), kbli, rel: opt("rel"), geo: opt("geo"),
    names: names.split("|"), quals: quals.split("|"), desc: desc.split("|") });
}
// food & beverage
C("keripik_tempe snacks>confectionery pak 12000-22000 3000-15000 70-98 10792 rel:keripik_singkong,peyek geo:35.73,35.07",
  "Keripik tempe|Kripik tempe|Tempe chips|Tempeh chips|Keripik tempe sagu|Kripca Tempe Sanan|Tempe crispy", "original|pedas|daun jeruk|250 g|500 g", "kedelai lokal pilihan|diiris tipis lalu digoreng renyah|dikemas standing pouch|tanpa pengawet");
C("keripik_singkong snacks>crackers pak 10000-20000 3000-15000 75-98 10792 rel:keripik_tempe,keripik_pisang geo:13.75,13.71,35.07",
  "Keripik singkong|Kripik singkong|Cassava chips|Keripik ketela|Keripik pohong|Kripik telo|Sanjai balado|Karupuak sanjai", "balado|original|pedas manis|asin|250 g", "singkong segar dari petani|bumbu cabai giling asli|renyah tanpa MSG|dikemas standing pouch");
C("keripik_pisang snacks>confectionery pak 12000-25000 2000-10000 75-98 10792 rel:keripik_singkong geo:18.71",
  "Keripik pisang|Kripik pisang|Banana chips|Kripik gedang|Keripik pisang kepok|Lampung banana chips|Pisang crispy", "manis|cokelat|original|asin|200 g", "pisang kepok pilihan|digoreng vakum|tanpa pengawet|renyah dan gurih");
C("kerupuk_udang crackers>snacks kg 45000-90000 800-5000 70-95 10792 rel:kerupuk_ikan geo:35.15",
  "Kerupuk udang|Krupuk udang|Prawn crackers|Shrimp crackers|Kerupuk udang Sidoarjo|Kerupuk ebi|Krupuk Sidoarjo", "mentah|siap goreng|super|1 kg", "udang segar tangkapan tambak|dijemur di bawah matahari|dikemas plastik tebal");
C("kerupuk_ikan crackers>snacks kg 40000-95000 800-5000 70-95 10792 rel:kerupuk_udang,peyek geo:16.71,64.72,64.71,61.71",
  "Kerupuk ikan|Krupuk ikan tenggiri|Fish crackers|Kemplang|Amplang|Kemplang panggang|Amplang Samarinda", "panggang|goreng|pedas|1 kg", "ikan tenggiri segar|resep turun-temurun|kemasan kedap udara");
C("peyek snacks>crackers pak 10000-18000 2000-8000 70-95 10792 rel:keripik_tempe,kerupuk_ikan",
  "Rempeyek kacang|Peyek kacang|Peanut crackers|Peyek teri", "kacang tanah|teri|200 g", "tepung beras|kacang tanah lokal|renyah gurih");
C("kue_kering snacks>confectionery toples 45000-90000 800-5000 60-90 10710 rel:dodol,cokelat",
  "Kue kering|Cookies|Butter cookies|Kukis mentega|Nastar|Kastengel|Putri salju|Kue lebaran", "toples 500 g|premium|keju|nanas", "mentega asli|resep rumahan|toples plastik bening|dipanggang setiap hari");
C("gula_aren sweeteners>condiments kg 25000-45000 1000-10000 85-99 10722 rel:gula_kelapa geo:32.06,36.04,16.71",
  "Gula aren|Palm sugar|Gula semut aren|Gula kawung|Gula merah aren|Arenga sugar|Aren sugar", "cetak|serbuk|organik|1 kg", "nira aren murni|dimasak di tungku kayu|tanpa campuran|kadar air rendah");
C("gula_kelapa sweeteners>condiments kg 18000-35000 1000-10000 85-99 10722 rel:gula_aren geo:33.26,34.02",
  "Gula kelapa|Gula jawa|Coconut sugar|Coconut palm sugar|Gula merah kelapa|Gula semut kelapa", "batok|serbuk organik|cetak|curah", "nira kelapa segar|kristal halus|dimasak tanpa bahan kimia");
C("madu sweeteners>beverages botol 60000-150000 300-3000 90-100 10799 geo:52.71,61.71",
  "Madu hutan|Madu murni|Forest honey|Pure honey|Madu klanceng|Madu Sumbawa|Raw honey", "250 ml|500 ml|multiflora|botol kaca", "dipanen dari hutan alam|kadar air rendah|tanpa tambahan gula");
C("kopi_bubuk coffee_tea>beverages kg 80000-160000 300-3000 85-99 10761 rel:kopi_biji,teh_celup geo:11.71,18.71,33.74",
  "Kopi bubuk|Ground coffee|Coffee powder|Kopi tubruk|Kopi giling|Bubuk kopi robusta|Kopi Gayo bubuk|Kopi Lampung", "robusta|arabika|1 kg|medium roast", "biji kopi petani lokal|disangrai dan digiling halus|kemasan dengan katup");
C("kopi_biji coffee_tea>beverages kg 120000-260000 200-2000 85-99 10761 rel:kopi_bubuk geo:11.71,51.04,73.71",
  "Biji kopi sangrai|Roasted coffee beans|Roast bean arabika|Kopi roasting|Coffee beans|Kopi sangrai|Roasted beans", "single origin|espresso blend|1 kg|medium", "dipetik merah|disangrai mingguan|kemasan dengan katup");
C("teh_celup coffee_tea>beverages kotak 8000-20000 2000-20000 60-95 10799 rel:kopi_bubuk,minuman_jahe geo:32.04,33.74",
  "Teh celup|Tea bags|Teh kantong|Teabag melati|Teh hijau celup|Jasmine tea bag", "isi 25|isi 50|melati|hijau", "daun teh kebun lokal|kantong kertas filter|kemasan kotak karton");
C("sambal condiments>processed_meat_fish botol 15000-35000 1000-10000 70-95 10772 rel:bumbu_pecel geo:71.71,33.74",
  "Sambal botol|Sambel bawang|Chili sauce|Saus sambal|Sambal roa|Sambal bajak|Chilli paste|Sambel korek", "200 ml|pedas|ekstra pedas|250 g", "cabai rawit segar|tanpa pengawet buatan|botol kaca");
C("bumbu_pecel condiments>snacks kg 35000-70000 500-5000 75-95 10772 rel:sambal geo:35.07,35.04",
  "Bumbu pecel|Sambal kacang|Peanut sauce|Bumbu gado-gado|Pecel sauce|Bumbu kacang|Sambel pecel Madiun", "pedas|sedang|1 kg|500 g", "kacang tanah sangrai|gula merah asli|tahan enam bulan");
C("abon_sapi processed_meat_fish>snacks kg 180000-320000 200-2000 70-95 10130 rel:abon_ikan,dendeng geo:33.72,34.71",
  "Abon sapi|Beef floss|Abon daging sapi|Shredded beef|Meat floss|Abon sapi pedas", "original|pedas|1 kg|250 g", "daging sapi segar|dimasak dengan rempah|kemasan kedap udara");
C("abon_ikan processed_meat_fish>snacks kg 150000-280000 200-2000 75-95 10130 rel:abon_sapi geo:71.71,73.71,81.71",
  "Abon ikan tuna|Fish floss|Abon cakalang|Abon tongkol|Tuna floss|Abon ikan", "original|pedas|250 g|1 kg", "ikan segar hasil tangkapan nelayan|tanpa pengawet|kemasan standing pouch");
C("dendeng processed_meat_fish kg 200000-350000 200-1500 70-95 10130 rel:abon_sapi geo:13.71",
  "Dendeng sapi|Beef jerky|Dendeng balado|Dendeng batokok", "balado|manis|500 g", "daging sapi pilihan|dijemur dan dibakar");
C("dodol confectionery>snacks kg 40000-90000 500-4000 75-98 10732 rel:kue_kering,cokelat geo:33.19,32.06",
  "Dodol|Jenang|Lempok durian|Dodol Garut|Jenang Kudus|Dodol betawi|Wajik ketan", "durian|ketan hitam|nangka|original|500 g", "tepung ketan|gula kelapa asli|diaduk delapan jam");
C("cokelat confectionery pak 15000-40000 1000-8000 50-85 10732 rel:dodol,kue_kering geo:51.04,73.71",
  "Cokelat batangan|Chocolate bar|Coklat praline|Cokelat kakao|Dark chocolate", "70%|susu|100 g", "kakao fermentasi|tempering manual");
C("minuman_jahe beverages>herbal_medicine kotak 15000-35000 1000-10000 80-98 10799 rel:kunyit_asam,teh_celup geo:33.74,34.04",
  "Minuman jahe instan|Wedang jahe|Ginger drink|Jahe merah instan|Serbuk jahe|Instant ginger|Jahe emprit instan", "sachet|isi 10|gula aren|merah", "jahe merah pilihan|serbuk instan larut|kotak isi 10 sachet");
C("sirup beverages botol 25000-55000 1000-8000 70-95 10799 rel:minuman_jahe geo:12.71,73.71",
  "Sirup markisa|Passion fruit syrup|Sirop markisa|Markisa Medan", "630 ml|kental|botol kaca", "buah markisa segar|tanpa pewarna");
// textile, batik, footwear, leather
C("wearpack uniforms>apparel pcs 150000-300000 500-5000 40-85 14111 rel:kemeja_pdh,rompi_safety geo:36.72,32.16,35.78",
  "Wearpack|Coverall|Werpak|Baju kerja terusan|Katelpak|Coverall safety|Wear pack", "katun drill|scotlight|dua warna|lengan panjang", "bahan drill tebal|jahitan rangkap|lis reflektor");
C("kemeja_pdh uniforms>apparel pcs 120000-250000 500-5000 40-85 14111 rel:wearpack,kemeja_batik,kaos_polo",
  "Kemeja PDH|Seragam dinas harian|Kemeja seragam kantor|Office uniform shirt|Baju dinas|Kemeja kerja", "lengan panjang|lengan pendek|bordir logo|American drill", "bahan drill adem|jahitan rapi|ukuran S-XXL");
C("kaos_polo apparel>uniforms pcs 60000-130000 1000-8000 40-85 14301 rel:kaos_oblong,kemeja_pdh",
  "Kaos polo|Polo shirt|Kaos kerah|Kaos berkerah|Poloshirt|Polo lacoste", "bordir logo|pique|cotton|custom", "bahan lacoste cotton|bordir komputer|warna custom");
C("kaos_oblong apparel>textile_goods pcs 35000-80000 2000-15000 40-85 14301 rel:kaos_polo",
  "Kaos oblong|T-shirt|Kaus katun|Tshirt|Kaos combed 30s|Kaus oblong|T shirt", "combed 30s|sablon|lengan pendek|polos", "katun combed|sablon plastisol|jahitan rantai");
C("handuk textile_goods>woven_cloth pcs 35000-90000 1000-8000 50-90 13921 geo:33.72,32.04",
  "Handuk mandi|Bath towel|Anduk|Handuk hotel|Towel katun|Handuk putih", "70x140|putih|bordir|500 gsm", "katun 100%|daya serap tinggi|jahitan tepi rapi");
C("masker_kain textile_goods>ppe pcs 3000-10000 5000-50000 50-90 13929",
  "Masker kain|Face mask kain|Cloth mask|Masker 3 ply|Masker scuba|Masker katun", "3 lapis|earloop|hitam|hijab", "katun dua lapis|tali telinga elastis|bisa dicuci ulang");
C("tenun_ikat woven_cloth>batik_cloth lembar 350000-1500000 20-200 85-100 13121 rel:songket,batik_tulis geo:53.71,51.04,51.71",
  "Kain tenun ikat|Tenun ikat|Ikat weaving|Kain endek|Tenun Sumba|Kain tenun NTT|Sarung tenun ikat", "pewarna alam|motif kuda|2 meter", "benang katun dipintal|pewarna alami|ditenun dengan alat gedogan");
C("songket woven_cloth>batik_cloth lembar 800000-4000000 10-100 85-100 13121 rel:tenun_ikat geo:16.71,13.71,13.75",
  "Kain songket|Songket Palembang|Songket weave|Songket Pandai Sikek|Songket benang emas|Songket lepus", "lepus|tabur|selendang", "benang emas|ditenun tangan|motif tradisional");
C("batik_tulis batik_cloth>batik_apparel lembar 350000-2000000 30-300 90-100 13134 rel:batik_cap,tenun_ikat geo:33.72,34.02,33.26",
  "Batik tulis|Kain batik tulis|Hand-drawn batik|Batik canting|Batik tulis Lasem|Batik tulis pewarna alam", "sutra|katun primisima|2 x 1,15 m", "dibatik dengan canting|malam tawon|pewarna alam indigo");
C("batik_cap batik_cloth>textile_goods meter 40000-120000 1000-10000 85-100 13134 rel:batik_tulis,batik_print geo:33.26,33.75,33.72",
  "Batik cap|Kain batik cap|Stamped batik|Batik stempel|Batik cap tembaga|Kain batik Pekalongan", "katun primisima|motif parang|motif kawung|dua warna", "dicap dengan canting tembaga|pewarna remasol|katun halus");
C("batik_print textile_goods>batik_cloth meter 15000-35000 5000-40000 40-80 13929 rel:batik_cap",
  "Kain motif batik printing|Batik print|Tekstil printing motif batik|Printed batik fabric|Kain printing motif", "rayon|katun|polyester", "dicetak mesin rotary|warna cerah");
C("kemeja_batik batik_apparel>uniforms pcs 120000-350000 300-3000 75-95 14111 rel:batik_cap,kemeja_pdh geo:33.26,33.75,33.72,34.71",
  "Kemeja batik|Batik shirt|Hem batik|Baju batik pria|Seragam batik|Kemeja batik lengan panjang", "lengan panjang|furing|slim fit|custom motif", "kain batik cap asli|jahitan butik|ukuran lengkap");
C("sepatu_safety footwear>ppe pasang 250000-550000 300-3000 40-80 15203 rel:sepatu_pantofel,helm_safety geo:32.04,35.15,32.73",
  "Sepatu safety|Safety shoes|Sepatu pengaman|Safety boots|Sepatu steel toe|Sepatu boot proyek|Sepatu keselamatan kerja", "steel toe|anti slip|kulit|6 inci", "ujung baja|sol karet anti selip|kulit sapi tebal");
C("sepatu_pantofel footwear>leather_goods pasang 250000-600000 200-2000 60-90 15201 rel:sepatu_safety geo:35.15,32.73",
  "Sepatu pantofel|Pantofel kulit|Pantopel|Sepatu PDH|Oxford shoes|Sepatu kulit formal|Sepatu dinas", "hitam|kulit sapi|pria|wanita", "kulit sapi asli|sol karet jahit|finishing semir");
C("sandal_hotel footwear>bags_souvenirs pasang 4000-15000 5000-50000 60-95 15201 rel:sandal_jepit geo:35.15",
  "Sandal hotel|Hotel slippers|Slipper hotel|Sandal kamar|Selop hotel|Sendal hotel|Disposable slippers", "logo bordir|handuk|sekali pakai", "bahan handuk lembut|sol EVA|bisa bordir logo");
C("sandal_jepit footwear pasang 10000-30000 5000-30000 60-95 15201 rel:sandal_hotel", "Sandal jepit|Flip flops|Sendal jepit|Sandal karet", "karet|EVA|pria", "karet alam|tali kuat");
C("ikat_pinggang leather_goods>apparel pcs 60000-200000 300-3000 60-90 15121 rel:dompet_kulit geo:35.20,32.73",
  "Ikat pinggang kulit|Sabuk kulit|Leather belt|Gesper kulit|Sabuk seragam|Belt kulit sapi", "hitam|kepala logam|3,5 cm", "kulit sapi asli|jahitan tepi|kepala logam anti karat");
C("dompet_kulit leather_goods>bags_souvenirs pcs 80000-300000 300-3000 60-90 15121 rel:ikat_pinggang geo:35.20",
  "Dompet kulit|Leather wallet|Dompet pria|Wallet kulit", "pria|lipat|cokelat", "kulit sapi asli|jahit tangan");
// furniture, wood, handicraft
C("meja_kantor furniture>wood_products unit 1500000-4500000 20-200 60-95 31001 rel:kursi_kantor,lemari_arsip,meja_sekolah geo:33.20,35.04",
  "Meja kantor|Meja kerja|Office desk|Meja tulis jati|Meja kerja staf|Work desk|Meja staf", "jati|120 x 60 cm|laci tiga|finishing natural", "kayu jati perhutani|finishing melamin|konstruksi kokoh");
C("kursi_kantor furniture unit 400000-1500000 50-400 60-95 31001 rel:meja_kantor,kursi_rotan", "Kursi kantor kayu|Office chair|Kursi kerja|Kursi rapat", "jati|busa|lengan", "kayu mahoni|dudukan busa");
C("kursi_rotan furniture>woven_crafts unit 600000-2500000 30-300 80-98 31002 rel:kursi_kantor,keranjang_parsel geo:32.09,64.72,63.71",
  "Kursi rotan|Rattan chair|Kursi penjalin|Kursi anyam rotan|Kursi teras rotan|Rattan armchair", "natural|bantal|armchair|sintetis", "rotan alam Kalimantan|dianyam tangan|finishing natural");
C("lemari_arsip furniture>metal_fabrication unit 1800000-5000000 20-200 50-90 31001 rel:meja_kantor,rak_gudang",
  "Lemari arsip|Filing cabinet|Lemari dokumen|Rak arsip tertutup|Kabinet arsip|Lemari file", "4 laci|pintu geser|kunci", "kunci pengaman|rel laci halus|finishing duco");
C("meja_sekolah furniture set 700000-1500000 50-500 70-95 31001 rel:meja_kantor,kursi_kantor geo:33.20",
  "Meja kursi sekolah|Bangku sekolah|School desk set|Mebel sekolah|Meja belajar siswa", "SD|SMP|satu set", "kayu mahoni|rangka kokoh");
C("palet_kayu wood_products>packaging pcs 60000-180000 1000-10000 85-100 16291 rel:peti_kayu geo:35.25,35.15,32.16",
  "Palet kayu|Wooden pallet|Pallet kayu|Palet kayu akasia|Pallet jati belanda|Palet 4 arah|Pallet", "110 x 110 cm|4 arah|heat treatment", "kayu akasia kering oven|paku ulir|beban sampai 2 ton");
C("peti_kayu packaging>wood_products pcs 150000-600000 300-3000 85-100 16291 rel:palet_kayu,kardus", "Peti kayu|Wooden crate|Peti kemas kayu|Krat kayu", "ekspor|custom", "kayu pinus|heat treatment");
C("pintu_kayu wood_products>building_materials unit 900000-3500000 20-200 80-98 16221",
  "Pintu kayu panel|Kusen pintu|Wooden door|Daun pintu jati", "jati|merbau|panel", "kayu kering oven|finishing cat");
C("plakat wood_products>bags_souvenirs pcs 75000-300000 200-2000 80-98 16293", "Plakat kayu|Wooden plaque|Vandel|Piagam kayu ukir", "ukir|akrilik|logo", "ukiran tangan|grafir laser");
C("besek woven_crafts>packaging pcs 2500-8000 2000-30000 90-100 16299 rel:keranjang_parsel,kotak_nasi geo:34.04,32.06,35.04",
  "Besek bambu|Bamboo box|Kotak anyaman bambu|Besek|Besek hampers|Woven bamboo box", "20 x 20 cm|tutup|natural", "bambu apus|dianyam tangan|rapi dan kuat");
C("keranjang_parsel woven_crafts>bags_souvenirs pcs 25000-90000 500-5000 85-100 16299 rel:besek,kursi_rotan,tikar_pandan geo:32.09,34.02",
  "Keranjang parsel|Hamper basket|Keranjang hampers|Parcel basket rotan|Keranjang rotan|Rattan basket", "sedang|besar|pegangan", "rotan dan pandan|dianyam tangan|finishing natural");
C("tikar_pandan woven_crafts lembar 40000-150000 200-3000 90-100 16292 rel:keranjang_parsel",
  "Tikar pandan|Pandan mat|Anyaman pandan|Tikar mendong", "2 x 3 m|motif", "daun pandan duri|dianyam tangan");
C("pot_tanah_liat ceramics_pottery>building_materials pcs 15000-150000 500-5000 90-100 23939 rel:mug_keramik geo:34.02,51.04,52.71",
  "Pot tanah liat|Clay pot|Pot gerabah|Pot terakota|Terracotta planter|Pot kembang gerabah", "diameter 30 cm|besar|motif", "tanah liat pilihan|dibakar suhu tinggi|finishing natural");
C("mug_keramik ceramics_pottery>bags_souvenirs pcs 25000-70000 1000-8000 60-95 23939 rel:pot_tanah_liat,plakat geo:32.14,34.02",
  "Mug keramik|Ceramic mug|Cangkir keramik|Gelas keramik|Mug custom logo|Mug stoneware", "350 ml|glasir|decal logo", "stoneware dibakar 1200 derajat|aman untuk makanan");
C("tote_bag bags_souvenirs>textile_goods pcs 15000-45000 2000-20000 60-95 13929 rel:goodie_bag,paper_bag geo:32.73,35.78",
  "Tote bag|Tas jinjing|Totebag|Tas belanja kanvas|Shopping bag kanvas|Tas kanvas|Tas blacu", "sablon|kanvas|blacu|resleting", "bahan kanvas tebal|jahitan kuat|sablon logo");
C("goodie_bag bags_souvenirs>packaging pcs 3000-12000 5000-50000 60-95 13929 rel:tote_bag,paper_bag",
  "Goodie bag|Tas spunbond|Tas non woven|Non-woven bag|Goody bag|Tas seminar spunbond", "75 gsm|sablon|tali", "bahan spunbond|sablon satu warna|ramah lingkungan");
C("bros_perak jewellery_crafts pcs 75000-400000 100-1500 85-100 32111 geo:34.71,51.04", "Bros perak|Silver brooch|Pin perak|Kerajinan perak Kotagede", "filigree|logo|925", "perak 925|kerja tangan");
// metal, machinery, PPE
C("helm_safety ppe>metal_fabrication pcs 40000-150000 1000-10000 40-80 25999 rel:sepatu_safety,rompi_safety geo:32.16,36.71,35.15",
  "Helm safety|Safety helmet|Helm proyek|Hard hat|Helm keselamatan|Helm pelindung kepala", "suspensi 6 titik|tali dagu|putih|kuning", "bahan HDPE|suspensi nyaman|uji benturan");
C("rompi_safety ppe>uniforms pcs 25000-80000 2000-20000 50-90 14111 rel:wearpack,helm_safety",
  "Rompi safety|Safety vest|Rompi reflektor|Reflective vest|Rompi proyek|Rompi scotlight|Hi-vis vest", "oranye|hijau stabilo|jaring", "bahan jaring ringan|lis pemantul cahaya");
C("sarung_tangan ppe>leather_goods pasang 15000-60000 2000-20000 40-85 15121 rel:helm_safety",
  "Sarung tangan kerja|Work gloves|Sarung tangan las|Welding gloves|Glove kulit|Sarung tangan kulit", "las|panjang|kulit sapi", "kulit sapi split|jahitan benang kevlar|tahan panas");
C("pagar_besi metal_fabrication>building_materials m2 350000-900000 100-1500 60-90 25111 rel:kanopi geo:35.78,33.74",
  "Pagar besi|Iron fence|Teralis besi|Railing besi|Pagar hollow|Pagar besi tempa", "cat anti karat|galvanis|minimalis", "besi hollow galvanis|las rapi|cat anti karat");
C("kanopi metal_fabrication>building_materials m2 250000-700000 100-1500 60-90 25111 rel:pagar_besi",
  "Kanopi baja ringan|Canopy|Kanopi besi|Kanopi alderon", "polikarbonat|alderon", "rangka baja ringan|pemasangan");
C("rak_gudang metal_fabrication>furniture unit 600000-2500000 50-500 60-90 25999 rel:lemari_arsip geo:32.16,35.15",
  "Rak gudang|Rak besi siku|Steel rack|Warehouse racking|Rak siku berlubang|Rak heavy duty", "4 susun|500 kg|boltless", "plat baja tebal|cat powder coating|mudah dirakit");
C("suku_cadang_bubut machined_parts>machinery pcs 50000-500000 500-5000 60-90 25920 rel:baut_mur geo:32.16,36.72,35.25",
  "Suku cadang bubut|Spare part bubut|Machined spare parts|Bushing bubut|Bos bubut|As dan bushing presisi|Komponen CNC", "presisi|sesuai gambar|baja S45C", "mesin CNC dan bubut konvensional|toleransi ketat|material bersertifikat");
C("baut_mur machined_parts kg 30000-80000 1000-10000 50-85 25999 rel:suku_cadang_bubut",
  "Baut dan mur|Mur baut|Bolt and nut|Baut baja|Baut galvanis", "M12|galvanis|kelas 8.8", "baja karbon|ulir presisi");
C("cangkul agri_tools>metal_fabrication pcs 45000-120000 500-8000 75-98 25931 rel:sabit,egrek geo:33.10,35.04",
  "Cangkul|Pacul|Hoe|Cangkul baja|Pacul gagang kayu|Paculan", "gagang kayu|2 kg|baja per", "baja per ditempa|gagang kayu keras|diuji kekerasan");
C("sabit agri_tools pcs 25000-70000 500-8000 75-98 25931 rel:cangkul,egrek", "Sabit|Arit|Sickle|Sabit rumput|Arit baja", "baja per|gagang kayu", "ditempa tangan|tajam tahan lama");
C("egrek agri_tools>metal_fabrication pcs 90000-250000 300-3000 75-98 25931 rel:sabit,cangkul geo:12.71,14.71,61.71",
  "Egrek|Pisau egrek|Harvesting sickle|Egrek sawit|Pisau panen sawit|Arit panen sawit", "baja per|pengikat galah|tanaman tua", "baja per ditempa|mata pisau tajam|untuk tandan buah segar");
C("mesin_perajang machinery>agri_tools unit 3500000-15000000 5-60 40-80 28250 rel:mesin_pengering geo:33.10,35.78,32.73",
  "Mesin perajang singkong|Cassava slicer|Mesin pengiris keripik|Slicer machine|Mesin rajang serbaguna|Perajang umbi", "100 kg/jam|stainless|dinamo 1 HP", "rangka besi siku|pisau stainless|dinamo listrik");
C("mesin_pengering machinery unit 5000000-25000000 5-40 40-80 28250 rel:mesin_perajang",
  "Mesin pengering|Food dehydrator|Oven pengering|Cabinet dryer", "gas|listrik|10 rak", "rak stainless|pemanas gas");
// building, cleaning, packaging, printing, electrical
C("paving building_materials>ceramics_pottery m2 55000-110000 500-8000 85-100 23951 rel:batako,bata_merah geo:35.78,73.71,73.06",
  "Paving block|Paving blok|Conblock|Con-block|Paving K-300|Bata beton paving|Paving segi enam", "K-300|tebal 8 cm|abu-abu|merah", "dicetak mesin press hidrolik|mutu beton terjamin");
C("batako building_materials pcs 2500-6000 10000-100000 85-100 23951 rel:paving,bata_merah",
  "Batako|Bata beton|Concrete block|Batako press|Hollow block", "press|berlubang", "campuran semen dan pasir|press mesin");
C("bata_merah building_materials>ceramics_pottery pcs 600-1500 20000-200000 90-100 23921 rel:batako,genteng",
  "Bata merah|Batu bata|Red brick|Bata press|Bata tanah liat", "press|oven", "tanah liat sawah|dibakar tungku");
C("genteng building_materials>ceramics_pottery pcs 2500-9000 10000-100000 90-100 23922 rel:bata_merah geo:32.10",
  "Genteng tanah liat|Genting|Roof tile|Genteng keramik|Genteng press|Genteng Jatiwangi|Clay roof tile", "press|glasir|natural|morando", "tanah liat pilihan|dibakar tungku|anti bocor");
C("sabun_cuci_piring cleaning_products>cosmetics_toiletries jerigen 60000-140000 500-5000 50-90 20231 rel:sabun_cuci_tangan,pembersih_lantai",
  "Sabun cuci piring|Dishwashing liquid|Cairan pencuci piring|Sabun piring cair|Dish soap|Pencuci piring jeruk nipis", "5 liter|jeruk nipis|20 liter", "busa melimpah|lembut di tangan|jerigen tebal");
C("pembersih_lantai cleaning_products jerigen 50000-120000 500-5000 50-90 20231 rel:sabun_cuci_piring",
  "Pembersih lantai|Floor cleaner|Karbol wangi|Cairan pel|Karbol sereh|Pewangi lantai", "5 liter|sereh|lavender", "wangi tahan lama|membunuh kuman|jerigen tebal");
C("hand_sanitizer cleaning_products>cosmetics_toiletries botol 12000-45000 2000-20000 50-90 20231 rel:sabun_cuci_tangan",
  "Hand sanitizer|Cairan pembersih tangan|Antiseptik tangan|Handsanitizer gel|Gel antiseptik", "500 ml|gel|spray", "alkohol 70%|lidah buaya");
C("sabun_cuci_tangan cleaning_products>cosmetics_toiletries botol 12000-40000 2000-20000 50-90 20231 rel:hand_sanitizer,sabun_batang,sabun_cuci_piring",
  "Sabun cuci tangan|Hand soap|Handsoap|Sabun tangan cair", "500 ml|refill", "busa lembut|wangi buah");
C("kardus packaging>printing pcs 3000-15000 10000-100000 60-90 17021 rel:kotak_nasi,paper_bag,peti_kayu",
  "Kardus|Karton box|Corrugated box|Kotak karton|Dus|Box kardus|Kardus double wall", "double wall|single wall|40 x 30 x 30 cm", "karton gelombang|cetak flexo|lem kuat");
C("kotak_nasi packaging>printing pcs 800-3000 20000-200000 60-90 17022 rel:kardus,besek",
  "Kotak nasi|Dus nasi|Food box|Box makanan kertas|Paper lunch box|Kotak makan kertas|Rice box", "laminasi|food grade|cetak logo", "kertas food grade|tahan minyak|lipatan rapi");
C("standing_pouch packaging pcs 800-3500 20000-200000 40-80 22220",
  "Standing pouch|Stand up pouch|Kemasan pouch|Pouch zipper|Plastik klip berdiri|Kantong aluminium foil", "zipper|100 g|window|metalized", "laminasi multilapis|cetak rotogravure|food grade");
C("paper_bag packaging>bags_souvenirs pcs 2000-8000 10000-80000 60-90 17022 rel:tote_bag,goodie_bag,kardus",
  "Paper bag|Tas kertas|Kantong kertas|Shopping bag kertas|Paperbag kraft", "kraft|tali kertas|cetak logo", "kertas kraft|tali kuat");
C("kalender printing>bags_souvenirs pcs 15000-45000 2000-30000 60-95 18111 rel:buku_agenda",
  "Kalender dinding|Wall calendar|Almanak|Kalender meja|Desk calendar|Kalender 2028", "6 lembar|12 lembar|full color|spiral", "cetak offset full color|kertas art paper|jilid spiral");
C("buku_agenda printing pcs 30000-90000 1000-10000 60-95 18111 rel:kalender", "Buku agenda|Agenda kantor|Notebook|Buku catatan|Diary hardcover", "hardcover|A5|logo emboss", "kertas HVS|jilid jahit");
C("lampu_pju electrical>electronic_devices unit 2500000-9000000 20-300 40-75 27400 rel:lampu_led,panel_listrik geo:32.73,35.78,36.71",
  "Lampu PJU|Lampu penerangan jalan|Street light|PJU tenaga surya|Lampu jalan LED|Solar street light|PJUTS", "60 watt|tiang 7 m|all in one", "panel surya monokristal|baterai lithium|rumah lampu aluminium");
C("lampu_led electrical pcs 15000-60000 5000-50000 30-70 27400 rel:lampu_pju", "Lampu LED|LED bulb|Bohlam LED|Lampu hemat energi", "9 watt|18 watt", "garansi satu tahun|hemat listrik");
C("panel_listrik electrical>metal_fabrication unit 3000000-20000000 10-100 40-80 27120 rel:lampu_pju",
  "Panel listrik|Panel distribusi|Electrical panel|Box panel|Panel MCB|Panel LVMDP", "outdoor|indoor", "box plat galvanis|wiring rapi");
// herbal & cosmetics
C("kunyit_asam herbal_medicine>beverages botol 6000-15000 2000-20000 85-100 21022 rel:minuman_jahe,beras_kencur geo:33.72,34.04,35.78",
  "Jamu kunyit asam|Kunir asem|Kunyit asem|Turmeric tamarind drink|Jamu kunir asem|Minuman kunyit asam", "250 ml|botol|tanpa gula", "kunyit segar dan asam jawa|diproses higienis|botol PET");
C("beras_kencur herbal_medicine botol 6000-15000 2000-20000 85-100 21022 rel:kunyit_asam", "Jamu beras kencur|Beras kencur|Rice kencur drink", "250 ml|botol", "kencur segar|beras pilihan");
C("minyak_kayu_putih herbal_medicine>cosmetics_toiletries botol 15000-60000 1000-10000 85-100 20294 rel:minyak_telon geo:81.71,34.04",
  "Minyak kayu putih|Cajuput oil|Minyak kayuputih|Kayu putih Buru|Minyak kayu putih asli", "60 ml|120 ml|roll on", "disuling dari daun kayu putih|tanpa campuran|botol plastik");
C("minyak_telon herbal_medicine botol 15000-50000 1000-10000 85-100 20294 rel:minyak_kayu_putih", "Minyak telon|Telon oil|Minyak telon bayi", "60 ml|100 ml", "campuran adas dan kelapa");
C("sabun_batang cosmetics_toiletries>cleaning_products pcs 3000-15000 5000-50000 70-95 20232 rel:sabun_cuci_tangan,lulur geo:51.04,34.04",
  "Sabun mandi batang|Bar soap|Sabun padat|Sabun herbal|Sabun transparan|Soap bar|Sabun hotel", "25 g|75 g|sereh|cendana", "minyak kelapa dan zaitun|proses cold process|kemasan kertas");
C("lulur cosmetics_toiletries pot 20000-60000 1000-8000 80-98 20232 rel:sabun_batang,masker_wajah",
  "Lulur mandi|Body scrub|Lulur tradisional|Lulur bengkoang|Boreh Bali", "200 g|1 kg", "rempah alami|beras dan kunyit");
C("masker_wajah cosmetics_toiletries pot 15000-60000 1000-10000 70-95 20232 rel:lulur",
  "Masker wajah|Face mask|Sheet mask|Masker bengkoang|Clay mask|Masker organik", "100 g|spirulina|bengkoang", "bahan alami|untuk kulit wajah");

const byKey = new Map(CONCEPTS.map((c) => [c.k, c]));
for (const c of CONCEPTS) for (const r of c.rel) { // relatedness is symmetric
  const o = byKey.get(r); if (!o) throw new Error(`unknown related ${r}`);
  if (!o.rel.includes(c.k)) o.rel.push(c.k);
}
const SECTOR = new Map<string, string>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
const sectorOf = (c: Concept) => SECTOR.get(c.cat)!;

// certificate types a category typically carries (probability per producer)
const CERT_PROBS: Record<string, Record<string, number>> = {
  food_beverage: { halal: 0.75, pirt: 0.45, bpom: 0.3 }, textile_apparel: { sni: 0.2, iso9001: 0.2 }, batik: { hki: 0.2, sni: 0.1 },
  leather_footwear: { sni: 0.45, iso9001: 0.1 }, furniture_wood: { svlk: 0.6, iso9001: 0.1 }, handicraft: { svlk: 0.15, hki: 0.15 },
  metal_machinery: { sni: 0.55, iso9001: 0.35 }, chemical_building: { sni: 0.6, halal: 0.25 }, packaging_printing: { iso9001: 0.35, halal: 0.25, sni: 0.1 },
  electronics: { sni: 0.6, iso9001: 0.2 }, herbal_cosmetics: { bpom: 0.7, halal: 0.55, gmp: 0.2 },
};
const ISSUER: Record<string, string> = { halal: "BPJPH Kementerian Agama", pirt: "Dinas Kesehatan Kabupaten/Kota", bpom: "Badan POM RI",
  sni: "LSPro Balai Besar Standardisasi Industri", iso9001: "PT Sertifikasi Mutu Nusantara", svlk: "LVLK PT Mutu Hijau Indonesia",
  gmp: "Badan POM RI (CPOTB)", hki: "DJKI Kementerian Hukum" };

// ---------- text helpers ----------
const STOP = new Set(("dan atau untuk dengan yang dari pada dalam kami akan ini itu per the and for with our are all from "
  + "yaitu juga").split(" "));
const tokens = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)));
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;
function typo(name: string): string {
  const words = name.split(" "); const matching = (re: RegExp) => words.map((w, i) => (re.test(w) ? i : -1)).filter((i) => i >= 0);
  const idx = matching(/^[a-zA-Z]{5,}$/).length ? matching(/^[a-zA-Z]{5,}$/) : matching(/^[a-zA-Z]{4,}$/);
  if (!idx.length) return name;
  const i = pick(idx); const w = at(words, i); const j = ri(1, w.length - 2); const op = ri(0, 2);
  words[i] = op === 0 ? w.slice(0, j) + w[j] + w.slice(j) : op === 1 ? w.slice(0, j) + w.slice(j + 1)
    : w[j] === w[j + 1] ? w.slice(0, j) + w.slice(j + 1) : w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(" ");
}

// ---------- records ----------
interface Cert { ref: string; type: string; status: string; from: string; until: string; products: Set<string> }
interface Prod { ref: string; c: Concept; category: string; name: string; desc: string; minOrder: number; cap: number; pMin: number; pMax: number; tkdn: number; lead: number; typo: boolean }
interface Producer { ref: string; reg: string; sector: string; legalName: string; products: Prod[]; certs: Cert[]; employees: number; founded: number; contact: string }
const producers: Producer[] = [];
let nProd = 0, nCert = 0;
const FIRST = "Sri Agus Budi Siti Dewi Rahmat Wahyu Nur Yuli Eko Hendra Rina Made Ketut Andi Daeng Ucok Rudi Ani Fitri Joko Slamet Ratna Lestari".split(" ");
const LAST = "Wahyuni Prasetyo Santoso Hidayat Rahayu Saputra Siregar Nasution Pratama Kurniawan Lubis Setiawan Handayani Wijaya Sembiring Pangaribuan Mahmud".split(" ");
const NAMEW = "Sumber Rejeki Makmur Jaya Abadi Sentosa Karya Mandiri Berkah Sejahtera Barokah Cahaya Mulia Maju Bersama Tunas Harapan Anugerah Mekar Sinar Gemilang Utama Surya Bintang Lancar".split(" ");

function newProducer(reg: string, sector: string, avoid?: Set<string>): Producer {
  let legal = "";
  for (let k = 0; k < 50; k++) {
    const [a, b] = shuffle([...NAMEW]); legal = `${pick(["UD", "CV", "CV", "PT", "KUB"])} ${a} ${b}`;
    if (!avoid || overlap(tokens(legal), avoid) === 0) break;
  }
  const p: Producer = { ref: `${P}:IKM-${String(producers.length + 1).padStart(4, "0")}`, reg, sector, legalName: legal, products: [], certs: [],
    employees: ri(3, 150), founded: ri(1985, 2022), contact: `${pick(FIRST)} ${pick(LAST)}` };
  producers.push(p); return p;
}
function addProduct(pr: Producer, c: Concept, o: Partial<Prod> & { avoid?: Set<string> } = {}): Prod {
  let name = "", desc = "";
  for (let k = 0; k < 40; k++) {
    const base = pick(c.names); name = base + (chance(0.6) ? " " + pick(c.quals) : "");
    const alt = chance(0.4) ? pick(c.names.filter((x) => x !== base)).toLowerCase() + ", " : ""; // sometimes a second wording
    const [d1, d2] = shuffle([...c.desc]);
    desc = `${alt}${d1}${chance(0.5) || (alt + d1).length < 12 ? ", " + (d2 ?? at(c.names, 0).toLowerCase()) : ""}.`; desc = desc.charAt(0).toUpperCase() + desc.slice(1);
    if (!o.avoid || overlap(tokens(name + " " + desc), o.avoid) === 0) break;
  }
  const isTypo = o.typo ?? chance(0.12);
  if (isTypo) name = typo(name);
  const pMin = o.pMin ?? ri(c.p[0], Math.round(c.p[1] * 0.85));
  const p: Prod = { ref: `${P}:PRD-${String(++nProd).padStart(5, "0")}`, c, category: o.category ?? (c.mis && chance(0.07) ? c.mis : c.cat),
    name: o.name ?? name, desc, minOrder: Math.max(1, Math.round(c.q[0] / 50)), cap: o.cap ?? ri(c.q[0], c.q[1]), pMin,
    pMax: o.pMax ?? Math.round(pMin * rf(1.05, 1.15)), tkdn: o.tkdn ?? Math.round(rf(c.t[0], c.t[1]) * 10) / 10, lead: ri(3, 30), typo: isTypo };
  pr.products.push(p); return p;
}
function addCert(pr: Producer, type: string, prods: Prod[], o: Partial<Cert> = {}): Cert {
  const from = o.from ?? iso(day("2022-01-01") + ri(0, 1640));
  let until = o.until ?? (chance(0.22) ? iso(day("2026-03-01") + ri(0, 630)) : iso(day("2028-01-01") + ri(0, 1460)));
  if (day(until) <= day(from) + 180) until = iso(day(from) + 3 * 365);
  const status = o.status ?? (R() < 0.78 ? "verified" : R() < 0.67 ? "pending" : "rejected");
  const c: Cert = { ref: `${P}:CERT-${String(++nCert).padStart(5, "0")}`, type, status, from, until: status === "pending" && !o.until ? iso(day("2029-01-01") + ri(0, 700)) : until,
    products: new Set(prods.map((p) => p.ref)) };
  pr.certs.push(c); return c;
}
function backgroundCerts(pr: Producer, prods: Prod[]) {
  const types = new Map<string, number>();
  for (const p of prods) for (const [t, pr2] of Object.entries(CERT_PROBS[sectorOf(p.c)] ?? {})) types.set(t, Math.max(types.get(t) ?? 0, pr2));
  for (const [t, prob] of types) {
    if (!chance(prob)) continue;
    let elig = prods.filter((p) => (CERT_PROBS[sectorOf(p.c)] ?? {})[t]);
    if (elig.length >= 2 && chance(0.25)) elig = shuffle([...elig]).slice(0, ri(1, elig.length - 1)); // product-scoped
    addCert(pr, t, elig);
  }
}

// ---------- buyers and needs (written like procurement officers write them) ----------
const BUYERS: [string, string, string][] = [
  ["PT Semen Tuban Perkasa (Persero)", "bumn", "35.25"], ["PT Pupuk Sriwijaya Andalas (Persero)", "bumn", "16.71"],
  ["PT Kereta Api Parahyangan (Persero)", "bumn", "32.73"], ["PT Perkebunan Nusantara Deli (Persero)", "bumn", "12.71"],
  ["PT Hotel Wisata Bali Nusantara (Persero)", "bumn", "51.71"], ["PT Pelabuhan Makassar Samudra (Persero)", "bumn", "73.71"],
  ["PT Listrik Nusantara Barat (Persero)", "bumn", "31.74"], ["PT Baja Cilegon Andalan Tbk", "large_industry", "36.72"],
  ["PT Batubara Mahakam Jaya", "large_industry", "64.72"], ["PT Sawit Khatulistiwa Lestari Tbk", "large_industry", "61.71"],
  ["PT Garmen Priangan Ekspor", "large_industry", "32.04"], ["PT Agro Kudus Makmur Tbk", "large_industry", "33.19"],
  ["PT Swalayan Nusantara Retail Tbk", "large_industry", "31.72"], ["PT Nikel Sulawesi Smelting", "large_industry", "73.06"],
  ["PT Jamu Farmasi Semarang Tbk", "large_industry", "33.74"], ["PT Bank Tabungan Rakyat (Persero)", "bumn", "35.78"],
];
interface Need { ref: string; right: [Concept, ...Concept[]]; buyer: number; reg: string; by: string; certs: string[]; tkdn: number; qty: number; budget: number; title: string; desc: string; category: string }
const needs: Need[] = [];
function N(right: string, buyer: number, reg: string, by: string, certs: string, tkdn: number, qty: number, budget: 0 | 1, title: string, desc: string, category?: string) {
  const [first, ...more] = right.split("+").map((k) => must(byKey.get(k), `concept ${k}`));
  if (!first) throw new Error(`need without concept: ${title}`);
  const cs: [Concept, ...Concept[]] = [first, ...more];
  needs.push({ ref: `${P}:NEED-${String(needs.length + 1).padStart(2, "0")}`, right: cs, buyer, reg, by, certs: certs ? certs.split(" ") : [], tkdn, qty,
    budget: budget ? nice(cs[0].p[1] * 1.1) : 0, title, desc, category: category ?? cs[0].cat });
}
N("keripik_tempe", 1, "35.23", "2027-04-30", "halal", 40, 3000, 1, "Snack keripik tempe untuk rapat tahunan pabrik Tuban", "Kami membutuhkan keripik tempe kemasan 250 g untuk konsumsi rapat tahunan dan kunjungan tamu di pabrik Tuban. Sertifikat halal harus masih berlaku.");
N("keripik_singkong", 4, "12.71", "2027-05-31", "halal", 0, 2500, 1, "Pengadaan kripik singkong balado untuk suguhan tamu", "Kripik singkong rasa balado kemasan 250 g sebagai suguhan tamu kantor direksi di Medan. Sertakan sertifikat halal.");
N("keripik_pisang", 10, "61.71", "2027-06-30", "halal", 0, 2000, 1, "Banana chips for employee Eid hampers", "We need sweet banana chips in 200 g packs for employee Eid hampers, delivered to our Pontianak office. Halal certificate required.");
N("kerupuk_udang", 5, "51.71", "2027-03-31", "halal", 25, 1200, 1, "Kerupuk udang mentah untuk restoran hotel", "Kerupuk udang mentah siap goreng kemasan 1 kg untuk restoran dan banquet hotel di Denpasar selama satu kuartal.");
N("kerupuk_ikan", 9, "64.72", "2027-07-31", "halal", 0, 1500, 0, "Kerupuk ikan tenggiri untuk katering mess tambang", "Kerupuk ikan tenggiri kering sebagai pelengkap menu katering mess karyawan di Samarinda. Kemasan 1 kg, halal.");
N("kue_kering", 13, "31.72", "2027-03-01", "halal pirt", 0, 3000, 1, "Kue kering lebaran untuk parsel pelanggan", "Kue kering toples 500 g (nastar, kastengel, putri salju) untuk parsel lebaran pelanggan utama. Wajib halal dan PIRT.");
N("gula_aren", 15, "33.74", "2027-06-30", "halal", 60, 8000, 1, "Gula aren sebagai bahan baku minuman herbal", "Pengadaan gula aren cetak atau serbuk, kadar air rendah, untuk bahan baku lini minuman herbal di pabrik Semarang. TKDN minimal 60% dan halal.");
N("gula_kelapa", 13, "31.72", "2027-08-31", "halal", 0, 6000, 1, "Coconut sugar organik untuk produk private label", "Coconut sugar granul untuk produk private label swalayan, dikemas curah 25 kg. Pemasok wajib memiliki sertifikat halal.");
N("madu", 5, "51.71", "2027-06-30", "bpom", 0, 2000, 1, "Madu murni botol kecil untuk sarapan tamu hotel", "Madu murni botol 250 ml untuk buffet sarapan dan amenitas kamar. Harus memiliki izin edar BPOM.");
N("kopi_bubuk", 3, "32.73", "2027-05-31", "halal", 40, 1500, 1, "Kopi bubuk robusta untuk layanan kereta makan", "Kopi bubuk robusta kemasan 1 kg untuk layanan restorasi kereta jarak jauh. Halal, TKDN minimal 40%, dikirim ke depo Bandung.");
N("kopi_biji", 5, "51.71", "2027-09-30", "halal", 0, 600, 1, "Roasted coffee beans arabica untuk coffee shop hotel", "Kebutuhan roasted beans arabika single origin, medium roast, untuk coffee shop hotel di Denpasar. Pengiriman bulanan.");
N("teh_celup", 3, "32.73", "2027-07-31", "halal bpom", 0, 8000, 1, "Teh celup melati untuk penumpang", "Teh celup melati isi 25 kantong per kotak untuk layanan penumpang kelas eksekutif. Wajib halal dan BPOM.");
N("sambal", 13, "31.72", "2027-10-31", "bpom halal", 0, 9000, 1, "Sambal bawang botol untuk private label", "Kami mencari produsen sambal bawang dalam botol kaca 200 ml untuk produk private label. Izin edar BPOM dan halal wajib.");
N("bumbu_pecel", 1, "35.25", "2027-04-30", "halal", 0, 800, 1, "Bumbu kacang untuk menu kantin karyawan", "Bumbu kacang siap saji untuk menu gado-gado dan sate di kantin karyawan Gresik, kemasan 1 kg. Halal.");
N("abon_sapi", 2, "16.71", "2027-05-31", "halal", 40, 500, 1, "Abon sapi untuk ransum karyawan shift malam", "Abon sapi kemasan 1 kg untuk ransum makan karyawan shift malam pabrik Palembang. Sertifikat halal berlaku dan TKDN minimal 40%.");
N("abon_ikan", 6, "73.71", "2027-08-31", "halal bpom", 0, 400, 1, "Abon ikan tuna sebagai cenderamata tamu pelabuhan", "Abon ikan tuna kemasan 250 g untuk cenderamata tamu dan mitra pelabuhan Makassar. Halal dan BPOM.");
N("dodol", 12, "33.19", "2027-09-30", "halal", 0, 1000, 0, "Dodol untuk bingkisan HUT perusahaan", "Dodol aneka rasa kemasan 500 g sebagai bingkisan mitra dan karyawan pada HUT perusahaan di Kudus. Halal wajib.");
N("minuman_jahe", 9, "64.72", "2027-07-31", "halal bpom", 0, 3000, 1, "Wedang jahe sachet untuk pekerja shift malam", "Minuman wedang jahe instan sachet untuk pekerja tambang shift malam di Samarinda. Halal dan BPOM, kotak isi 10.");
N("wearpack", 8, "36.72", "2027-05-31", "iso9001", 40, 3000, 1, "Wearpack katun drill untuk pekerja pabrik baja", "Wearpack lengan panjang bahan katun drill dengan lis scotlight untuk pekerja pabrik Cilegon. Pemasok ber-ISO 9001, TKDN minimal 40%.");
N("kemeja_pdh", 7, "31.74", "2027-06-30", "", 40, 4000, 1, "Seragam dinas harian (PDH) karyawan", "Kemeja seragam dinas harian lengan panjang bahan American drill, bordir logo di dada, ukuran S sampai XXL. TKDN minimal 40%.");
N("kaos_polo", 16, "35.78", "2027-08-31", "", 25, 5000, 1, "Polo shirt bordir logo untuk HUT perusahaan", "Polo shirt bahan lacoste cotton dengan bordir logo untuk seluruh karyawan pada HUT perusahaan. TKDN minimal 25%.");
N("kaos_oblong", 14, "73.06", "2027-04-30", "", 0, 6000, 1, "Kaos oblong katun untuk bulan K3", "Kaos oblong katun combed 30s dengan sablon logo K3 untuk karyawan smelter di Gowa.");
N("rompi_safety", 9, "64.72", "2027-05-31", "sni", 40, 4000, 1, "Pengadaan safety vest hi-vis", "Safety vest hi-vis warna oranye dengan strip reflektif untuk pekerja area tambang. Wajib SNI, TKDN minimal 40%.");
N("handuk", 5, "51.71", "2027-03-31", "", 0, 3000, 1, "Handuk mandi putih untuk kamar hotel", "Handuk mandi katun putih 70x140 cm untuk penggantian stok kamar hotel. Daya serap tinggi, tidak luntur.");
N("tenun_ikat", 5, "51.71", "2027-10-31", "", 0, 150, 0, "Kain tenun ikat untuk dekorasi lobi dan seragam", "Kain tenun ikat motif tradisional dengan pewarna alam untuk dekorasi lobi dan seragam front office hotel.");
N("songket", 2, "16.71", "2027-11-30", "", 0, 80, 0, "Kain songket untuk cenderamata tamu", "Kain songket benang emas motif khas Palembang sebagai cenderamata tamu perusahaan.");
N("batik_tulis", 3, "32.73", "2027-09-30", "", 40, 200, 0, "Kain batik tulis untuk seragam direksi", "Kain batik tulis motif khas, pewarna alam, 2 x 1,15 m untuk seragam direksi dan komisaris. TKDN minimal 40%.");
N("batik_cap", 1, "35.25", "2027-06-30", "", 40, 6000, 1, "Kain batik cap untuk seragam karyawan", "Kain batik cap katun primisima motif perusahaan untuk seragam 2.000 karyawan. TKDN minimal 40%.");
N("kemeja_batik", 6, "73.71", "2027-07-31", "", 40, 2500, 1, "Kemeja batik lengan panjang seragam Jumat", "Kemeja batik lengan panjang untuk seragam hari Jumat pegawai pelabuhan, ukuran S sampai XXXL. TKDN minimal 40%.");
N("sepatu_safety", 8, "36.72", "2027-04-30", "sni", 40, 3000, 1, "Safety shoes untuk pekerja pabrik", "Safety shoes dengan pelindung jari baja dan sol anti slip untuk pekerja produksi. Wajib SNI dan TKDN minimal 40%.", "ppe");
N("sepatu_pantofel", 7, "31.74", "2027-06-30", "", 40, 2000, 1, "Sepatu PDH kulit untuk pegawai", "Sepatu PDH kulit sapi warna hitam untuk pegawai kantor pusat, ukuran 38 sampai 45. TKDN minimal 40%.");
N("sandal_hotel", 5, "51.71", "2027-05-31", "", 0, 30000, 1, "Sandal hotel untuk amenitas kamar", "Sandal hotel sekali pakai dengan logo hotel untuk amenitas kamar, pengiriman bertahap.");
N("ikat_pinggang", 3, "32.73", "2027-08-31", "", 25, 3000, 1, "Ikat pinggang kulit untuk seragam", "Ikat pinggang kulit sapi warna hitam dengan kepala logam berlogo untuk seragam petugas. TKDN minimal 25%.");
N("tote_bag", 13, "31.72", "2027-06-30", "", 0, 20000, 1, "Tas belanja kanvas pengganti kantong plastik", "Tas belanja kanvas dengan sablon logo untuk program pengurangan kantong plastik di seluruh gerai Jakarta.");
N("goodie_bag", 16, "35.78", "2027-09-30", "", 0, 10000, 1, "Goodie bag untuk seminar nasabah", "Goodie bag dengan cetak logo untuk peserta seminar nasabah di Surabaya.");
N("meja_kantor", 15, "33.74", "2027-08-31", "svlk", 40, 150, 1, "Meja kerja kantor kayu jati", "Meja kerja staf dari kayu jati solid 120 x 60 cm untuk renovasi kantor. Kayu harus bersertifikat SVLK, TKDN minimal 40%.");
N("kursi_rotan", 5, "51.71", "2027-07-31", "", 0, 120, 1, "Kursi rotan untuk restoran dan teras hotel", "Kursi rotan alami dengan bantal dudukan untuk area restoran dan teras hotel di Denpasar.");
N("lemari_arsip", 7, "31.74", "2027-05-31", "", 40, 100, 1, "Filing cabinet 4 laci untuk ruang arsip", "Filing cabinet 4 laci untuk ruang arsip kantor pusat, dilengkapi kunci. TKDN minimal 40%.");
N("palet_kayu", 1, "35.25", "2027-04-30", "svlk", 0, 5000, 1, "Palet kayu untuk gudang semen", "Palet kayu 110 x 110 cm kuat menahan 2 ton untuk gudang pengantongan semen. Kayu wajib SVLK.");
N("besek", 13, "31.72", "2027-12-01", "", 0, 15000, 1, "Besek bambu untuk hampers akhir tahun", "Besek bambu 20 x 20 cm sebagai wadah hampers akhir tahun untuk pelanggan.");
N("keranjang_parsel", 16, "35.78", "2027-03-15", "", 0, 2000, 1, "Keranjang parsel rotan untuk bingkisan lebaran", "Keranjang parsel rotan ukuran sedang untuk bingkisan lebaran nasabah prioritas.");
N("pot_tanah_liat", 10, "61.71", "2027-06-30", "", 0, 1500, 1, "Pot tanaman terakota untuk taman kantor", "Pot tanaman terakota berbagai ukuran untuk penghijauan taman kantor dan perumahan karyawan di Pontianak.");
N("mug_keramik", 3, "32.73", "2027-08-31", "", 25, 3000, 1, "Mug keramik berlogo untuk merchandise", "Mug keramik dengan cetak logo sebagai merchandise resmi untuk dijual di stasiun. TKDN minimal 25%.");
N("helm_safety", 14, "73.06", "2027-05-31", "sni", 40, 2500, 1, "Helm keselamatan kerja untuk pekerja smelter", "Helm keselamatan kerja dengan suspensi 6 titik dan tali dagu untuk pekerja smelter. Wajib SNI, TKDN minimal 40%.");
N("sarung_tangan", 8, "36.72", "2027-06-30", "sni", 0, 6000, 1, "Sarung tangan las kulit", "Sarung tangan las dari kulit sapi, panjang sampai lengan, untuk juru las di area produksi. Wajib SNI.");
N("masker_kain", 4, "12.71", "2027-04-30", "", 0, 20000, 1, "Masker kain 3 lapis untuk pekerja kebun", "Masker kain tiga lapis yang bisa dicuci untuk pekerja kebun dan pabrik kelapa sawit, menahan debu.");
N("pagar_besi", 10, "61.71", "2027-07-31", "sni", 40, 600, 1, "Pagar besi untuk area perkantoran", "Pembuatan dan pemasangan pagar besi finishing cat anti karat untuk area perkantoran. Wajib SNI, TKDN minimal 40%.");
N("rak_gudang", 13, "31.72", "2027-09-30", "", 25, 300, 1, "Rak gudang besi untuk pusat distribusi", "Rak gudang besi kapasitas 500 kg per tingkat untuk pusat distribusi Jakarta Timur. TKDN minimal 25%.");
N("suku_cadang_bubut", 8, "36.72", "2027-08-31", "iso9001", 40, 2000, 0, "Bushing dan spare part hasil bubut", "Pembuatan bushing dan komponen bubut presisi sesuai gambar teknik untuk mesin rolling mill. Pemasok wajib ISO 9001, TKDN minimal 40%.");
N("cangkul", 4, "12.71", "2027-05-31", "sni", 60, 3000, 1, "Cangkul baja untuk perawatan kebun", "Cangkul baja dengan gagang kayu untuk perawatan piringan dan parit di kebun. Wajib SNI dan TKDN minimal 60%.");
N("egrek", 10, "61.71", "2027-06-30", "sni", 60, 2000, 1, "Egrek panen sawit", "Egrek baja untuk panen tandan buah segar pada tanaman tua, lengkap dengan pengikat galah. SNI dan TKDN minimal 60%.");
N("mesin_perajang", 2, "16.71", "2027-09-30", "", 40, 40, 1, "Mesin perajang singkong untuk UMKM binaan", "Mesin perajang singkong kapasitas 100 kg per jam untuk bantuan UMKM keripik binaan program TJSL. TKDN minimal 40%.");
N("paving", 6, "73.71", "2027-08-31", "sni", 60, 6000, 1, "Paving block K-300 untuk area parkir", "Paving block mutu K-300 tebal 8 cm untuk area parkir truk terminal peti kemas. Wajib SNI, TKDN minimal 60%.");
N("genteng", 3, "32.73", "2027-10-31", "sni", 0, 40000, 1, "Genteng tanah liat untuk renovasi rumah dinas", "Genteng tanah liat untuk renovasi atap rumah dinas pegawai di Bandung. Produk ber-SNI.");
N("sabun_cuci_piring", 5, "51.71", "2027-04-30", "", 25, 800, 1, "Sabun cuci piring cair jerigen 5 liter", "Sabun cuci piring cair dalam jerigen 5 liter untuk dapur utama hotel. TKDN minimal 25%.");
N("pembersih_lantai", 3, "32.73", "2027-06-30", "", 0, 1500, 1, "Cairan pembersih lantai untuk stasiun", "Cairan pembersih lantai wangi dalam jerigen untuk kebersihan stasiun wilayah Bandung.");
N("kardus", 1, "35.25", "2027-05-31", "iso9001", 0, 50000, 1, "Karton box untuk pengiriman suku cadang", "Karton box double wall 40 x 30 x 30 cm untuk pengiriman suku cadang antar pabrik. Pemasok ber-ISO 9001.");
N("kotak_nasi", 11, "32.04", "2027-04-30", "", 0, 100000, 1, "Kotak nasi kertas untuk katering karyawan", "Kotak nasi dari kertas food grade untuk katering makan siang karyawan pabrik garmen di Kabupaten Bandung.");
N("standing_pouch", 15, "33.74", "2027-07-31", "halal", 0, 100000, 1, "Standing pouch zipper untuk jamu serbuk", "Standing pouch dengan zipper dan lapisan aluminium foil untuk kemasan jamu serbuk 100 g. Kemasan bersertifikat halal.");
N("kalender", 16, "35.78", "2027-12-10", "", 0, 8000, 1, "Kalender dinding 2028 untuk nasabah", "Cetak kalender dinding 2028 enam lembar full color dengan desain perusahaan untuk dibagikan kepada nasabah.");
N("lampu_pju", 9, "64.72", "2027-09-30", "sni", 40, 150, 1, "Lampu jalan tenaga surya untuk jalan hauling", "Lampu jalan LED tenaga surya 60 watt lengkap tiang untuk jalan hauling tambang. Wajib SNI, TKDN minimal 40%.");
N("kunyit_asam", 15, "33.74", "2027-05-31", "bpom halal", 0, 20000, 1, "Minuman kunyit asam siap minum", "Minuman kunyit asam botol 250 ml untuk program maklon lini minuman herbal. Wajib BPOM dan halal.");
N("minyak_kayu_putih", 6, "73.71", "2027-06-30", "bpom", 0, 3000, 1, "Minyak kayu putih untuk kotak P3K", "Minyak kayu putih botol 60 ml untuk isi ulang kotak P3K di kapal dan kantor pelabuhan. Wajib BPOM.");
N("sabun_batang", 5, "51.71", "2027-08-31", "bpom", 0, 40000, 1, "Sabun mandi batang untuk amenitas kamar", "Sabun mandi batang 25 g dengan kemasan berlogo untuk amenitas kamar hotel. Izin edar BPOM wajib.");

// ---------- grading (the definition of the labels) ----------
function hard(p: Prod, pr: Producer, n: Need) {
  let fails = 0, fixable = 0; const why: string[] = [];
  const valid = (c: Cert) => day(c.from) <= day(n.by) && day(n.by) <= day(c.until);
  for (const t of n.certs) {
    const own = pr.certs.filter((c) => c.type === t); const cov = own.filter((c) => c.products.has(p.ref));
    if (cov.some((c) => c.status === "verified" && valid(c))) continue;
    fails++;
    if (cov.some((c) => c.status === "pending" && valid(c))) { fixable++; why.push(`${t} pending`); }
    else if (cov.some((c) => c.status === "verified" && day(c.until) < day(n.by))) { fixable++; why.push(`${t} expired before neededBy`); }
    else if (own.some((c) => c.status === "verified" && valid(c))) { fixable++; why.push(`${t} does not cover product`); }
    else why.push(`${t} missing`);
  }
  if (n.tkdn && p.tkdn < n.tkdn) { fails++; if (p.tkdn >= n.tkdn - 5) { fixable++; why.push(`tkdn ${p.tkdn} < ${n.tkdn}`); } else why.push("tkdn far under"); }
  return { fails, fixable, why };
}
function soft(p: Prod, pr: Producer, n: Need): number {
  let s = 0;
  if (p.cap * months(n.by) < n.qty || p.minOrder > n.qty) s++;
  if (n.budget && p.pMin > n.budget) s += p.pMin > n.budget * 1.4 ? 2 : 1;
  if (island(pr.reg) !== island(n.reg)) s++;
  return s;
}
function gradeOf(pr: Producer, n: Need): { g: number; near: boolean; why?: string } {
  let best = 0, pass = false, nearWhy: string | undefined;
  for (const p of pr.products) {
    const h = hard(p, pr, n);
    if (n.right.includes(p.c)) {
      if (h.fails === 0) { pass = true; const s = soft(p, pr, n); best = Math.max(best, s === 0 ? 3 : s === 1 ? 2 : 1); }
      else if (h.fails === 1 && h.fixable === 1) { best = Math.max(best, 1); nearWhy ??= `${p.ref}: ${h.why[0]}`; }
    } else if (n.right.some((c) => c.rel.includes(p.c.k)) && h.fails === 0) best = Math.max(best, 1);
  }
  return { g: best, near: !pass && !!nearWhy, why: pass ? undefined : nearWhy };
}

// ---------- background catalogue ----------
const targetCount = new Map<string, number>();
for (const n of needs) for (const c of n.right) targetCount.set(c.k, (targetCount.get(c.k) ?? 0) + 1);
const weights = CONCEPTS.map((c) => 1 + 3 * (targetCount.get(c.k) ?? 0));
const wsum = weights.reduce((a, b) => a + b, 0);
function weightedConcept(): Concept { let x = R() * wsum; for (const [i, c] of CONCEPTS.entries()) { x -= at(weights, i); if (x < 0) return c; } return at(CONCEPTS, 0); }
for (let i = 0; i < 100; i++) {
  const c = weightedConcept();
  const pr = newProducer(c.geo.length && chance(0.55) ? pick(c.geo) : pick(REGS), sectorOf(c));
  const sameSector = CONCEPTS.filter((x) => sectorOf(x) === pr.sector && x !== c);
  const others = shuffle([...new Set([...c.rel.map((k) => byKey.get(k)!).filter(() => chance(0.5)), ...sameSector])]).slice(0, ri(1, 3));
  for (const k of [c, ...others]) for (let j = ri(k === c ? 2 : 1, k === c ? 5 : 3); j > 0; j--) addProduct(pr, k);
  backgroundCerts(pr, pr.products);
}

// ---------- planted traps per need ----------
const traps: Record<string, Record<string, string>> = {};
const TRAP_KINDS = ["uncovered", "pending", "expired", "tkdn", "capacity", "price", "far", "misfiled", "typo", "ties", "related"];
const sameIsland = (reg: string) => (chance(0.4) ? reg : pick(REGS.filter((r) => island(r) === island(reg))));
function planted(n: Need, kind: string): Producer[] {
  const c = n.right[0]; const M = months(n.by);
  const good = (o: Partial<Prod> & { avoid?: Set<string> } = {}): Partial<Prod> & { avoid?: Set<string> } => ({
    cap: Math.ceil((n.qty / M) * rf(1.5, 3)), pMin: n.budget ? ri(Math.min(c.p[0], Math.round(n.budget * 0.6)), Math.round(n.budget * 0.85)) : undefined,
    tkdn: n.tkdn ? Math.min(100, Math.round((n.tkdn + rf(3, 30)) * 10) / 10) : undefined, ...o });
  const fillers = (pr: Producer) => {
    const pool = CONCEPTS.filter((x) => sectorOf(x) === pr.sector && !n.right.includes(x));
    for (let j = ri(1, 4); j > 0; j--) addProduct(pr, pick(pool));
  };
  const certsFor = (pr: Producer, prods: Prod[], brokenType?: string, o: Partial<Cert> = {}) => {
    for (const t of n.certs) addCert(pr, t, prods, t === brokenType ? o : { status: "verified", from: "2024-06-01", until: iso(day("2029-01-01") + ri(0, 900)) });
  };
  const mk = (reg: string, o: Partial<Prod> = {}, brokenType?: string, certO: Partial<Cert> = {}) => {
    const pr = newProducer(reg, sectorOf(c)); const p = addProduct(pr, c, good(o)); certsFor(pr, [p], brokenType, certO); fillers(pr); return pr;
  };
  const near = sameIsland(n.reg);
  switch (kind) {
    case "plain": return [mk(near)];
    case "anchor": { // right product, everything met, worded as differently from the need as our vocabulary allows
      const pr = newProducer(near, sectorOf(c)); const p = addProduct(pr, c, good({ avoid: tokens(n.title + " " + n.desc), typo: false }));
      certsFor(pr, [p]); fillers(pr); return [pr];
    }
    case "uncovered": { // a verified, valid certificate that covers only an unrelated product of the same producer
      const pr = newProducer(near, sectorOf(c)); const p = addProduct(pr, c, good());
      const unrel = CONCEPTS.filter((x) => !n.right.includes(x) && !c.rel.includes(x.k));
      const u = addProduct(pr, pick(unrel.filter((x) => sectorOf(x) === pr.sector).length ? unrel.filter((x) => sectorOf(x) === pr.sector) : unrel),
        { tkdn: n.tkdn ? Math.min(100, n.tkdn + 10) : undefined });
      for (const t of n.certs) addCert(pr, t, t === n.certs[0] ? [u] : [p, u], { status: "verified", from: "2024-03-01", until: "2030-06-30" });
      return [pr];
    }
    case "pending": return [mk(near, {}, n.certs[0], { status: "pending", from: "2026-10-01", until: "2030-09-30" })];
    case "expired": { const u = day(n.by) - ri(10, 60); return [mk(near, {}, n.certs[0], { status: "verified", from: iso(u - 4 * 365), until: iso(u) })]; }
    case "tkdn": return [mk(near, { tkdn: Math.round((n.tkdn - rf(0.5, 4.5)) * 10) / 10 })];
    case "capacity": return [mk(near, { cap: Math.max(1, Math.floor((n.qty / M) * rf(0.55, 0.85))) })];
    case "price": { const pMin = Math.round(n.budget * rf(1.22, 1.32)); return [mk(near, { pMin, pMax: Math.round(pMin * 1.05) })]; }
    case "far": return [mk(pick(REGS.filter((r) => island(r) !== island(n.reg))))];
    case "misfiled": return [mk(near, { category: c.mis })];
    case "typo": return [mk(near, { typo: true })];
    case "ties": {
      const base = good({ typo: false }); base.pMin ??= ri(c.p[0], Math.round(c.p[1] * 0.85)); base.tkdn ??= Math.round(rf(c.t[0], c.t[1]) * 10) / 10;
      const name = pick(c.names) + " " + pick(c.quals); const reg = near;
      return [0, 1, 2].map(() => mk(sameIsland(reg), { ...base, name }));
    }
    case "related": {
      const rc = byKey.get(pick(c.rel))!; const pr = newProducer(near, sectorOf(rc));
      const p = addProduct(pr, rc, { tkdn: n.tkdn ? Math.min(100, n.tkdn + 10) : undefined, typo: false }); certsFor(pr, [p]); return [pr];
    }
    case "decoy": { // unrelated, no shared word, huge capacity, cheap, in the delivery regency, all certificates valid
      const avoid = tokens(n.title + " " + n.desc);
      const fitsCerts = (x: Concept) => n.certs.every((t) => (CERT_PROBS[sectorOf(x)] ?? {})[t]); // decoys that would plausibly hold those certificates first
      const pool = shuffle(CONCEPTS.filter((x) => !n.right.includes(x) && !c.rel.includes(x.k) && sectorOf(x) !== sectorOf(c)))
        .sort((x, y) => Number(fitsCerts(y)) - Number(fitsCerts(x)));
      for (const dc of pool) {
        const ok = dc.names.filter((nm) => overlap(tokens(nm), avoid) === 0 && dc.desc.some((d) => overlap(tokens(d), avoid) === 0));
        if (ok.length < 2) continue;
        const pr = newProducer(n.reg, sectorOf(dc), avoid);
        const ps = [0, 1].map(() => addProduct(pr, dc, { avoid, cap: dc.q[1] * 5, pMin: Math.round(dc.p[0] * 0.8), tkdn: 95, typo: false }));
        if (ps.some((p) => overlap(tokens(p.name + " " + p.desc), avoid) > 0)) { producers.pop(); nProd -= 2; continue; }
        certsFor(pr, ps); return [pr];
      }
      throw new Error(`no decoy for ${n.ref}`);
    }
  }
  throw new Error(kind);
}
const EXPECT: Record<string, (g: { g: number; near: boolean }) => boolean> = {
  anchor: (r) => r.g === 3, plain: (r) => r.g === 3, uncovered: (r) => r.near, pending: (r) => r.near, expired: (r) => r.near, tkdn: (r) => r.near,
  capacity: (r) => r.g === 2, price: (r) => r.g === 2, far: (r) => r.g === 2, misfiled: (r) => r.g === 3, typo: (r) => r.g === 3,
  ties: (r) => r.g === 3, related: (r) => r.g === 1 && !r.near, decoy: (r) => r.g === 0,
};
const applicable = (n: Need, k: string) => (["uncovered", "pending", "expired"].includes(k) ? n.certs.length > 0 : k === "tkdn" ? n.tkdn > 0
  : k === "price" ? n.budget > 0 : k === "misfiled" ? !!n.right[0].mis : k === "related" ? n.right[0].rel.length > 0 : true);
const plantedBy = new Map<Need, [string, Producer][]>();
for (const n of needs) {
  const kinds = ["anchor", "plain", "decoy"]; // plus the two least-used trap kinds that apply to this need
  const used = (k: string) => [...plantedBy.values()].filter((v) => v.some(([x]) => x === k)).length;
  kinds.push(...TRAP_KINDS.filter((k) => applicable(n, k)).sort((a, b) => used(a) - used(b) || TRAP_KINDS.indexOf(a) - TRAP_KINDS.indexOf(b)).slice(0, 2));
  plantedBy.set(n, kinds.flatMap((k) => planted(n, k).map((pr) => [k, pr] as [string, Producer])));
}

// ---------- labels ----------
const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {}; const reasons: Record<string, Record<string, string>> = {};
for (const n of needs) {
  const nGrades: Record<string, number> = {}, nNear: string[] = [], nReasons: Record<string, string> = {}, nTraps: Record<string, string> = {};
  grades[n.ref] = nGrades; nearMisses[n.ref] = nNear; reasons[n.ref] = nReasons; traps[n.ref] = nTraps;
  for (const pr of producers) {
    const r = gradeOf(pr, n);
    if (r.g > 0) nGrades[pr.ref] = r.g;
    if (r.near) { nNear.push(pr.ref); nReasons[pr.ref] = r.why!; }
  }
  for (const [k, pr] of plantedBy.get(n)!) {
    const r = gradeOf(pr, n);
    if (!must(EXPECT[k], `expectation for trap kind ${k}`)(r)) throw new Error(`${n.ref} planted ${k} ${pr.ref} graded ${JSON.stringify(r)}`);
    nTraps[pr.ref] = k;
  }
}

// ---------- write ----------
const catalogue = {
  $schema: "../../../app/models/import/import.schema.json",
  producers: producers.map((pr, i) => {
    const main = at(pr.products, 0); const names = [...new Set(pr.products.map((p) => p.name.toLowerCase()))].slice(0, 3);
    const reg = pr.reg;
    return { ref: pr.ref, legalName: pr.legalName, nib: `${reg.replace(".", "")}${String(i + 1).padStart(9, "0")}`, sector: pr.sector,
      kbli: [...new Set(pr.products.map((p) => p.c.kbli))].slice(0, 5), provinceCode: reg.slice(0, 2), regencyCode: reg,
      employees: pr.employees, foundedYear: pr.founded, monthlyCapacity: main.cap, capacityUnit: main.c.unit,
      description: `Memproduksi ${names.join(", ")}.`,
      contacts: [{ name: pr.contact, position: pick(["Pemilik", "Direktur", "Manajer Produksi", "Ketua"]), phone: `08${ri(11, 59)} ${ri(1000, 9999)} ${ri(1000, 9999)}` }] };
  }),
  buyers: BUYERS.map(([name, buyerType, regionCode], i) => ({ ref: `${P}:BUY-${String(i + 1).padStart(2, "0")}`, name, buyerType, regionCode })),
  products: producers.flatMap((pr) => pr.products.map((p) => ({ ref: p.ref, producerRef: pr.ref, name: p.name, description: p.desc, category: p.category,
    unit: p.c.unit, minOrder: p.minOrder, monthlyCapacity: p.cap, priceMin: p.pMin, priceMax: Math.max(p.pMin, p.pMax), tkdnPercent: p.tkdn, leadTimeDays: p.lead }))),
  certifications: producers.flatMap((pr) => pr.certs.map((c) => ({ ref: c.ref, producerRef: pr.ref, productRefs: [...c.products], type: c.type,
    number: `${c.type.toUpperCase()}-${c.ref.slice(-5)}-${c.from.slice(0, 4)}`, issuer: ISSUER[c.type], validFrom: c.from, validUntil: c.until, status: c.status,
    ...(c.status === "verified" ? { verifiedAt: iso(Math.min(day(c.from) + 30, day("2026-11-30"))) } : {}),
    ...(c.status === "rejected" ? { rejectionReason: "Dokumen tidak sesuai dengan produk yang didaftarkan." } : {}) }))),
  needs: needs.map((n) => ({ ref: n.ref, buyerRef: `${P}:BUY-${String(n.buyer).padStart(2, "0")}`, title: n.title, description: n.desc, category: n.category,
    quantity: n.qty, unit: n.right[0].unit, deliveryProvinceCode: n.reg.slice(0, 2), deliveryRegencyCode: n.reg, neededBy: n.by,
    ...(n.certs.length ? { requiredCertifications: n.certs } : {}), ...(n.tkdn ? { minTkdnPercent: n.tkdn } : {}),
    ...(n.budget ? { budgetPerUnit: n.budget } : {}), visibility: "public", status: "open" })),
};
const w = (f: string, o: unknown) => writeFileSync(join(OUT, f), JSON.stringify(o, null, 1) + "\n");
w("catalogue.json", catalogue);
w("concepts.json", { needs: Object.fromEntries(needs.map((n) => [n.ref, { right: n.right.map((c) => c.k), related: [...new Set(n.right.flatMap((c) => c.rel))] }])),
  products: Object.fromEntries(producers.flatMap((pr) => pr.products.map((p) => [p.ref, p.c.k]))) }); w("grades.json", grades); w("near-misses.json", { nearMisses, reasons }); w("traps.json", traps);

// ---------- stats ----------
const per = [0, 0, 0, 0]; for (const g of Object.values(grades)) for (const v of Object.values(g)) per[v] = at(per, v) + 1;
let right = 0, noWord = 0, typos = 0, misfiled = 0;
for (const n of needs) { const nt = tokens(n.title + " " + n.desc);
  for (const pr of producers) if ((must(grades[n.ref], `grades of ${n.ref}`)[pr.ref] ?? 0) >= 2) for (const p of pr.products) if (n.right.includes(p.c)) {
    right++; if (overlap(tokens(p.name), nt) === 0) noWord++; if (p.typo) typos++; if (p.category !== p.c.cat) misfiled++; } }
const certs = producers.flatMap((p) => p.certs);
const stats = { producers: producers.length, provinces: new Set(producers.map((p) => p.reg.slice(0, 2))).size, products: nProd, certifications: certs.length,
  certStatus: Object.fromEntries(["verified", "pending", "rejected"].map((s) => [s, certs.filter((c) => c.status === s).length])),
  productScopedCerts: certs.filter((c) => { const pr = producers.find((p) => p.certs.includes(c))!; return c.products.size < pr.products.length; }).length,
  needs: needs.length, buyers: BUYERS.length, gradedPairs: { 1: per[1], 2: per[2], 3: per[3] }, nearMisses: Object.values(nearMisses).reduce((a, b) => a + b.length, 0),
  rightProductsInGrade2or3: right, rightWithNoSharedNameWord: noWord, rightWithTypo: typos, rightMisfiled: misfiled,
  minGrade3PerNeed: Math.min(...needs.map((n) => Object.values(must(grades[n.ref], `grades of ${n.ref}`)).filter((g) => g === 3).length)),
  trapsPlanted: Object.fromEntries(["anchor", "plain", "decoy", ...TRAP_KINDS].map((k) => [k, Object.values(traps).filter((t) => Object.values(t).includes(k)).length])) };
w("stats.json", stats);
console.log(JSON.stringify(stats, null, 1));
