// Realistic Indonesian vocabulary for demo data and test factories: pure data, no IO.
// Products carry typical rupiah prices and monthly capacities; sentra IKM are tied to real
// Kemendagri region codes (as in idn-area-data). Every company name is fictional.
import type { BuyerType, CertificationType, ProductCategory, Sector, Unit } from "../../app/models/domain.ts";
import { kbliForSector, type Kbli } from "../../app/models/producers/kbli.ts";

/** A range [min, max], inclusive. */
export type Range = readonly [number, number];

// ─── Product categories ─────────────────────────────────────────────────────

// Product and need categories and units are the domain's: app/models/domain.ts.


// ─── Products per sector ────────────────────────────────────────────────────

export interface ProductTemplate {
  name: string;
  category: ProductCategory;
  unit: Unit;
  /** Typical price per unit, rupiah. */
  price: Range;
  /** Typical monthly capacity of one IKM, in unit. */
  capacity: Range;
  minOrder: Range;
  leadTimeDays: Range;
  /** Appended to the name ("Keripik tempe" → "Keripik tempe original 200 g"). */
  variants?: readonly string[];
  description: string;
  /** Certifications that attach to this product rather than to the business. */
  certifications?: readonly CertificationType[];
  /** Province codes of a regional speciality (songket, ulos, noken…); anywhere when absent. */
  onlyIn?: readonly string[];
}

export interface SectorVocabulary {
  sector: Sector;
  label: string;
  /** Words used in business names ("Keripik", "Mebel Jati"). */
  nameStems: readonly string[];
  kbli: readonly Kbli[];
  products: readonly ProductTemplate[];
  /** Business-level certification types, weighted. */
  certifications: readonly (readonly [CertificationType, number])[];
  employees: Range;
  /** Market phrases for producer descriptions. */
  markets: readonly string[];
}

const food: SectorVocabulary = {
  sector: "food_beverage",
  label: "Makanan dan minuman",
  nameStems: ["Keripik", "Aneka Snack", "Olahan Pangan", "Dapur", "Rasa", "Kopi", "Camilan", "Oleh-oleh", "Pangan"],
  kbli: kbliForSector("food_beverage"),
  products: [
    { name: "Keripik singkong balado", category: "snacks", unit: "pak", price: [12_000, 18_000], capacity: [2_000, 15_000], minOrder: [50, 200], leadTimeDays: [3, 10], variants: ["250 g", "500 g", "pedas manis 250 g"], description: "Singkong pilihan diiris tipis, digoreng renyah dan dibalut bumbu balado cabai merah.", certifications: ["halal", "pirt"] },
    { name: "Keripik tempe", category: "snacks", unit: "pak", price: [10_000, 16_000], capacity: [2_000, 12_000], minOrder: [50, 200], leadTimeDays: [3, 7], variants: ["original 200 g", "pedas 200 g", "daun jeruk 200 g"], description: "Tempe kedelai tipis dengan tepung berbumbu, digoreng kering tanpa pengawet.", certifications: ["halal", "pirt"] },
    { name: "Keripik pisang", category: "snacks", unit: "pak", price: [13_000, 20_000], capacity: [1_500, 10_000], minOrder: [50, 200], leadTimeDays: [3, 10], variants: ["manis 250 g", "cokelat 250 g", "asin 250 g"], description: "Pisang kepok mengkal diiris memanjang, renyah dan tahan hingga enam bulan.", certifications: ["halal", "pirt"] },
    { name: "Keripik sanjai balado", category: "snacks", unit: "pak", price: [15_000, 25_000], capacity: [2_000, 10_000], minOrder: [50, 100], leadTimeDays: [3, 7], variants: ["250 g", "500 g"], description: "Keripik singkong khas Bukittinggi dengan sambal balado kental.", certifications: ["halal", "pirt"], onlyIn: ["13"] },
    { name: "Snack box kue tradisional", category: "snacks", unit: "pak", price: [12_000, 25_000], capacity: [3_000, 20_000], minOrder: [100, 300], leadTimeDays: [1, 3], variants: ["isi 3", "isi 4", "isi 5"], description: "Kotak kudapan rapat berisi kue basah dan gorengan, dikirim pagi hari.", certifications: ["halal", "pirt"] },
    { name: "Kerupuk udang", category: "crackers", unit: "kg", price: [60_000, 110_000], capacity: [500, 4_000], minOrder: [10, 50], leadTimeDays: [5, 14], variants: ["mentah", "siap goreng", "kemasan 500 g"], description: "Kerupuk dengan kadar udang tinggi, dijemur matahari dan dikemas kedap udara.", certifications: ["halal", "pirt"] },
    { name: "Emping melinjo", category: "crackers", unit: "kg", price: [70_000, 110_000], capacity: [300, 2_500], minOrder: [5, 25], leadTimeDays: [5, 14], variants: ["super tipis", "manis pedas"], description: "Emping dari melinjo tua yang dipipihkan tangan, tipis dan merata.", certifications: ["halal", "pirt"] },
    { name: "Amplang ikan tenggiri", category: "crackers", unit: "pak", price: [18_000, 28_000], capacity: [1_000, 6_000], minOrder: [50, 100], leadTimeDays: [3, 10], variants: ["200 g", "500 g"], description: "Kerupuk ikan tenggiri khas pesisir Kalimantan, gurih dan renyah.", certifications: ["halal", "pirt"], onlyIn: ["61", "62", "63", "64", "65"] },
    { name: "Gula aren cetak", category: "sweeteners", unit: "kg", price: [28_000, 40_000], capacity: [500, 5_000], minOrder: [25, 100], leadTimeDays: [5, 14], description: "Nira aren murni dimasak di tungku kayu dan dicetak batok, tanpa campuran gula pasir.", certifications: ["halal", "pirt"] },
    { name: "Gula semut aren", category: "sweeteners", unit: "kg", price: [45_000, 70_000], capacity: [300, 3_000], minOrder: [10, 50], leadTimeDays: [5, 14], variants: ["curah", "kemasan 250 g", "organik"], description: "Gula aren kristal berkadar air rendah, mudah larut untuk minuman dan kue.", certifications: ["halal", "pirt", "sni"] },
    { name: "Kopi bubuk robusta", category: "coffee_tea", unit: "pak", price: [25_000, 45_000], capacity: [1_000, 8_000], minOrder: [24, 100], leadTimeDays: [3, 10], variants: ["250 g", "500 g", "1 kg"], description: "Biji robusta petik merah, disangrai medium dan digiling halus untuk kopi tubruk.", certifications: ["halal", "pirt", "sni"] },
    { name: "Kopi arabika sangrai", category: "coffee_tea", unit: "kg", price: [180_000, 300_000], capacity: [100, 1_500], minOrder: [5, 20], leadTimeDays: [5, 14], variants: ["biji", "bubuk", "full wash", "semi wash"], description: "Arabika dataran tinggi, proses basah, disangrai per pesanan.", certifications: ["halal", "sni"] },
    { name: "Teh daun kelor celup", category: "coffee_tea", unit: "kotak", price: [20_000, 35_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [5, 10], description: "Daun kelor kering dalam kantong celup, isi 25 kantong per kotak.", certifications: ["halal", "pirt"] },
    { name: "Sambal botol", category: "condiments", unit: "botol", price: [18_000, 30_000], capacity: [1_000, 8_000], minOrder: [24, 120], leadTimeDays: [3, 10], variants: ["bawang 150 ml", "cumi 150 ml", "roa 150 ml", "ijo 150 ml"], description: "Sambal rumahan dimasak matang dalam botol kaca steril, tahan tiga bulan.", certifications: ["halal", "pirt", "bpom"] },
    { name: "Bawang goreng", category: "condiments", unit: "pak", price: [35_000, 55_000], capacity: [500, 4_000], minOrder: [20, 100], leadTimeDays: [3, 10], variants: ["250 g", "500 g"], description: "Bawang merah lokal digoreng kering, renyah dan tidak berminyak.", certifications: ["halal", "pirt"] },
    { name: "Abon sapi", category: "processed_meat_fish", unit: "pak", price: [30_000, 50_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [5, 14], variants: ["original 100 g", "pedas 100 g", "250 g"], description: "Daging sapi has dalam dimasak dengan rempah lalu disuwir halus dan disangrai.", certifications: ["halal", "pirt", "bpom"] },
    { name: "Abon ikan cakalang", category: "processed_meat_fish", unit: "pak", price: [22_000, 35_000], capacity: [500, 3_000], minOrder: [24, 100], leadTimeDays: [5, 14], variants: ["100 g", "250 g"], description: "Cakalang segar hasil tangkapan nelayan lokal, dimasak dengan rempah khas.", certifications: ["halal", "pirt"] },
    { name: "Rendang daging kemasan", category: "processed_meat_fish", unit: "pak", price: [75_000, 120_000], capacity: [300, 2_500], minOrder: [12, 50], leadTimeDays: [5, 14], variants: ["250 g", "retort 200 g"], description: "Rendang dimasak delapan jam dengan santan kelapa tua, dikemas vakum.", certifications: ["halal", "bpom"] },
    { name: "Dodol", category: "confectionery", unit: "pak", price: [12_000, 20_000], capacity: [1_000, 8_000], minOrder: [50, 200], leadTimeDays: [3, 10], variants: ["ketan 250 g", "durian 250 g", "nanas 250 g"], description: "Dodol ketan dan gula aren diaduk lima jam, legit dan tidak lengket.", certifications: ["halal", "pirt"] },
    { name: "Bika kue kering", category: "confectionery", unit: "toples", price: [45_000, 85_000], capacity: [300, 2_000], minOrder: [12, 50], leadTimeDays: [3, 10], variants: ["nastar 500 g", "kastengel 500 g", "putri salju 500 g"], description: "Kue kering mentega untuk hantaran dan parsel hari raya.", certifications: ["halal", "pirt"] },
    { name: "Madu hutan", category: "beverages", unit: "botol", price: [90_000, 160_000], capacity: [200, 1_500], minOrder: [12, 48], leadTimeDays: [5, 14], variants: ["500 ml", "250 ml"], description: "Madu lebah hutan Apis dorsata dipanen lestari oleh kelompok petani madu.", certifications: ["halal", "bpom", "sni"] },
    { name: "Sirup markisa", category: "beverages", unit: "botol", price: [25_000, 40_000], capacity: [500, 4_000], minOrder: [24, 96], leadTimeDays: [5, 10], variants: ["600 ml"], description: "Sari buah markisa asli dengan gula tebu, tanpa pewarna buatan.", certifications: ["halal", "bpom"] },
  ],
  certifications: [["halal", 5], ["pirt", 5], ["bpom", 2], ["sni", 1], ["hki", 1]],
  employees: [3, 45],
  markets: ["toko oleh-oleh", "ritel modern", "katering kantor", "pasar ekspor Malaysia dan Singapura", "reseller daring"],
};

const textile: SectorVocabulary = {
  sector: "textile_apparel",
  label: "Tekstil dan pakaian jadi",
  nameStems: ["Konveksi", "Garmen", "Tailor", "Bordir", "Rajut", "Busana", "Sandang"],
  kbli: kbliForSector("textile_apparel"),
  products: [
    { name: "Seragam kerja kemeja PDL", category: "uniforms", unit: "pcs", price: [95_000, 180_000], capacity: [500, 5_000], minOrder: [24, 100], leadTimeDays: [14, 30], variants: ["katun drill", "american drill", "lengan panjang"], description: "Kemeja lapangan dengan bordir logo dan name tag, ukuran S sampai XXXL.", certifications: ["tkdn"] },
    { name: "Wearpack", category: "uniforms", unit: "pcs", price: [150_000, 280_000], capacity: [300, 3_000], minOrder: [24, 100], leadTimeDays: [14, 30], variants: ["terusan katun drill", "potongan atas-bawah", "dengan scotchlight"], description: "Pakaian kerja terusan untuk teknisi, dengan pita reflektif dan ritsleting YKK.", certifications: ["tkdn", "sni"] },
    { name: "Kaos polo bordir", category: "uniforms", unit: "pcs", price: [55_000, 95_000], capacity: [1_000, 8_000], minOrder: [24, 72], leadTimeDays: [10, 21], variants: ["lacoste CVC", "lacoste PE", "TC"], description: "Kaos polo bahan lacoste dengan bordir komputer logo instansi.", certifications: ["tkdn"] },
    { name: "Seragam sekolah", category: "uniforms", unit: "pcs", price: [70_000, 140_000], capacity: [1_000, 6_000], minOrder: [50, 200], leadTimeDays: [14, 30], variants: ["SD", "SMP", "SMA"], description: "Seragam sekolah nasional bahan tetoron, jahitan rantai dan obras rapi.", certifications: ["tkdn"] },
    { name: "Rompi lapangan", category: "uniforms", unit: "pcs", price: [45_000, 120_000], capacity: [500, 5_000], minOrder: [24, 100], leadTimeDays: [7, 21], variants: ["jaring scotchlight", "drill banyak saku"], description: "Rompi kerja untuk petugas lapangan dan proyek, warna dan logo sesuai pesanan." },
    { name: "Kaos oblong sablon", category: "apparel", unit: "pcs", price: [35_000, 60_000], capacity: [2_000, 10_000], minOrder: [24, 100], leadTimeDays: [7, 14], variants: ["cotton combed 30s", "cotton combed 24s"], description: "Kaos katun combed dengan sablon plastisol atau rubber untuk acara dan komunitas." },
    { name: "Jaket", category: "apparel", unit: "pcs", price: [120_000, 250_000], capacity: [300, 3_000], minOrder: [24, 50], leadTimeDays: [14, 30], variants: ["parasut", "bomber", "fleece", "softshell"], description: "Jaket custom dengan bordir logo, furing dalam dan saku ritsleting." },
    { name: "Sweater rajut", category: "apparel", unit: "pcs", price: [85_000, 180_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [14, 30], variants: ["rajut halus", "cardigan", "turtleneck"], description: "Rajutan mesin dari benang akrilik dan katun, motif dapat dipesan." },
    { name: "Mukena bordir", category: "apparel", unit: "pcs", price: [150_000, 350_000], capacity: [200, 1_500], minOrder: [12, 50], leadTimeDays: [14, 30], variants: ["katun rayon", "parasut", "silk"], description: "Mukena dewasa dua potong dengan bordir tangan khas Tasikmalaya." },
    { name: "Kerudung segi empat", category: "apparel", unit: "pcs", price: [35_000, 90_000], capacity: [1_000, 6_000], minOrder: [24, 100], leadTimeDays: [7, 14], variants: ["voal", "katun", "bordir tepi"], description: "Kerudung segi empat jahitan tepi rapi, tersedia aneka warna." },
    { name: "Masker kain", category: "textile_goods", unit: "pcs", price: [4_000, 9_000], capacity: [20_000, 100_000], minOrder: [500, 2_000], leadTimeDays: [5, 14], variants: ["3 lapis", "earloop", "headloop"], description: "Masker kain katun tiga lapis yang dapat dicuci, sablon logo opsional.", certifications: ["sni"] },
    { name: "Topi bordir", category: "textile_goods", unit: "pcs", price: [20_000, 45_000], capacity: [2_000, 10_000], minOrder: [50, 200], leadTimeDays: [7, 14], variants: ["baseball", "rimba", "trucker"], description: "Topi drill dengan bordir logo depan dan pengatur ukuran di belakang." },
    { name: "Handuk hotel", category: "textile_goods", unit: "pcs", price: [35_000, 75_000], capacity: [1_000, 8_000], minOrder: [50, 200], leadTimeDays: [14, 30], variants: ["70 x 140 cm", "bordir nama hotel"], description: "Handuk katun 100% 500 gsm, daya serap tinggi untuk hotel dan rumah sakit." },
  ],
  certifications: [["tkdn", 4], ["sni", 2], ["hki", 2], ["iso9001", 1], ["other", 1]],
  employees: [5, 120],
  markets: ["instansi pemerintah", "BUMN dan perusahaan swasta", "sekolah dan pesantren", "butik dan pasar grosir"],
};

const batik: SectorVocabulary = {
  sector: "batik",
  label: "Batik dan tenun",
  nameStems: ["Batik", "Tenun", "Songket", "Wastra", "Kain Nusantara"],
  kbli: kbliForSector("batik"),
  products: [
    { name: "Batik tulis", category: "batik_cloth", unit: "lembar", price: [750_000, 3_500_000], capacity: [20, 150], minOrder: [1, 5], leadTimeDays: [21, 60], variants: ["motif parang", "motif kawung", "motif sidomukti", "motif mega mendung", "pewarna alam"], description: "Kain batik tulis 2,25 m di atas katun primisima, dicanting tangan oleh perajin setempat.", certifications: ["hki", "other"] },
    { name: "Batik cap", category: "batik_cloth", unit: "lembar", price: [150_000, 350_000], capacity: [200, 1_500], minOrder: [10, 50], leadTimeDays: [14, 30], variants: ["motif truntum", "motif sekar jagad", "motif buketan", "motif jlamprang"], description: "Batik cap tembaga dengan pewarna sintetis tahan luntur, kain 2 m.", certifications: ["other", "sni"] },
    { name: "Batik kombinasi tulis-cap", category: "batik_cloth", unit: "lembar", price: [250_000, 600_000], capacity: [100, 800], minOrder: [5, 20], leadTimeDays: [14, 45], description: "Dasar motif dicap lalu isen-isen dikerjakan dengan canting." },
    { name: "Kain sasirangan", category: "batik_cloth", unit: "lembar", price: [120_000, 400_000], capacity: [200, 1_500], minOrder: [10, 30], leadTimeDays: [14, 30], variants: ["motif gigi haruan", "motif kulit kurikit", "pewarna alam"], description: "Kain ikat celup khas Banjar dengan jahitan jelujur sebelum pewarnaan.", onlyIn: ["63"] },
    { name: "Kemeja batik seragam", category: "batik_apparel", unit: "pcs", price: [150_000, 350_000], capacity: [300, 3_000], minOrder: [24, 100], leadTimeDays: [21, 45], variants: ["lengan pendek", "lengan panjang furing", "blus wanita"], description: "Seragam batik instansi dengan motif khusus, bahan katun primisima.", certifications: ["tkdn"] },
    { name: "Selendang batik", category: "batik_apparel", unit: "pcs", price: [60_000, 150_000], capacity: [300, 2_000], minOrder: [12, 50], leadTimeDays: [7, 21], variants: ["sutra", "katun", "rayon"], description: "Selendang batik ringan untuk suvenir dan pelengkap busana." },
    { name: "Kain tenun ikat", category: "woven_cloth", unit: "lembar", price: [400_000, 2_500_000], capacity: [10, 120], minOrder: [1, 5], leadTimeDays: [30, 90], variants: ["motif tradisional", "pewarna alam", "benang sutra"], description: "Ditenun dengan alat tenun bukan mesin (ATBM) oleh kelompok penenun perempuan.", certifications: ["hki"] },
    { name: "Songket", category: "woven_cloth", unit: "lembar", price: [1_500_000, 8_000_000], capacity: [5, 60], minOrder: [1, 3], leadTimeDays: [30, 120], variants: ["benang emas", "benang perak", "motif lepus"], description: "Kain songket tenun tangan dengan benang emas sisipan, dikerjakan satu hingga tiga bulan.", certifications: ["hki"], onlyIn: ["11", "13", "14", "16", "21", "52", "61"] },
    { name: "Ulos", category: "woven_cloth", unit: "lembar", price: [300_000, 1_500_000], capacity: [20, 150], minOrder: [1, 10], leadTimeDays: [21, 60], variants: ["ragi hotang", "sadum", "mangiring"], description: "Ulos tenun Batak untuk upacara adat dan cendera mata.", certifications: ["hki"], onlyIn: ["12"] },
    { name: "Kain endek", category: "woven_cloth", unit: "lembar", price: [250_000, 800_000], capacity: [50, 400], minOrder: [2, 20], leadTimeDays: [21, 45], variants: ["motif cepuk", "motif keling"], description: "Tenun ikat pakan khas Bali, banyak dipakai untuk seragam kantor di Bali.", certifications: ["hki"], onlyIn: ["51"] },
    { name: "Kain tapis", category: "woven_cloth", unit: "lembar", price: [1_000_000, 5_000_000], capacity: [5, 40], minOrder: [1, 2], leadTimeDays: [45, 120], description: "Kain tenun bersulam benang emas khas Lampung, dikerjakan tangan.", certifications: ["hki"], onlyIn: ["18"] },
  ],
  certifications: [["hki", 4], ["other", 3], ["sni", 1], ["tkdn", 1]],
  employees: [3, 60],
  markets: ["galeri dan butik", "seragam instansi", "wisatawan", "pasar ekspor Jepang dan Eropa"],
};

const leather: SectorVocabulary = {
  sector: "leather_footwear",
  label: "Kulit dan alas kaki",
  nameStems: ["Sepatu", "Kulit", "Leather", "Tas", "Sandal"],
  kbli: kbliForSector("leather_footwear"),
  products: [
    { name: "Sepatu pantofel kulit", category: "footwear", unit: "pasang", price: [250_000, 550_000], capacity: [200, 2_000], minOrder: [12, 50], leadTimeDays: [14, 30], variants: ["pria", "wanita", "sol karet press"], description: "Sepatu kerja kulit sapi asli, sol dijahit keliling, nomor 36 sampai 46.", certifications: ["sni", "tkdn"] },
    { name: "Sepatu safety", category: "footwear", unit: "pasang", price: [250_000, 450_000], capacity: [300, 3_000], minOrder: [24, 100], leadTimeDays: [14, 30], variants: ["ujung baja", "boots tinggi", "anti slip"], description: "Sepatu keselamatan kerja dengan pelindung jari baja dan sol tahan minyak.", certifications: ["sni", "tkdn"] },
    { name: "Sepatu PDL", category: "footwear", unit: "pasang", price: [300_000, 600_000], capacity: [200, 1_500], minOrder: [24, 100], leadTimeDays: [21, 45], description: "Sepatu dinas lapangan kulit hitam, banyak dipesan satpam dan petugas lapangan.", certifications: ["tkdn"] },
    { name: "Sandal kulit", category: "footwear", unit: "pasang", price: [75_000, 160_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [7, 21], variants: ["selop", "jepit", "hotel"], description: "Sandal kulit nabati dengan sol karet, nyaman dipakai harian." },
    { name: "Tas kulit", category: "leather_goods", unit: "pcs", price: [250_000, 900_000], capacity: [100, 1_000], minOrder: [6, 24], leadTimeDays: [14, 30], variants: ["tote wanita", "selempang", "ransel"], description: "Tas kulit sapi asli dengan jahitan rapi dan aksesori kuningan." },
    { name: "Tas kerja kulit", category: "leather_goods", unit: "pcs", price: [450_000, 1_200_000], capacity: [100, 800], minOrder: [6, 24], leadTimeDays: [14, 30], variants: ["koper", "map dokumen", "laptop 14 inci"], description: "Tas kerja dan koper kulit khas sentra Tanggulangin, grafir nama tersedia." },
    { name: "Dompet kulit", category: "leather_goods", unit: "pcs", price: [75_000, 250_000], capacity: [300, 3_000], minOrder: [12, 50], leadTimeDays: [7, 21], variants: ["pria", "wanita", "kartu nama"], description: "Dompet kulit dengan grafir logo atau nama, cocok untuk suvenir perusahaan." },
    { name: "Ikat pinggang kulit", category: "leather_goods", unit: "pcs", price: [60_000, 180_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [7, 21], description: "Sabuk kulit sapi lapis dengan kepala gesper kuningan atau baja." },
    { name: "Jaket kulit domba", category: "leather_goods", unit: "pcs", price: [850_000, 2_000_000], capacity: [50, 400], minOrder: [3, 12], leadTimeDays: [21, 45], description: "Jaket kulit domba samak krom dari Garut, lembut dan ringan." },
    { name: "Sarung tangan kulit las", category: "ppe", unit: "pasang", price: [25_000, 60_000], capacity: [1_000, 8_000], minOrder: [50, 200], leadTimeDays: [7, 21], description: "Sarung tangan kulit split tahan panas untuk pengelasan.", certifications: ["sni"] },
  ],
  certifications: [["sni", 3], ["tkdn", 3], ["hki", 2], ["iso9001", 1]],
  employees: [4, 80],
  markets: ["instansi dan BUMN", "toko sepatu", "pasar daring", "pabrik dan kontraktor"],
};

const furniture: SectorVocabulary = {
  sector: "furniture_wood",
  label: "Furnitur dan produk kayu",
  nameStems: ["Mebel", "Mebel Jati", "Furniture", "Rotan", "Ukir", "Kayu"],
  kbli: kbliForSector("furniture_wood"),
  products: [
    { name: "Kursi jati", category: "furniture", unit: "unit", price: [650_000, 1_800_000], capacity: [100, 800], minOrder: [4, 20], leadTimeDays: [21, 45], variants: ["makan", "tamu", "ukir jepara", "minimalis"], description: "Kursi kayu jati Perhutani kering oven dengan finishing melamin atau duco.", certifications: ["svlk"] },
    { name: "Meja makan jati set", category: "furniture", unit: "set", price: [4_000_000, 15_000_000], capacity: [10, 80], minOrder: [1, 2], leadTimeDays: [30, 60], variants: ["6 kursi", "8 kursi"], description: "Satu meja dengan kursi makan dari jati solid, sambungan pasak.", certifications: ["svlk"] },
    { name: "Meja rotan", category: "furniture", unit: "unit", price: [450_000, 1_500_000], capacity: [100, 600], minOrder: [2, 10], leadTimeDays: [21, 45], variants: ["teras", "kopi", "sintetis"], description: "Meja rotan alam Kalimantan dengan rangka kuat, cocok untuk hotel dan kafe.", certifications: ["svlk"] },
    { name: "Kursi rotan", category: "furniture", unit: "unit", price: [350_000, 1_200_000], capacity: [150, 1_000], minOrder: [4, 20], leadTimeDays: [21, 45], variants: ["teras", "santai", "makan"], description: "Kursi anyaman rotan alam, ringan dan tahan lama." },
    { name: "Lemari pakaian", category: "furniture", unit: "unit", price: [2_000_000, 6_000_000], capacity: [20, 150], minOrder: [1, 5], leadTimeDays: [30, 60], variants: ["2 pintu", "3 pintu", "jati ukir"], description: "Lemari mebel kayu mahoni atau jati dengan cermin dan kunci.", certifications: ["svlk"] },
    { name: "Meja kerja kantor", category: "furniture", unit: "unit", price: [1_200_000, 3_500_000], capacity: [50, 400], minOrder: [5, 20], leadTimeDays: [21, 45], variants: ["1/2 biro", "1 biro", "meja rapat"], description: "Meja kantor dari kayu solid dan multipleks berlapis HPL.", certifications: ["svlk", "tkdn"] },
    { name: "Meja kursi siswa", category: "furniture", unit: "set", price: [450_000, 900_000], capacity: [200, 1_500], minOrder: [20, 100], leadTimeDays: [21, 45], variants: ["SD", "SMP/SMA"], description: "Satu meja dan satu kursi siswa kayu mahoni, standar sarana sekolah.", certifications: ["svlk", "tkdn"] },
    { name: "Rak buku kayu", category: "furniture", unit: "unit", price: [600_000, 1_800_000], capacity: [50, 400], minOrder: [2, 10], leadTimeDays: [14, 30], description: "Rak buku lima susun dari kayu mahoni, untuk perpustakaan dan kantor.", certifications: ["svlk"] },
    { name: "Kusen dan pintu panel", category: "wood_products", unit: "unit", price: [1_200_000, 3_500_000], capacity: [50, 300], minOrder: [2, 10], leadTimeDays: [14, 30], variants: ["kayu kamper", "kayu merbau", "jati"], description: "Kusen dan daun pintu panel siap pasang sesuai gambar kerja.", certifications: ["svlk"] },
    { name: "Palet kayu", category: "wood_products", unit: "pcs", price: [65_000, 150_000], capacity: [1_000, 6_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["standar ISPM-15", "heavy duty"], description: "Palet kayu sengon dan akasia berperlakuan panas untuk gudang dan ekspor.", certifications: ["svlk"] },
  ],
  certifications: [["svlk", 5], ["tkdn", 2], ["hki", 1], ["sni", 1]],
  employees: [5, 150],
  markets: ["hotel dan resor", "perkantoran", "pasar ekspor", "proyek perumahan"],
};

const handicraft: SectorVocabulary = {
  sector: "handicraft",
  label: "Kerajinan",
  nameStems: ["Anyaman", "Kerajinan", "Craft", "Gerabah", "Perak", "Suvenir", "Bambu"],
  kbli: kbliForSector("handicraft"),
  products: [
    { name: "Tas anyaman pandan", category: "woven_crafts", unit: "pcs", price: [45_000, 150_000], capacity: [300, 3_000], minOrder: [12, 50], leadTimeDays: [14, 30], variants: ["jinjing", "clutch", "bordir"], description: "Tas anyaman daun pandan duri yang dijemur dan diwarnai alami." },
    { name: "Kerajinan bambu", category: "woven_crafts", unit: "pcs", price: [35_000, 120_000], capacity: [300, 2_500], minOrder: [12, 50], leadTimeDays: [14, 30], variants: ["kap lampu", "tempat tisu", "tudung saji", "besek"], description: "Anyaman bambu tali dan bambu apus, diawetkan agar tidak berjamur." },
    { name: "Keranjang anyaman rotan", category: "woven_crafts", unit: "pcs", price: [50_000, 200_000], capacity: [200, 1_500], minOrder: [12, 50], leadTimeDays: [14, 30], variants: ["parsel", "laundry", "piknik"], description: "Keranjang rotan untuk parsel dan hampers, ukuran sesuai pesanan." },
    { name: "Anyaman mendong", category: "woven_crafts", unit: "pcs", price: [30_000, 120_000], capacity: [500, 3_000], minOrder: [24, 100], leadTimeDays: [14, 30], variants: ["tikar", "tas", "sandal hotel"], description: "Anyaman rumput mendong khas Tasikmalaya.", onlyIn: ["32", "33", "35"] },
    { name: "Tas belanja spunbond", category: "bags_souvenirs", unit: "pcs", price: [3_500, 9_000], capacity: [10_000, 60_000], minOrder: [500, 1_000], leadTimeDays: [7, 14], variants: ["goodie bag 30 x 40 cm", "tas seminar", "sablon 1 warna", "sablon 2 warna"], description: "Goodie bag kain spunbond 75 gsm dengan sablon logo, jahit atau press." },
    { name: "Tote bag kanvas", category: "bags_souvenirs", unit: "pcs", price: [20_000, 45_000], capacity: [2_000, 10_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["kanvas blacu", "kanvas drill", "resleting"], description: "Tas kanvas sablon untuk seminar, bank sampah dan kampanye kurangi plastik." },
    { name: "Suvenir miniatur kayu", category: "bags_souvenirs", unit: "pcs", price: [5_000, 25_000], capacity: [2_000, 15_000], minOrder: [100, 500], leadTimeDays: [7, 21], variants: ["gantungan kunci", "magnet kulkas", "plakat"], description: "Suvenir ukir dan grafir laser khas daerah untuk tamu acara." },
    { name: "Noken", category: "bags_souvenirs", unit: "pcs", price: [150_000, 600_000], capacity: [30, 300], minOrder: [1, 10], leadTimeDays: [14, 45], variants: ["serat kayu", "benang rajut", "anggrek"], description: "Tas rajut tradisional Papua buatan mama-mama perajin.", onlyIn: ["91", "92", "93", "94", "95", "96"] },
    { name: "Gerabah", category: "ceramics_pottery", unit: "pcs", price: [15_000, 150_000], capacity: [500, 5_000], minOrder: [20, 100], leadTimeDays: [14, 30], variants: ["pot tanaman", "guci", "celengan", "kendi"], description: "Gerabah tanah liat dibakar tungku tradisional, dicat atau natural." },
    { name: "Keramik hias", category: "ceramics_pottery", unit: "pcs", price: [50_000, 400_000], capacity: [200, 1_500], minOrder: [6, 24], leadTimeDays: [21, 45], variants: ["vas", "piring pajangan", "set cangkir"], description: "Keramik glasir suhu tinggi dengan motif tangan." },
    { name: "Perhiasan perak", category: "jewellery_crafts", unit: "pcs", price: [150_000, 900_000], capacity: [100, 800], minOrder: [5, 20], leadTimeDays: [14, 30], variants: ["cincin filigri", "bros", "liontin", "gelang"], description: "Perak 925 dikerjakan tangan dengan teknik filigri dan granulasi." },
    { name: "Lampu hias kuningan", category: "jewellery_crafts", unit: "pcs", price: [350_000, 2_500_000], capacity: [30, 300], minOrder: [2, 10], leadTimeDays: [21, 45], variants: ["gantung", "dinding", "meja"], description: "Lampu hias kuningan tempa dan ukir untuk hotel dan rumah ibadah." },
  ],
  certifications: [["hki", 4], ["svlk", 1], ["other", 2], ["sni", 1]],
  employees: [2, 40],
  markets: ["hotel dan galeri", "wisatawan", "acara korporat", "pasar ekspor"],
};

const metal: SectorVocabulary = {
  sector: "metal_machinery",
  label: "Logam dan mesin",
  nameStems: ["Teknik", "Logam", "Bengkel Bubut", "Las", "Pande Besi", "Mesin", "Engineering"],
  kbli: kbliForSector("metal_machinery"),
  products: [
    { name: "Helm keselamatan kerja", category: "ppe", unit: "pcs", price: [35_000, 85_000], capacity: [1_000, 8_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["tali dagu", "dengan ratchet", "putih", "kuning"], description: "Helm proyek ABS dengan suspensi enam titik (APD kepala).", certifications: ["sni", "tkdn"] },
    { name: "Kacamata dan pelindung wajah las", category: "ppe", unit: "pcs", price: [30_000, 120_000], capacity: [500, 4_000], minOrder: [50, 200], leadTimeDays: [7, 21], description: "Pelindung wajah las dengan kaca gelap yang dapat diganti (APD mata dan wajah).", certifications: ["sni"] },
    { name: "Pagar besi", category: "metal_fabrication", unit: "m2", price: [350_000, 900_000], capacity: [100, 1_000], minOrder: [10, 50], leadTimeDays: [14, 30], variants: ["minimalis hollow", "tempa klasik", "BRC"], description: "Pagar dan teralis besi dicat anti karat, termasuk pemasangan." },
    { name: "Rak besi gudang", category: "metal_fabrication", unit: "unit", price: [650_000, 2_500_000], capacity: [50, 400], minOrder: [2, 10], leadTimeDays: [14, 30], variants: ["siku lubang", "heavy duty", "rak arsip"], description: "Rak besi siku lubang untuk gudang dan arsip, beban hingga 300 kg per susun." },
    { name: "Suku cadang bubut", category: "machined_parts", unit: "pcs", price: [15_000, 350_000], capacity: [1_000, 10_000], minOrder: [50, 200], leadTimeDays: [7, 30], variants: ["bushing", "as roda", "pin", "flange", "gear"], description: "Komponen bubut CNC dan manual dari baja ST37, S45C atau kuningan sesuai gambar teknik.", certifications: ["iso9001"] },
    { name: "Cangkul", category: "agri_tools", unit: "pcs", price: [45_000, 90_000], capacity: [1_000, 6_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["baja per", "dengan gagang"], description: "Cangkul tempa dari baja per bekas yang disepuh, tajam dan kuat.", certifications: ["sni", "tkdn"] },
    { name: "Alat potong tempa", category: "agri_tools", unit: "pcs", price: [25_000, 75_000], capacity: [1_000, 8_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["sabit", "arit rumput", "parang kebun", "golok"], description: "Alat potong pertanian tempa tangan para pandai besi.", certifications: ["tkdn"] },
    { name: "Mesin perontok padi", category: "machinery", unit: "unit", price: [6_000_000, 15_000_000], capacity: [10, 80], minOrder: [1, 2], leadTimeDays: [21, 45], variants: ["power thresher", "multiguna"], description: "Perontok padi bermesin diesel 7 PK untuk kelompok tani.", certifications: ["sni", "tkdn"] },
    { name: "Mesin pencacah rumput", category: "machinery", unit: "unit", price: [4_000_000, 12_000_000], capacity: [10, 80], minOrder: [1, 2], leadTimeDays: [21, 45], description: "Chopper pakan ternak dengan pisau baja yang dapat diasah.", certifications: ["tkdn"] },
    { name: "Mesin spinner peniris minyak", category: "machinery", unit: "unit", price: [3_000_000, 6_000_000], capacity: [10, 100], minOrder: [1, 2], leadTimeDays: [14, 30], description: "Peniris minyak tabung stainless untuk IKM keripik dan abon.", certifications: ["tkdn"] },
    { name: "Oven pengering", category: "machinery", unit: "unit", price: [5_000_000, 18_000_000], capacity: [5, 50], minOrder: [1, 1], leadTimeDays: [21, 45], variants: ["gas 10 rak", "listrik 20 rak"], description: "Pengering rak stainless untuk kerupuk, jamu dan rempah.", certifications: ["tkdn"] },
  ],
  certifications: [["tkdn", 4], ["sni", 3], ["iso9001", 2], ["hki", 1]],
  employees: [4, 100],
  markets: ["pabrik dan perkebunan", "kontraktor", "dinas pertanian", "bengkel dan industri"],
};

const chemical: SectorVocabulary = {
  sector: "chemical_building",
  label: "Kimia dan bahan bangunan",
  nameStems: ["Beton", "Paving", "Genteng", "Batako", "Kimia", "Bersih", "Batu Alam"],
  kbli: kbliForSector("chemical_building"),
  products: [
    { name: "Batako press", category: "building_materials", unit: "pcs", price: [2_500, 4_500], capacity: [20_000, 100_000], minOrder: [500, 2_000], leadTimeDays: [3, 14], variants: ["10 x 20 x 40 cm", "berlubang"], description: "Batako campuran semen dan pasir dipres mesin, dirawat basah tujuh hari.", certifications: ["sni"] },
    { name: "Paving block", category: "building_materials", unit: "m2", price: [60_000, 95_000], capacity: [2_000, 12_000], minOrder: [50, 200], leadTimeDays: [7, 21], variants: ["K-300 bata", "K-350 cacing", "K-400 segi enam"], description: "Paving block mutu beton sesuai SNI 03-0691 untuk parkir dan jalan lingkungan.", certifications: ["sni", "tkdn"] },
    { name: "Bata merah press", category: "building_materials", unit: "pcs", price: [700, 1_200], capacity: [30_000, 200_000], minOrder: [1_000, 5_000], leadTimeDays: [7, 21], description: "Bata merah dibakar merata, ukuran presisi dan minim retak." },
    { name: "Genteng keramik", category: "building_materials", unit: "pcs", price: [2_500, 6_000], capacity: [20_000, 120_000], minOrder: [500, 2_000], leadTimeDays: [7, 21], variants: ["press natural", "glasir", "morando"], description: "Genteng tanah liat Jatiwangi dipres dan dibakar suhu tinggi.", certifications: ["sni"] },
    { name: "Buis beton", category: "building_materials", unit: "pcs", price: [120_000, 350_000], capacity: [200, 2_000], minOrder: [10, 50], leadTimeDays: [7, 21], variants: ["diameter 40 cm", "diameter 60 cm", "u-ditch"], description: "Gorong-gorong beton bertulang untuk saluran dan sumur resapan.", certifications: ["sni"] },
    { name: "Batu alam", category: "building_materials", unit: "m2", price: [90_000, 250_000], capacity: [500, 4_000], minOrder: [10, 50], leadTimeDays: [7, 21], variants: ["paras", "andesit", "candi"], description: "Batu alam potong mesin untuk dinding dan lantai taman." },
    { name: "Sabun cuci piring cair", category: "cleaning_products", unit: "jerigen", price: [45_000, 80_000], capacity: [500, 5_000], minOrder: [10, 50], leadTimeDays: [3, 10], variants: ["jeruk nipis 5 L", "sereh 5 L"], description: "Sabun pencuci piring pekat, busa melimpah dan lembut di tangan.", certifications: ["other", "halal"] },
    { name: "Deterjen cair", category: "cleaning_products", unit: "jerigen", price: [55_000, 95_000], capacity: [500, 4_000], minOrder: [10, 50], leadTimeDays: [3, 10], variants: ["5 L", "20 L"], description: "Deterjen cair untuk binatu hotel dan rumah sakit.", certifications: ["other"] },
    { name: "Pembersih lantai", category: "cleaning_products", unit: "botol", price: [12_000, 25_000], capacity: [2_000, 15_000], minOrder: [24, 100], leadTimeDays: [3, 10], variants: ["karbol sereh 800 ml", "lavender 800 ml"], description: "Cairan pembersih lantai dengan wangi tahan lama dan disinfektan.", certifications: ["other"] },
  ],
  certifications: [["sni", 5], ["tkdn", 2], ["other", 2], ["iso9001", 1]],
  employees: [5, 90],
  markets: ["kontraktor dan toko bangunan", "proyek pemerintah", "hotel dan rumah sakit", "perumahan"],
};

const packaging: SectorVocabulary = {
  sector: "packaging_printing",
  label: "Kemasan dan percetakan",
  nameStems: ["Kemasan", "Packaging", "Percetakan", "Printing", "Grafika", "Karton"],
  kbli: kbliForSector("packaging_printing"),
  products: [
    { name: "Kardus", category: "packaging", unit: "pcs", price: [2_500, 12_000], capacity: [10_000, 80_000], minOrder: [500, 1_000], leadTimeDays: [7, 21], variants: ["single wall", "double wall", "sablon 1 warna", "die cut"], description: "Karton box gelombang ukuran custom untuk pengiriman dan penyimpanan.", certifications: ["iso9001"] },
    { name: "Standing pouch", category: "packaging", unit: "pcs", price: [900, 3_500], capacity: [20_000, 150_000], minOrder: [1_000, 3_000], leadTimeDays: [10, 21], variants: ["zipper kraft", "metalized", "window", "printing digital"], description: "Kemasan berdiri dengan ziplock untuk keripik, kopi dan bumbu IKM.", certifications: ["halal", "sni"] },
    { name: "Paper bag kraft", category: "packaging", unit: "pcs", price: [2_000, 6_000], capacity: [5_000, 40_000], minOrder: [500, 1_000], leadTimeDays: [7, 14], variants: ["tali kertas", "tali kain", "sablon logo"], description: "Tas kertas kraft cokelat 120 gsm untuk toko dan acara." },
    { name: "Box makanan karton", category: "packaging", unit: "pcs", price: [600, 2_500], capacity: [20_000, 150_000], minOrder: [1_000, 2_000], leadTimeDays: [5, 14], variants: ["snack box", "nasi box", "food grade laminasi"], description: "Dus makanan ivory food grade dengan cetak logo.", certifications: ["halal"] },
    { name: "Label stiker produk", category: "printing", unit: "pcs", price: [150, 800], capacity: [50_000, 300_000], minOrder: [1_000, 5_000], leadTimeDays: [3, 10], variants: ["vinyl", "chromo", "roll", "hologram"], description: "Stiker label cetak digital dan offset, potong kiss cut sesuai bentuk." },
    { name: "Kalender dinding", category: "printing", unit: "pcs", price: [15_000, 40_000], capacity: [2_000, 15_000], minOrder: [100, 500], leadTimeDays: [14, 30], variants: ["6 lembar", "12 lembar", "meja"], description: "Kalender perusahaan full color dengan spiral kawat." },
    { name: "Buku nota dan kuitansi", category: "printing", unit: "pcs", price: [8_000, 20_000], capacity: [2_000, 10_000], minOrder: [50, 200], leadTimeDays: [5, 14], variants: ["NCR 2 ply", "NCR 3 ply"], description: "Buku nota rangkap dengan nomor seri." },
    { name: "Brosur full color", category: "printing", unit: "pcs", price: [500, 1_500], capacity: [20_000, 200_000], minOrder: [500, 1_000], leadTimeDays: [3, 7], variants: ["A4 lipat 3", "A5"], description: "Brosur art paper 150 gsm cetak offset." },
  ],
  certifications: [["iso9001", 3], ["sni", 2], ["halal", 2], ["tkdn", 1]],
  employees: [4, 70],
  markets: ["IKM pangan", "instansi dan BUMN", "ritel", "penerbit"],
};

const electronics: SectorVocabulary = {
  sector: "electronics",
  label: "Elektronika dan telematika",
  nameStems: ["Elektrik", "Elektronik", "Tekno", "Listrik", "Solar", "Digital"],
  kbli: kbliForSector("electronics"),
  products: [
    { name: "Lampu LED", category: "electrical", unit: "pcs", price: [18_000, 35_000], capacity: [5_000, 40_000], minOrder: [100, 500], leadTimeDays: [7, 21], variants: ["bohlam 9 W", "bohlam 12 W", "tabung T8 18 W"], description: "Lampu LED rakitan lokal dengan driver arus konstan, garansi satu tahun.", certifications: ["sni", "tkdn"] },
    { name: "Lampu penerangan jalan tenaga surya", category: "electrical", unit: "unit", price: [2_500_000, 7_000_000], capacity: [20, 300], minOrder: [5, 10], leadTimeDays: [21, 45], variants: ["40 W all-in-one", "60 W tiang 7 m"], description: "PJU tenaga surya dengan baterai LiFePO4 dan sensor gerak.", certifications: ["sni", "tkdn"] },
    { name: "Panel listrik", category: "electrical", unit: "unit", price: [1_500_000, 12_000_000], capacity: [10, 120], minOrder: [1, 5], leadTimeDays: [14, 45], variants: ["panel distribusi", "panel pompa", "ATS-AMF"], description: "Panel listrik rakitan dengan komponen bersertifikat, uji fungsi sebelum kirim.", certifications: ["tkdn", "iso9001"] },
    { name: "Kabel roll dan stop kontak", category: "electrical", unit: "pcs", price: [35_000, 90_000], capacity: [1_000, 8_000], minOrder: [24, 100], leadTimeDays: [7, 14], variants: ["10 m", "20 m", "4 lubang"], description: "Kabel roll berpengaman arus lebih untuk kantor dan bengkel.", certifications: ["sni"] },
    { name: "Modul sensor IoT", category: "electronic_devices", unit: "unit", price: [350_000, 1_500_000], capacity: [50, 500], minOrder: [5, 20], leadTimeDays: [14, 30], variants: ["pemantau kelembapan tanah", "pemantau kualitas air", "pencatat suhu gudang"], description: "Perangkat sensor LoRa/Wi-Fi dengan dasbor daring, dirancang dan dirakit lokal.", certifications: ["tkdn"] },
    { name: "Charger aki dan inverter", category: "electronic_devices", unit: "unit", price: [450_000, 2_500_000], capacity: [50, 500], minOrder: [2, 10], leadTimeDays: [14, 30], variants: ["12 V 10 A", "inverter 1000 W"], description: "Pengisi aki otomatis dan inverter gelombang sinus murni.", certifications: ["sni"] },
    { name: "Speaker aktif", category: "electronic_devices", unit: "unit", price: [650_000, 3_500_000], capacity: [30, 300], minOrder: [1, 5], leadTimeDays: [14, 30], variants: ["15 inci", "portable"], description: "Speaker aktif kabinet kayu untuk masjid, sekolah dan aula.", certifications: ["tkdn"] },
  ],
  certifications: [["sni", 3], ["tkdn", 4], ["iso9001", 2]],
  employees: [4, 80],
  markets: ["kontraktor listrik", "pemerintah daerah", "perkebunan", "toko listrik"],
};

const herbal: SectorVocabulary = {
  sector: "herbal_cosmetics",
  label: "Jamu, herbal dan kosmetik",
  nameStems: ["Jamu", "Herbal", "Sehat", "Alami", "Boga Husada", "Rempah"],
  kbli: kbliForSector("herbal_cosmetics"),
  products: [
    { name: "Jamu instan", category: "herbal_medicine", unit: "pak", price: [15_000, 30_000], capacity: [1_000, 10_000], minOrder: [24, 100], leadTimeDays: [5, 14], variants: ["kunyit asam", "beras kencur", "temulawak", "jahe merah"], description: "Serbuk jamu siap seduh dari rimpang segar dan gula aren, isi 10 sachet.", certifications: ["bpom", "halal"] },
    { name: "Minyak kayu putih", category: "herbal_medicine", unit: "botol", price: [20_000, 40_000], capacity: [1_000, 8_000], minOrder: [24, 144], leadTimeDays: [5, 14], variants: ["30 ml", "60 ml", "120 ml"], description: "Minyak kayu putih murni hasil penyulingan daun Melaleuca dari Pulau Buru.", certifications: ["bpom", "halal"] },
    { name: "Balsem herbal", category: "herbal_medicine", unit: "pcs", price: [10_000, 25_000], capacity: [2_000, 15_000], minOrder: [48, 144], leadTimeDays: [5, 14], variants: ["sereh", "jahe", "cengkih"], description: "Balsem gosok dari minyak atsiri lokal untuk pegal dan masuk angin.", certifications: ["bpom"] },
    { name: "Kapsul herbal", category: "herbal_medicine", unit: "botol", price: [35_000, 70_000], capacity: [500, 5_000], minOrder: [24, 100], leadTimeDays: [7, 21], variants: ["temulawak", "daun kelor", "sambiloto"], description: "Kapsul ekstrak herbal isi 60, diproduksi sesuai CPOTB.", certifications: ["bpom", "halal", "gmp"] },
    { name: "Wedang uwuh", category: "herbal_medicine", unit: "pak", price: [10_000, 25_000], capacity: [1_000, 8_000], minOrder: [24, 100], leadTimeDays: [5, 14], description: "Rempah seduh khas Imogiri: secang, jahe, cengkih dan kayu manis.", certifications: ["pirt", "halal"], onlyIn: ["33", "34"] },
    { name: "Sabun herbal", category: "cosmetics_toiletries", unit: "pcs", price: [8_000, 20_000], capacity: [2_000, 15_000], minOrder: [50, 200], leadTimeDays: [7, 14], variants: ["sereh", "kopi", "susu kambing", "arang bambu"], description: "Sabun batang proses dingin dari minyak kelapa dan minyak atsiri.", certifications: ["bpom", "halal"] },
    { name: "Lulur tradisional", category: "cosmetics_toiletries", unit: "pot", price: [20_000, 45_000], capacity: [1_000, 6_000], minOrder: [24, 100], leadTimeDays: [7, 14], variants: ["bengkoang", "kopi", "beras"], description: "Lulur mandi resep keraton dari bahan alami.", certifications: ["bpom", "halal"] },
    { name: "Hand sanitizer gel", category: "cosmetics_toiletries", unit: "botol", price: [25_000, 45_000], capacity: [2_000, 12_000], minOrder: [24, 100], leadTimeDays: [3, 10], variants: ["500 ml", "refill 5 L"], description: "Gel pembersih tangan alkohol 70% dengan lidah buaya.", certifications: ["bpom", "halal"] },
    { name: "Minyak atsiri", category: "cosmetics_toiletries", unit: "botol", price: [25_000, 60_000], capacity: [500, 4_000], minOrder: [24, 100], leadTimeDays: [7, 14], variants: ["nilam 10 ml", "sereh wangi 10 ml", "cengkih 10 ml"], description: "Minyak atsiri hasil suling uap petani binaan.", certifications: ["bpom"] },
    { name: "Amenities hotel herbal", category: "cosmetics_toiletries", unit: "set", price: [6_000, 15_000], capacity: [5_000, 30_000], minOrder: [500, 1_000], leadTimeDays: [14, 21], variants: ["sabun, sampo, sikat gigi", "kemasan bambu"], description: "Perlengkapan mandi hotel dari bahan herbal, kemasan dapat didaur ulang.", certifications: ["bpom", "halal"] },
  ],
  certifications: [["bpom", 5], ["halal", 4], ["gmp", 2], ["pirt", 1], ["hki", 1]],
  employees: [3, 60],
  markets: ["apotek dan toko jamu", "hotel dan spa", "ritel modern", "pasar ekspor"],
};

export const SECTOR_VOCABULARY: Record<Sector, SectorVocabulary> = {
  food_beverage: food,
  textile_apparel: textile,
  batik,
  leather_footwear: leather,
  furniture_wood: furniture,
  handicraft,
  metal_machinery: metal,
  chemical_building: chemical,
  packaging_printing: packaging,
  electronics,
  herbal_cosmetics: herbal,
};

/** How often each sector appears among producers (IKM food producers dominate). */
export const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ["food_beverage", 30],
  ["textile_apparel", 11],
  ["batik", 9],
  ["leather_footwear", 6],
  ["furniture_wood", 9],
  ["handicraft", 10],
  ["metal_machinery", 8],
  ["chemical_building", 5],
  ["packaging_printing", 5],
  ["electronics", 3],
  ["herbal_cosmetics", 7],
];

// ─── Sentra IKM ─────────────────────────────────────────────────────────────

export interface Sentra {
  name: string;
  sector: Sector;
  regencyCode: string; // a real code; the province is its first two digits
  /** Product names (from the sector's templates) the sentra is known for. */
  products: readonly string[];
}

export const SENTRA_IKM: readonly Sentra[] = [
  { name: "Sentra Keripik Sanjai Bukittinggi", sector: "food_beverage", regencyCode: "13.75", products: ["Keripik sanjai balado", "Keripik singkong balado"] },
  { name: "Sentra Rendang Payakumbuh", sector: "food_beverage", regencyCode: "13.76", products: ["Rendang daging kemasan", "Abon sapi"] },
  { name: "Sentra Keripik Tempe Sanan", sector: "food_beverage", regencyCode: "35.73", products: ["Keripik tempe"] },
  { name: "Sentra Kopi Dampit", sector: "food_beverage", regencyCode: "35.07", products: ["Kopi bubuk robusta", "Keripik tempe"] },
  { name: "Sentra Kerupuk Sidoarjo", sector: "food_beverage", regencyCode: "35.15", products: ["Kerupuk udang"] },
  { name: "Sentra Dodol Garut", sector: "food_beverage", regencyCode: "32.05", products: ["Dodol"] },
  { name: "Sentra Gula Aren Lebak", sector: "food_beverage", regencyCode: "36.02", products: ["Gula aren cetak", "Gula semut aren"] },
  { name: "Sentra Emping Melinjo Pandeglang", sector: "food_beverage", regencyCode: "36.01", products: ["Emping melinjo"] },
  { name: "Sentra Kopi Gayo", sector: "food_beverage", regencyCode: "11.04", products: ["Kopi arabika sangrai"] },
  { name: "Sentra Keripik Pisang Bandar Lampung", sector: "food_beverage", regencyCode: "18.71", products: ["Keripik pisang"] },
  { name: "Sentra Amplang Samarinda", sector: "food_beverage", regencyCode: "64.72", products: ["Amplang ikan tenggiri"] },
  { name: "Sentra Bawang Goreng Palu", sector: "food_beverage", regencyCode: "72.71", products: ["Bawang goreng"] },
  { name: "Sentra Cakalang Bitung", sector: "food_beverage", regencyCode: "71.72", products: ["Abon ikan cakalang", "Sambal botol"] },
  { name: "Sentra Konveksi PIK Pulogadung", sector: "textile_apparel", regencyCode: "31.75", products: ["Seragam kerja kemeja PDL", "Wearpack", "Kaos polo bordir"] },
  { name: "Sentra Rajut Binong Jati", sector: "textile_apparel", regencyCode: "32.73", products: ["Sweater rajut"] },
  { name: "Sentra Bordir Tasikmalaya", sector: "textile_apparel", regencyCode: "32.78", products: ["Mukena bordir", "Kerudung segi empat"] },
  { name: "Sentra Konveksi Bekasi", sector: "textile_apparel", regencyCode: "32.16", products: ["Wearpack", "Rompi lapangan", "Seragam sekolah"] },
  { name: "Sentra Bordir Kudus", sector: "textile_apparel", regencyCode: "33.19", products: ["Kerudung segi empat", "Mukena bordir"] },
  { name: "Sentra Batik Laweyan", sector: "batik", regencyCode: "33.72", products: ["Batik tulis", "Batik cap", "Kemeja batik seragam"] },
  { name: "Sentra Batik Trusmi", sector: "batik", regencyCode: "32.09", products: ["Batik tulis", "Batik cap"] },
  { name: "Kampung Batik Kauman Pekalongan", sector: "batik", regencyCode: "33.75", products: ["Batik cap", "Kemeja batik seragam"] },
  { name: "Sentra Tenun Ikat Troso", sector: "batik", regencyCode: "33.20", products: ["Kain tenun ikat"] },
  { name: "Sentra Songket Pandai Sikek", sector: "batik", regencyCode: "13.04", products: ["Songket"] },
  { name: "Sentra Songket Palembang", sector: "batik", regencyCode: "16.71", products: ["Songket"] },
  { name: "Sentra Tapis Bandar Lampung", sector: "batik", regencyCode: "18.71", products: ["Kain tapis"] },
  { name: "Sentra Sasirangan Banjarmasin", sector: "batik", regencyCode: "63.71", products: ["Kain sasirangan"] },
  { name: "Sentra Tenun Sutra Sengkang", sector: "batik", regencyCode: "73.13", products: ["Kain tenun ikat"] },
  { name: "Sentra Tenun Endek Klungkung", sector: "batik", regencyCode: "51.05", products: ["Kain endek"] },
  { name: "Sentra Tenun Songket Sukarara", sector: "batik", regencyCode: "52.02", products: ["Songket", "Kain tenun ikat"] },
  { name: "Sentra Tenun Ikat Sumba Timur", sector: "batik", regencyCode: "53.11", products: ["Kain tenun ikat"] },
  { name: "Sentra Ulos Tarutung", sector: "batik", regencyCode: "12.02", products: ["Ulos"] },
  { name: "Sentra Sepatu Cibaduyut", sector: "leather_footwear", regencyCode: "32.73", products: ["Sepatu pantofel kulit", "Sepatu safety", "Sepatu PDL"] },
  { name: "Sentra Kulit Tanggulangin", sector: "leather_footwear", regencyCode: "35.15", products: ["Tas kerja kulit", "Tas kulit", "Dompet kulit"] },
  { name: "Sentra Kulit Sukaregang Garut", sector: "leather_footwear", regencyCode: "32.05", products: ["Jaket kulit domba", "Ikat pinggang kulit"] },
  { name: "Sentra Mebel Jepara", sector: "furniture_wood", regencyCode: "33.20", products: ["Kursi jati", "Meja makan jati set", "Lemari pakaian"] },
  { name: "Sentra Rotan Tegalwangi Cirebon", sector: "furniture_wood", regencyCode: "32.09", products: ["Kursi rotan", "Meja rotan"] },
  { name: "Sentra Mebel Klaten", sector: "furniture_wood", regencyCode: "33.10", products: ["Meja kursi siswa", "Meja kerja kantor"] },
  { name: "Sentra Kerajinan Kayu Mas Gianyar", sector: "handicraft", regencyCode: "51.04", products: ["Suvenir miniatur kayu"] },
  { name: "Sentra Perak Celuk", sector: "handicraft", regencyCode: "51.04", products: ["Perhiasan perak"] },
  { name: "Sentra Perak Kotagede", sector: "handicraft", regencyCode: "34.71", products: ["Perhiasan perak"] },
  { name: "Sentra Gerabah Kasongan", sector: "handicraft", regencyCode: "34.02", products: ["Gerabah", "Keramik hias"] },
  { name: "Sentra Gerabah Banyumulek", sector: "handicraft", regencyCode: "52.01", products: ["Gerabah"] },
  { name: "Sentra Keramik Plered", sector: "handicraft", regencyCode: "32.14", products: ["Keramik hias", "Gerabah"] },
  { name: "Sentra Anyaman Mendong Tasikmalaya", sector: "handicraft", regencyCode: "32.06", products: ["Anyaman mendong", "Tas anyaman pandan"] },
  { name: "Sentra Anyaman Rotan Amuntai", sector: "handicraft", regencyCode: "63.08", products: ["Keranjang anyaman rotan"] },
  { name: "Sentra Noken Jayapura", sector: "handicraft", regencyCode: "91.71", products: ["Noken"] },
  { name: "Sentra Kuningan Juwana", sector: "handicraft", regencyCode: "33.18", products: ["Lampu hias kuningan"] },
  { name: "Sentra Logam Ceper", sector: "metal_machinery", regencyCode: "33.10", products: ["Suku cadang bubut", "Mesin spinner peniris minyak"] },
  { name: "Sentra Logam Tegal", sector: "metal_machinery", regencyCode: "33.28", products: ["Suku cadang bubut", "Helm keselamatan kerja", "Rak besi gudang"] },
  { name: "Sentra Pandai Besi Sungai Puar", sector: "metal_machinery", regencyCode: "13.06", products: ["Cangkul", "Alat potong tempa"] },
  { name: "Sentra Genteng Jatiwangi", sector: "chemical_building", regencyCode: "32.10", products: ["Genteng keramik", "Bata merah press"] },
  { name: "Sentra Batu Alam Cirebon", sector: "chemical_building", regencyCode: "32.09", products: ["Batu alam"] },
  { name: "Sentra Percetakan Pagarsih", sector: "packaging_printing", regencyCode: "32.73", products: ["Kalender dinding", "Brosur full color", "Label stiker produk"] },
  { name: "Kawasan IKM Elektronika Batam", sector: "electronics", regencyCode: "21.71", products: ["Panel listrik", "Modul sensor IoT"] },
  { name: "Sentra Jamu Nguter", sector: "herbal_cosmetics", regencyCode: "33.11", products: ["Jamu instan", "Kapsul herbal"] },
  { name: "Sentra Minyak Kayu Putih Buru", sector: "herbal_cosmetics", regencyCode: "81.04", products: ["Minyak kayu putih"] },
  { name: "Sentra Wedang Uwuh Imogiri", sector: "herbal_cosmetics", regencyCode: "34.02", products: ["Wedang uwuh"] },
];

/** Provinces producers come from, weighted; spread over every island group. */
export const PRODUCER_PROVINCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ["33", 12], ["35", 12], ["32", 12], ["34", 5], ["31", 3], ["36", 3], // Java
  ["11", 2], ["12", 4], ["13", 5], ["14", 2], ["16", 3], ["18", 3], ["21", 1], // Sumatra and Riau islands
  ["51", 5], ["52", 3], ["53", 3], // Bali and Nusa Tenggara
  ["61", 2], ["62", 1], ["63", 3], ["64", 3], // Kalimantan
  ["71", 2], ["72", 1], ["73", 5], ["75", 1], // Sulawesi
  ["81", 2], ["82", 1], ["91", 1], ["96", 1], // Maluku and Papua
];

// ─── Names ──────────────────────────────────────────────────────────────────

export const LEGAL_FORMS = ["CV", "UD", "PT", "Koperasi", "IKM", "perorangan"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_WEIGHTS: readonly (readonly [LegalForm, number])[] = [
  ["CV", 30], ["UD", 25], ["PT", 10], ["Koperasi", 8], ["IKM", 17], ["perorangan", 10],
];

/** Auspicious words common in Indonesian business names. */
export const NAME_WORDS = [
  "Jaya", "Makmur", "Sejahtera", "Berkah", "Mandiri", "Sentosa", "Abadi", "Lestari", "Barokah", "Maju",
  "Sinar", "Karya", "Putra", "Putri", "Mulia", "Rejeki", "Sumber", "Cahaya", "Harapan", "Bersama",
  "Nusantara", "Utama", "Sakti", "Agung", "Indah", "Bintang", "Mekar", "Tunas", "Citra", "Rahayu",
] as const;

export const STREET_NAMES = [
  "Raya", "Merdeka", "Diponegoro", "Jenderal Sudirman", "Ahmad Yani", "Gajah Mada", "Pahlawan", "Veteran",
  "Pemuda", "Kartini", "Imam Bonjol", "Sultan Hasanuddin", "Pattimura", "Teuku Umar", "Pramuka", "Melati",
  "Mawar", "Kenanga", "Anggrek", "Flamboyan", "Cempaka", "Sisingamangaraja", "Industri", "Sentra Industri",
  "Pasar Baru", "Kampung Baru", "Masjid Agung", "Perintis Kemerdekaan", "Cut Nyak Dien", "Dewi Sartika",
  "Ki Hajar Dewantara", "Hayam Wuruk", "Slamet Riyadi", "Pangeran Antasari", "Sam Ratulangi", "Pelabuhan",
] as const;

interface RegionalNames {
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}
const BALINESE: RegionalNames = {
  male: ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Komang", "I Putu"],
  female: ["Ni Made", "Ni Luh", "Ni Ketut", "Ni Nyoman", "Ni Putu", "Ni Komang", "Ni Wayan"],
  family: ["Sudarsana", "Artawan", "Suardana", "Wirawan", "Sukerti", "Ariani", "Suryani", "Budiarta", "Mahendra", "Widiastuti"],
};
const BATAK: RegionalNames = {
  male: ["Togar", "Parulian", "Rudolf", "Martinus", "Hotman", "Poltak", "Benny", "Jhonson"],
  female: ["Rosmawati", "Lasma", "Tiurma", "Sondang", "Debora", "Erna", "Rugun", "Magdalena"],
  family: ["Siregar", "Nasution", "Simanjuntak", "Sitorus", "Lubis", "Harahap", "Pardede", "Hutapea", "Sinaga", "Panjaitan"],
};
const BUGIS: RegionalNames = {
  male: ["Andi", "Muhammad", "Syamsul", "Ahmad", "Haerul", "Rusdi", "Baso", "Amiruddin"],
  female: ["Nurhayati", "Hasnah", "Kartini", "Rahmawati", "Sitti", "Hasmiah", "Nurlina", "Andi Tenri"],
  family: ["Pananrangi", "Hamzah", "Latif", "Tahir", "Arsyad", "Saleh", "Rahman", "Mappiare", "Syarifuddin", "Baharuddin"],
};
const MALUKU: RegionalNames = {
  male: ["Johanis", "Marthen", "Yohanes", "Abdullah", "Ruben", "Fransiskus", "Hasan", "Petrus"],
  female: ["Agustina", "Maria", "Yuliana", "Salma", "Margaretha", "Ester", "Fatma", "Elisabeth"],
  family: ["Latuconsina", "Tuhumury", "Manuputty", "Latuheru", "Pattiasina", "Wattimena", "Souisa", "Rumahlatu", "Tuasikal", "Ohorella"],
};
const PAPUAN: RegionalNames = {
  male: ["Yakobus", "Markus", "Yohanes", "Daniel", "Otniel", "Nikolas", "Elias", "Hendrik"],
  female: ["Yosina", "Martha", "Selfina", "Yuliana", "Mariana", "Dorkas", "Ribka", "Naomi"],
  family: ["Wenda", "Kogoya", "Rumbiak", "Wonda", "Yikwa", "Karubaba", "Rumkorem", "Mandowen", "Kambu", "Ayomi"],
};

/** Regional given names and family names, by province code. Elsewhere faker's id_ID names are used. */
export const REGIONAL_NAMES: Readonly<Record<string, RegionalNames>> = {
  "12": BATAK,
  "51": BALINESE,
  "73": BUGIS,
  "81": MALUKU,
  "82": MALUKU,
  "91": PAPUAN,
  "96": PAPUAN,
};

export const CONTACT_POSITIONS = ["Pemilik", "Manajer Produksi", "Bagian Pemasaran", "Admin Penjualan", "Ketua Koperasi", "Bendahara", "Kepala Bagian Mutu"] as const;

// ─── Certifications ─────────────────────────────────────────────────────────

export interface CertificationVocabulary {
  type: CertificationType;
  label: string;
  /** Validity in years; null: no expiry. */
  validYears: number | null;
  /** Issuers; "{regency}" is replaced with the producer's regency name. */
  issuers: readonly string[];
  productSpecific: boolean;
}

export const CERTIFICATION_VOCABULARY: Record<CertificationType, CertificationVocabulary> = {
  halal: { type: "halal", label: "Sertifikat Halal", validYears: 4, productSpecific: true, issuers: ["Badan Penyelenggara Jaminan Produk Halal (BPJPH)"] },
  pirt: { type: "pirt", label: "SPP-IRT", validYears: 5, productSpecific: true, issuers: ["Dinas Kesehatan {regency}", "Dinas Penanaman Modal dan PTSP {regency}"] },
  bpom: { type: "bpom", label: "Izin Edar BPOM", validYears: 5, productSpecific: true, issuers: ["Badan Pengawas Obat dan Makanan (BPOM)"] },
  sni: {
    type: "sni",
    label: "SPPT-SNI",
    validYears: 4,
    productSpecific: true,
    issuers: [
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Agro",
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Tekstil",
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Kulit, Karet dan Plastik",
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Bahan dan Barang Teknik",
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Keramik dan Mineral Nonlogam",
      "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik",
    ],
  },
  tkdn: { type: "tkdn", label: "Sertifikat TKDN", validYears: 3, productSpecific: true, issuers: ["Kementerian Perindustrian (Pusat P3DN)"] },
  hki: {
    type: "hki",
    label: "Merek / Hak Cipta (HKI)",
    validYears: 10,
    productSpecific: false,
    issuers: ["Direktorat Jenderal Kekayaan Intelektual (DJKI)"],
  },
  iso9001: {
    type: "iso9001",
    label: "ISO 9001:2015",
    validYears: 3,
    productSpecific: false,
    issuers: ["PT Sertifikasi Mutu Nusantara", "PT Mutu Prima Sertifikasi", "PT Garuda Quality Assurance"],
  },
  svlk: {
    type: "svlk",
    label: "Sertifikat Legalitas Kayu (SVLK)",
    validYears: 6,
    productSpecific: false,
    issuers: ["LVLK PT Verifikasi Kayu Lestari", "LVLK PT Rimba Legal Indonesia", "LVLK PT Hutan Lestari Sertifikasi"],
  },
  gmp: { type: "gmp", label: "Sertifikat CPOTB / CPKB", validYears: 5, productSpecific: false, issuers: ["Badan Pengawas Obat dan Makanan (BPOM)"] },
  other: {
    type: "other",
    label: "Lainnya",
    validYears: 3,
    productSpecific: false,
    issuers: ["Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik (Batikmark)", "Dinas Lingkungan Hidup {regency} (SPPL)", "Kementerian Kesehatan (Izin Edar PKRT)"],
  },
};

export const REJECTION_REASONS = [
  "Dokumen tidak terbaca, mohon unggah ulang dengan resolusi lebih tinggi.",
  "Nomor sertifikat tidak ditemukan pada basis data penerbit.",
  "Nama usaha pada sertifikat berbeda dengan profil usaha.",
  "Sertifikat sudah habis masa berlakunya saat diunggah.",
  "Halaman lampiran daftar produk tidak disertakan.",
] as const;

// ─── Buyers ─────────────────────────────────────────────────────────────────

export interface BuyerTemplate {
  name: string;
  buyerType: BuyerType;
  regionCode: string; // head office regency
  /** Need categories this buyer typically procures. */
  interests: readonly ProductCategory[];
}

/** Fictional buyers: BUMN-style (Persero) companies, large industries, government offices. */
export const BUYERS: readonly BuyerTemplate[] = [
  { name: "PT Energi Nusantara Mandiri (Persero)", buyerType: "bumn", regionCode: "31.74", interests: ["snacks", "coffee_tea", "uniforms", "bags_souvenirs", "ppe"] },
  { name: "PT Pangan Bersama Indonesia (Persero)", buyerType: "bumn", regionCode: "31.71", interests: ["packaging", "sweeteners", "snacks", "printing"] },
  { name: "PT Semen Tanah Air (Persero) Tbk", buyerType: "bumn", regionCode: "35.25", interests: ["ppe", "uniforms", "footwear", "building_materials", "machined_parts"] },
  { name: "PT Pelabuhan Samudra Timur (Persero)", buyerType: "bumn", regionCode: "35.78", interests: ["uniforms", "ppe", "footwear", "electrical"] },
  { name: "PT Perkebunan Nusa Raya (Persero)", buyerType: "bumn", regionCode: "12.71", interests: ["agri_tools", "machinery", "uniforms", "electronic_devices"] },
  { name: "PT Baja Pertiwi (Persero)", buyerType: "bumn", regionCode: "36.72", interests: ["ppe", "machined_parts", "uniforms", "footwear"] },
  { name: "PT Pupuk Tanah Subur (Persero)", buyerType: "bumn", regionCode: "16.71", interests: ["agri_tools", "bags_souvenirs", "uniforms", "packaging"] },
  { name: "PT Wisata Hotel Nusantara (Persero)", buyerType: "bumn", regionCode: "51.71", interests: ["cosmetics_toiletries", "textile_goods", "furniture", "woven_crafts", "coffee_tea"] },
  { name: "PT Farmasi Husada Nusa (Persero)", buyerType: "bumn", regionCode: "32.73", interests: ["herbal_medicine", "packaging", "cosmetics_toiletries"] },
  { name: "PT Bandara Kepulauan Indonesia (Persero)", buyerType: "bumn", regionCode: "36.71", interests: ["bags_souvenirs", "batik_apparel", "snacks", "woven_cloth"] },
  { name: "PT Kereta Logistik Nusantara (Persero)", buyerType: "bumn", regionCode: "32.73", interests: ["uniforms", "ppe", "electrical", "printing"] },
  { name: "PT Listrik Kepulauan Timur (Persero)", buyerType: "bumn", regionCode: "73.71", interests: ["electrical", "ppe", "uniforms", "metal_fabrication"] },
  { name: "PT Sinar Tekstil Priangan Tbk", buyerType: "large_industry", regionCode: "32.04", interests: ["packaging", "machined_parts", "ppe"] },
  { name: "PT Mitra Otomotif Cikarang", buyerType: "large_industry", regionCode: "32.16", interests: ["machined_parts", "ppe", "uniforms", "packaging"] },
  { name: "PT Karya Pangan Lestari Tbk", buyerType: "large_industry", regionCode: "35.15", interests: ["sweeteners", "packaging", "snacks", "condiments"] },
  { name: "PT Borneo Sawit Lestari", buyerType: "large_industry", regionCode: "64.71", interests: ["agri_tools", "uniforms", "ppe", "footwear"] },
  { name: "PT Wahana Konstruksi Persada", buyerType: "large_industry", regionCode: "31.74", interests: ["building_materials", "ppe", "metal_fabrication", "wood_products"] },
  { name: "PT Grha Wisata Bali Resort", buyerType: "large_industry", regionCode: "51.03", interests: ["furniture", "woven_crafts", "ceramics_pottery", "cosmetics_toiletries", "textile_goods"] },
  { name: "PT Tambang Mineral Halmahera Raya", buyerType: "large_industry", regionCode: "82.71", interests: ["ppe", "footwear", "uniforms", "snacks"] },
  { name: "PT Agro Tebu Jatimulyo", buyerType: "large_industry", regionCode: "35.07", interests: ["agri_tools", "machinery", "sweeteners", "packaging"] },
  { name: "PT Elektrindo Cipta Daya", buyerType: "large_industry", regionCode: "36.03", interests: ["electrical", "electronic_devices", "packaging"] },
  { name: "PT Ritel Swadaya Nusantara Tbk", buyerType: "large_industry", regionCode: "31.73", interests: ["snacks", "crackers", "coffee_tea", "cleaning_products", "herbal_medicine"] },
  { name: "PT Galangan Kapal Samudra Perkasa", buyerType: "large_industry", regionCode: "21.71", interests: ["ppe", "machined_parts", "uniforms"] },
  { name: "Dinas Pendidikan Kabupaten Banyumas", buyerType: "government", regionCode: "33.02", interests: ["furniture", "uniforms", "printing"] },
  { name: "Dinas Pertanian dan Pangan Kabupaten Lombok Tengah", buyerType: "government", regionCode: "52.02", interests: ["agri_tools", "machinery"] },
  { name: "Sekretariat Daerah Provinsi Sulawesi Selatan", buyerType: "government", regionCode: "73.71", interests: ["batik_apparel", "woven_cloth", "bags_souvenirs", "snacks"] },
  { name: "Dinas Perhubungan Kota Samarinda", buyerType: "government", regionCode: "64.72", interests: ["electrical", "uniforms"] },
  { name: "Koperasi Karyawan Sejahtera Bersama", buyerType: "other", regionCode: "32.75", interests: ["snacks", "coffee_tea", "cleaning_products", "sweeteners"] },
  { name: "Yayasan Pendidikan Bina Insan Nusantara", buyerType: "other", regionCode: "34.04", interests: ["furniture", "uniforms", "printing"] },
  { name: "Asosiasi Hotel Syariah Nusantara", buyerType: "other", regionCode: "13.71", interests: ["cosmetics_toiletries", "textile_goods", "snacks"] },
];

export const BUYER_POSITIONS = ["Pejabat Pengadaan", "Manajer Pengadaan", "Staf Pengadaan", "Kepala Bagian Umum", "Manajer CSR"] as const;

// ─── Needs ──────────────────────────────────────────────────────────────────

export interface NeedTemplate {
  title: string;
  category: ProductCategory;
  unit: Unit;
  quantity: Range;
  /** Budget per unit, rupiah. */
  unitBudget: Range;
  certifications: readonly CertificationType[];
  /** Minimum TKDN a procurement may require (BUMN and government often do). */
  minTkdn?: number;
  description: string;
}

export const NEED_TEMPLATES: readonly NeedTemplate[] = [
  { title: "Snack box rapat dan pelatihan karyawan", category: "snacks", unit: "pak", quantity: [2_000, 20_000], unitBudget: [15_000, 25_000], certifications: ["halal", "pirt"], description: "Kudapan rapat isi empat macam kue, dikirim pagi hari ke kantor pusat dan cabang selama satu semester." },
  { title: "Keripik khas daerah untuk parsel hari raya mitra", category: "snacks", unit: "pak", quantity: [1_000, 6_000], unitBudget: [12_000, 22_000], certifications: ["halal", "pirt"], description: "Keripik kemasan 250 g dengan label produsen, untuk isi parsel mitra kerja." },
  { title: "Kopi bubuk robusta untuk pantry kantor", category: "coffee_tea", unit: "pak", quantity: [500, 4_000], unitBudget: [28_000, 45_000], certifications: ["halal"], description: "Kopi bubuk kemasan 250 g, pengiriman bulanan ke kantor pusat dan wilayah." },
  { title: "Gula aren dan gula semut untuk lini produksi minuman", category: "sweeteners", unit: "kg", quantity: [2_000, 20_000], unitBudget: [30_000, 55_000], certifications: ["halal", "sni"], description: "Pasokan rutin gula aren kadar air rendah dengan hasil uji laboratorium." },
  { title: "Seragam kerja wearpack untuk teknisi lapangan", category: "uniforms", unit: "pcs", quantity: [500, 6_000], unitBudget: [160_000, 260_000], certifications: ["tkdn"], minTkdn: 40, description: "Wearpack katun drill dengan pita reflektif dan bordir logo, ukuran sesuai daftar karyawan." },
  { title: "Kaos polo bordir untuk peringatan ulang tahun perusahaan", category: "uniforms", unit: "pcs", quantity: [1_000, 10_000], unitBudget: [55_000, 90_000], certifications: [], description: "Kaos polo lacoste CVC dua warna dengan bordir logo dada kiri." },
  { title: "Seragam batik karyawan motif khusus", category: "batik_apparel", unit: "pcs", quantity: [1_000, 8_000], unitBudget: [160_000, 300_000], certifications: ["tkdn"], minTkdn: 25, description: "Kemeja dan blus batik cap motif perusahaan, bahan katun primisima." },
  { title: "Helm keselamatan kerja berstandar SNI", category: "ppe", unit: "pcs", quantity: [500, 5_000], unitBudget: [45_000, 85_000], certifications: ["sni", "tkdn"], minTkdn: 25, description: "Helm proyek dengan suspensi enam titik dan stiker logo, untuk pekerja dan tamu area operasi." },
  { title: "Sepatu safety untuk pekerja pabrik", category: "footwear", unit: "pasang", quantity: [300, 3_000], unitBudget: [280_000, 450_000], certifications: ["sni"], minTkdn: 40, description: "Sepatu keselamatan ujung baja, sol tahan minyak, nomor 38 sampai 46." },
  { title: "Goodie bag spunbond untuk acara CSR", category: "bags_souvenirs", unit: "pcs", quantity: [2_000, 20_000], unitBudget: [4_000, 8_000], certifications: [], description: "Tas spunbond 75 gsm ukuran 30 x 40 cm dengan sablon logo dua warna." },
  { title: "Suvenir khas daerah untuk tamu RUPS", category: "bags_souvenirs", unit: "pcs", quantity: [200, 1_500], unitBudget: [25_000, 150_000], certifications: [], description: "Suvenir kerajinan lokal dalam kemasan eksklusif untuk tamu undangan." },
  { title: "Meja dan kursi kerja untuk kantor cabang baru", category: "furniture", unit: "unit", quantity: [50, 400], unitBudget: [1_200_000, 3_000_000], certifications: ["svlk", "tkdn"], minTkdn: 40, description: "Meja kerja 1/2 biro dan kursi kayu solid dengan finishing melamin." },
  { title: "Meja kursi siswa untuk sekolah binaan", category: "furniture", unit: "set", quantity: [200, 2_000], unitBudget: [450_000, 850_000], certifications: ["svlk"], minTkdn: 40, description: "Satu set meja dan kursi siswa kayu mahoni untuk program bantuan sarana sekolah." },
  { title: "Kardus kemasan produk ukuran custom", category: "packaging", unit: "pcs", quantity: [10_000, 100_000], unitBudget: [3_000, 9_000], certifications: ["iso9001"], description: "Karton box double wall dengan cetak satu warna, sesuai gambar teknis terlampir." },
  { title: "Standing pouch untuk UMKM binaan", category: "packaging", unit: "pcs", quantity: [20_000, 100_000], unitBudget: [1_000, 3_000], certifications: [], description: "Standing pouch zipper kraft dengan jendela, desain dari tiap UMKM binaan." },
  { title: "Paving block untuk area parkir kantor", category: "building_materials", unit: "m2", quantity: [1_000, 8_000], unitBudget: [65_000, 95_000], certifications: ["sni"], minTkdn: 25, description: "Paving block K-300 tebal 8 cm termasuk pemasangan di lokasi." },
  { title: "Batako untuk program bedah rumah", category: "building_materials", unit: "pcs", quantity: [20_000, 100_000], unitBudget: [2_800, 4_500], certifications: ["sni"], description: "Batako press untuk pembangunan rumah layak huni warga sekitar wilayah operasi." },
  { title: "Sabun dan pembersih untuk fasilitas kantor", category: "cleaning_products", unit: "jerigen", quantity: [100, 1_000], unitBudget: [45_000, 90_000], certifications: [], description: "Sabun cuci tangan, sabun cuci piring dan pembersih lantai kemasan 5 L." },
  { title: "Lampu LED hemat energi untuk gedung kantor", category: "electrical", unit: "pcs", quantity: [1_000, 10_000], unitBudget: [20_000, 35_000], certifications: ["sni", "tkdn"], minTkdn: 40, description: "Penggantian lampu gedung dengan LED 12 W bergaransi minimal satu tahun." },
  { title: "Lampu penerangan jalan tenaga surya untuk desa binaan", category: "electrical", unit: "unit", quantity: [50, 500], unitBudget: [3_000_000, 6_500_000], certifications: ["sni", "tkdn"], minTkdn: 40, description: "PJU tenaga surya all-in-one 40 W lengkap dengan tiang dan pemasangan." },
  { title: "Alat pertanian untuk bantuan kelompok tani", category: "agri_tools", unit: "pcs", quantity: [500, 5_000], unitBudget: [45_000, 85_000], certifications: ["tkdn"], minTkdn: 40, description: "Cangkul dan sabit tempa untuk kelompok tani penerima bantuan." },
  { title: "Mesin perontok padi untuk program bantuan", category: "machinery", unit: "unit", quantity: [10, 100], unitBudget: [7_000_000, 14_000_000], certifications: ["sni", "tkdn"], minTkdn: 40, description: "Power thresher bermesin diesel, termasuk pelatihan operator." },
  { title: "Suku cadang bubut untuk pemeliharaan pabrik", category: "machined_parts", unit: "pcs", quantity: [200, 3_000], unitBudget: [25_000, 300_000], certifications: ["iso9001"], description: "Bushing, pin dan as sesuai gambar teknik, toleransi ±0,05 mm." },
  { title: "Jamu instan untuk program kesehatan karyawan", category: "herbal_medicine", unit: "pak", quantity: [1_000, 8_000], unitBudget: [15_000, 28_000], certifications: ["bpom", "halal"], description: "Jamu instan aneka rasa untuk program kebugaran karyawan." },
  { title: "Amenities hotel dari bahan herbal", category: "cosmetics_toiletries", unit: "set", quantity: [5_000, 30_000], unitBudget: [6_000, 14_000], certifications: ["bpom", "halal"], description: "Sabun, sampo dan sikat gigi dalam kemasan ramah lingkungan untuk jaringan hotel." },
  { title: "Kain batik cap untuk seragam Hari Batik Nasional", category: "batik_cloth", unit: "lembar", quantity: [500, 5_000], unitBudget: [160_000, 320_000], certifications: [], description: "Kain batik cap 2 m motif khas daerah untuk dijahit sebagai seragam." },
  { title: "Kain tenun ikat sebagai cendera mata delegasi", category: "woven_cloth", unit: "lembar", quantity: [100, 500], unitBudget: [450_000, 1_500_000], certifications: ["hki"], description: "Kain tenun ikat ATBM dalam kotak kemasan dan kartu cerita motif." },
  { title: "Handuk dan linen untuk hotel", category: "textile_goods", unit: "pcs", quantity: [2_000, 10_000], unitBudget: [40_000, 75_000], certifications: [], description: "Handuk mandi 500 gsm dan keset kamar dengan bordir nama hotel." },
  { title: "Tas kerja kulit untuk penghargaan purnabakti", category: "leather_goods", unit: "pcs", quantity: [100, 600], unitBudget: [500_000, 1_100_000], certifications: [], description: "Tas kerja kulit sapi asli dengan grafir nama penerima." },
  { title: "Kalender dan agenda perusahaan", category: "printing", unit: "pcs", quantity: [2_000, 15_000], unitBudget: [15_000, 40_000], certifications: [], description: "Kalender dinding 12 lembar dan kalender meja, desain dari perusahaan." },
  { title: "Hampers anyaman untuk parsel akhir tahun", category: "woven_crafts", unit: "pcs", quantity: [500, 3_000], unitBudget: [50_000, 150_000], certifications: [], description: "Keranjang anyaman rotan atau pandan untuk wadah parsel." },
  { title: "Perangkat sensor IoT untuk pemantauan kebun", category: "electronic_devices", unit: "unit", quantity: [50, 300], unitBudget: [400_000, 1_400_000], certifications: ["tkdn"], minTkdn: 40, description: "Sensor kelembapan tanah dan cuaca dengan gateway LoRa untuk kebun percontohan." },
  { title: "Rak besi arsip dan gudang", category: "metal_fabrication", unit: "unit", quantity: [50, 400], unitBudget: [700_000, 2_200_000], certifications: [], minTkdn: 25, description: "Rak besi siku lubang lima susun untuk ruang arsip dan gudang suku cadang." },
  { title: "Kerupuk dan camilan untuk katering karyawan", category: "crackers", unit: "kg", quantity: [300, 3_000], unitBudget: [60_000, 100_000], certifications: ["halal", "pirt"], description: "Kerupuk udang dan emping untuk pelengkap makan siang karyawan." },
  { title: "Sambal dan bumbu untuk katering lokasi tambang", category: "condiments", unit: "botol", quantity: [1_000, 6_000], unitBudget: [18_000, 28_000], certifications: ["halal", "bpom"], description: "Sambal botol tahan simpan untuk katering karyawan di lokasi terpencil." },
];

export const NEED_PURPOSE_SUFFIXES = [
  "tahun anggaran 2027",
  "wilayah operasional timur",
  "kantor pusat",
  "program CSR",
  "semester I",
  "proyek pengembangan",
] as const;

// ─── Dinas ──────────────────────────────────────────────────────────────────

/** "{name}" is the province or regency name. */
export const DINAS_PROVINCE_NAMES = [
  "Dinas Perindustrian dan Perdagangan Provinsi {name}",
  "Dinas Perindustrian dan Perdagangan Provinsi {name}",
  "Dinas Perindustrian, Perdagangan, Koperasi dan UKM Provinsi {name}",
] as const;
export const DINAS_REGENCY_NAMES = [
  "Dinas Koperasi, UKM, Perindustrian dan Perdagangan {name}",
  "Dinas Perindustrian dan Tenaga Kerja {name}",
  "Dinas Perdagangan dan Perindustrian {name}",
] as const;

/** The seat of each province's government (its dinas offices' address). */
export const PROVINCE_CAPITALS: Readonly<Record<string, string>> = {
  "11": "11.71", "12": "12.71", "13": "13.71", "14": "14.71", "15": "15.71", "16": "16.71", "17": "17.71",
  "18": "18.71", "19": "19.71", "21": "21.72", "31": "31.71", "32": "32.73", "33": "33.74", "34": "34.71",
  "35": "35.78", "36": "36.73", "51": "51.71", "52": "52.71", "53": "53.71", "61": "61.71", "62": "62.71",
  "63": "63.72", "64": "64.72", "65": "65.01", "71": "71.71", "72": "72.71", "73": "73.71", "74": "74.71",
  "75": "75.71", "76": "76.02", "81": "81.71", "82": "82.72", "91": "91.71", "92": "92.02", "93": "93.01",
  "94": "94.01", "95": "95.01", "96": "96.71",
};

/** Common abbreviations, so long office names give short slugs ("disperindag-prov-jawa-timur"). */
export const SLUG_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM", "Disperindagkop UKM"],
  ["Dinas Koperasi, UKM, Perindustrian dan Perdagangan", "Diskopukm Perindag"],
  ["Dinas Perindustrian dan Perdagangan", "Disperindag"],
  ["Dinas Perdagangan dan Perindustrian", "Disdagperin"],
  ["Dinas Perindustrian dan Tenaga Kerja", "Disperinaker"],
  ["Dinas Pertanian dan Pangan", "Distanpangan"],
  ["Dinas Pendidikan", "Disdik"],
  ["Dinas Perhubungan", "Dishub"],
  ["Sekretariat Daerah", "Setda"],
  ["Kota Administrasi", "Kota"],
  ["Kabupaten", "Kab"],
  ["Provinsi", "Prov"],
];
