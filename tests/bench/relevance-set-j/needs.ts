// Set J: the 30 needs and the products planted for each. Data only; generate.ts builds the files.
import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain.ts";

/** What a planted product is to its need: A asked, S substitute, R related, D decoy (unrelated). */
export type PlantKind = "A" | "S" | "R" | "D";

/**
 * How a plant is made to fall short. Soft: cap70 / cap30 (capacity ~70% / ~30% of the quantity),
 * price30 / price60 (priceMin ~25–36% / ~50–70% over budget), island (producer in another island
 * group), certPending. Hard: certExpired (expires before neededBy), certScoped (scoped to another
 * product), certRejected, certMissing, certFuture (valid only after neededBy), tkdnUnder (declared
 * 2–4 points under, no certificate), tkdnFar (15 points under), tkdnCertLow (declares enough but a
 * verified TKDN certificate says 2–5 under). Passing TKDN variants: tkdnCertHigh (declares too
 * little, a verified certificate says enough), tkdnCertOnly (no declared value, a certificate).
 * archived: the product is archived.
 */
export type Mod =
  | "cap70"
  | "cap30"
  | "price30"
  | "price60"
  | "island"
  | "certPending"
  | "certExpired"
  | "certScoped"
  | "certRejected"
  | "certMissing"
  | "certFuture"
  | "tkdnUnder"
  | "tkdnFar"
  | "tkdnCertLow"
  | "tkdnCertHigh"
  | "tkdnCertOnly"
  | "archived";

export interface Plant {
  c: PlantKind;
  /** product name */
  n: string;
  /** product description */
  d: string;
  /** category when not the need's */
  cat?: ProductCategory;
  /** unit when not the need's */
  u?: Unit;
  /** producer sector when not the category's */
  sector?: Sector;
  /** price per product unit (decoys and related products priced on their own) */
  p?: number;
  m?: Mod[];
  /** intended grade, declared by hand */
  g: 0 | 1 | 2 | 3;
  /** intended near-miss flag, declared by hand */
  nm?: boolean;
  /** producer province pinned (regional products) */
  prov?: string;
}

export interface NeedSpec {
  key: string;
  buyer: string;
  cat: ProductCategory;
  title: string;
  desc: string;
  qty: number;
  unit: Unit;
  budget: number;
  prov: string;
  reg: string;
  by: string;
  certs: CertificationType[];
  tkdn?: number;
  plants: Plant[];
}

export const BUYERS = [
  { ref: "SETJ:BUYER-01", name: "PT Pelabuhan Samudra Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "73.71", address: "Jl. Soekarno No. 1, Kawasan Pelabuhan Soekarno-Hatta, Makassar", website: "https://pelabuhan-samudra.example" },
  { ref: "SETJ:BUYER-02", name: "PT Perkebunan Agro Lestari Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "14.71", address: "Jl. Jenderal Sudirman No. 220, Pekanbaru", website: "https://agrolestari.example" },
  { ref: "SETJ:BUYER-03", name: "PT Mahakam Bara Sejahtera", legalForm: "pt", buyerType: "large_industry", regionCode: "64.72", address: "Jl. Ir. H. Juanda No. 45, Samarinda", website: "https://mahakambara.example" },
  { ref: "SETJ:BUYER-04", name: "PT Dewata Hospitality Group", legalForm: "pt", buyerType: "other", regionCode: "51.03", address: "Jl. Raya Kuta No. 88, Badung, Bali", website: "https://dewata-hospitality.example" },
  { ref: "SETJ:BUYER-05", name: "Yayasan Rumah Sakit Husada Mulia", legalForm: "yayasan", buyerType: "other", regionCode: "33.74", address: "Jl. Dr. Cipto No. 12, Semarang", website: "https://rshusadamulia.example" },
] as const;

export const NEEDS: NeedSpec[] = [
  {
    key: "N01", buyer: "SETJ:BUYER-02", cat: "snacks",
    title: "Rempeyek kacang tanah untuk suguhan rapat dan tamu kebun",
    desc: "Dibutuhkan rempeyek kacang tanah renyah, tidak berminyak, kemasan plastik 1 kg atau 250 g, untuk suguhan rapat kerja dan tamu di kantor kebun. Wajib bersertifikat halal yang masih berlaku sampai pengiriman. Dikirim ke gudang logistik Pekanbaru.",
    qty: 1200, unit: "kg", budget: 85000, prov: "14", reg: "14.71", by: "2027-04-15", certs: ["halal"],
    plants: [
      { c: "A", n: "Rempeyek kacang tanah renyah", d: "Rempeyek kacang tanah dengan tepung beras dan daun jeruk, renyah dan tidak berminyak, kemasan 1 kg.", g: 3 },
      { c: "A", n: "Peyek kacang kemasan 1 kg", d: "Peyek kacang tanah bumbu bawang putih dan ketumbar, digoreng kering, plastik 1 kg.", m: ["certPending"], g: 2 },
      { c: "A", n: "Peanut crackers (peyek) original", d: "Traditional Javanese peanut crackers, thin and crispy, packed 250 g and 1 kg.", m: ["island", "cap70"], g: 1 },
      { c: "A", n: "Rempeyak kacang gurih", d: "Rempeyek kacang tanah gurih buatan rumahan, kemasan 500 g dan 1 kg.", m: ["certExpired"], g: 0, nm: true },
      { c: "A", n: "Peyek kacang tanah khas Wonogiri", cat: "crackers", d: "Peyek kacang tanah tipis lebar khas Wonogiri, dijual per kg untuk toko oleh-oleh dan katering.", m: ["price30"], g: 2 },
      { c: "S", n: "Rempeyek teri nasi", d: "Rempeyek dengan ikan teri nasi, bumbu bawang dan kemiri, kemasan 1 kg.", g: 2 },
      { c: "S", n: "Rempeyek kacang hijau", d: "Rempeyek berisi kacang hijau kupas, renyah, kemasan 500 g.", m: ["certMissing"], g: 0 },
      { c: "R", n: "Kacang atom pedas", d: "Kacang tanah berbalut tepung renyah rasa pedas, kemasan 1 kg.", g: 1 },
      { c: "D", n: "Kacang tanah kupas mentah", cat: "condiments", d: "Kacang tanah kupas kering grade A, bahan baku rempeyek dan bumbu pecel, karung 25 kg.", p: 32000, g: 0 },
      { c: "D", n: "Tepung beras untuk adonan gorengan", cat: "condiments", d: "Tepung beras giling halus untuk adonan peyek, bakwan dan kue, kemasan 1 kg.", p: 14000, g: 0 },
    ],
  },
  {
    key: "N02", buyer: "SETJ:BUYER-03", cat: "crackers",
    title: "Kerupuk kulit sapi (rambak) mentah untuk dapur katering site tambang",
    desc: "Pengadaan kerupuk kulit sapi/rambak mentah (belum digoreng), kering, untuk pelengkap menu dapur katering karyawan site Kutai Kartanegara. Pengiriman bertahap, kemasan karton 5–10 kg. Wajib sertifikat halal.",
    qty: 800, unit: "kg", budget: 120000, prov: "64", reg: "64.02", by: "2027-05-20", certs: ["halal"],
    plants: [
      { c: "A", n: "Kerupuk rambak kulit sapi mentah", d: "Rambak kulit sapi mentah dijemur kering, siap goreng, kemasan 5 kg.", g: 3 },
      { c: "A", n: "Krecek kulit sapi kering", d: "Krecek kulit sapi kering untuk digoreng atau sambal goreng krecek, per kg.", m: ["cap30"], g: 1 },
      { c: "A", n: "Kerupuk jangek kulit sapi", d: "Jangek, kerupuk kulit sapi khas Minang, mentah kering siap goreng.", m: ["island"], prov: "13", g: 2 },
      { c: "A", n: "Cow skin crackers (raw)", d: "Raw dried cow skin crackers, fry before serving, 5 kg cartons.", m: ["certScoped"], g: 0, nm: true },
      { c: "A", n: "Kerupk kulit sapi mentah", d: "Kerupuk kulit sapi mentah potong dadu, kering, karton 10 kg.", m: ["certRejected"], g: 0, nm: true },
      { c: "S", n: "Kerupuk kulit kerbau mentah", d: "Kerupuk kulit kerbau mentah kering, mekar besar saat digoreng.", g: 2 },
      { c: "R", n: "Kerupuk kulit ikan mentah", d: "Kerupuk kulit ikan patin mentah, kering, kemasan 1 kg.", g: 1 },
      { c: "D", n: "Kulit sapi garaman", cat: "leather_goods", sector: "leather_footwear", u: "lembar", d: "Kulit sapi mentah diawetkan garam, bahan baku penyamakan kulit, per lembar.", p: 350000, g: 0 },
      { c: "D", n: "Tas selempang kulit sapi", cat: "leather_goods", sector: "leather_footwear", u: "pcs", d: "Tas selempang kulit sapi asli jahit tangan, warna coklat tua.", p: 425000, g: 0 },
    ],
  },
  {
    key: "N03", buyer: "SETJ:BUYER-04", cat: "sweeteners",
    title: "Gula batu untuk pelengkap teh di restoran hotel",
    desc: "Kebutuhan gula batu kristal (putih atau kuning) untuk pelengkap penyajian teh di restoran dan lounge hotel di Bali. Butiran sedang, bersih, kemasan curah 1–25 kg. Halal wajib.",
    qty: 3, unit: "ton", budget: 28000000, prov: "51", reg: "51.03", by: "2027-03-15", certs: ["halal"],
    plants: [
      { c: "A", n: "Gula batu kristal putih", u: "kg", d: "Gula batu kristal putih bening, butiran sedang, kemasan 1 kg dan 25 kg.", g: 3 },
      { c: "A", n: "Rock suger (gula batu) 500 g", u: "kg", d: "Rock sugar crystals for tea, packed 500 g, sold per kg.", m: ["price30"], g: 2 },
      { c: "A", n: "Gula batu kuning curah", u: "kg", d: "Gula batu kuning alami untuk teh dan wedang, curah per kg.", m: ["island"], g: 2 },
      { c: "A", n: "Gula batu", u: "kg", d: "Gula batu putih kemasan 250 g dan 1 kg, untuk teh dan minuman.", m: ["certFuture"], g: 0 },
      { c: "A", n: "Gulabatu curah 25 kg", u: "kg", d: "Gulabatu kristal kecil, karung 25 kg, harga per kg.", m: ["cap70", "price30"], g: 1 },
      { c: "S", n: "Gula pasir kristal putih", u: "kg", d: "Gula kristal putih (GKP) dikemas ulang 1 kg, untuk hotel dan restoran.", g: 2 },
      { c: "R", n: "Gula aren cetak batok", u: "kg", d: "Gula aren murni cetak batok kelapa, per kg.", g: 1 },
      { c: "D", n: "Batu koral sikat untuk taman", cat: "building_materials", sector: "chemical_building", u: "kg", d: "Batu koral putih sikat untuk lantai carport dan taman, karung 25 kg.", p: 3500, g: 0 },
      { c: "D", n: "Toples kaca tutup bambu", cat: "packaging", sector: "packaging_printing", u: "pcs", d: "Toples kaca 500 ml tutup bambu untuk gula, kopi dan teh.", p: 38000, g: 0 },
    ],
  },
  {
    key: "N04", buyer: "SETJ:BUYER-02", cat: "condiments",
    title: "Lada hitam butiran untuk dapur katering kebun",
    desc: "Pengadaan lada hitam (merica hitam) butiran utuh, kering, kadar air rendah, untuk kebutuhan bumbu dapur katering karyawan di kebun Muara Enim. Kemasan karung/plastik 5–25 kg.",
    qty: 500, unit: "kg", budget: 140000, prov: "16", reg: "16.03", by: "2027-06-30", certs: [],
    plants: [
      { c: "A", n: "Lada hitam Lampung butiran", d: "Lada hitam Lampung biji utuh, dijemur kering, kadar air < 12%, karung 25 kg.", prov: "18", g: 3 },
      { c: "A", n: "Merica hitam utuh", d: "Merica hitam biji utuh sortir, kemasan 5 kg.", m: ["cap70"], g: 2 },
      { c: "A", n: "Sahang hitam Bangka", d: "Sahang (lada) hitam dari kebun rakyat Bangka, biji utuh kering.", m: ["price60"], prov: "19", g: 1 },
      { c: "A", n: "Black pepper whole (ASTA grade)", d: "Whole black pepper, ASTA cleaned, 25 kg bags.", m: ["archived"], g: 0 },
      { c: "A", n: "Lada hitan butir", d: "Lada hitam butir kering pilihan, kemasan 1 kg dan 10 kg.", m: ["island"], g: 2 },
      { c: "S", n: "Lada putih Muntok butiran", d: "Lada putih Muntok biji utuh, kemasan 5 kg.", m: ["price30"], g: 1 },
      { c: "S", n: "Lada hitam bubuk", d: "Lada hitam giling halus tanpa campuran, kemasan 1 kg.", g: 2 },
      { c: "R", n: "Cabai jawa kering (cabe jamu)", d: "Buah cabai jawa (Piper retrofractum) kering untuk bumbu dan jamu, per kg.", g: 1 },
      { c: "D", n: "Sambal lado merah giling", d: "Cabai merah giling kasar khas Minang (lado), kemasan botol 500 g dijual per kg.", p: 60000, g: 0 },
      { c: "D", n: "Mesin penggiling merica dan kopi", cat: "machinery", sector: "metal_machinery", u: "unit", d: "Mesin giling biji merica, kopi dan rempah, motor 1 HP, kapasitas 20 kg/jam.", p: 4500000, g: 0 },
    ],
  },
  {
    key: "N05", buyer: "SETJ:BUYER-01", cat: "processed_meat_fish",
    title: "Bakso sapi beku untuk menu kantin pelabuhan Ambon",
    desc: "Pengadaan bakso daging sapi beku (frozen), ukuran sedang ±20 g/butir, kemasan 1 kg, untuk menu kantin karyawan dan awak kapal di Pelabuhan Ambon. Wajib halal, pengiriman dengan rantai dingin.",
    qty: 1500, unit: "kg", budget: 95000, prov: "81", reg: "81.71", by: "2027-08-31", certs: ["halal"],
    plants: [
      { c: "A", n: "Bakso daging sapi frozen", d: "Bakso daging sapi 80% daging, beku, isi ±50 butir per kg.", g: 3 },
      { c: "A", n: "Baso sapi urat beku", d: "Baso urat daging sapi, dibekukan, kemasan vakum 1 kg.", m: ["certPending"], g: 2 },
      { c: "A", n: "Pentol sapi beku", d: "Pentol daging sapi khas Jawa Timur, beku, plastik 1 kg.", m: ["island", "cap70"], prov: "35", g: 1 },
      { c: "A", n: "Beef meatballs (frozen)", d: "Frozen beef meatballs, 20 g each, 1 kg vacuum packs.", m: ["certMissing"], g: 0, nm: true },
      { c: "A", n: "Bakos sapi beku isi 50", d: "Bakso sapi beku isi 50 butir per kemasan 1 kg.", m: ["price30"], g: 2 },
      { c: "S", n: "Bakso ayam beku", d: "Bakso daging ayam beku, kemasan 1 kg isi ±50 butir.", g: 2 },
      { c: "R", n: "Sosis sapi beku", d: "Sosis daging sapi beku, panjang 10 cm, kemasan 1 kg.", g: 1 },
      { c: "D", n: "Mesin pencetak bakso", cat: "machinery", sector: "metal_machinery", u: "unit", d: "Mesin cetak bakso otomatis stainless, 300 butir per menit.", p: 9500000, g: 0 },
      { c: "D", n: "Bumbu bakso instan", cat: "condiments", d: "Bumbu kuah bakso instan, sachet 50 g dijual per kg.", p: 85000, g: 0 },
      { c: "D", n: "Mangkok bakso keramik ayam jago", cat: "ceramics_pottery", sector: "handicraft", u: "pcs", d: "Mangkok keramik motif ayam jago diameter 18 cm untuk warung bakso.", p: 12000, g: 0 },
    ],
  },
  {
    key: "N06", buyer: "SETJ:BUYER-04", cat: "confectionery",
    title: "Permen jahe untuk meja resepsionis dan amenitas kamar",
    desc: "Kebutuhan permen jahe (ginger candy) bungkus satuan untuk meja resepsionis dan amenitas kamar hotel di Mataram. Wajib halal dan izin edar BPOM. Dikemas per kg.",
    qty: 400, unit: "kg", budget: 90000, prov: "52", reg: "52.71", by: "2027-07-15", certs: ["halal", "bpom"],
    plants: [
      { c: "A", n: "Permen jahe merah bungkus satuan", d: "Permen jahe merah keras, dibungkus satuan, kemasan 1 kg.", g: 3 },
      { c: "A", n: "Ginger candy individually wrapped", d: "Hard ginger candy, individually wrapped, 1 kg bags.", m: ["island"], g: 2 },
      { c: "A", n: "Kembang gula jahe", d: "Kembang gula rasa jahe asli, tanpa pewarna, kemasan 1 kg.", m: ["certPending", "cap70"], g: 1 },
      { c: "A", n: "Ting-ting jahe", d: "Ting-ting jahe, permen jahe keras tradisional, kemasan toples dijual per kg.", m: ["certExpired"], g: 0, nm: true },
      { c: "A", n: "Permen jae", d: "Permen jahe kunyah buatan rumahan, bungkus satuan, kemasan 1 kg.", m: ["price60"], g: 1 },
      { c: "S", n: "Permen kencur", d: "Permen kencur keras bungkus satuan, rasa rempah hangat, 1 kg.", g: 2 },
      { c: "R", n: "Permen susu karamel", d: "Permen susu karamel bungkus satuan, kemasan 1 kg.", g: 1 },
      { c: "D", n: "Jahe merah instan bubuk", cat: "beverages", d: "Minuman jahe merah instan bubuk dengan gula aren, kemasan 1 kg.", p: 95000, g: 0 },
      { c: "D", n: "Mesin pembungkus permen twist", cat: "machinery", sector: "metal_machinery", u: "unit", d: "Mesin bungkus permen model twist, 200 butir per menit.", p: 65000000, g: 0 },
    ],
  },
  {
    key: "N07", buyer: "SETJ:BUYER-05", cat: "beverages",
    title: "Susu kedelai siap minum untuk menu sarapan pasien",
    desc: "Pengadaan susu kedelai siap minum tanpa pengawet, botol 200–250 ml, untuk menu sarapan pasien rawat inap. Pengiriman dua kali seminggu ke instalasi gizi RS di Semarang. Wajib halal.",
    qty: 12000, unit: "botol", budget: 6500, prov: "33", reg: "33.74", by: "2027-04-30", certs: ["halal"],
    plants: [
      { c: "A", n: "Susu kedelai botol 250 ml", d: "Susu kedelai murni tanpa pengawet, botol PET 250 ml, disimpan dingin.", g: 3 },
      { c: "A", n: "Sari kedelai original", d: "Sari kedelai segar original dan pandan, botol 200 ml.", m: ["cap30"], g: 1 },
      { c: "A", n: "Soy milk ready to drink", d: "Fresh soy milk, no preservatives, 250 ml bottles.", m: ["certFuture"], g: 0 },
      { c: "A", n: "Sari dele", u: "lusin", d: "Sari dele (susu kedelai) botol 200 ml, dijual per lusin.", m: ["price30"], g: 2 },
      { c: "A", n: "Susu kedelei segar", d: "Susu kedelai segar pasteurisasi, botol 250 ml.", m: ["island"], g: 2 },
      { c: "S", n: "Sari kacang hijau botol", d: "Minuman sari kacang hijau siap minum, botol 250 ml.", g: 2 },
      { c: "R", n: "Susu kedelai bubuk instan", u: "kg", d: "Susu kedelai bubuk instan untuk diseduh, kemasan 1 kg.", p: 75000, g: 1 },
      { c: "D", n: "Kedelai kupas bahan tempe", cat: "condiments", u: "kg", d: "Biji kedelai kupas bersih untuk tempe, tahu dan susu, karung 50 kg.", p: 13000, g: 0 },
      { c: "D", n: "Botol plastik PET 250 ml", cat: "packaging", sector: "packaging_printing", u: "pcs", d: "Botol PET bening 250 ml tutup segel untuk jus dan susu.", p: 900, g: 0 },
      { c: "D", n: "Mesin penggiling kedelai", cat: "machinery", sector: "metal_machinery", u: "unit", d: "Mesin giling kedelai basah untuk tahu dan susu, stainless, 1,5 HP.", p: 6500000, g: 0 },
    ],
  },
  {
    key: "N08", buyer: "SETJ:BUYER-05", cat: "uniforms",
    title: "Surgical scrub suits for operating theatre staff",
    desc: "Supply of scrub suits (V-neck top and drawstring trousers) in cotton-polyester, colours green and navy, sizes S–XXL, for operating theatre and ICU staff of the hospital in Semarang. Minimum local content (TKDN) 40%.",
    qty: 600, unit: "set", budget: 185000, prov: "33", reg: "33.74", by: "2027-05-31", certs: [], tkdn: 40,
    plants: [
      { c: "A", n: "Baju scrub medis atasan dan celana", d: "Setelan scrub medis bahan katun-poliester, kerah V, celana tali, ukuran S–XXL.", g: 3 },
      { c: "A", n: "Setelan baju OK kamar operasi", d: "Baju OK (kamar operasi) atasan dan celana, bahan american drill, warna hijau.", m: ["tkdnCertLow"], g: 0, nm: true },
      { c: "A", n: "Scrub suit unisex", d: "Unisex scrub suit, V-neck top and trousers, poly-cotton.", m: ["island", "price30"], g: 1 },
      { c: "A", n: "Seragam kamar bedah", cat: "apparel", d: "Seragam kamar bedah satu set, bahan adem menyerap keringat, bordir nama.", m: ["tkdnCertHigh", "cap70"], g: 2 },
      { c: "A", n: "Baju srub perawat bedah", d: "Baju scrub untuk perawat bedah, bahan katun, warna navy.", m: ["tkdnFar"], g: 0 },
      { c: "S", n: "Seragam perawat setelan", d: "Seragam perawat atasan dan celana/rok, bahan katun tetoron.", g: 2 },
      { c: "R", n: "Jas laboratorium lengan panjang", u: "pcs", d: "Jas lab putih lengan panjang bahan katun, kancing depan.", p: 120000, g: 1 },
      { c: "D", n: "Kain american drill per meter", cat: "textile_goods", u: "meter", d: "Kain american drill katun untuk bahan seragam, lebar 150 cm.", p: 38000, g: 0 },
      { c: "D", n: "Masker bedah 3 ply", cat: "ppe", sector: "textile_apparel", u: "kotak", d: "Masker bedah 3 lapis earloop, isi 50 per kotak.", p: 25000, g: 0 },
      { c: "D", n: "Scrub wajah kopi arabika", cat: "cosmetics_toiletries", sector: "herbal_cosmetics", u: "pot", d: "Scrub wajah dan badan dari ampas kopi arabika, pot 100 g.", p: 35000, g: 0 },
    ],
  },
  {
    key: "N09", buyer: "SETJ:BUYER-03", cat: "apparel",
    title: "Jaket parasut berbordir logo untuk karyawan lapangan",
    desc: "Pengadaan jaket parasut (taslan) lapis furing jala, warna navy, bordir logo perusahaan di dada kiri dan punggung, ukuran M–XXXL, untuk karyawan lapangan di Balikpapan.",
    qty: 900, unit: "pcs", budget: 210000, prov: "64", reg: "64.71", by: "2027-09-30", certs: [],
    plants: [
      { c: "A", n: "Jaket parasut taslan bordir", d: "Jaket parasut taslan lapis furing jala, bordir logo, ukuran M–XXXL.", g: 3 },
      { c: "A", n: "Windbreaker jacket custom logo", d: "Windbreaker jacket, water-repellent nylon, embroidered logo.", m: ["island"], g: 2 },
      { c: "A", n: "Jaket anti angin bahan parasit", d: "Jaket anti angin bahan parasit, furing jaring, bisa sablon atau bordir.", m: ["price60"], g: 1 },
      { c: "A", n: "Jaket taslan waterproof", u: "lusin", d: "Jaket taslan waterproof, dijual per lusin, warna bebas.", m: ["cap70"], g: 2 },
      { c: "A", n: "Jaket parasut", d: "Jaket parasut polos model bomber, furing dakron.", m: ["archived"], g: 0 },
      { c: "S", n: "Jaket softshell", d: "Jaket softshell lapis fleece, tahan angin, bordir logo.", g: 2 },
      { c: "R", n: "Rompi parasut", d: "Rompi parasut tanpa lengan, saku banyak, untuk lapangan.", g: 1 },
      { c: "D", n: "Kain parasut taslan per meter", cat: "textile_goods", u: "meter", d: "Kain parasut taslan waterproof lebar 150 cm, dijual per meter.", p: 22000, g: 0 },
      { c: "D", n: "Tas serut parasut", cat: "bags_souvenirs", sector: "handicraft", d: "Tas serut (drawstring bag) bahan parasut, sablon logo.", p: 12000, g: 0 },
    ],
  },
  {
    key: "N10", buyer: "SETJ:BUYER-04", cat: "textile_goods",
    title: "Blackout curtains for guest room renovation",
    desc: "Supply and tailoring of blackout curtains (triple-weave blackout fabric, pinch-pleat heading) for 160 guest rooms being renovated in Badung, Bali. Colour beige/taupe, each panel approx. 150 x 260 cm.",
    qty: 480, unit: "lembar", budget: 650000, prov: "51", reg: "51.03", by: "2027-10-31", certs: [],
    plants: [
      { c: "A", n: "Gorden blackout custom", d: "Gorden blackout tiga lapis, model smokring atau lipit, ukuran custom per lembar.", g: 3 },
      { c: "A", n: "Hordeng blackout kamar", d: "Hordeng kain blackout untuk kamar tidur, jahit lipit, per lembar.", m: ["cap30"], g: 1 },
      { c: "A", n: "Korden blackout polos", d: "Korden blackout polos warna krem, tinggi 260 cm, per lembar.", m: ["price30"], g: 2 },
      { c: "A", n: "Blackout curtain panel", d: "Blackout curtain panel, triple weave, pinch pleat, made to measure.", m: ["island"], g: 2 },
      { c: "A", n: "Gorden blakout hotel", d: "Gorden blakout untuk hotel dan villa, jahit rapi, per lembar.", m: ["price30", "island"], g: 1 },
      { c: "S", n: "Roller blind blackout", u: "lembar", d: "Roller blind kain blackout dengan mekanisme rantai, ukuran custom.", g: 2 },
      { c: "R", n: "Vitrase gorden tipis", d: "Vitrase (gorden tipis) voile putih, per lembar.", g: 1 },
      { c: "D", n: "Rel gorden aluminium", cat: "metal_fabrication", sector: "metal_machinery", u: "meter", d: "Rel gorden aluminium lengkap dengan roller dan bracket, per meter.", p: 45000, g: 0 },
      { c: "D", n: "Kain blackout per meter", u: "meter", d: "Kain blackout bahan gorden lebar 280 cm, dijual per meter.", p: 55000, g: 0 },
    ],
  },
  {
    key: "N11", buyer: "SETJ:BUYER-03", cat: "batik_cloth",
    title: "Kain sasirangan untuk seragam karyawan kantor Banjarbaru",
    desc: "Pengadaan kain sasirangan (motif kulit kurikit / gigi haruan), bahan katun primisima, lebar 115 cm, untuk dijahit menjadi seragam karyawan kantor perwakilan Kalimantan Selatan. Warna dan motif sesuai contoh.",
    qty: 3000, unit: "meter", budget: 95000, prov: "63", reg: "63.72", by: "2027-06-15", certs: [],
    plants: [
      { c: "A", n: "Kain sasirangan cap", d: "Kain sasirangan cap motif kulit kurikit, katun primisima, dijual per meter.", prov: "63", g: 3 },
      { c: "A", n: "Sasirangan tulis motif gigi haruan", d: "Sasirangan jahit jelujur motif gigi haruan, pewarna alam, per meter.", m: ["price60"], prov: "63", g: 1 },
      { c: "A", n: "Kain pelangi Banjar", d: "Kain pelangi khas Banjar (sasirangan) katun, lebar 115 cm, per meter.", m: ["cap70"], g: 2 },
      { c: "A", n: "Sasirangan cloth", d: "Sasirangan tie-dye cloth from South Kalimantan style, cotton, per metre.", m: ["island"], g: 2 },
      { c: "A", n: "Kain sasirangn katun", d: "Kain sasirangan katun motif ombak sinapur karang, per meter.", m: ["island", "cap70"], g: 1 },
      { c: "S", n: "Kain jumputan katun", d: "Kain jumputan (ikat celup) katun, warna cerah, per meter.", m: ["island"], g: 1 },
      { c: "R", n: "Selendang sasirangan", u: "lembar", d: "Selendang sasirangan sutra 200 x 50 cm.", p: 175000, g: 1 },
      { c: "D", n: "Pewarna naptol untuk kain", cat: "cleaning_products", sector: "chemical_building", u: "kg", d: "Pewarna naptol dan garam diazo untuk celup kain sasirangan dan batik.", p: 180000, g: 0 },
      { c: "D", n: "Benang jahit polyester", cat: "textile_goods", sector: "textile_apparel", u: "lusin", d: "Benang jahit polyester 40/2, isi 12 gulung.", p: 36000, g: 0 },
    ],
  },
  {
    key: "N12", buyer: "SETJ:BUYER-01", cat: "footwear",
    title: "Sepatu sekolah hitam untuk siswa SD binaan CSR Kupang",
    desc: "Pengadaan sepatu sekolah hitam polos bertali/perekat untuk siswa SD binaan program CSR di Kota Kupang, ukuran 28–38, dihitung per kodi. TKDN minimal 40%.",
    qty: 150, unit: "kodi", budget: 1700000, prov: "53", reg: "53.71", by: "2027-06-30", certs: [], tkdn: 40,
    plants: [
      { c: "A", n: "Sepatu sekolah hitam anak", u: "pasang", d: "Sepatu sekolah hitam anak sol karet, ukuran 28–38, per pasang.", prov: "52", g: 3 },
      { c: "A", n: "School shoes black (kids)", u: "pasang", d: "Black school shoes for kids, rubber sole, velcro strap.", m: ["island"], g: 2 },
      { c: "A", n: "Sepatu murid SD warna hitam", d: "Sepatu murid SD warna hitam bertali, dijual per kodi.", m: ["tkdnUnder"], g: 0, nm: true },
      { c: "A", n: "Sepatu sekolah", u: "pasang", d: "Sepatu sekolah hitam kulit sintetis produksi Cibaduyut.", m: ["tkdnCertOnly", "cap30", "island"], prov: "32", g: 1 },
      { c: "A", n: "Sepatu sekolah hitm polos", u: "pasang", d: "Sepatu sekolah hitam polos perekat, ukuran anak.", m: ["price30"], prov: "52", g: 2 },
      { c: "S", n: "Sepatu kets hitam anak", u: "pasang", d: "Sepatu kets (sneakers) hitam anak bahan kanvas, sol karet.", prov: "53", g: 2 },
      { c: "R", n: "Sepatu pantofel pria", u: "pasang", d: "Sepatu pantofel pria kulit sapi hitam.", p: 250000, g: 1 },
      { c: "D", n: "Sol karet sepatu", cat: "footwear", u: "pasang", d: "Sol karet outsole untuk sepatu, berbagai ukuran, per pasang.", p: 15000, g: 0 },
      { c: "D", n: "Semir sepatu hitam", cat: "cleaning_products", sector: "chemical_building", u: "pcs", d: "Semir sepatu hitam kaleng 40 g.", p: 9000, g: 0 },
      { c: "D", n: "Tas ransel sekolah", cat: "bags_souvenirs", sector: "textile_apparel", u: "pcs", d: "Tas ransel sekolah anak bahan D300, banyak kantong.", p: 65000, g: 0 },
    ],
  },
  {
    key: "N13", buyer: "SETJ:BUYER-02", cat: "leather_goods",
    title: "Sampul agenda kulit berlogo untuk cinderamata RUPS",
    desc: "Pengadaan sampul (cover) agenda kulit asli ukuran A5 dengan emboss logo perusahaan, termasuk isi agenda, untuk cinderamata peserta RUPS di Pekanbaru.",
    qty: 350, unit: "pcs", budget: 275000, prov: "14", reg: "14.71", by: "2027-11-30", certs: [],
    plants: [
      { c: "A", n: "Cover agenda kulit sapi custom logo", d: "Cover agenda kulit sapi A5 emboss logo, termasuk isi agenda.", g: 3 },
      { c: "A", n: "Leather notebook cover A5", d: "Genuine leather A5 notebook cover with debossed logo.", m: ["island"], g: 2 },
      { c: "A", n: "Sampul buku agenda kulit asli", d: "Sampul buku agenda kulit asli jahit tangan, ukuran A5 dan B5.", m: ["cap30"], g: 1 },
      { c: "A", n: "Agenda organizer kulit", cat: "printing", d: "Agenda organizer bersampul kulit, ring binder, logo emboss.", m: ["island", "price30"], g: 1 },
      { c: "A", n: "Cover agenda kuit", d: "Cover agenda kulit domba, warna coklat.", m: ["archived"], g: 0 },
      { c: "S", n: "Cover agenda kulit sintetis", d: "Cover agenda kulit sintetis (PU) A5, emboss logo.", g: 2 },
      { c: "R", n: "Map dokumen kulit", d: "Map dokumen kulit sapi ukuran folio dengan kancing.", g: 1 },
      { c: "D", n: "Buku agenda 2028 hard cover", cat: "printing", sector: "packaging_printing", d: "Cetak buku agenda 2028 hard cover laminasi, isi 200 halaman.", p: 45000, g: 0 },
      { c: "D", n: "Kulit sapi samak nabati", u: "lembar", d: "Kulit sapi samak nabati (vegtan) tebal 2 mm, per lembar.", p: 650000, g: 0 },
      { c: "D", n: "Lem kuning untuk kulit", cat: "cleaning_products", sector: "chemical_building", u: "kg", d: "Lem kuning (lem sepatu) untuk kerajinan kulit, kaleng 1 kg.", p: 70000, g: 0 },
    ],
  },
  {
    key: "N14", buyer: "SETJ:BUYER-02", cat: "furniture",
    title: "Ranjang susun kayu untuk mess karyawan kebun",
    desc: "Pengadaan ranjang susun (tempat tidur tingkat) kayu solid ukuran 90 x 200 cm, finishing melamin, untuk mess karyawan kebun di Pelalawan. Kayu wajib bersertifikat SVLK, TKDN minimal 40%.",
    qty: 240, unit: "unit", budget: 2400000, prov: "14", reg: "14.05", by: "2027-08-15", certs: ["svlk"], tkdn: 40,
    plants: [
      { c: "A", n: "Ranjang susun kayu meranti", d: "Ranjang susun kayu meranti 90 x 200 cm, tangga samping, finishing melamin.", g: 3 },
      { c: "A", n: "Tempat tidur tingkat kayu", d: "Tempat tidur tingkat kayu mahoni 90 x 200 cm untuk asrama dan mess.", m: ["island"], prov: "33", g: 2 },
      { c: "A", n: "Bunk bed kayu jati belanda", d: "Bunk bed from pine (jati belanda), 90 x 200 cm.", m: ["certPending", "island"], g: 1 },
      { c: "A", n: "Dipan tingkat kayu", d: "Dipan tingkat kayu kamper, rangka kuat, 90 x 200 cm.", m: ["certExpired"], g: 0, nm: true },
      { c: "A", n: "Ranjang susn kayu asrama", d: "Ranjang susun kayu untuk asrama, kayu keras oven.", m: ["tkdnUnder"], g: 0, nm: true },
      { c: "S", n: "Ranjang susun besi", cat: "metal_fabrication", sector: "metal_machinery", d: "Ranjang susun rangka besi hollow 90 x 200 cm, cat powder coating.", m: ["certMissing"], g: 0 },
      { c: "R", n: "Dipan kayu single 90 x 200", d: "Dipan kayu single untuk kamar mess, tanpa kasur.", p: 1500000, g: 1 },
      { c: "D", n: "Kasur busa 90 x 200", cat: "textile_goods", sector: "textile_apparel", d: "Kasur busa density 23, tebal 15 cm, sarung katun.", p: 650000, g: 0 },
      { c: "D", n: "Papan kayu meranti", cat: "wood_products", u: "lembar", d: "Papan kayu meranti oven 2 x 20 x 400 cm, per lembar.", p: 180000, g: 0 },
    ],
  },
  {
    key: "N15", buyer: "SETJ:BUYER-04", cat: "wood_products",
    title: "Wooden clothes hangers for guest room wardrobes",
    desc: "Supply of wooden clothes hangers (with trouser bar, natural or walnut finish, logo hot-stamped) for guest room wardrobes of our Denpasar hotels. Counted per dozen. Timber must be SVLK certified.",
    qty: 400, unit: "lusin", budget: 180000, prov: "51", reg: "51.71", by: "2027-03-31", certs: ["svlk"],
    plants: [
      { c: "A", n: "Hanger kayu natural", u: "pcs", d: "Hanger kayu natural dengan palang celana, logo hot stamp.", g: 3 },
      { c: "A", n: "Gantungan baju kayu", u: "pcs", d: "Gantungan baju dari kayu mahoni, finishing walnut.", m: ["cap70"], g: 2 },
      { c: "A", n: "Wooden coat hanger with bar", u: "pcs", d: "Wooden coat hanger with trouser bar, lacquered.", m: ["certScoped"], g: 0, nm: true },
      { c: "A", n: "Hanger jas kayu mahoni", d: "Hanger jas kayu mahoni bahu lebar, dijual per lusin.", m: ["certPending"], g: 2 },
      { c: "A", n: "Henger kayu hotel", cat: "furniture", u: "pcs", d: "Henger kayu untuk lemari hotel, pengait stainless.", m: ["price60"], g: 1 },
      { c: "S", n: "Hanger bambu", cat: "woven_crafts", u: "pcs", d: "Hanger dari bambu laminasi, ramah lingkungan.", g: 2 },
      { c: "R", n: "Standing hanger kayu", u: "pcs", d: "Standing hanger (gantungan baju berdiri) kayu jati.", p: 450000, g: 1 },
      { c: "D", n: "Hanger plafon rangka gypsum", cat: "building_materials", sector: "chemical_building", u: "pcs", d: "Hanger plafon besi untuk rangka hollow gypsum.", p: 1500, g: 0 },
      { c: "D", n: "Kait hanger besi", cat: "metal_fabrication", sector: "metal_machinery", u: "pcs", d: "Kait (hook) hanger besi lapis krom untuk produksi gantungan baju.", p: 800, g: 0 },
    ],
  },
  {
    key: "N16", buyer: "SETJ:BUYER-04", cat: "woven_crafts",
    title: "Placemat anyaman untuk restoran hotel Ubud",
    desc: "Pengadaan placemat/tatakan piring anyaman serat alam (pandan, eceng gondok, rotan atau mendong), bentuk oval atau bulat diameter ±35 cm, untuk restoran hotel di Gianyar.",
    qty: 1200, unit: "pcs", budget: 35000, prov: "51", reg: "51.04", by: "2027-09-15", certs: [],
    plants: [
      { c: "A", n: "Tatakan piring anyaman pandan", d: "Tatakan piring anyaman pandan bulat diameter 35 cm.", g: 3 },
      { c: "A", n: "Placemat eceng gondok", d: "Placemat anyaman eceng gondok oval, warna natural.", m: ["cap70"], g: 2 },
      { c: "A", n: "Alas piring rotan bulat", d: "Alas piring anyaman rotan bulat 35 cm, finishing natural.", m: ["island"], g: 2 },
      { c: "A", n: "Table mat anyaman lidi", u: "lusin", d: "Table mat anyaman lidi kelapa, dijual per lusin.", m: ["price30"], g: 2 },
      { c: "A", n: "Pleacemat anyaman mendong", d: "Pleacemat anyaman mendong, persegi panjang.", m: ["price60", "cap30"], g: 1 },
      { c: "S", n: "Placemat kain tenun", cat: "woven_cloth", sector: "batik", d: "Placemat dari kain tenun ATBM, tepi rumbai.", g: 2 },
      { c: "R", n: "Tatakan gelas anyaman", d: "Tatakan gelas (coaster) anyaman pandan diameter 10 cm.", p: 6000, g: 1 },
      { c: "D", n: "Daun pandan kering bahan anyaman", u: "kg", d: "Daun pandan duri kering siap anyam, per kg.", p: 25000, g: 0 },
      { c: "D", n: "Piring keramik makan", cat: "ceramics_pottery", d: "Piring keramik makan glasir putih diameter 27 cm.", p: 45000, g: 0 },
    ],
  },
  {
    key: "N17", buyer: "SETJ:BUYER-01", cat: "bags_souvenirs",
    title: "Miniatur wayang golek untuk cinderamata tamu asing",
    desc: "Pengadaan miniatur wayang golek (tinggi ±30 cm) dengan dudukan kayu dan kotak, untuk cinderamata tamu asing kunjungan ke Pelabuhan Tanjung Priok.",
    qty: 500, unit: "pcs", budget: 150000, prov: "31", reg: "31.72", by: "2027-08-17", certs: [],
    plants: [
      { c: "A", n: "Wayang golek mini 30 cm", d: "Wayang golek mini tinggi 30 cm dengan dudukan kayu dan kotak.", prov: "32", g: 3 },
      { c: "A", n: "Golek mini Sunda", cat: "wood_products", sector: "furniture_wood", d: "Golek mini khas Sunda, kayu albasia dicat tangan.", m: ["cap70"], prov: "32", g: 2 },
      { c: "A", n: "Wooden puppet wayang golek miniature", d: "Miniature wooden rod puppet (wayang golek), hand painted.", m: ["price30"], g: 2 },
      { c: "A", n: "Boneka wayang golek kecil", d: "Boneka wayang golek kecil untuk hiasan dan suvenir.", m: ["cap30"], g: 1 },
      { c: "A", n: "Wayang goleq miniatur", d: "Wayang goleq miniatur tokoh Arjuna dan Srikandi.", m: ["island"], prov: "18", g: 2 },
      { c: "S", n: "Wayang kulit mini", d: "Wayang kulit mini dari kulit kerbau, dengan bingkai.", g: 2 },
      { c: "R", n: "Topeng kayu Cirebon", d: "Topeng kayu Cirebon hiasan dinding, dicat tangan.", g: 1 },
      { c: "D", n: "Kayu albasia gergajian", cat: "wood_products", sector: "furniture_wood", u: "m2", d: "Kayu albasia gergajian untuk kerajinan dan peti, per m2 papan.", p: 95000, g: 0 },
      { c: "D", n: "Cat akrilik untuk kerajinan", cat: "cleaning_products", sector: "chemical_building", u: "botol", d: "Cat akrilik warna untuk kerajinan kayu, botol 100 ml.", p: 18000, g: 0 },
    ],
  },
  {
    key: "N18", buyer: "SETJ:BUYER-04", cat: "ceramics_pottery",
    title: "Vas bunga keramik untuk dekorasi lobi dan kamar",
    desc: "Pengadaan vas bunga keramik glasir (tinggi 20–40 cm, warna netral) untuk dekorasi lobi, restoran dan kamar hotel di Sleman, Yogyakarta.",
    qty: 300, unit: "pcs", budget: 240000, prov: "34", reg: "34.04", by: "2027-04-30", certs: [],
    plants: [
      { c: "A", n: "Vas bunga keramik glasir", d: "Vas bunga keramik glasir warna netral, tinggi 30 cm.", g: 3 },
      { c: "A", n: "Jambangan keramik", d: "Jambangan keramik untuk bunga potong, tinggi 35 cm.", m: ["cap70"], g: 2 },
      { c: "A", n: "Ceramic flower vase handmade", d: "Handmade glazed ceramic flower vase, 25–40 cm.", m: ["island"], prov: "52", g: 2 },
      { c: "A", n: "Pas bunga keramik", cat: "bags_souvenirs", d: "Pas bunga keramik motif batik, tinggi 20 cm.", m: ["price30"], g: 2 },
      { c: "A", n: "Flower vase stoneware", d: "Stoneware flower vase, matte glaze, 30 cm.", m: ["price60"], g: 1 },
      { c: "S", n: "Vas gerabah terakota Kasongan", d: "Vas gerabah terakota Kasongan, finishing natural.", m: ["cap30"], prov: "34", g: 1 },
      { c: "S", n: "Vas bunga kaca", d: "Vas bunga kaca bening tinggi 30 cm.", g: 2 },
      { c: "R", n: "Pot tanaman keramik", d: "Pot tanaman keramik glasir diameter 25 cm.", g: 1 },
      { c: "D", n: "Tanah liat kaolin", u: "kg", d: "Tanah liat kaolin bahan baku keramik, karung 25 kg.", p: 4000, g: 0 },
      { c: "D", n: "Bunga artifisial plastik", cat: "bags_souvenirs", u: "pcs", d: "Bunga artifisial plastik untuk rangkaian dekorasi.", p: 25000, g: 0 },
      { c: "D", n: "Keramik lantai 40x40", cat: "building_materials", sector: "chemical_building", u: "m2", d: "Keramik lantai 40 x 40 cm motif marmer, per m2.", p: 65000, g: 0 },
    ],
  },
  {
    key: "N19", buyer: "SETJ:BUYER-02", cat: "jewellery_crafts",
    title: "Bros perak filigri untuk cinderamata delegasi",
    desc: "Pengadaan bros perak 925 teknik filigri (motif bunga atau daun), dengan kotak beludru, untuk cinderamata delegasi pertemuan industri sawit di Jakarta.",
    qty: 250, unit: "pcs", budget: 450000, prov: "31", reg: "31.74", by: "2027-10-15", certs: [],
    plants: [
      { c: "A", n: "Bros perak filigree Kotagede", d: "Bros perak 925 filigree buatan pengrajin Kotagede, kotak beludru.", prov: "34", g: 3 },
      { c: "A", n: "Brooch silver 925 handmade", d: "Handmade sterling silver 925 brooch, floral design.", m: ["cap70"], prov: "51", g: 2 },
      { c: "A", n: "Bross perak filigri Kendari", d: "Bross perak filigri khas Kendari motif daun.", m: ["island"], prov: "74", g: 2 },
      { c: "A", n: "Peniti hias perak", d: "Peniti hias perak untuk kebaya dan jilbab, motif bunga.", m: ["price30"], g: 2 },
      { c: "A", n: "Bros prak filigri", d: "Bros prak filigri motif kupu-kupu, lapis rhodium.", m: ["price60", "island"], g: 1 },
      { c: "S", n: "Bros kuningan lapis emas", d: "Bros kuningan lapis emas 24k motif bunga.", g: 2 },
      { c: "R", n: "Liontin perak filigri", d: "Liontin perak filigri motif daun, tanpa rantai.", g: 1 },
      { c: "D", n: "Kawat perak murni 0,5 mm", u: "kg", d: "Kawat perak murni 0,5 mm untuk bahan kerajinan filigri, per kg.", p: 14500000, g: 0 },
      { c: "D", n: "Kotak perhiasan kayu", cat: "packaging", sector: "packaging_printing", d: "Kotak perhiasan kayu lapis beludru untuk cincin dan bros.", p: 35000, g: 0 },
    ],
  },
  {
    key: "N20", buyer: "SETJ:BUYER-01", cat: "ppe",
    title: "Life jackets for tugboat and pilot boat crews",
    desc: "Supply of foam life jackets (adult, orange, with reflective tape and whistle) for tugboat and pilot boat crews at Makassar port. SNI certified; minimum local content (TKDN) 25%.",
    qty: 400, unit: "pcs", budget: 325000, prov: "73", reg: "73.71", by: "2027-05-15", certs: ["sni"], tkdn: 25,
    plants: [
      { c: "A", n: "Rompi pelampung life jacket SNI", d: "Rompi pelampung busa dewasa, warna oranye, reflektor dan peluit.", g: 3 },
      { c: "A", n: "Jaket pelampung dewasa", d: "Jaket pelampung dewasa busa PE, tali pengikat, warna oranye.", m: ["certPending"], g: 2 },
      { c: "A", n: "Life vest foam orange", d: "Adult foam life vest, orange, reflective tape.", m: ["island", "cap70"], g: 1 },
      { c: "A", n: "Baju pelampung busa", d: "Baju pelampung busa untuk awak kapal dan nelayan.", m: ["certFuture"], g: 0 },
      { c: "A", n: "Life jaket pelampung kerja", d: "Life jaket pelampung untuk kerja di perairan, busa tebal.", m: ["certMissing"], g: 0, nm: true },
      { c: "S", n: "Pelampung tiup otomatis", d: "Pelampung tiup (inflatable life jacket) otomatis dengan tabung CO2.", g: 2 },
      { c: "R", n: "Ring buoy pelampung lingkar", d: "Ring buoy pelampung lingkar oranye 2,5 kg dengan tali.", g: 1 },
      { c: "D", n: "Busa PE foam lembaran", cat: "packaging", sector: "packaging_printing", u: "lembar", d: "Busa PE foam lembaran tebal 10 mm, 1 x 2 m.", p: 45000, g: 0 },
      { c: "D", n: "Pelampung jaring ikan", cat: "agri_tools", sector: "metal_machinery", d: "Pelampung jaring ikan (float) plastik untuk jaring insang.", p: 1500, g: 0 },
    ],
  },
  {
    key: "N21", buyer: "SETJ:BUYER-02", cat: "metal_fabrication",
    title: "Gerobak sorong untuk perawatan jalan dan kebun",
    desc: "Pengadaan gerobak sorong (kereta dorong) bak baja 65–80 liter, roda ban angin, untuk tim perawatan jalan dan kebun di Kampar. TKDN minimal 40%.",
    qty: 300, unit: "unit", budget: 650000, prov: "14", reg: "14.01", by: "2027-07-31", certs: [], tkdn: 40,
    plants: [
      { c: "A", n: "Gerobak sorong roda satu", d: "Gerobak sorong bak baja 80 liter, roda ban angin 13 inci.", g: 3 },
      { c: "A", n: "Arco dorong Artco", d: "Arco dorong bak baja tebal, roda ban angin, rangka pipa.", m: ["island"], g: 2 },
      { c: "A", n: "Wheelbarrow 65 L", cat: "agri_tools", d: "Steel wheelbarrow 65 litre, pneumatic wheel.", m: ["tkdnCertLow"], g: 0, nm: true },
      { c: "A", n: "Gerobak sorog bak baja", d: "Gerobak sorog bak baja, kuat untuk proyek dan kebun.", m: ["cap30"], g: 1 },
      { c: "A", n: "Angkong roda satu", d: "Angkong (kereta sorong) roda satu bak besi.", m: ["price30"], g: 2 },
      { c: "S", n: "Gerobak dorong roda dua", d: "Gerobak dorong roda dua bak besi untuk material.", g: 2 },
      { c: "R", n: "Troli barang platform", d: "Troli barang platform roda empat, kapasitas 300 kg.", g: 1 },
      { c: "D", n: "Roda gerobak ban angin 13 inci", cat: "machined_parts", d: "Roda gerobak ban angin 3.50-8 lengkap as.", p: 85000, g: 0 },
      { c: "D", n: "Gerobak kayu angkringan", cat: "furniture", sector: "furniture_wood", d: "Gerobak angkringan kayu untuk usaha kuliner, roda dua.", p: 3500000, g: 0 },
    ],
  },
  {
    key: "N22", buyer: "SETJ:BUYER-02", cat: "machined_parts",
    title: "Cast-iron V-belt pulleys for palm oil mill conveyors",
    desc: "Supply of cast-iron (FC25) V-belt pulleys, 2–4 grooves type B, bored and keyed to drawing, for conveyor drives at our palm oil mill in Rokan Hulu. Supplier must hold ISO 9001.",
    qty: 120, unit: "pcs", budget: 1250000, prov: "14", reg: "14.06", by: "2027-04-20", certs: ["iso9001"],
    plants: [
      { c: "A", n: "Pulley V-belt besi cor", d: "Pulley V-belt besi cor FC25 alur B, bubut dan spie sesuai gambar.", g: 3 },
      { c: "A", n: "Puli alur A/B custom bubut", d: "Puli alur A dan B dari besi cor, dibubut sesuai gambar kerja.", m: ["island"], g: 2 },
      { c: "A", n: "Pully besi cor 2 alur", d: "Pully besi cor 2 alur untuk mesin industri.", m: ["certPending", "cap70"], g: 1 },
      { c: "A", n: "Roda puli FC25", d: "Roda puli (pulley) FC25, balancing, diameter 150–600 mm.", m: ["certRejected"], g: 0, nm: true },
      { c: "A", n: "V-pulley cast iron taper bush", d: "Cast iron V-pulley with taper bush, SPB/SPC.", m: ["certFuture"], g: 0 },
      { c: "S", n: "Pulley aluminium alur V", d: "Pulley aluminium alur V, ringan, bubut sesuai pesanan.", g: 2 },
      { c: "R", n: "Sprocket rantai RS60", d: "Sprocket rantai RS60 baja S45C, bubut dan hardening.", g: 1 },
      { c: "D", n: "Mesin bubut bekas", cat: "machinery", u: "unit", d: "Mesin bubut bekas panjang 2 m, kondisi siap pakai.", p: 85000000, g: 0 },
      { c: "D", n: "Besi cor skrap", cat: "metal_fabrication", u: "kg", d: "Besi cor skrap untuk lebur ulang, per kg.", p: 6500, g: 0 },
    ],
  },
  {
    key: "N23", buyer: "SETJ:BUYER-02", cat: "agri_tools",
    title: "Sabit rumput untuk tenaga perawatan kebun Sanggau",
    desc: "Pengadaan sabit rumput (arit) baja per, gagang kayu, panjang bilah ±35 cm, untuk tenaga perawatan kebun sawit di Sanggau. TKDN minimal 40%.",
    qty: 2500, unit: "pcs", budget: 55000, prov: "61", reg: "61.03", by: "2027-05-10", certs: [], tkdn: 40,
    plants: [
      { c: "A", n: "Sabit baja gagang kayu", d: "Sabit baja tempa, gagang kayu, bilah 35 cm.", prov: "63", g: 3 },
      { c: "A", n: "Arit rumput baja per", d: "Arit rumput dari baja per, tajam dan awet.", m: ["island"], g: 2 },
      { c: "A", n: "Celurit rumput Madura", d: "Celurit rumput tempa khas Madura, gagang kayu.", m: ["island", "cap70"], prov: "35", g: 1 },
      { c: "A", n: "Sickle for grass cutting", d: "Forged steel sickle for grass cutting, wooden handle.", m: ["tkdnUnder"], g: 0, nm: true },
      { c: "A", n: "Arit rumpt Nagara", d: "Arit rumput tempa pandai besi Nagara.", m: ["price30"], prov: "63", g: 2 },
      { c: "S", n: "Parang babat", d: "Parang babat baja per untuk tebas semak.", g: 2 },
      { c: "R", n: "Egrek panen sawit", d: "Egrek (pisau panen sawit) baja, untuk pohon tinggi.", p: 95000, g: 1 },
      { c: "D", n: "Gagang kayu untuk sabit", cat: "wood_products", sector: "furniture_wood", d: "Gagang kayu untuk sabit dan pisau, kayu sonokeling.", p: 5000, g: 0 },
      { c: "D", n: "Batu asah", cat: "building_materials", sector: "chemical_building", d: "Batu asah dua sisi untuk pisau dan alat kebun.", p: 15000, g: 0 },
      { c: "D", n: "Mesin potong rumput gendong", cat: "machinery", u: "unit", d: "Mesin potong rumput gendong 2 tak, 43 cc.", p: 1850000, g: 0 },
    ],
  },
  {
    key: "N24", buyer: "SETJ:BUYER-03", cat: "machinery",
    title: "Corn shellers for farmer groups (CSR programme)",
    desc: "Supply of motorised corn shellers (petrol or diesel engine, capacity at least 1 ton/hour) for farmer groups assisted by our CSR programme in Sumbawa Barat. SNI certified; minimum local content (TKDN) 40%.",
    qty: 40, unit: "unit", budget: 9500000, prov: "52", reg: "52.07", by: "2027-08-31", certs: ["sni"], tkdn: 40,
    plants: [
      { c: "A", n: "Mesin pemipil jagung bermesin bensin", d: "Mesin pemipil jagung kapasitas 1,5 ton/jam, mesin bensin 7 HP.", g: 3 },
      { c: "A", n: "Corn sheller 1 ton/jam", d: "Corn sheller with 6.5 HP engine, 1 ton per hour.", m: ["island"], g: 2 },
      { c: "A", n: "Mesin perontok jagung", d: "Mesin perontok jagung tongkol, penggerak diesel.", m: ["certPending", "island"], g: 1 },
      { c: "A", n: "Pemipil jagung diesel", d: "Pemipil jagung penggerak diesel 8,5 HP, rangka besi siku.", m: ["tkdnCertLow"], g: 0, nm: true },
      { c: "A", n: "Mesin pemipil jagumg", d: "Mesin pemipil jagumg dengan blower pembersih.", m: ["price30"], g: 2 },
      { c: "S", n: "Mesin perontok multiguna padi-jagung", d: "Mesin perontok multiguna untuk padi, jagung dan kedelai.", m: ["island"], g: 1 },
      { c: "R", n: "Mesin penggiling jagung", d: "Mesin penggiling jagung (disk mill) untuk pakan ternak.", p: 7500000, g: 1 },
      { c: "D", n: "Jagung pipilan kering", cat: "condiments", sector: "food_beverage", u: "ton", d: "Jagung pipilan kering kadar air 15%, per ton.", p: 5200000, g: 0 },
      { c: "D", n: "Gigi pemipil sparepart", cat: "machined_parts", u: "set", d: "Gigi/silinder pemipil pengganti untuk mesin jagung.", p: 450000, g: 0 },
    ],
  },
  {
    key: "N25", buyer: "SETJ:BUYER-03", cat: "building_materials",
    title: "Buis beton diameter 60 cm untuk drainase jalan tambang",
    desc: "Pengadaan buis beton (gorong-gorong) bertulang diameter dalam 60 cm, panjang 1 m, untuk saluran drainase jalan hauling di Kutai Timur. Produk wajib SNI.",
    qty: 800, unit: "pcs", budget: 450000, prov: "64", reg: "64.08", by: "2027-06-01", certs: ["sni"],
    plants: [
      { c: "A", n: "Buis beton diameter 60 cm", d: "Buis beton bertulang diameter dalam 60 cm, panjang 1 m.", g: 3 },
      { c: "A", n: "Gorong-gorong betom bulat 60", d: "Gorong-gorong beton bulat diameter 60 cm, mutu K-300.", m: ["cap70"], g: 2 },
      { c: "A", n: "Pipa beton culvert 600 mm", d: "Pipa beton (culvert) 600 mm bertulang.", m: ["island", "certPending"], g: 1 },
      { c: "A", n: "Precast concrete pipe D60", d: "Precast reinforced concrete pipe, 600 mm, 1 m length.", m: ["certScoped"], g: 0, nm: true },
      { c: "A", n: "Bis beton 60 cm", d: "Bis beton 60 cm untuk sumur resapan dan saluran.", m: ["price30"], g: 2 },
      { c: "S", n: "Box culvert precast", d: "Box culvert beton precast 60 x 60 cm.", g: 2 },
      { c: "R", n: "Saluran U-ditch beton 40", d: "U-ditch beton precast lebar 40 cm, panjang 1,2 m.", g: 1 },
      { c: "D", n: "Cetakan buis beton", cat: "metal_fabrication", sector: "metal_machinery", u: "set", d: "Cetakan (mal) besi untuk produksi buis beton diameter 40–100 cm.", p: 8500000, g: 0 },
      { c: "D", n: "Semen portland 50 kg", u: "pcs", d: "Semen portland komposit zak 50 kg.", p: 68000, g: 0 },
    ],
  },
  {
    key: "N26", buyer: "SETJ:BUYER-04", cat: "cleaning_products",
    title: "Glass cleaner refill for hotel housekeeping",
    desc: "Supply of ready-to-use glass cleaner in 5-litre jerrycans for housekeeping of our Manado hotel (windows, mirrors, glass doors). Streak-free, low-odour.",
    qty: 600, unit: "jerigen", budget: 95000, prov: "71", reg: "71.71", by: "2027-11-15", certs: [],
    plants: [
      { c: "A", n: "Pembersih kaca refill jerigen 5 L", d: "Pembersih kaca siap pakai, tidak meninggalkan bekas, jerigen 5 liter.", g: 3 },
      { c: "A", n: "Glass cleaner 5 liter", d: "Glass cleaner, streak free, 5 litre jerrycan.", m: ["island"], g: 2 },
      { c: "A", n: "Cairan pembersih kaca dan cermin", d: "Cairan pembersih kaca dan cermin, wangi lemon, jerigen 5 L.", m: ["cap30"], g: 1 },
      { c: "A", n: "Kilap Kaca refill", d: "Kilap Kaca, cairan pembersih kaca refill jerigen 5 L.", m: ["price30"], g: 2 },
      { c: "A", n: "Pembersi kaca", d: "Pembersi kaca jerigen 5 liter untuk gedung dan kantor.", m: ["archived"], g: 0 },
      { c: "S", n: "Pembersih serbaguna all purpose", d: "Cairan pembersih serbaguna (all purpose cleaner) jerigen 5 L.", g: 2 },
      { c: "R", n: "Pembersih lantai wangi jerigen", d: "Cairan pembersih lantai wangi pinus, jerigen 5 L.", g: 1 },
      { c: "D", n: "Kaca cermin 5 mm", cat: "building_materials", sector: "chemical_building", u: "m2", d: "Kaca cermin 5 mm potong sesuai ukuran, per m2.", p: 180000, g: 0 },
      { c: "D", n: "Botol sprayer trigger 500 ml", cat: "packaging", sector: "packaging_printing", u: "pcs", d: "Botol sprayer trigger kosong 500 ml.", p: 6500, g: 0 },
      { c: "D", n: "Lap microfiber kaca", cat: "textile_goods", sector: "textile_apparel", u: "pcs", d: "Lap microfiber untuk kaca dan kendaraan 40 x 40 cm.", p: 12000, g: 0 },
    ],
  },
  {
    key: "N27", buyer: "SETJ:BUYER-03", cat: "packaging",
    title: "Thinwall food container 500 ml untuk katering mess",
    desc: "Pengadaan thinwall/food container plastik PP 500 ml dengan tutup, food grade, tahan microwave, untuk katering makan karyawan mess di Samarinda.",
    qty: 60000, unit: "pcs", budget: 900, prov: "64", reg: "64.72", by: "2027-03-20", certs: [],
    plants: [
      { c: "A", n: "Thinwall 500 ml persegi", d: "Thinwall PP 500 ml persegi dengan tutup, food grade.", g: 3 },
      { c: "A", n: "Food container plastik PP 500 ml", d: "Food container plastik PP 500 ml, tutup rapat, microwave safe.", m: ["island"], g: 2 },
      { c: "A", n: "Tinwall bulat 500 ml", d: "Tinwall bulat 500 ml, tutup bening.", m: ["cap70"], g: 2 },
      { c: "A", n: "Kotak makan plastik microwave-safe", d: "Kotak makan plastik PP 500 ml sekali pakai, tahan microwave.", m: ["price60"], g: 1 },
      { c: "A", n: "Container thin wall 500ml", d: "Container thin wall 500ml with lid.", m: ["cap30", "island"], g: 1 },
      { c: "S", n: "Kotak nasi kertas food grade", d: "Kotak nasi kertas food grade laminasi, ukuran 15 x 15 cm.", g: 2 },
      { c: "R", n: "Cup plastik PP 16 oz", d: "Cup plastik PP 16 oz untuk minuman.", p: 450, g: 1 },
      { c: "D", n: "Biji plastik PP", cat: "packaging", u: "kg", d: "Biji plastik PP injeksi bahan baku kemasan, per kg.", p: 19000, g: 0 },
      { c: "D", n: "Cetakan injeksi thinwall", cat: "machined_parts", sector: "metal_machinery", u: "set", d: "Cetakan (mold) injeksi untuk produksi thinwall 4 cavity.", p: 120000000, g: 0 },
    ],
  },
  {
    key: "N28", buyer: "SETJ:BUYER-01", cat: "printing",
    title: "Cetak nota rangkap NCR untuk administrasi gudang pelabuhan",
    desc: "Pengadaan cetak nota rangkap 3 kertas NCR (carbonless), ukuran 1/2 folio, bernomor seri, 50 set per buku, untuk administrasi gudang Pelabuhan Tanjung Perak Surabaya. Dihitung per buku.",
    qty: 5000, unit: "pcs", budget: 12000, prov: "35", reg: "35.78", by: "2027-03-10", certs: [],
    plants: [
      { c: "A", n: "Nota rangkap 3 NCR", d: "Cetak nota rangkap 3 kertas NCR, nomor seri, 50 set per buku.", g: 3 },
      { c: "A", n: "Faktur rangkap carbonless", d: "Faktur rangkap kertas carbonless, jilid lem, per buku.", m: ["cap70"], g: 2 },
      { c: "A", n: "Cetak bon rangkap kertas karbonless", d: "Cetak bon rangkap 2 atau 3 kertas karbonless, per buku.", m: ["island"], g: 2 },
      { c: "A", n: "Nota kontan custom", d: "Nota kontan custom logo toko, rangkap, per buku.", m: ["price30"], g: 2 },
      { c: "A", n: "Cetak nota NRC rangkap 2", d: "Cetak nota NRC rangkap 2, perforasi, per buku.", m: ["cap30"], g: 1 },
      { c: "S", n: "Continuous form NCR", d: "Continuous form NCR 9,5 x 11 inci, rangkap 3, untuk printer dot matrix.", g: 2 },
      { c: "R", n: "Buku kas folio", d: "Buku kas folio 100 lembar, sampul hard cover.", p: 15000, g: 1 },
      { c: "D", n: "Kertas NCR polos per rim", u: "rim", d: "Kertas NCR polos top/middle/bottom, per rim.", p: 185000, g: 0 },
      { c: "D", n: "Mesin cetak offset bekas", cat: "machinery", sector: "metal_machinery", u: "unit", d: "Mesin cetak offset satu warna bekas, siap pakai.", p: 95000000, g: 0 },
    ],
  },
  {
    key: "N29", buyer: "SETJ:BUYER-02", cat: "herbal_medicine",
    title: "Balsem gosok untuk kotak obat pos jaga kebun",
    desc: "Pengadaan balsem gosok pereda pegal dan masuk angin, pot 20 g, untuk kotak obat pos jaga dan poliklinik kebun di Muaro Jambi. Wajib izin edar BPOM.",
    qty: 8000, unit: "pot", budget: 12000, prov: "15", reg: "15.05", by: "2027-09-10", certs: ["bpom"],
    plants: [
      { c: "A", n: "Balsem otot 20 g", d: "Balsem otot hangat pereda pegal, pot 20 g.", g: 3 },
      { c: "A", n: "Balsam gosok pereda pegal", d: "Balsam gosok aroma kayu putih dan mentol, pot 20 g.", m: ["island"], g: 2 },
      { c: "A", n: "Obat gosok salep hangat", d: "Obat gosok berbentuk salep hangat untuk pegal linu, pot 20 g.", m: ["certScoped"], g: 0, nm: true },
      { c: "A", n: "Herbal balm sereh", d: "Herbal balm with lemongrass and clove oil, 20 g jar.", m: ["certRejected"], g: 0, nm: true },
      { c: "A", n: "Balsen gosok", d: "Balsen gosok herbal, pot 20 g.", m: ["cap70", "price30"], g: 1 },
      { c: "S", n: "Salep pereda nyeri otot herbal", d: "Salep herbal pereda nyeri otot dan sendi, pot 20 g.", g: 2 },
      { c: "R", n: "Minyak kayu putih 60 ml", u: "botol", d: "Minyak kayu putih asli botol 60 ml.", p: 25000, g: 1 },
      { c: "D", n: "Pot plastik 20 g", cat: "packaging", sector: "packaging_printing", u: "pcs", d: "Pot plastik kosong 20 g tutup ulir untuk balsem dan salep.", p: 700, g: 0 },
      { c: "D", n: "Minyak sereh wangi", u: "liter", d: "Minyak atsiri sereh wangi bahan baku, per liter.", p: 250000, g: 0 },
    ],
  },
  {
    key: "N30", buyer: "SETJ:BUYER-05", cat: "cosmetics_toiletries",
    title: "Body lotion amenities 30 ml untuk kamar pasien VIP",
    desc: "Pengadaan body lotion botol 30 ml (amenities) untuk kamar rawat inap VIP RS di Surakarta. Wajib izin edar BPOM dan sertifikat halal.",
    qty: 20000, unit: "botol", budget: 4500, prov: "33", reg: "33.72", by: "2027-12-15", certs: ["bpom", "halal"],
    plants: [
      { c: "A", n: "Body lotion botol 30 ml", d: "Body lotion amenities botol 30 ml, wangi lembut.", g: 3 },
      { c: "A", n: "Hand and body lotion mini 30 ml", d: "Hand & body lotion mini 30 ml untuk hotel dan rumah sakit.", m: ["certPending"], g: 2 },
      { c: "A", n: "Losyen badan 30 ml amenities", d: "Losyen badan pelembap, botol 30 ml.", m: ["island", "cap70"], g: 1 },
      { c: "A", n: "Pelembab kulit tubuh 30 ml", d: "Pelembab kulit tubuh (lotion) botol 30 ml.", m: ["certExpired"], g: 0, nm: true },
      { c: "A", n: "Bodi loson 30 ml", u: "lusin", d: "Bodi loson botol 30 ml, dijual per lusin.", m: ["price30"], g: 2 },
      { c: "S", n: "Hand cream tube 30 ml", d: "Hand cream tube 30 ml untuk amenities.", g: 2 },
      { c: "R", n: "Lotion anti nyamuk 30 ml", d: "Lotion anti nyamuk botol 30 ml.", g: 1 },
      { c: "D", n: "Botol PET 30 ml flip top", cat: "packaging", sector: "packaging_printing", u: "pcs", d: "Botol PET kosong 30 ml tutup flip top untuk amenities.", p: 650, g: 0 },
      { c: "D", n: "Emulsifier setil alkohol", u: "kg", d: "Setil alkohol bahan baku kosmetik, per kg.", p: 95000, g: 0 },
    ],
  },
];
