// Relevance set L: the buyers, the 30 needs and, per need, the planted products with their
// declared grade and near-miss flag. Written without looking at the matcher; product words come
// from general knowledge of Indonesian trade vocabulary.
//
// Plant kinds: A = asked (the thing itself), S = substitute, R = related, D = decoy (shares words,
// is another thing; always grade 0).
//
// Modifiers (see README.md and /tmp/setl-grading-spec.md):
//   cap70 | cap30 | price30 | price60 | island | archived
//   <certType>:pending|expired|scoped|rejected|missing|future
//   tkdn:under|certUnder|viaCert|multi|rejectedCert|none
// The generator turns modifiers into data, recomputes every grade with gradePair and refuses to
// write when a computed grade or near-miss flag differs from the one declared here.

import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain";

export type Kind = "A" | "S" | "R" | "D";

export interface PlantSpec {
  kind: Kind;
  name: string;
  description: string;
  grade: 0 | 1 | 2 | 3;
  mods: string[];
  nearMiss?: boolean;
  /** Exactly one asked plant per need carries a typo in its name. */
  typo?: boolean;
  /** Category the producer filed it under; defaults to the need's category. */
  category?: ProductCategory;
  /** Selling unit; defaults to the need's unit. */
  unit?: Unit;
  /** Typical price per selling unit (related and decoy plants; asked/substitute prices follow the budget). */
  price?: number;
  /** Province the producer must be in (regional names); must agree with the island rule. */
  prov?: string;
  /** Sector of the producer holding it; defaults to the sector of the need (A/S) or of its category (R/D). */
  sector?: Sector;
}

export interface NeedSpec {
  key: string;
  buyer: string;
  lang: "id" | "en";
  category: ProductCategory;
  title: string;
  description: string;
  quantity: number;
  unit: Unit;
  province: string;
  regency: string;
  neededBy: string;
  certs: CertificationType[];
  minTkdn?: number;
  budgetPerUnit: number;
  /** Words naming the asked, substitute and related kinds: no background product may carry them. */
  guard: string[];
  plants: PlantSpec[];
}

export interface BuyerSpec {
  key: string;
  name: string;
  legalForm: "persero" | "perum" | "pt" | "bumd";
  buyerType: "bumn" | "large_industry";
  regionCode: string;
  address: string;
  website: string;
}

type Extra = Partial<Omit<PlantSpec, "kind" | "name" | "description" | "grade" | "mods">>;
const A = (name: string, description: string, grade: PlantSpec["grade"], mods: string[] = [], x: Extra = {}): PlantSpec => ({ kind: "A", name, description, grade, mods, ...x });
const S = (name: string, description: string, grade: PlantSpec["grade"], mods: string[] = [], x: Extra = {}): PlantSpec => ({ kind: "S", name, description, grade, mods, ...x });
const R = (name: string, description: string, grade: PlantSpec["grade"], mods: string[] = [], x: Extra = {}): PlantSpec => ({ kind: "R", name, description, grade, mods, ...x });
const D = (name: string, description: string, x: Extra = {}): PlantSpec => ({ kind: "D", name, description, grade: 0, mods: [], ...x });
const NM = { nearMiss: true } as const;
const TYPO = { typo: true } as const;

export const BUYERS: BuyerSpec[] = [
  { key: "BUYER-01", name: "PT Agro Perkebunan Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "12.71", address: "Jl. Sei Batang Hari No. 2, Medan Sunggal, Kota Medan", website: "https://agroperkebunan.example" },
  { key: "BUYER-02", name: "PT Pelabuhan Samudera Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "73.71", address: "Jl. Soekarno No. 1, Ujung Tanah, Kota Makassar", website: "https://pelsamudera.example" },
  { key: "BUYER-03", name: "PT Wisata Hotel Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "51.71", address: "Jl. Bypass Ngurah Rai No. 88, Sanur, Kota Denpasar", website: "https://wisatahotel.example" },
  { key: "BUYER-04", name: "PT Semen Bangun Persada Tbk", legalForm: "pt", buyerType: "large_industry", regionCode: "35.25", address: "Jl. Veteran No. 120, Kebomas, Kabupaten Gresik", website: "https://semenbangun.example" },
  { key: "BUYER-05", name: "PT Petrokimia Borneo Utama", legalForm: "pt", buyerType: "large_industry", regionCode: "64.74", address: "Jl. Ir. H. Juanda No. 5, Bontang Utara, Kota Bontang", website: "https://petroborneo.example" },
];

export const NEEDS: NeedSpec[] = [
  {
    key: "N01", buyer: "BUYER-01", lang: "id", category: "snacks",
    title: "Keripik talas untuk snack box tamu kebun",
    description: "Pengadaan keripik talas kemasan 200-250 g sebanyak 3.000 pak untuk snack box tamu dan rapat di kantor-kantor kebun. Wajib bersertifikat halal. Dikirim ke kantor direksi di Medan paling lambat pertengahan November.",
    quantity: 3000, unit: "pak", province: "12", regency: "12.71", neededBy: "2026-11-16", certs: ["halal"], budgetPerUnit: 18000,
    guard: ["talas", "tales", "taro", "tallas", "ubi ungu", "sukun"],
    plants: [
      A("Keripik Talas Original 250 gr", "Keripik talas iris tipis, digoreng dengan minyak sawit, gurih asin, kemasan standing pouch 250 gr.", 3),
      A("Taro Chips Balado 200g", "Taro chips rasa balado pedas, kemasan alu foil 200 g, masa simpan 6 bulan.", 2, ["halal:pending"]),
      A("Kripik Talas Pedas Manis", "Kripik talas bumbu pedas manis, renyah, kemasan plastik klip 250 g.", 2, ["island"]),
      A("Keripik Tales Renyah", "Keripik tales (talas) produksi rumahan, gurih dan renyah, kemasan pak 250 g.", 0, ["halal:expired"], NM),
      A("Keripik Tallas Asin Gurih", "Keripik talas rasa asin gurih tanpa MSG, kemasan 200 g.", 1, ["cap70", "price30"], TYPO),
      S("Keripik Ubi Ungu 250 g", "Keripik ubi ungu iris tipis, manis alami, kemasan 250 g.", 2),
      S("Keripik Sukun Iris", "Keripik buah sukun iris tipis rasa original, kemasan 200 g.", 1, ["price60"]),
      R("Bolu Talas Lembut", "Bolu talas ungu lembut dalam kotak, isi 1 loyang, tahan 5 hari.", 1),
      D("Mesin Perajang Keripik Talas", "Mesin slicer/perajang umbi untuk keripik talas dan singkong, pisau stainless, motor 1 HP.", { category: "machinery", unit: "unit", price: 3250000 }),
      D("Bumbu Tabur Balado untuk Keripik", "Bumbu tabur rasa balado untuk keripik dan kerupuk, kemasan 1 kg.", { category: "condiments", unit: "kg", price: 65000 }),
    ],
  },
  {
    key: "N02", buyer: "BUYER-04", lang: "id", category: "crackers",
    title: "Rengginang mentah untuk suguhan Lebaran karyawan pabrik Tuban",
    description: "Dibutuhkan rengginang mentah (belum digoreng) dari beras ketan sebanyak 1.200 kg, kemasan 500 g atau 1 kg, untuk dibagikan kepada karyawan menjelang Idulfitri. Produk wajib memiliki izin PIRT. Pengiriman ke pabrik Tuban akhir Februari 2027.",
    quantity: 1200, unit: "kg", province: "35", regency: "35.23", neededBy: "2027-02-26", certs: ["pirt"], budgetPerUnit: 55000,
    guard: ["rengginang", "ranginang", "renginang", "opak", "wajik"],
    plants: [
      A("Rengginang Ketan Mentah 1 kg", "Rengginang beras ketan putih mentah, dijemur kering, siap goreng, kemasan 1 kg.", 3),
      A("Ranginang Terasi Khas Sunda", "Ranginang mentah rasa terasi, ketan pilihan, kemasan 500 g dan 1 kg.", 1, ["cap30"], { prov: "32" }),
      A("Rice Crackers Rengginang (uncooked)", "Uncooked sticky-rice rengginang crackers, sun-dried, sold per kg in 1 kg packs.", 0, ["pirt:scoped"], NM),
      A("Renginang Lorjuk Madura", "Rengginang ketan dengan lorjuk khas Madura, mentah siap goreng, per kg.", 1, ["pirt:pending", "price30"], { ...TYPO, prov: "35" }),
      A("Kerupuk Rengginang Ketan Hitam", "Rengginang ketan hitam mentah, bulat diameter 6 cm, kemasan 1 kg.", 3, [], { category: "snacks" }),
      S("Opak Ketan Mentah", "Opak beras ketan mentah bulat tipis, siap digoreng atau dibakar, per kg.", 2),
      R("Wajik Ketan Gula Merah", "Wajik ketan gula merah dalam besek, kue tradisional hantaran Lebaran, per kg.", 1, [], { category: "confectionery" }),
      D("Cetakan Rengginang Stainless", "Cetakan bulat stainless untuk mencetak rengginang dan ranginang, diameter 6 cm.", { category: "metal_fabrication", unit: "pcs", price: 35000 }),
      D("Oven Pengering Kerupuk dan Rengginang", "Oven pengering rak 10 susun untuk kerupuk dan rengginang, pemanas gas LPG.", { category: "machinery", unit: "unit", price: 12500000 }),
    ],
  },
  {
    key: "N03", buyer: "BUYER-03", lang: "en", category: "coffee_tea",
    title: "Green coffee beans (Arabica, grade 1) for the hotel roastery",
    description: "We need 1,500 kg of green (unroasted) Arabica coffee beans, grade 1, moisture below 12.5%, semi-washed or full-washed, packed in 60 kg jute bags, delivered to our central roastery in Denpasar by mid-December. Traceable origin (Kintamani, Gayo, Toraja or Flores) preferred.",
    quantity: 1500, unit: "kg", province: "51", regency: "51.71", neededBy: "2026-12-14", certs: [], budgetPerUnit: 130000,
    guard: ["green bean", "green coffee", "kopi ose", "kopi beras", "biji kopi mentah", "coffe", "cascara"],
    plants: [
      A("Green Bean Arabika Kintamani Grade 1", "Biji kopi arabika Kintamani belum disangrai, full wash, kadar air 12%, karung 60 kg.", 3, [], { prov: "51" }),
      A("Kopi Ose Arabika Full Wash", "Kopi ose (green bean) arabika hasil petani binaan, sortasi grade 1, per kg.", 2, ["price30"]),
      A("Biji Kopi Mentah Arabica Gayo", "Green bean arabica Gayo semi-washed, kadar air 12,5%, dijual per ton dalam karung goni.", 2, ["island"], { unit: "ton", prov: "11" }),
      A("Green Coffe Beans Arabica Flores Bajawa", "Arabica Flores Bajawa green beans, full washed, screen 16+, per kg.", 1, ["cap70", "price60"], TYPO),
      A("Kopi Beras Arabika Toraja", "Kopi beras (biji kopi mentah) arabika Toraja, giling basah, per kg.", 0, ["archived"]),
      S("Green Bean Robusta Temanggung", "Biji kopi robusta mentah petik merah dari Temanggung, natural process, per kg.", 2, [], { prov: "33" }),
      R("Cascara Kulit Ceri Kopi Kering", "Cascara dari kulit buah kopi arabika yang dikeringkan, untuk seduhan teh kopi, per kg.", 1),
      D("Mesin Roasting Kopi 5 kg", "Mesin sangrai kopi kapasitas 5 kg per batch, drum stainless, burner gas.", { category: "machinery", unit: "unit", price: 45000000 }),
      D("Karung Goni Kopi 60 kg", "Karung goni (jute bag) polos untuk kemasan kopi ekspor kapasitas 60 kg.", { category: "packaging", unit: "pcs", price: 18000 }),
      D("Teh Hijau (Green Tea) Daun Kering", "Teh hijau daun kering (green tea) dari kebun Pangalengan, kemasan 250 g.", { unit: "pak", price: 42000 }),
    ],
  },
  {
    key: "N04", buyer: "BUYER-02", lang: "id", category: "processed_meat_fish",
    title: "Nugget ayam beku untuk menu kantin pelabuhan Makassar",
    description: "Kebutuhan nugget ayam beku 800 kg (kemasan 500 g atau 1 kg) untuk menu kantin karyawan dan operator pelabuhan selama tiga bulan. Wajib halal dan izin edar BPOM MD. Pengiriman dengan mobil berpendingin ke Makassar.",
    quantity: 800, unit: "kg", province: "73", regency: "73.71", neededBy: "2026-11-30", certs: ["halal", "bpom"], budgetPerUnit: 62000,
    guard: ["nugget", "naget", "nuget", "nugegt", "sosis"],
    plants: [
      A("Nugget Ayam Original 500 gr", "Nugget ayam beku dari daging dada ayam, tepung roti, kemasan 500 gr, dijual per kg.", 3),
      A("Chicken Nugget Stik Frozen 1 kg", "Chicken nugget bentuk stik, frozen, kemasan 1 kg, cocok untuk katering.", 2, ["bpom:pending"]),
      A("Naget Ayam Dino", "Naget ayam bentuk dinosaurus untuk anak dan kantin, beku, per kg.", 0, ["bpom:missing"], NM),
      A("Nugegt Ayam Keju", "Nugget ayam isi keju mozarella, beku, kemasan 500 g.", 1, ["cap30", "halal:pending"], TYPO),
      A("Nugget Ayam Frozen 1 kg", "Nugget ayam frozen homemade tanpa pengawet, kemasan vakum 1 kg.", 0, ["halal:future"], { category: "snacks" }),
      S("Nugget Ikan Tenggiri 500 g", "Nugget ikan tenggiri beku berlapis tepung panir, kemasan 500 g.", 2),
      R("Sosis Ayam Bakar 500 g", "Sosis ayam untuk dibakar, beku, isi 20, kemasan 500 g.", 1),
      D("Tepung Panir Nugget (Bread Crumb) 1 kg", "Tepung roti panir kasar untuk pelapis nugget dan kaki naga, kemasan 1 kg.", { category: "condiments", unit: "kg", price: 28000 }),
      D("Cetakan Nugget Karakter", "Cetakan nugget bentuk karakter hewan, stainless food grade, set 6 bentuk.", { category: "metal_fabrication", unit: "set", price: 85000 }),
    ],
  },
  {
    key: "N05", buyer: "BUYER-03", lang: "en", category: "confectionery",
    title: "Chocolate bars (dark 55%) for guest turndown amenities",
    description: "Supply of 6,000 small dark chocolate bars (20-30 g, min. 55% cocoa), individually wrapped, for turndown service in our Nusa Dua and Kuta properties. Halal and BPOM MD registration required. Shelf life at least 9 months. Deliver to the central store in Badung.",
    quantity: 6000, unit: "pcs", province: "51", regency: "51.03", neededBy: "2026-12-07", certs: ["halal", "bpom"], budgetPerUnit: 9500,
    guard: ["cokelat batang", "coklat batang", "coklat batangan", "cokelat koin", "cokelat compound", "chocolate", "chocobar", "cokleat", "kakao", "cocoa"],
    plants: [
      A("Cokelat Batang Dark 55% 25 g", "Cokelat batang dark 55% dari kakao fermentasi, dibungkus satuan 25 g.", 3),
      A("Dark Chocolate Bar 58% Single Origin 30gr", "Single origin dark chocolate bar 58%, individually wrapped 30 gr.", 2, ["island"]),
      A("Coklat Batangan Hitam Mini", "Coklat batangan hitam mini 20 g, dijual per lusin dalam kotak.", 0, ["bpom:rejected"], { ...NM, unit: "lusin" }),
      A("Cokleat Batang Dark 60%", "Cokelat batang dark 60% tanpa pengawet, bungkus satuan 25 g.", 1, ["halal:pending", "bpom:pending"], TYPO),
      A("Chocobar Dark Mini 20 g", "Chocobar dark mini 20 g untuk hotel dan kafe, kemasan flow pack.", 2, ["cap70"]),
      S("Cokelat Koin Dark (Chocolate Coins) 10 g", "Cokelat koin dark dibungkus foil emas, 10 g per keping.", 1, ["price30"]),
      R("Cokelat Compound Batang 1 kg (Bahan Kue)", "Dark chocolate compound blok 1 kg untuk bahan kue dan ganache.", 1, [], { unit: "pcs", price: 85000 }),
      D("Cetakan Cokelat Silikon", "Cetakan coklat bentuk bar dan praline dari silikon food grade.", { category: "packaging", unit: "pcs", price: 45000 }),
      D("Pisang Cokelat Beku (Piscok Frozen)", "Piscok pisang cokelat beku isi 10, siap goreng.", { category: "snacks", unit: "pak", price: 22000 }),
    ],
  },
  {
    key: "N06", buyer: "BUYER-05", lang: "id", category: "beverages",
    title: "Sari jeruk siap minum untuk konsumsi rapat dan mess karyawan Bontang",
    description: "Pengadaan minuman sari buah jeruk siap minum kemasan botol 250-350 ml sebanyak 4.800 botol untuk konsumsi rapat dan mess karyawan. Wajib halal dan BPOM MD. Diutamakan jeruk lokal (jeruk siam Pontianak/Sambas). Dikirim ke kompleks pabrik Bontang.",
    quantity: 4800, unit: "botol", province: "64", regency: "64.74", neededBy: "2026-12-21", certs: ["halal", "bpom"], budgetPerUnit: 7500,
    guard: ["jeruk", "orange", "jambu", "kalamansi", "jerukk"],
    plants: [
      A("Sari Jeruk Siam Pontianak 250 ml", "Sari buah jeruk siam Pontianak tanpa pengawet, botol 250 ml.", 3, [], { prov: "61" }),
      A("Jus Jeruk Peras Murni 300ml", "Jus jeruk peras murni, pasteurisasi, botol PET 300 ml.", 2, ["cap70"]),
      A("Orange Juice Botol 330 ml", "Orange juice siap minum, botol 330 ml, dijual per lusin.", 0, ["halal:missing"], { ...NM, unit: "lusin" }),
      A("Minuman Sari Jeruk Sambas", "Minuman sari jeruk Sambas manis segar, botol 250 ml.", 0, ["bpom:expired"], { ...NM, prov: "61" }),
      A("Sari Jerukk Manis 250 ml", "Sari jeruk manis dengan bulir, botol 250 ml.", 1, ["island", "price60"], TYPO),
      S("Jus Jambu Merah 250 ml", "Jus jambu biji merah siap minum, botol 250 ml.", 2),
      R("Sirup Jeruk Kalamansi 460 ml", "Sirup kalamansi pekat untuk diencerkan, botol 460 ml.", 1, [], { price: 28000 }),
      D("Jeruk Siam Segar (Buah)", "Buah jeruk siam segar dari kebun, dijual per kg.", { unit: "kg", price: 18000 }),
      D("Mesin Peras Jeruk Manual", "Alat peras jeruk manual tuas besi untuk kafe dan warung jus.", { category: "machinery", unit: "unit", price: 650000 }),
    ],
  },
  {
    key: "N07", buyer: "BUYER-02", lang: "id", category: "uniforms",
    title: "Seragam satpam PDL lengkap untuk petugas keamanan pelabuhan",
    description: "Pengadaan 450 set seragam satpam (kemeja dan celana PDL, bahan american drill, warna krem/coklat sesuai Perpol 4/2020) beserta atribut, untuk petugas keamanan di terminal peti kemas Makassar. TKDN minimal 40%.",
    quantity: 450, unit: "set", province: "73", regency: "73.71", neededBy: "2027-01-18", certs: [], minTkdn: 40, budgetPerUnit: 425000,
    guard: ["satpam", "satpan", "security", "linmas", "emblem"],
    plants: [
      A("Seragam Satpam PDL Set Baju + Celana", "Seragam satpam PDL krem-coklat bahan american drill, set kemeja dan celana.", 3),
      A("Security Uniform Drill Krem-Coklat", "Security uniform sesuai Perpol 4/2020, kemeja dan celana drill, per set.", 2, ["tkdn:viaCert", "cap70"]),
      A("Baju Satpam Lengkap Atribut (PDH)", "Baju satpam PDH lengkap dengan atribut bordir, set kemeja dan celana.", 0, ["tkdn:under"], NM),
      A("Pakaian Dinas Satpam Model Baru", "Pakaian dinas satpam model baru warna krem-coklat, set lengkap.", 0, ["tkdn:certUnder"], NM),
      A("Seragam Satpan PDL Lengan Panjang", "Seragam satpam PDL lengan panjang, bahan drill tebal, per set.", 2, ["tkdn:multi", "island"], TYPO),
      S("Seragam Linmas PDL", "Seragam Linmas PDL hijau bahan drill, set kemeja dan celana.", 2, ["tkdn:rejectedCert"]),
      R("Atribut Satpam Set (Emblem, Badge, Kopel)", "Paket atribut satpam: emblem bordir, badge logam, kopel dan peluit.", 1, [], { price: 175000 }),
      D("Sepatu PDL Satpam", "Sepatu PDL kulit hitam untuk satpam dan petugas keamanan.", { category: "footwear", unit: "pasang", price: 285000 }),
      D("Tongkat T Satpam (Pentungan)", "Tongkat T karet keras untuk satpam, panjang 60 cm.", { category: "ppe", unit: "pcs", price: 95000 }),
    ],
  },
  {
    key: "N08", buyer: "BUYER-04", lang: "en", category: "apparel",
    title: "Embroidered baseball caps with company logo for Safety Month",
    description: "2,400 baseball caps in cotton drill or rafel, adjustable strap, front logo embroidery (max. 8 colours) and the words 'Bulan K3' on the side. Navy and white. Delivered to the Gresik plant.",
    quantity: 2400, unit: "pcs", province: "35", regency: "35.25", neededBy: "2026-12-14", certs: [], budgetPerUnit: 38000,
    guard: ["topi", "baseball", "baseboll", "trucker", "bandana", "buff"],
    plants: [
      A("Topi Baseball Bordir Logo", "Topi baseball bahan drill, bordir logo depan, strap belakang.", 3),
      A("Topi Custom Bordir Bahan Rafel", "Topi custom bahan rafel dengan bordir komputer, dijual per lusin.", 2, ["price30"], { unit: "lusin" }),
      A("Baseball Cap Drill Embroidery", "Baseball cap drill with embroidered logo, adjustable strap.", 0, ["archived"]),
      A("Topi Pet Bordir Komputer", "Topi pet (baseball) bordir komputer, warna bebas, per lusin.", 2, ["island"], { unit: "lusin" }),
      A("Topi Baseboll Promosi Bordir", "Topi promosi model baseball dengan bordir logo.", 1, ["cap30"], TYPO),
      S("Topi Trucker Jaring Sablon", "Topi trucker bagian belakang jaring, sablon logo depan.", 1, ["cap70"]),
      R("Bandana Buff Multifungsi Sablon Logo", "Buff/bandana multifungsi bahan microfiber, sablon logo.", 1, [], { price: 25000 }),
      D("Gantungan Topi Dinding Kayu", "Gantungan topi dan jaket kayu jati, 5 kait, untuk dinding.", { category: "wood_products", unit: "pcs", price: 95000 }),
      D("Mesin Bordir Komputer 1 Kepala", "Mesin bordir komputer satu kepala untuk topi dan kaos, 15 jarum.", { category: "machinery", unit: "unit", price: 38000000 }),
    ],
  },
  {
    key: "N09", buyer: "BUYER-01", lang: "id", category: "textile_goods",
    title: "Bendera merah putih 120 x 180 cm untuk kantor kebun dan afdeling",
    description: "Pengadaan bendera merah putih ukuran 120 x 180 cm, bahan katun atau wol (bukan parasut), jahitan rapi dengan tali dan ring, sebanyak 1.500 lembar untuk seluruh kantor kebun, afdeling dan pabrik kelapa sawit di Riau.",
    quantity: 1500, unit: "lembar", province: "14", regency: "14.01", neededBy: "2027-01-11", certs: [], budgetPerUnit: 65000,
    guard: ["bendera", "bendra", "flag", "umbul", "sang saka"],
    plants: [
      A("Bendera Merah Putih 120x180 Katun", "Bendera merah putih bahan katun, jahit tepi, dengan tali dan ring, 120 x 180 cm.", 3),
      A("Bendera Sang Saka Merah Putih Bahan Wol", "Bendera sang saka merah putih bahan wol, ukuran 120 x 180 cm.", 1, ["cap70", "price30"]),
      A("Indonesian Flag 120 x 180 cm (Bendera RI)", "Indonesian national flag, cotton, 120 x 180 cm, sold per kodi.", 3, [], { unit: "kodi" }),
      A("Bendra Merah Putih Ukuran 3", "Bendera merah putih ukuran 3 (120 x 180 cm), katun, per lembar.", 2, ["island"], TYPO),
      S("Bendera Merah Putih Bahan Parasut 120x180", "Bendera merah putih bahan parasut, ringan dan cepat kering, 120 x 180 cm.", 2),
      R("Umbul-Umbul Merah Putih 4 m", "Umbul-umbul merah putih kain satin, tinggi 4 m, untuk dekorasi Agustusan.", 1, [], { price: 55000 }),
      D("Tiang Bendera Stainless 6 m", "Tiang bendera stainless pipa 3 inci tinggi 6 m lengkap katrol.", { category: "metal_fabrication", unit: "unit", price: 4500000 }),
      D("Kue Lapis Merah Putih", "Kue lapis legit warna merah putih, loyang 20 x 20 cm.", { category: "snacks", unit: "pcs", price: 120000 }),
    ],
  },
  {
    key: "N10", buyer: "BUYER-03", lang: "id", category: "batik_cloth",
    title: "Kain ecoprint untuk seragam staf front office hotel Ubud",
    description: "Dibutuhkan kain ecoprint (pewarna dan motif daun alami) sebanyak 600 meter, bahan katun primisima atau rayon, lebar minimal 110 cm, untuk dijahit menjadi seragam staf front office dan guest relation di Ubud.",
    quantity: 600, unit: "meter", province: "51", regency: "51.04", neededBy: "2026-12-28", certs: [], budgetPerUnit: 150000,
    guard: ["ecoprint", "eco print", "eco-print", "ecoprin", "tie dye"],
    plants: [
      A("Kain Ecoprint Katun Primisima Motif Daun Jati", "Kain ecoprint teknik kukus, motif daun jati dan jarak, katun primisima lebar 115 cm.", 3),
      A("Eco Print Fabric Rayon Natural Dye", "Eco print fabric on rayon with natural dyes, 110 cm wide, per meter.", 1, ["price60"]),
      A("Kain Eco-Print Teknik Steam", "Kain eco-print teknik steam daun lanang dan kenikir, katun, per meter.", 2, ["island"]),
      A("Kain Ecoprin Sutra ATBM", "Kain ecoprint di atas sutra tenun ATBM, lebar 110 cm, per meter.", 2, ["cap70"], TYPO),
      A("Kain Ecoprint Shibori Mix", "Kain ecoprint dipadu shibori, pewarna alam, katun, per meter.", 3, [], { category: "textile_goods" }),
      S("Kain Tie Dye Pewarna Alam", "Kain tie dye pewarna alam indigo dan tingi, katun rayon, per meter.", 2),
      R("Syal Ecoprint Sutra", "Syal sutra ecoprint daun, 50 x 180 cm, untuk aksesori seragam.", 1, [], { unit: "pcs", price: 225000 }),
      D("Pewarna Alami Serbuk untuk Ecoprint", "Pewarna alami serbuk (tegeran, tingi, jolawe) dan tawas untuk pembuat ecoprint, per kg.", { unit: "kg", price: 120000 }),
      D("Tas Ecoprint Kulit Sapi", "Tas tangan kulit sapi dengan motif ecoprint daun, ukuran sedang.", { category: "leather_goods", unit: "pcs", price: 650000 }),
    ],
  },
  {
    key: "N11", buyer: "BUYER-01", lang: "id", category: "woven_cloth",
    title: "Kain tapis Lampung untuk cenderamata tamu RUPS",
    description: "Pengadaan 120 lembar kain tapis Lampung sulam benang emas (motif pucuk rebung atau kapal), ukuran 110 x 120 cm, dikemas kotak eksklusif, sebagai cenderamata tamu RUPS dan komisaris. Dikirim ke Bandar Lampung.",
    quantity: 120, unit: "lembar", province: "18", regency: "18.71", neededBy: "2027-02-08", certs: [], budgetPerUnit: 1750000,
    guard: ["tapis", "tappis", "sulam usus", "siger"],
    plants: [
      A("Kain Tapis Lampung Motif Pucuk Rebung", "Kain tapis Lampung sulam benang emas motif pucuk rebung, 110 x 120 cm.", 3, [], { prov: "18" }),
      A("Tapis Sulam Benang Emas Motif Kapal", "Tapis tenun dan sulam benang emas motif kapal, per lembar dalam kotak.", 1, ["cap30"]),
      A("Sarung Tapis Lampung Tulang Bawang", "Sarung tapis khas Tulang Bawang, tenun tangan dengan sulaman emas.", 2, ["price30"], { category: "batik_cloth", prov: "18" }),
      A("Kain Tappis Lampung Cucuk", "Kain tapis cucuk benang emas, motif tradisional, per lembar.", 1, ["island", "price30"], TYPO),
      S("Kain Sulam Usus Lampung", "Kain sulam usus khas Lampung, bahan satin, 110 x 200 cm.", 2, [], { prov: "18" }),
      R("Miniatur Siger Lampung", "Miniatur siger (mahkota) Lampung kuningan sepuhan emas dalam kotak kaca.", 1, [], { category: "jewellery_crafts", unit: "pcs", price: 450000 }),
      D("Tapis (Saringan) Minyak Stainless", "Tapis atau saringan minyak goreng stainless diameter 30 cm.", { category: "metal_fabrication", unit: "pcs", price: 45000 }),
      D("Tas Clutch Tapis Lampung", "Tas clutch pesta dengan aplikasi kain tapis, ritsleting.", { category: "bags_souvenirs", unit: "pcs", price: 185000 }),
    ],
  },
  {
    key: "N12", buyer: "BUYER-03", lang: "id", category: "footwear",
    title: "Sandal kulit pria untuk seragam staf spa dan restoran",
    description: "Pengadaan 900 pasang sandal kulit sapi asli model selop (slip-on) warna coklat tua, sol karet anti-slip, ukuran 38-45 sesuai daftar, untuk staf spa, restoran dan butler. Dikirim ke gudang pusat Denpasar.",
    quantity: 900, unit: "pasang", province: "51", regency: "51.71", neededBy: "2026-11-23", certs: [], budgetPerUnit: 165000,
    guard: ["sandal", "sendal", "selop", "slide", "loafer"],
    plants: [
      A("Sandal Kulit Sapi Pria Model Selop", "Sandal kulit sapi asli model selop, sol karet anti-slip, coklat tua.", 3),
      A("Selop Kulit Asli Sol Karet", "Selop kulit asli pria, jahit tangan, dijual per kodi.", 2, ["cap70"], { unit: "kodi" }),
      A("Leather Slide Sandals Men Brown", "Men's genuine leather slide sandals, brown, rubber sole.", 0, ["archived"]),
      A("Sendal Kulit Garut", "Sendal kulit domba dan sapi khas Garut, per kodi campur ukuran.", 1, ["price60"], { unit: "kodi", prov: "32" }),
      A("Sandal Kuilt Pria Slip On", "Sandal kulit pria slip on, sol karet, ukuran 38-45.", 3, [], TYPO),
      S("Sandal Kulit Sintetis (PU) Pria", "Sandal pria bahan kulit sintetis PU, sol karet, model selop.", 1, ["island"]),
      R("Sepatu Kerja Kulit Slip-On (Loafer)", "Sepatu loafer kulit sapi pria untuk kerja, sol karet.", 1, [], { price: 325000 }),
      D("Sandal Hotel Disposable Handuk", "Sandal hotel sekali pakai bahan handuk, sol EVA 3 mm.", { unit: "pasang", price: 4500 }),
      D("Kulit Sapi Lembaran Samak Nabati", "Kulit sapi samak nabati lembaran, tebal 2 mm, per kaki persegi.", { category: "leather_goods", unit: "lembar", price: 32000 }),
      D("Rak Sandal Kayu 4 Susun", "Rak sandal dan sepatu kayu pinus 4 susun.", { category: "furniture", unit: "unit", price: 275000 }),
    ],
  },
  {
    key: "N13", buyer: "BUYER-05", lang: "en", category: "leather_goods",
    title: "Leather backpacks for long-service awards",
    description: "300 genuine cowhide leather backpacks (15-inch laptop compartment, dark brown or black) with blind-embossed company logo, as long-service awards for employees with 25 years of service. Gift box included. Delivery to Bontang.",
    quantity: 300, unit: "pcs", province: "64", regency: "64.74", neededBy: "2027-01-25", certs: [], budgetPerUnit: 950000,
    guard: ["ransel", "ransle", "backpack", "tas punggung", "messenger", "selempang", "paspor"],
    plants: [
      A("Tas Ransel Kulit Sapi Asli Laptop 15 inch", "Tas ransel kulit sapi asli dengan sekat laptop 15 inci, warna coklat tua.", 3),
      A("Leather Backpack Full Grain", "Full grain leather backpack, laptop sleeve, brass zippers.", 1, ["price30", "island"]),
      A("Backpack Kulit Pria Vintage", "Backpack kulit pria model vintage, kulit crazy horse, muat laptop 14-15 inci.", 2, ["cap70"]),
      A("Tas Punggung Kulit Asli Handmade", "Tas punggung kulit asli jahit tangan, logo emboss sesuai pesanan.", 3),
      A("Tas Ransle Kulit Kerja", "Tas ransel kulit untuk kerja dan kuliah, muat laptop 15 inci.", 2, ["price30"], { ...TYPO, category: "bags_souvenirs" }),
      S("Tas Selempang Kulit (Messenger Bag)", "Messenger bag kulit sapi, muat laptop 14 inci, tali bahu.", 2),
      R("Sampul Paspor Kulit Emboss Logo", "Sampul paspor kulit sapi dengan emboss logo, dalam kotak.", 1, [], { price: 145000 }),
      D("Kulit Sintetis Lembaran untuk Tas", "Kulit sintetis (PU) lembaran untuk bahan tas, lebar 137 cm, per meter.", { unit: "meter", price: 65000 }),
      D("Mesin Jahit Kulit Heavy Duty", "Mesin jahit kulit heavy duty untuk tas dan sepatu.", { category: "machinery", unit: "unit", price: 8500000 }),
    ],
  },
  {
    key: "N14", buyer: "BUYER-04", lang: "id", category: "furniture",
    title: "Rak buku kayu untuk perpustakaan sekolah binaan CSR di Tuban",
    description: "Pengadaan 160 unit rak buku kayu solid (jati, mahoni atau mindi) ukuran 180 x 90 x 35 cm, 5 susun, finishing melamin, untuk perpustakaan 32 sekolah dasar binaan CSR di Kabupaten Tuban. Kayu wajib ber-SVLK, TKDN minimal 40%.",
    quantity: 160, unit: "unit", province: "35", regency: "35.23", neededBy: "2027-01-11", certs: ["svlk"], minTkdn: 40, budgetPerUnit: 1850000,
    guard: ["rak buku", "rak bukku", "rakbuku", "lemari buku", "bookshelf", "rak pustaka", "meja baca"],
    plants: [
      A("Rak Buku Kayu Jati 5 Susun", "Rak buku kayu jati 5 susun 180 x 90 x 35 cm, finishing melamin.", 3),
      A("Rak Pustaka Mahoni Terbuka", "Rak pustaka kayu mahoni terbuka 5 susun untuk perpustakaan.", 2, ["svlk:pending"]),
      A("Bookshelf Kayu Mindi Minimalis", "Bookshelf kayu mindi minimalis, 5 ambalan, finishing natural.", 0, ["svlk:scoped"], NM),
      A("Rak Buku Perpustakaan Sekolah Kayu", "Rak buku perpustakaan sekolah dua muka, kayu mahoni, 180 cm.", 0, ["tkdn:under"], NM),
      A("Rak Bukku Kayu Solid 180 cm", "Rak buku kayu solid tinggi 180 cm, 5 susun.", 2, ["island"], TYPO),
      S("Lemari Buku Pintu Kaca Kayu Jati", "Lemari buku kayu jati dengan pintu kaca, 4 susun.", 0, ["svlk:future"]),
      R("Meja Baca Perpustakaan Kayu", "Meja baca perpustakaan kayu mahoni untuk 6 siswa.", 1, [], { price: 1650000 }),
      D("Rak Piring Kayu Jati", "Rak piring kayu jati 3 susun untuk dapur.", { unit: "unit", price: 350000 }),
      D("Buku Cerita Anak Bergambar", "Buku cerita anak bergambar full colour, 24 halaman.", { category: "printing", unit: "pcs", price: 18000 }),
    ],
  },
  {
    key: "N15", buyer: "BUYER-05", lang: "id", category: "wood_products",
    title: "Alat permainan edukatif (APE) kayu untuk PAUD binaan di Bontang",
    description: "Pengadaan 200 set alat permainan edukatif (APE) dari kayu untuk 40 PAUD/TK binaan: puzzle, balok susun, menara donat dan papan pasak. Cat non-toxic, wajib SNI mainan. Dikirim ke Bontang.",
    quantity: 200, unit: "set", province: "64", regency: "64.74", neededBy: "2026-12-21", certs: ["sni"], budgetPerUnit: 650000,
    guard: ["ape", "mainan", "edukatif", "edukasi", "educational", "montessori", "peraga", "edukaitf", "soft book", "buku kain"],
    plants: [
      A("APE Kayu Paket PAUD (Puzzle, Balok, Menara)", "Paket APE kayu untuk PAUD: puzzle, balok susun, menara donat, cat non-toxic.", 3),
      A("Mainan Edukasi Kayu Set 10 in 1", "Mainan edukasi kayu isi 10 jenis dalam kotak, cat water based.", 1, ["sni:pending", "island"]),
      A("Wooden Educational Toys Montessori Set", "Montessori wooden educational toys set for toddlers, non-toxic paint.", 0, ["sni:missing"], NM),
      A("Alat Peraga Edukatif Kayu TK", "Alat peraga edukatif kayu untuk TK: papan pasak, puzzle angka, balok.", 0, ["sni:expired"], NM),
      A("Mainan Edukaitf Kayu Balok Susun", "Mainan edukatif balok susun kayu pinus 50 pcs, cat non-toxic.", 2, ["price30"], TYPO),
      S("Mainan Edukatif Kain (Soft Book)", "Mainan edukatif dari kain flanel: soft book dan puzzle kain untuk balita.", 2, [], { category: "textile_goods" }),
      R("Rak Mainan Anak Kayu", "Rak mainan anak kayu 3 susun dengan 6 kotak, untuk kelas PAUD.", 1, [], { category: "furniture", unit: "unit", price: 850000 }),
      D("Balok Kayu Meranti 6x12", "Balok kayu meranti 6 x 12 cm panjang 4 m untuk bangunan.", { unit: "pcs", price: 185000 }),
      D("Cat Kayu Non-Toxic 1 kg", "Cat kayu water based non-toxic untuk mainan dan furnitur anak.", { category: "building_materials", unit: "kg", price: 95000 }),
    ],
  },
  {
    key: "N16", buyer: "BUYER-03", lang: "id", category: "woven_crafts",
    title: "Kap lampu anyaman rotan untuk restoran resort Mandalika",
    description: "Pengadaan 240 buah kap lampu gantung anyaman (rotan, bambu atau ketak) diameter 40-50 cm, warna natural, untuk restoran dan beach club resort di Mandalika, Lombok Tengah. Termasuk tali/rangka gantung, tanpa fitting.",
    quantity: 240, unit: "pcs", province: "52", regency: "52.02", neededBy: "2027-01-25", certs: [], budgetPerUnit: 275000,
    guard: ["kap lampu", "anyamman", "lampshade", "lamp shade", "pendant", "cermin"],
    plants: [
      A("Kap Lampu Anyaman Rotan Diameter 45 cm", "Kap lampu gantung anyaman rotan natural, diameter 45 cm.", 3),
      A("Lampshade Ketak Lombok", "Lampshade anyaman ketak khas Lombok, diameter 40 cm, warna natural.", 3, [], { prov: "52" }),
      A("Kap Lampu Gantung Bambu Anyam", "Kap lampu gantung dari bambu anyam, diameter 50 cm.", 2, ["island"]),
      A("Rattan Pendant Lamp Shade", "Handwoven rattan pendant lamp shade, 45 cm, natural finish.", 1, ["price60", "cap70"]),
      A("Kap Lampu Anyamman Pandan", "Kap lampu anyaman pandan bulat, diameter 40 cm.", 2, ["cap70"], TYPO),
      S("Kap Lampu Kain Linen Drum", "Kap lampu kain linen model drum diameter 45 cm.", 1, ["island"]),
      R("Cermin Bingkai Rotan Bulat", "Cermin dinding bingkai anyaman rotan, diameter 60 cm.", 1, [], { price: 350000 }),
      D("Fitting Lampu Gantung E27 + Kabel", "Fitting lampu gantung E27 dengan kabel 1 m dan roset plafon.", { category: "electrical", unit: "set", price: 45000 }),
      D("Kap Lampu Mobil (Headlamp Cover)", "Kap lampu depan mobil (headlamp cover) akrilik, sepasang.", { category: "machined_parts", unit: "set", price: 450000 }),
    ],
  },
  {
    key: "N17", buyer: "BUYER-02", lang: "id", category: "bags_souvenirs",
    title: "Pouch kain berlogo untuk suvenir peserta Rakernas",
    description: "Pengadaan 1.500 pouch serbaguna bahan kanvas atau drill ukuran 22 x 12 cm dengan resleting, bordir atau sablon logo perusahaan, sebagai suvenir peserta Rapat Kerja Nasional di Jakarta.",
    quantity: 1500, unit: "pcs", province: "31", regency: "31.71", neededBy: "2026-11-09", certs: [], budgetPerUnit: 32000,
    guard: ["pouch", "pounch", "pencil case", "tempat pensil", "payung"],
    plants: [
      A("Pouch Kanvas Resleting Sablon Logo", "Pouch kanvas 22 x 12 cm dengan resleting YKK, sablon logo.", 3),
      A("Pouch Serbaguna Bordir Custom", "Pouch serbaguna bahan drill, bordir logo custom, dijual per lusin.", 2, ["price30"], { unit: "lusin" }),
      A("Dompet Pouch Kain Tenun Motif Etnik", "Dompet pouch kain tenun motif etnik, resleting, per kodi.", 2, ["island"], { unit: "kodi" }),
      A("Travel Pouch Drill Custom Logo", "Travel pouch bahan drill dengan logo custom, 22 x 12 cm.", 1, ["cap30"]),
      A("Pounch Kanvas Souvenir", "Pouch kanvas untuk souvenir seminar, sablon atau bordir.", 3, [], TYPO),
      S("Tempat Pensil Kain (Pencil Case) Sablon", "Pencil case kain kanvas dengan resleting, sablon logo.", 2),
      R("Payung Lipat Sablon Logo", "Payung lipat tiga sablon logo perusahaan, diameter 100 cm.", 1, [], { price: 65000 }),
      D("Standing Pouch Kraft Zipper 250 g", "Standing pouch kraft dengan zipper dan jendela, untuk kemasan 250 g.", { category: "packaging", unit: "pcs", price: 1800 }),
      D("Pouch Aluminium Foil untuk Kopi", "Pouch aluminium foil dengan valve untuk kemasan kopi 500 g.", { category: "packaging", unit: "pcs", price: 2500 }),
    ],
  },
  {
    key: "N18", buyer: "BUYER-03", lang: "id", category: "ceramics_pottery",
    title: "Poci tanah liat (teko dan cangkir) untuk sajian teh di lounge hotel",
    description: "Pengadaan 180 set poci tanah liat khas Tegal (1 teko, 4 cangkir dan nampan), glasir food grade di bagian dalam, untuk sajian teh poci gula batu di lounge dan restoran hotel Denpasar.",
    quantity: 180, unit: "set", province: "51", regency: "51.71", neededBy: "2026-12-07", certs: [], budgetPerUnit: 185000,
    guard: ["poci", "pocci", "teko", "teapot", "tea set", "kendi"],
    plants: [
      A("Poci Tanah Liat Tegal 1 Set", "Poci tanah liat khas Tegal: teko, 4 cangkir dan nampan.", 3, [], { prov: "33" }),
      A("Teko Gerabah Set Cangkir", "Teko gerabah dengan 4 cangkir, bagian dalam diglasir.", 2, ["cap70"]),
      A("Clay Teapot Set (Poci)", "Handmade clay teapot set with four cups, food-safe inner glaze.", 2, ["island"], { prov: "52" }),
      A("Poci Keramik Glasir Set 6 pcs", "Poci keramik glasir coklat, set teko dan 5 cangkir.", 1, ["price60"]),
      A("Pocci Tanah Liat Slawi", "Poci tanah liat Slawi lengkap cangkir dan tatakan.", 3, [], { ...TYPO, prov: "33" }),
      S("Teko Keramik Porselen Set", "Tea set porselen putih: teko dan 4 cangkir dengan tatakan.", 2),
      R("Kendi Tanah Liat", "Kendi tanah liat untuk air minum, kapasitas 2 liter.", 1, [], { unit: "pcs", price: 45000 }),
      D("Teh Poci Melati (Teh Tubruk)", "Teh poci melati tubruk untuk diseduh dalam poci, kemasan 100 g.", { category: "coffee_tea", unit: "pak", price: 15000 }),
      D("Tanah Liat Mentah (Clay) Karung 25 kg", "Tanah liat mentah siap olah untuk pengrajin gerabah, karung 25 kg.", { unit: "kg", price: 3500 }),
    ],
  },
  {
    key: "N19", buyer: "BUYER-01", lang: "id", category: "ppe",
    title: "Jas hujan PVC untuk pemanen dan mandor kebun sawit",
    description: "Pengadaan 2.000 stel jas hujan setelan (baju dan celana) bahan PVC atau karet tebal 0,3 mm, warna kuning/oranye dengan reflektor, ukuran L-XXL, untuk pemanen dan mandor di kebun Sanggau. TKDN minimal 40%.",
    quantity: 2000, unit: "pcs", province: "61", regency: "61.03", neededBy: "2026-11-02", certs: [], minTkdn: 40, budgetPerUnit: 95000,
    guard: ["jas hujan", "hujna", "raincoat", "mantel hujan", "ponco", "poncho", "terpal"],
    plants: [
      A("Jas Hujan Setelan PVC Tebal Reflektor", "Jas hujan setelan baju dan celana PVC 0,3 mm dengan reflektor.", 3),
      A("Raincoat PVC Jaket Celana Kuning", "Raincoat PVC jaket dan celana warna kuning, ukuran L-XXL.", 2, ["tkdn:multi", "price30"]),
      A("Mantel Hujan Karet Kebun", "Mantel hujan karet tebal untuk pekerja kebun, setelan.", 0, ["tkdn:certUnder"], NM),
      A("Jas Hujan Setelan Rubber", "Jas hujan setelan bahan rubber, dijual per lusin.", 0, ["tkdn:none"], { unit: "lusin" }),
      A("Jas Hujna Setelan Proyek", "Jas hujan setelan untuk proyek, PVC oranye, per kodi.", 2, ["island"], { ...TYPO, unit: "kodi" }),
      S("Ponco Hujan Plastik Tebal", "Ponco hujan plastik PVC tebal dengan tudung kepala.", 2, ["tkdn:viaCert"]),
      R("Terpal Plastik A5 4 x 6 m", "Terpal plastik A5 ukuran 4 x 6 m, tahan air dan UV.", 1, [], { category: "textile_goods", price: 150000 }),
      D("Jas Laboratorium Putih", "Jas laboratorium putih lengan panjang bahan drill.", { category: "uniforms", unit: "pcs", price: 120000 }),
      D("Talang Air Hujan PVC", "Talang air hujan PVC 4 m untuk atap rumah dan gudang.", { category: "building_materials", unit: "pcs", price: 85000 }),
    ],
  },
  {
    key: "N20", buyer: "BUYER-02", lang: "id", category: "metal_fabrication",
    title: "Teralis jendela besi untuk gudang dan kantor pelabuhan Bitung",
    description: "Pembuatan dan pengiriman teralis jendela besi hollow atau besi nako seluas 350 m², motif minimalis, cat dasar anti karat dan cat akhir, ukuran sesuai gambar kerja (sekitar 120 bukaan jendela) untuk gudang dan kantor pelabuhan Bitung. TKDN minimal 40%.",
    quantity: 350, unit: "m2", province: "71", regency: "71.72", neededBy: "2027-02-15", certs: [], minTkdn: 40, budgetPerUnit: 450000,
    guard: ["teralis", "tralis", "trellis", "terali", "jendla", "pintu besi"],
    plants: [
      A("Teralis Jendela Besi Hollow Minimalis", "Teralis jendela besi hollow 4 x 4 motif minimalis, cat anti karat, per m².", 3),
      A("Tralis Besi Nako Custom", "Tralis besi nako custom sesuai ukuran jendela, per m².", 3, ["tkdn:viaCert"]),
      A("Trellis Jendela Besi Tempa", "Trellis jendela besi tempa motif klasik, harga per m².", 2, ["tkdn:rejectedCert", "cap70"]),
      A("Terali Besi Jendela Motif Kotak", "Terali besi jendela motif kotak, besi siku dan nako, per m².", 0, ["tkdn:under"], NM),
      A("Teralis Jendla Besi Minimalis", "Teralis jendela besi minimalis, finishing cat duco, per m².", 1, ["island", "price30"], TYPO),
      S("Teralis Aluminium Jendela", "Teralis aluminium profil untuk jendela, anti karat, per m².", 2),
      R("Pintu Besi Plat Gudang", "Pintu besi plat 2 mm untuk gudang, rangka hollow, per unit.", 1, [], { unit: "unit", price: 3500000 }),
      D("Besi Hollow 4x4 Batangan", "Besi hollow 4 x 4 cm tebal 1,2 mm, panjang 6 m, bahan las.", { unit: "pcs", price: 125000 }),
      D("Jendela Kaca Nako Kusen Aluminium", "Jendela kaca nako dengan kusen aluminium, per unit.", { category: "building_materials", unit: "unit", price: 650000 }),
    ],
  },
  {
    key: "N21", buyer: "BUYER-05", lang: "en", category: "machined_parts",
    title: "Carbon steel flanges ANSI 150, 4 inch, machined, for cooling water lines",
    description: "Supply of 400 machined carbon steel flanges (slip-on and weld-neck, 4 inch, ANSI B16.5 class 150, ASTM A105), raised face, with mill certificate, for the cooling water line replacement at the Bontang plant. Supplier must hold ISO 9001; TKDN minimum 35%.",
    quantity: 400, unit: "pcs", province: "64", regency: "64.74", neededBy: "2026-12-28", certs: ["iso9001"], minTkdn: 35, budgetPerUnit: 650000,
    guard: ["flange", "flens", "falnge"],
    plants: [
      A("Flange Carbon Steel ANSI 150 4 inch Slip On", "Flange carbon steel A105 slip-on 4 inci class 150 raised face, hasil bubut CNC.", 3),
      A("Flens Baja A105 4\" Weld Neck", "Flens baja A105 weld neck 4 inci ANSI 150, dengan mill certificate.", 2, ["iso9001:pending", "tkdn:viaCert"]),
      A("Plat Flange Bubut CNC Custom", "Plat flange bubut CNC sesuai standar ANSI/JIS, diameter 1-12 inci.", 0, ["iso9001:expired"], NM),
      A("Blind Flange & Slip On Flange Class 150", "Blind flange dan slip-on flange class 150 baja karbon, 2-8 inci.", 0, ["tkdn:certUnder"], NM),
      A("Falnge SO 4 Inch Raised Face", "Flange slip-on 4 inci raised face, baja karbon, ANSI 150.", 2, ["price30"], { ...TYPO, category: "metal_fabrication" }),
      S("Flange Stainless Steel 304 4 inch", "Flange stainless steel 304 slip-on 4 inci class 150.", 1, ["price60"]),
      R("Pipa Baja Carbon Sch 40 4 inch (Potongan)", "Pipa baja karbon seamless sch 40 diameter 4 inci, dipotong sesuai ukuran.", 1, [], { unit: "meter", price: 450000 }),
      D("Gasket Flange Karet 4 inch", "Gasket karet untuk flange 4 inci, tebal 3 mm.", { unit: "pcs", price: 25000 }),
      D("Baut Flange (Stud Bolt) M16", "Stud bolt M16 x 100 dengan 2 mur untuk sambungan flange.", { unit: "pcs", price: 18000 }),
    ],
  },
  {
    key: "N22", buyer: "BUYER-01", lang: "id", category: "agri_tools",
    title: "Sekop baja untuk perawatan parit dan jalan kebun",
    description: "Pengadaan 1.800 buah sekop baja (ujung lancip dan ujung rata) dengan gagang kayu atau besi, ber-SNI, untuk pekerjaan perawatan parit, drainase dan jalan produksi di kebun Kotawaringin Timur, Kalimantan Tengah. TKDN minimal 40%.",
    quantity: 1800, unit: "pcs", province: "62", regency: "62.02", neededBy: "2026-11-30", certs: ["sni"], minTkdn: 40, budgetPerUnit: 85000,
    guard: ["sekop", "sekkop", "skop", "shovel", "garpu tanah", "linggis"],
    plants: [
      A("Sekop Baja Gagang Kayu SNI", "Sekop baja karbon ujung lancip, gagang kayu, ber-SNI.", 3),
      A("Skop Pasir Ujung Lancip", "Skop pasir baja ujung lancip, gagang besi berlapis karet.", 2, ["sni:pending"]),
      A("Shovel Baja Karbon Gagang Besi", "Shovel baja karbon tempa dengan gagang besi D-grip.", 0, ["sni:rejected"], NM),
      A("Sekop Kebun Ujung Rata", "Sekop kebun ujung rata untuk parit, dijual per lusin.", 0, ["tkdn:under"], { ...NM, unit: "lusin", category: "metal_fabrication" }),
      A("Sekkop Baja Tempa Cap Buaya", "Sekop baja tempa merek Cap Buaya, gagang kayu.", 2, ["island"], TYPO),
      S("Garpu Tanah Baja 4 Mata", "Garpu tanah baja 4 mata dengan gagang kayu, untuk menggali dan menggemburkan.", 1, ["sni:pending"]),
      R("Linggis Baja 150 cm", "Linggis baja pejal panjang 150 cm untuk galian keras.", 1, [], { price: 120000 }),
      D("Sekop Kue Stainless (Cake Server)", "Sekop kue stainless untuk menyajikan tart dan bolu.", { category: "metal_fabrication", unit: "pcs", price: 35000 }),
      D("Gagang Sekop Kayu", "Gagang sekop dan cangkul kayu mahoni panjang 120 cm (suku cadang).", { category: "wood_products", unit: "pcs", price: 22000 }),
    ],
  },
  {
    key: "N23", buyer: "BUYER-04", lang: "id", category: "machinery",
    title: "Mesin spinner peniris minyak untuk UMKM keripik binaan",
    description: "Pengadaan 40 unit mesin spinner peniris minyak kapasitas 3-5 kg per proses, tabung stainless, motor listrik 1/2 HP, untuk bantuan UMKM keripik dan kerupuk binaan di Tuban. Garansi 6 bulan, TKDN minimal 30%.",
    quantity: 40, unit: "unit", province: "35", regency: "35.23", neededBy: "2027-02-22", certs: [], minTkdn: 30, budgetPerUnit: 4500000,
    guard: ["spinner", "spiner", "spinnre", "peniris", "vacuum frying"],
    plants: [
      A("Mesin Spinner Peniris Minyak 5 kg Stainless", "Mesin spinner peniris minyak kapasitas 5 kg, tabung stainless, motor 1/2 HP.", 3),
      A("Mesin Peniris Minyak Spiner", "Mesin peniris minyak (spiner) untuk keripik dan abon, 3 kg per proses.", 2, ["tkdn:viaCert", "price30"]),
      A("Oil Spinner Keripik Kapasitas 3 kg", "Oil spinner untuk keripik kapasitas 3 kg, full stainless.", 0, ["tkdn:none"]),
      A("Spinner Penghilang Minyak Gorengan", "Spinner penghilang minyak gorengan dan kacang, motor listrik.", 1, ["cap70", "island"]),
      A("Mesin Spinnre Peniris Minyak", "Mesin spinner peniris minyak dengan timer, tabung stainless.", 3, [], TYPO),
      S("Mesin Peniris Minyak Manual Engkol", "Peniris minyak manual dengan engkol tangan, tabung stainless 3 kg.", 2),
      R("Mesin Vacuum Frying 5 kg", "Mesin vacuum frying kapasitas 5 kg untuk keripik buah.", 1, [], { price: 65000000 }),
      D("Spinner Pancing Umpan Logam", "Spinner pancing (umpan logam berputar) untuk ikan predator, 10 g.", { category: "metal_fabrication", unit: "pcs", price: 15000 }),
      D("Tabung Spinner Stainless (Suku Cadang)", "Tabung saringan stainless pengganti untuk mesin spinner.", { category: "machined_parts", unit: "pcs", price: 750000 }),
    ],
  },
  {
    key: "N24", buyer: "BUYER-02", lang: "id", category: "building_materials",
    title: "Bata ringan (hebel) untuk pembangunan kantor terminal penumpang Kendari",
    description: "Pengadaan 24.000 buah bata ringan (AAC) ukuran 60 x 20 x 10 cm, densitas 500-600 kg/m³, ber-SNI, untuk dinding gedung kantor terminal penumpang di Kendari. TKDN minimal 40%.",
    quantity: 24000, unit: "pcs", province: "74", regency: "74.71", neededBy: "2027-01-18", certs: ["sni"], minTkdn: 40, budgetPerUnit: 11500,
    guard: ["bata ringan", "rignan", "hebel", "aac", "clc", "acian"],
    plants: [
      A("Bata Ringan AAC 60x20x10 SNI", "Bata ringan AAC 60 x 20 x 10 cm, densitas 550 kg/m³, ber-SNI.", 3),
      A("Hebel 10 cm Densitas 550", "Hebel (bata ringan) tebal 10 cm, per buah, pengiriman truk.", 1, ["sni:pending", "cap70"]),
      A("Bata Ringan Merek Bumi Block 7,5 cm", "Bata ringan merek Bumi Block tebal 7,5 dan 10 cm.", 0, ["sni:future"]),
      A("AAC Block Lightweight Brick 600x200x100", "AAC lightweight block 600 x 200 x 100 mm, autoclaved.", 0, ["tkdn:certUnder"], NM),
      A("Bata Rignan 10 cm", "Bata ringan 10 cm untuk dinding, per buah.", 2, ["island"], TYPO),
      S("Bata Ringan CLC (Foam Concrete)", "Bata ringan CLC dari beton busa, 60 x 20 x 10 cm.", 2),
      R("Acian Instan 40 kg", "Acian instan untuk finishing dinding, sak 40 kg.", 1, [], { unit: "pcs", price: 95000 }),
      D("Lem Bata Ringan (Mortar Perekat) 40 kg", "Mortar perekat untuk pasangan bata ringan, sak 40 kg.", { unit: "pcs", price: 85000 }),
      D("Mesin Cetak Bata Ringan CLC", "Mesin cetak dan mixer foam untuk produksi bata ringan CLC.", { category: "machinery", unit: "unit", price: 85000000 }),
    ],
  },
  {
    key: "N25", buyer: "BUYER-02", lang: "id", category: "cleaning_products",
    title: "Cairan pembersih porselen untuk toilet terminal penumpang Ambon",
    description: "Pengadaan 2.400 botol cairan pembersih porselen (kloset, urinoir, wastafel) ukuran 750 ml - 1 liter, efektif mengangkat kerak dan noda kuning, untuk kebersihan toilet terminal penumpang Pelabuhan Ambon.",
    quantity: 2400, unit: "botol", province: "81", regency: "81.71", neededBy: "2026-12-14", certs: [], budgetPerUnit: 16000,
    guard: ["pembersih porselen", "porselin", "porslen", "kloset", "toilet bowl", "wc", "kamar mandi", "pewangi ruangan"],
    plants: [
      A("Pembersih Porselen 750 ml", "Cairan pembersih porselen anti kerak dan noda kuning, botol 750 ml.", 3),
      A("Toilet Bowl Cleaner Botol 1 L", "Toilet bowl cleaner aroma pinus, botol 1 liter, dijual per lusin.", 2, ["price30"], { unit: "lusin" }),
      A("Cairan Pembersih Kloset Anti Kerak", "Cairan pembersih kloset dan urinoir anti kerak, botol 800 ml.", 1, ["island", "cap70"]),
      A("Pembersih WC & Porselin", "Pembersih WC dan porselin wangi, botol 750 ml.", 3),
      A("Pembersih Porslen Wangi Lemon", "Pembersih porselen wangi lemon, botol 1 liter.", 2, ["island"], TYPO),
      S("Cairan Pembersih Kamar Mandi Serbaguna", "Cairan pembersih kamar mandi serbaguna untuk lantai, dinding dan kloset, botol 800 ml.", 2),
      R("Pewangi Ruangan Gel 70 g", "Pewangi ruangan gel untuk toilet dan kamar, 70 g.", 1, [], { unit: "pcs", price: 8500 }),
      D("Sikat WC Plastik Gagang Panjang", "Sikat WC plastik gagang panjang dengan wadah.", { unit: "pcs", price: 18000 }),
      D("Kloset Duduk Keramik", "Kloset duduk keramik putih dengan tangki, untuk kamar mandi.", { category: "ceramics_pottery", unit: "unit", price: 1250000 }),
    ],
  },
  {
    key: "N26", buyer: "BUYER-03", lang: "id", category: "packaging",
    title: "Botol plastik PET 250 ml untuk kemasan sabun cair amenitas isi ulang",
    description: "Pengadaan 20.000 pcs botol plastik PET bening 250 ml leher 24 mm, lengkap tutup flip-top atau pump, untuk kemasan sabun cair dan sampo amenitas isi ulang di properti Bali.",
    quantity: 20000, unit: "pcs", province: "51", regency: "51.03", neededBy: "2026-11-16", certs: [], budgetPerUnit: 1450,
    guard: ["botol pet", "pet bottle", "botol plastik", "botol hdpe", "botlo", "toples"],
    plants: [
      A("Botol PET 250 ml Bening + Tutup Flip Top", "Botol PET bening 250 ml leher 24 mm, termasuk tutup flip top.", 3),
      A("Botol Plastik 250ml Leher 24", "Botol plastik PET 250ml leher 24 mm, bening, tanpa tutup.", 1, ["cap30"]),
      A("PET Bottle 250 ml Boston Round", "PET bottle 250 ml boston round, clear, 24/410 neck.", 2, ["island"]),
      A("Botol Kemasan Sabun Cair 250 ml (PET)", "Botol kemasan sabun cair dan sampo 250 ml bahan PET, tutup pump.", 2, ["price30"]),
      A("Botlo PET 250 ml Tutup Pump", "Botol PET 250 ml dengan tutup pump, bening.", 3, [], TYPO),
      S("Botol HDPE 250 ml Tutup Ulir", "Botol HDPE putih 250 ml dengan tutup ulir.", 2),
      R("Toples PET 250 ml Tutup Ulir", "Toples plastik PET bening 250 ml dengan tutup ulir aluminium, untuk kemasan lulur dan krim.", 1, [], { price: 2200 }),
      D("Mesin Tiup Botol PET (Blow Molding)", "Mesin blow molding semi otomatis untuk botol PET 100 ml - 2 liter.", { category: "machinery", unit: "unit", price: 95000000 }),
      D("Tutup Botol Flip Top 24 mm", "Tutup flip top 24 mm untuk botol kosmetik dan sabun.", { unit: "pcs", price: 350 }),
    ],
  },
  {
    key: "N27", buyer: "BUYER-02", lang: "en", category: "printing",
    title: "Printed tri-fold brochures (A4, 150 gsm art paper) for port services promotion",
    description: "Printing of 30,000 tri-fold brochures, A4 open size, 150 gsm art paper, full colour both sides, folded, for promotion of container terminal services at the Makassar port. Artwork supplied by us.",
    quantity: 30000, unit: "lembar", province: "73", regency: "73.71", neededBy: "2026-10-26", certs: [], budgetPerUnit: 1400,
    guard: ["brosur", "brsour", "brochure", "leaflet", "flyer", "pamflet", "katalog", "kartu nama"],
    plants: [
      A("Cetak Brosur A4 Lipat 3 Art Paper 150", "Cetak brosur A4 lipat tiga, art paper 150 gsm, full colour bolak-balik.", 3),
      A("Brochure Printing Full Color", "Brochure printing full colour, A4/A5, art paper 120-150 gsm.", 2, ["cap70"]),
      A("Leaflet Flyer A4 Art Paper", "Leaflet dan flyer A4 art paper 150 gsm, cetak offset.", 2, ["island"]),
      A("Pamflet Brosur Cetak Offset", "Pamflet dan brosur cetak offset, minimal 5.000 lembar.", 1, ["price60", "island"]),
      A("Cetak Brsour Promosi Murah", "Cetak brosur promosi A4 lipat dua atau tiga.", 3, [], TYPO),
      S("Cetak Katalog Produk A5 (Booklet)", "Cetak katalog produk A5 16 halaman, art paper.", 1, ["cap70"]),
      R("Cetak Kartu Nama", "Cetak kartu nama art carton 260 gsm, per kotak 100 lembar.", 1, [], { unit: "kotak", price: 35000 }),
      D("Rak Brosur Akrilik A4", "Rak brosur akrilik A4 tiga susun untuk meja resepsionis.", { category: "furniture", unit: "pcs", price: 175000 }),
      D("Mesin Lipat Kertas (Folding Machine)", "Mesin lipat kertas otomatis untuk brosur, A3 dan A4.", { category: "machinery", unit: "unit", price: 18500000 }),
    ],
  },
  {
    key: "N28", buyer: "BUYER-01", lang: "id", category: "electronic_devices",
    title: "Timbangan digital 150 kg untuk penimbangan hasil panen di afdeling",
    description: "Pengadaan 120 unit timbangan digital duduk (platform) kapasitas 150 kg, ketelitian 20 g, baterai isi ulang, tahan debu dan air, sudah ditera dan ber-SNI, untuk penimbangan brondolan dan hasil panen di afdeling kebun Siak. TKDN minimal 25%.",
    quantity: 120, unit: "unit", province: "14", regency: "14.08", neededBy: "2027-02-01", certs: ["sni"], minTkdn: 25, budgetPerUnit: 1650000,
    guard: ["timbangan", "digtal", "scale", "neraca", "moisture meter", "kadar air"],
    plants: [
      A("Timbangan Digital Duduk 150 kg", "Timbangan digital duduk kapasitas 150 kg, ketelitian 20 g, baterai isi ulang.", 3),
      A("Digital Platform Scale 150kg", "Digital platform scale 150 kg, stainless pan, rechargeable battery.", 2, ["sni:pending", "tkdn:multi"]),
      A("Timbangan Duduk Digital Lipat 150 kg", "Timbangan duduk digital model lipat, 150 kg, tiang indikator.", 0, ["sni:scoped"], NM),
      A("Neraca Digital Platform 150 Kg", "Neraca digital platform 150 kg dengan indikator LCD.", 0, ["tkdn:none"]),
      A("Timbangan Digtal 150 kg Stainless", "Timbangan digital 150 kg dengan pan stainless.", 1, ["island", "cap70"], TYPO),
      S("Timbangan Gantung Digital 150 kg (Crane Scale)", "Timbangan gantung digital crane scale 150 kg dengan remote.", 2),
      R("Alat Ukur Kadar Air (Moisture Meter)", "Moisture meter digital untuk kadar air gabah, jagung dan biji sawit.", 1, [], { price: 1250000 }),
      D("Anak Timbangan Kalibrasi 20 kg", "Anak timbangan besi cor 20 kg untuk kalibrasi timbangan.", { category: "metal_fabrication", unit: "pcs", price: 650000 }),
      D("Baterai Timbangan 6V 4Ah", "Baterai kering 6V 4Ah pengganti untuk timbangan digital.", { category: "electrical", unit: "pcs", price: 65000 }),
    ],
  },
  {
    key: "N29", buyer: "BUYER-02", lang: "id", category: "herbal_medicine",
    title: "Minyak urut herbal untuk klinik pelabuhan dan kotak P3K kapal pandu",
    description: "Pengadaan 1.800 botol minyak urut/minyak gosok herbal 60-100 ml (sereh, jahe, cengkeh) untuk klinik pelabuhan dan kotak P3K kapal pandu di Ternate. Wajib terdaftar BPOM (TR).",
    quantity: 1800, unit: "botol", province: "82", regency: "82.71", neededBy: "2026-12-07", certs: ["bpom"], budgetPerUnit: 22000,
    guard: ["minyak urut", "minyak gosok", "massage oil", "minyak tawon", "param", "herbl", "koyo"],
    plants: [
      A("Minyak Urut Sereh Jahe 60 ml", "Minyak urut herbal sereh dan jahe, hangat, botol 60 ml.", 3),
      A("Minyak Gosok Cengkeh Maluku 100 ml", "Minyak gosok cengkeh dan pala khas Maluku, botol 100 ml.", 3, [], { prov: "81" }),
      A("Massage Oil Herbal Warm 60ml", "Herbal warming massage oil with ginger and lemongrass, 60 ml bottle.", 0, ["bpom:rejected"], { ...NM, category: "cosmetics_toiletries" }),
      A("Minyak Tawon Asli Makassar", "Minyak tawon asli Makassar untuk urut dan pijat, botol 60 ml.", 2, ["island"], { prov: "73" }),
      A("Minyak Urut Herbl Pijat", "Minyak urut herbal untuk pijat dan pegal linu, dijual per lusin.", 1, ["bpom:pending", "cap70"], { ...TYPO, unit: "lusin" }),
      S("Param Kocok Herbal 100 ml", "Param kocok herbal untuk pegal dan keseleo, botol 100 ml.", 2),
      R("Koyo Herbal Jahe", "Koyo herbal jahe isi 10 lembar untuk pegal linu.", 1, [], { unit: "pak", price: 12000 }),
      D("Minyak Goreng Kelapa Kampung", "Minyak goreng kelapa kampung (minyak kletik), botol 1 liter.", { category: "condiments", unit: "botol", price: 45000 }),
      D("Minyak Atsiri Sereh Wangi Curah", "Minyak atsiri sereh wangi (citronella oil) curah untuk industri, per kg.", { unit: "kg", price: 285000 }),
    ],
  },
  {
    key: "N30", buyer: "BUYER-05", lang: "en", category: "cosmetics_toiletries",
    title: "Hand sanitizer gel 500 ml for control rooms and plant clinics",
    description: "Supply of 3,600 bottles of alcohol-based hand sanitizer gel (min. 70% alcohol), 500 ml pump bottles, for control rooms, canteens and the plant clinics in Bontang. BPOM notification and halal certificate required.",
    quantity: 3600, unit: "botol", province: "64", regency: "64.74", neededBy: "2026-11-23", certs: ["bpom", "halal"], budgetPerUnit: 38000,
    guard: ["sanitizer", "sanitiser", "sanitzer", "handsanitizer", "antiseptik", "tisu basah"],
    plants: [
      A("Hand Sanitizer Gel 500 ml Pump", "Hand sanitizer gel alkohol 70%, botol pump 500 ml.", 3),
      A("Handsanitizer Alkohol 70% 500ml", "Handsanitizer gel alkohol 70% dengan aloe vera, botol 500ml.", 2, ["halal:pending"]),
      A("Gel Antiseptik Tangan 500 ml", "Gel antiseptik tangan berbahan alkohol 70%, botol pump 500 ml.", 0, ["bpom:missing"], NM),
      A("Hand Sanitiser Gel Aloe Vera", "Hand sanitiser gel aloe vera 500 ml, dijual per lusin.", 1, ["island", "price30"], { unit: "lusin" }),
      A("Hand Sanitzer Gel 500 ml Refill", "Hand sanitizer gel 500 ml untuk isi ulang dispenser.", 2, ["cap70"], TYPO),
      S("Hand Sanitizer Spray Cair 500 ml", "Hand sanitizer cair model spray, alkohol 75%, botol 500 ml.", 1, ["halal:pending"]),
      R("Tisu Basah Antiseptik 50 Lembar", "Tisu basah antiseptik isi 50 lembar, tanpa alkohol.", 1, [], { unit: "pak", price: 15000 }),
      D("Dispenser Hand Sanitizer Otomatis", "Dispenser hand sanitizer otomatis dengan sensor, baterai.", { category: "electronic_devices", unit: "unit", price: 450000 }),
      D("Alkohol 96% Teknis 1 Liter", "Alkohol 96% teknis untuk pelarut dan pembersih, botol 1 liter.", { category: "cleaning_products", unit: "botol", price: 55000 }),
    ],
  },
];
