// Relevance set E: the forty procurement needs and the vocabulary of the products that answer
// them (or only look as if they did). Written from Indonesian trade usage, independently of the
// matcher. Concept ids: "Nxx:asked", "Nxx:subK" (close substitutes), "Nxx:relK" (related
// products), "Nxx:decK" (decoys: share a word with the title, are another thing). A string in
// subs/related/decoys refers to a concept defined under another need.
import type { CertificationType, ProductCategory, Unit } from "../../../app/models/domain.ts";

export type Named = readonly [name: string, description: string];

export interface Spec {
  name: string;
  desc: string;
  category: ProductCategory;
  unit: Unit;
  price: number;
}

export const VARIANT_KINDS = ["synonym", "otherLanguage", "regional", "brand", "spelling", "typo"] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface NeedSpec {
  title: string;
  description: string;
  category: ProductCategory;
  unit: Unit;
  quantity: number;
  /** Typical unit price of the asked product (the budget when there is one). */
  price: number;
  budget?: number;
  certs: CertificationType[];
  minTkdn?: number;
  regency: string;
  buyer: number;
  lang: "id" | "en";
  canon: Named;
  variants: Partial<Record<VariantKind, Named[]>>;
  /** Where a producer may wrongly file the asked product. */
  alt: ProductCategory;
  subs: (Named | Spec | string)[];
  related: (Spec | string)[];
  decoys: (Spec | string)[];
}

export interface BuyerSpec {
  name: string;
  legalForm: "persero" | "pt" | "bumd";
  buyerType: "bumn" | "large_industry" | "government" | "other";
  regionCode: string;
  website?: string;
}

export const BUYERS: BuyerSpec[] = [
  { name: "PT Perkebunan Nusa Agro (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "12.71", website: "https://nusa-agro.example" },
  { name: "PT Kereta Nusantara Logistik (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "32.73" },
  { name: "PT Hotel dan Wisata Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "51.03" },
  { name: "PT Pupuk Borneo Raya (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "64.72" },
  { name: "PT Baja Selat Sunda Tbk", legalForm: "pt", buyerType: "large_industry", regionCode: "36.72" },
  { name: "PT Samudra Rasa Pangan", legalForm: "pt", buyerType: "large_industry", regionCode: "35.15" },
  { name: "PT Semen Celebes Raya (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "73.71" },
  { name: "Dinas Pendidikan Provinsi Bali", legalForm: "bumd", buyerType: "government", regionCode: "51.71" },
];

const s = (name: string, desc: string, category: ProductCategory, unit: Unit, price: number): Spec => ({ name, desc, category, unit, price });

export const NEEDS: NeedSpec[] = [
  // N01
  {
    title: "Keripik singkong balado untuk snack box karyawan kebun",
    description: "Pengadaan keripik singkong rasa balado kemasan 200–250 g untuk snack box karyawan afdeling. Wajib bersertifikat halal, sisa masa simpan minimal 6 bulan saat diterima.",
    category: "snacks", unit: "pak", quantity: 6000, price: 14000, budget: 14000, certs: ["halal"], regency: "12.71", buyer: 1, lang: "id",
    canon: ["Keripik singkong balado 250 g", "Keripik singkong iris tipis bumbu balado pedas manis, kemasan standing pouch 250 g."],
    variants: {
      synonym: [["Keripik ubi kayu balado 250 g", "Ubi kayu iris tipis digoreng, dibalut cabai merah balado, kemasan 250 g."]],
      regional: [["Karupuak sanjai balado", "Karupuak sanjai khas Bukittinggi, ubi kayu iris tipis disalut sambal balado, pouch 250 g."], ["Kripik pohong pedas manis", "Kripik pohong khas Malang, iris tipis, bumbu cabai merah dan gula, pouch 250 g."]],
      otherLanguage: [["Spicy cassava chips balado 250 g", "Thin-sliced cassava chips coated with sweet and spicy red chilli, 250 g pouch."]],
      brand: [["Ros Kriuk Pedeh 250 g", "Camilan ubi kayu renyah berbumbu cabai merah khas Minang, kemasan 250 g."]],
      spelling: [["Kripik singkong balado 250 g", "Kripik singkong tipis renyah dengan bumbu balado, kemasan 250 g."]],
      typo: [["Keripik sinkgong balado 250 g", "Irisan ubi kayu goreng bumbu cabai balado, kemasan 250 g."]],
    },
    alt: "crackers",
    subs: [["Keripik ubi jalar balado 250 g", "Keripik ubi jalar oranye iris tipis bumbu balado, kemasan 250 g."]],
    related: [s("Tela-tela singkong bumbu pedas", "Stik singkong goreng bumbu pedas siap makan, kemasan 150 g.", "snacks", "pak", 9000)],
    decoys: [s("Bumbu tabur balado 1 kg", "Bubuk perisa balado untuk camilan dan gorengan, kemasan 1 kg.", "condiments", "kg", 85000), s("Singkong beku kupas siap goreng", "Singkong kupas potong, direbus dan dibekukan, kemasan 1 kg.", "snacks", "kg", 18000)],
  },
  // N02
  {
    title: "Kerupuk ikan tenggiri mentah (belum digoreng) untuk kantin",
    description: "Kerupuk ikan tenggiri kering siap goreng untuk dapur kantin pabrik, dikemas per bal 5 kg. Produk wajib halal.",
    category: "crackers", unit: "kg", quantity: 2500, price: 70000, budget: 70000, certs: ["halal"], regency: "16.71", buyer: 1, lang: "id",
    canon: ["Kerupuk ikan tenggiri mentah 5 kg", "Kerupuk ikan tenggiri kering siap goreng, kadar ikan 40%, kemasan bal 5 kg."],
    variants: {
      regional: [["Kemplang ikan tenggiri mentah", "Kemplang khas Palembang dari daging tenggiri dan sagu, belum digoreng, bal 5 kg."]],
      otherLanguage: [["Raw mackerel fish crackers", "Uncooked Spanish mackerel crackers, sun-dried and ready to fry, 5 kg bags."]],
      spelling: [["Krupuk ikan tengiri mentah", "Krupuk tengiri kering siap goreng, bal 5 kg."]],
      typo: [["Kerupuk ikan tenggri mentah 5 kg", "Kerupuk dari daging tenggri dan tapioka, dijemur, siap goreng."]],
      brand: [["Kemplang Cap Belida Mas", "Kemplang tenggiri Palembang, lempengan kering siap goreng, bal 5 kg."]],
    },
    alt: "snacks",
    subs: [["Kerupuk udang mentah 5 kg", "Kerupuk udang kering siap goreng, kadar udang 30%, bal 5 kg."]],
    related: [s("Amplang ikan tenggiri siap makan", "Amplang renyah khas Samarinda dari ikan tenggiri, kemasan 200 g.", "snacks", "pak", 25000)],
    decoys: [s("Abon ikan tenggiri 250 g", "Abon suwir ikan tenggiri bumbu manis gurih, kemasan 250 g.", "processed_meat_fish", "pak", 45000), s("Ikan tenggiri fillet beku", "Fillet tenggiri tanpa tulang, dibekukan cepat, kemasan vakum 1 kg.", "processed_meat_fish", "kg", 120000)],
  },
  // N03
  {
    title: "Gula semut aren organik kemasan 1 kg",
    description: "Bahan baku minuman untuk gerai kopi anak perusahaan: gula aren butiran kering, kadar air rendah, bersertifikat halal.",
    category: "sweeteners", unit: "kg", quantity: 2000, price: 48000, budget: 48000, certs: ["halal"], regency: "32.73", buyer: 6, lang: "id",
    canon: ["Gula semut aren organik 1 kg", "Gula aren butiran kering kadar air di bawah 3%, kemasan 1 kg."],
    variants: {
      synonym: [["Gula aren bubuk 1 kg", "Gula aren kristal bubuk dari nira aren, kemasan 1 kg."]],
      otherLanguage: [["Organic palm sugar granules 1 kg", "Granulated arenga palm sugar, low moisture, 1 kg bag."]],
      regional: [["Gula kawung semut 1 kg", "Gula kawung butir khas Garut dari nira kawung, kemasan 1 kg."]],
      brand: [["Aren Mas Kristal 1 kg", "Butiran gula palem dari nira enau, kemasan 1 kg."]],
      spelling: [["Gulasemut aren 1 kg", "Gulasemut dari nira aren, dijemur dan diayak, 1 kg."]],
      typo: [["Gula semut arren 1 kg", "Gula butiran dari nira arren, kering dan harum, 1 kg."]],
    },
    alt: "coffee_tea",
    subs: [["Gula semut kelapa 1 kg", "Gula kelapa butiran (coconut sugar) dari nira kelapa, kemasan 1 kg."]],
    related: [s("Gula aren cetak batok", "Gula aren padat cetakan batok kelapa, kemasan 1 kg.", "sweeteners", "kg", 32000)],
    decoys: [s("Tepung aren (pati sagu aren) 1 kg", "Pati dari batang pohon aren untuk bahan bihun dan kue, 1 kg.", "condiments", "kg", 22000), s("Manisan kolang-kaling buah aren", "Kolang-kaling direndam sirup gula, toples 500 g.", "confectionery", "toples", 30000)],
  },
  // N04
  {
    title: "Ground robusta coffee for office pantries",
    description: "Medium-roast ground robusta in 500 g valve bags for 30 office pantries. A halal certificate is required.",
    category: "coffee_tea", unit: "kg", quantity: 900, price: 130000, budget: 130000, certs: ["halal"], regency: "31.73", buyer: 3, lang: "en",
    canon: ["Ground robusta coffee 500 g", "Medium roast robusta, ground, 500 g valve bag."],
    variants: {
      otherLanguage: [["Kopi bubuk robusta 500 g", "Kopi robusta sangrai sedang, digiling halus, kemasan 500 g berkatup."]],
      regional: [["Kopi tubruk robusta Lampung", "Bubuk kopi robusta Lampung Barat untuk seduh tubruk, kemasan 500 g."]],
      synonym: [["Roasted robusta coffee powder", "Robusta beans roasted medium and milled to powder, 500 g pack."]],
      brand: [["Dua Gunung Roast 500 g", "Bubuk kopi robusta sangrai sedang dari Tanggamus, 500 g."]],
      typo: [["Ground rubusta coffee 500 g", "Medium roast rubusta beans, ground, 500 g valve bag."]],
    },
    alt: "beverages",
    subs: [["Ground arabica coffee 500 g", "Medium roast Gayo arabica, ground, 500 g valve bag."]],
    related: [s("Kopi ose robusta (green bean)", "Biji kopi robusta mentah petik merah, kadar air 12%, karung 60 kg.", "coffee_tea", "kg", 65000)],
    decoys: [s("Coffee roaster machine 5 kg", "Mesin sangrai kopi kapasitas 5 kg per batch, burner gas.", "machinery", "unit", 45000000), s("Coffee table jati minimalis", "Meja tamu kayu jati 100 x 60 cm finishing natural.", "furniture", "unit", 2500000)],
  },
  // N05
  {
    title: "Sambal bawang kemasan botol 150 g",
    description: "Pelengkap makan untuk katering proyek. Botol kaca 150 g, masa simpan minimal 6 bulan, bersertifikat halal.",
    category: "condiments", unit: "botol", quantity: 6000, price: 20000, budget: 20000, certs: ["halal"], regency: "35.78", buyer: 6, lang: "id",
    canon: ["Sambal bawang botol 150 g", "Sambal cabai rawit dan bawang putih goreng dalam minyak, botol kaca 150 g."],
    variants: {
      spelling: [["Sambel bawang botol 150 g", "Sambel rawit bawang putih khas Jawa Timur, botol kaca 150 g."]],
      otherLanguage: [["Garlic chilli oil sambal 150 g", "Bird's eye chilli and fried garlic in oil, 150 g glass jar."]],
      brand: [["Sambal Mbok Yem Pedas Nampol", "Ulekan cabai rawit dengan bawang putih goreng, jar 150 g."]],
      typo: [["Sambal bawnag botol 150 g", "Cabai rawit ulek dengan bawnag putih goreng, botol kaca 150 g."]],
      synonym: [["Sambal rawit bawang putih jar 150 g", "Sambal rawit dengan irisan bawang putih goreng, jar kaca 150 g."]],
    },
    alt: "snacks",
    subs: [["Sambal bajak botol 150 g", "Sambal bajak cabai merah dan terasi, dimasak, botol kaca 150 g."]],
    related: [s("Saus sambal botol 340 ml", "Saus cabai encer untuk gorengan, botol plastik 340 ml.", "condiments", "botol", 15000)],
    decoys: [s("Bawang goreng renyah 250 g", "Bawang merah goreng renyah tanpa pengawet, kemasan 250 g.", "condiments", "pak", 30000), s("Botol kaca jar 150 ml tutup ulir", "Botol kaca kosong 150 ml dengan tutup kaleng ulir, untuk selai dan sambal.", "packaging", "pcs", 2500)],
  },
  // N06
  {
    title: "Air minum dalam kemasan (AMDK) gelas 220 ml",
    description: "Konsumsi rapat dan kegiatan lapangan, karton isi 48 gelas. SNI dan izin edar BPOM wajib.",
    category: "beverages", unit: "kotak", quantity: 8000, price: 24000, budget: 24000, certs: ["sni", "bpom"], regency: "73.71", buyer: 7, lang: "id",
    canon: ["AMDK gelas 220 ml isi 48", "Air minum dalam kemasan gelas plastik 220 ml, karton isi 48."],
    variants: {
      synonym: [["Air mineral gelas 220 ml (dus 48)", "Air mineral cup 220 ml, satu dus isi 48 cup."]],
      otherLanguage: [["Drinking water cup 220 ml x 48", "Packaged drinking water in 220 ml cups, carton of 48."]],
      brand: [["Tirta Bening Cup 220 ml", "Air pegunungan dalam cup plastik 220 ml, dus isi 48."]],
      spelling: [["Air minum kemasan cup 220ml", "Air minum cup 220ml, karton 48 pcs."]],
      typo: [["AMDK gelass 220 ml isi 48", "Air minum gelass plastik 220 ml, karton isi 48."]],
    },
    alt: "coffee_tea",
    subs: [["AMDK botol 330 ml isi 24", "Air minum dalam kemasan botol 330 ml, karton isi 24."]],
    related: [s("Air minum galon 19 liter", "Air minum isi ulang galon 19 liter, termasuk segel.", "beverages", "pcs", 20000)],
    decoys: [s("Gelas plastik PP 220 ml kosong", "Cup plastik PP bening 220 ml tanpa isi, untuk usaha minuman, per pcs.", "packaging", "pcs", 250), s("Dispenser air minum galon", "Dispenser air minum panas dan normal untuk galon 19 liter.", "electrical", "unit", 650000)],
  },
  // N07
  {
    title: "Minuman serbuk jahe merah instan sachet",
    description: "Untuk paket kesehatan karyawan shift malam: kotak isi 10 sachet @25 g, bersertifikat halal.",
    category: "beverages", unit: "kotak", quantity: 5000, price: 16000, budget: 16000, certs: ["halal"], regency: "33.74", buyer: 2, lang: "id",
    canon: ["Jahe merah instan kotak isi 10 sachet", "Minuman serbuk jahe merah dengan gula aren, kotak isi 10 sachet 25 g."],
    variants: {
      synonym: [["Serbuk jahe merah siap seduh (10 sachet)", "Serbuk rimpang jahe merah dengan gula, tinggal seduh, 10 sachet per kotak."]],
      regional: [["Wedang jahe abang instan", "Wedang jahe abang siap seduh khas Solo, kotak 10 sachet."]],
      otherLanguage: [["Instant red ginger drink, 10 sachets", "Red ginger drink powder with palm sugar, box of 10 sachets."]],
      brand: [["Jahe Geni Wangi 10 sachet", "Minuman rempah rimpang jahe emprit merah, kotak 10 sachet."]],
      typo: [["Jahe mearh instan 10 sachet", "Minuman serbuk jahe mearh dengan gula, kotak 10 sachet."]],
    },
    alt: "herbal_medicine",
    subs: [["Bandrek instan kotak 10 sachet", "Bandrek serbuk jahe, serai dan kayu manis khas Sunda, kotak 10 sachet."]],
    related: [s("Temulawak instan 10 sachet", "Minuman serbuk temulawak siap seduh, kotak 10 sachet.", "beverages", "kotak", 15000)],
    decoys: [s("Minyak atsiri jahe 100 ml", "Minyak esensial jahe hasil suling uap, botol 100 ml.", "herbal_medicine", "botol", 90000), s("Sachet aluminium foil kosong 10 x 12 cm", "Kemasan sachet foil kosong untuk serbuk, per pcs.", "packaging", "pcs", 300)],
  },
  // N08
  {
    title: "Minyak kayu putih 60 ml untuk kotak P3K",
    description: "Pengisian kotak P3K di 120 kantor unit. Wajib izin edar BPOM (POM TR).",
    category: "herbal_medicine", unit: "botol", quantity: 3000, price: 32000, budget: 32000, certs: ["bpom"], regency: "81.71", buyer: 1, lang: "id",
    canon: ["Minyak kayu putih 60 ml", "Minyak kayu putih murni hasil suling daun, botol 60 ml."],
    variants: {
      otherLanguage: [["Cajuput oil 60 ml", "Pure cajuput oil distilled from Melaleuca leaves, 60 ml bottle."]],
      regional: [["Minyak kayu puteh Buru 60 ml", "Minyak kayu puteh asli Pulau Buru, botol 60 ml."]],
      spelling: [["Minyak kayuputih 60 ml", "Minyak kayuputih murni, botol 60 ml."]],
      typo: [["Minyak kayu ptuih 60 ml", "Minyak atsiri Melaleuca murni, botol 60 ml."]],
      brand: [["Cap Kakatua Buru 60 ml", "Minyak atsiri daun Melaleuca cajuputi murni untuk gosok, 60 ml."]],
      synonym: [["Melaleuca cajuputi oil 60 ml", "Minyak gosok dari daun Melaleuca cajuputi, botol 60 ml."]],
    },
    alt: "cosmetics_toiletries",
    subs: [["Minyak telon 60 ml", "Campuran minyak adas, kelapa dan kayu putih, botol 60 ml."]],
    related: [s("Balsem gosok 20 g", "Balsem gosok rempah untuk pegal, pot 20 g.", "herbal_medicine", "pot", 12000)],
    decoys: [s("Cat kayu putih 1 kg", "Cat kayu dan besi warna putih, kaleng 1 kg.", "building_materials", "kg", 60000), s("Papan kayu putih (gmelina) 2 m", "Papan kayu gmelina/jati putih 2 x 20 x 2 cm untuk peti dan rak.", "wood_products", "lembar", 45000)],
  },
  // N09
  {
    title: "Jamu serbuk temulawak untuk program kesehatan karyawan",
    description: "Jamu tradisional serbuk temulawak kemasan 100 g, bernomor POM TR dan bersertifikat halal.",
    category: "herbal_medicine", unit: "pak", quantity: 4000, price: 25000, budget: 25000, certs: ["bpom", "halal"], regency: "34.04", buyer: 2, lang: "id",
    canon: ["Jamu temulawak serbuk 100 g", "Jamu serbuk rimpang temulawak, kemasan 100 g."],
    variants: {
      regional: [["Koneng gede bubuk 100 g", "Jamu bubuk rimpang koneng gede khas Sunda, kemasan 100 g."]],
      otherLanguage: [["Java turmeric herbal powder 100 g", "Curcuma xanthorrhiza rhizome powder, traditional herbal, 100 g."]],
      spelling: [["Jamu temu lawak bubuk 100 g", "Bubuk rimpang temu lawak untuk jamu, 100 g."]],
      typo: [["Jamu temulawk serbuk 100 g", "Serbuk rimpang temulawk kering, kemasan 100 g."]],
      brand: [["Sehat Sentosa Curcuma 100 g", "Serbuk rimpang Curcuma xanthorrhiza, jamu tradisional, 100 g."]],
    },
    alt: "beverages",
    subs: [["Jamu temulawak kapsul isi 60", "Kapsul ekstrak temulawak, pak isi 60 kapsul."]],
    related: [s("Jamu beras kencur serbuk 100 g", "Jamu serbuk beras kencur, kemasan 100 g.", "herbal_medicine", "pak", 20000)],
    decoys: [s("Sabun temulawak batang 80 g", "Sabun mandi batang ekstrak temulawak, 80 g.", "cosmetics_toiletries", "pcs", 8000)],
  },
  // N10
  {
    title: "Sabun mandi padat transparan 30 g untuk amenities hotel",
    description: "Sabun batang 30 g dibungkus satuan untuk 14 hotel grup; notifikasi BPOM dan sertifikat halal wajib.",
    category: "cosmetics_toiletries", unit: "pcs", quantity: 60000, price: 2600, budget: 2600, certs: ["bpom", "halal"], regency: "51.03", buyer: 3, lang: "id",
    canon: ["Sabun transparan hotel 30 g", "Sabun mandi padat transparan 30 g, dibungkus satuan untuk amenities hotel."],
    variants: {
      synonym: [["Sabun gliserin batang 30 g", "Sabun gliserin bening untuk hotel, 30 g, bungkus satuan."]],
      otherLanguage: [["Transparent bar soap 30 g", "Clear glycerin bar soap for hotel amenities, 30 g, individually wrapped."]],
      brand: [["Bening Wangi Soap 30 g", "Sabun gliserin bening beraroma melati, 30 g, bungkus satuan."]],
      spelling: [["Sabun transparant 30 g", "Sabun transparant untuk hotel dan penginapan, 30 g."]],
      typo: [["Sabun transparn hotel 30 g", "Sabun bening gliserin untuk hotel, 30 g."]],
    },
    alt: "cleaning_products",
    subs: [["Sabun mandi batang putih 30 g", "Sabun mandi padat opaque putih untuk hotel, 30 g, bungkus satuan."], "N09:dec0"],
    related: [s("Sabun cair mandi 30 ml botol mini", "Sabun mandi cair (body wash) untuk hotel, botol 30 ml.", "cosmetics_toiletries", "botol", 3500)],
    decoys: [s("Sabun cuci piring cair 5 L", "Sabun pencuci piring jeruk nipis, jerigen 5 liter.", "cleaning_products", "jerigen", 55000), s("Kemasan mika transparan 10 x 10 cm", "Kotak mika plastik bening untuk kue dan suvenir.", "packaging", "pcs", 800)],
  },
  // N11
  {
    title: "Wearpack coverall katun drill untuk teknisi",
    description: "Coverall lengan panjang bahan drill katun, scotlight di lengan dan kaki, logo bordir di dada. TKDN minimal 40%.",
    category: "uniforms", unit: "pcs", quantity: 1500, price: 260000, budget: 260000, certs: [], minTkdn: 40, regency: "36.72", buyer: 5, lang: "id",
    canon: ["Wearpack coverall katun drill", "Wearpack coverall lengan panjang bahan drill katun, scotlight, logo bordir."],
    variants: {
      regional: [["Katelpak drill katun", "Baju kerja terusan bahan drill 100% katun, reflektor lengan dan kaki."]],
      synonym: [["Baju terusan kerja (overall) drill", "Overall kerja satu potong bahan drill, scotlight, resleting depan."]],
      otherLanguage: [["Boiler suit drill cotton", "One-piece cotton drill work suit with reflective tape."]],
      spelling: [["Wear pack coverall drill", "Wear pack satu potong bahan drill katun dengan scotlight."]],
      typo: [["Wearpak drill katun", "Pakaian kerja terusan bahan drill katun, scotlight."]],
      brand: [["ProTek WorkSuit Drill", "Pakaian kerja terusan teknisi, drill katun, pita reflektif."]],
    },
    alt: "ppe",
    subs: [["Seragam kerja PDL atasan dan celana drill", "Seragam lapangan dua potong bahan drill katun dengan scotlight."]],
    related: [s("Celana kerja kargo drill", "Celana kargo bahan drill untuk lapangan, enam saku.", "uniforms", "pcs", 150000)],
    decoys: [s("Kain drill katun per meter", "Kain drill katun lebar 150 cm untuk seragam, per meter.", "textile_goods", "meter", 45000), s("Mata bor drill HSS 10 mm", "Mata bor baja HSS untuk besi dan kayu, diameter 10 mm.", "machined_parts", "pcs", 25000)],
  },
  // N12
  {
    title: "Kemeja batik tulis pria lengan panjang untuk seragam direksi",
    description: "Kemeja batik tulis (bukan printing atau cap) motif parang atau kawung, katun primisima, ukuran S–XXL. TKDN minimal 50%.",
    category: "batik_apparel", unit: "pcs", quantity: 400, price: 480000, budget: 480000, certs: [], minTkdn: 50, regency: "32.73", buyer: 2, lang: "id",
    canon: ["Kemeja batik tulis pria lengan panjang", "Kemeja batik tulis katun primisima, lengan panjang, motif parang."],
    variants: {
      synonym: [["Hem batik tulis lengan panjang", "Hem pria batik tulis tangan, katun primisima."]],
      otherLanguage: [["Men's hand-drawn batik shirt, long sleeve", "Hand-drawn (canting) batik on primisima cotton, long sleeve."]],
      regional: [["Klambi batik tulis lanang", "Klambi lanang lengan panjang, batik tulis Solo."]],
      brand: [["Parang Kencana Heritage Shirt", "Hem lengan panjang, batik canting tangan motif parang, katun primisima."]],
      typo: [["Kemeja batik tullis pria", "Kemeja lengan panjang batik tullis tangan, katun primisima."]],
    },
    alt: "apparel",
    subs: [["Kemeja batik cap pria lengan panjang", "Kemeja batik cap motif kawung, katun, lengan panjang."]],
    related: [s("Kain batik tulis katun 2,4 m", "Kain batik tulis tangan katun primisima 2,4 m.", "batik_cloth", "lembar", 650000)],
    decoys: [s("Kemeja flanel pria lengan panjang", "Kemeja flanel kotak-kotak pria, lengan panjang.", "apparel", "pcs", 150000), s("Papan tulis whiteboard kayu 120 x 240", "Papan tulis putih bingkai kayu untuk kelas dan rapat.", "furniture", "unit", 900000)],
  },
  // N13
  {
    title: "Kain tenun ikat NTT untuk cinderamata tamu",
    description: "Kain tenun ikat tangan (bukan printing), ukuran sekitar 60 x 200 cm, motif Sumba atau Flores, untuk cinderamata delegasi.",
    category: "woven_cloth", unit: "lembar", quantity: 300, price: 800000, certs: [], regency: "53.71", buyer: 3, lang: "id",
    canon: ["Kain tenun ikat NTT 60 x 200 cm", "Kain tenun ikat tangan pewarna alam, motif Flores, 60 x 200 cm."],
    variants: {
      regional: [["Hinggi Sumba Timur pewarna alam", "Hinggi tenunan tangan khas Sumba Timur, pewarna akar mengkudu dan nila."]],
      otherLanguage: [["Hand-woven ikat textile, Flores", "Warp ikat cloth woven on a backstrap loom, natural dyes, 60 x 200 cm."]],
      typo: [["Kain tenun ikkat NTT", "Tenunan tangan ikkat motif Flores, 60 x 200 cm."]],
      brand: [["Lamaholot Weave 60x200", "Kain tenunan tangan ikat lungsi motif Lamaholot, 60 x 200 cm."]],
      synonym: [["Tenunan ikat tangan motif Flores", "Tenunan ikat lungsi gedogan, motif Sikka, 60 x 200 cm."]],
    },
    alt: "textile_goods",
    subs: [["Kain songket tenun tangan 60 x 200 cm", "Songket benang emas tenun tangan, 60 x 200 cm."], ["Selendang tenun ikat 30 x 180 cm", "Selendang tenun ikat tangan pewarna alam, 30 x 180 cm."]],
    related: [s("Tas tenun ikat", "Tas jinjing berbahan kain tenun ikat, 30 x 35 cm.", "bags_souvenirs", "pcs", 250000)],
    decoys: [s("Cable ties pengikat kabel 30 cm", "Pengikat kabel nilon 30 cm, isi 100 per pak.", "electrical", "pak", 25000), s("Ikat pinggang kulit sapi", "Sabuk kulit sapi asli gesper kuningan.", "leather_goods", "pcs", 175000)],
  },
  // N14
  {
    title: "Bath towels 70 x 140 cm, white, 500 gsm",
    description: "White cotton bath towels for hotel rooms, dobby border, minimum 500 gsm. Local content (TKDN) at least 40%.",
    category: "textile_goods", unit: "pcs", quantity: 3000, price: 75000, budget: 75000, certs: [], minTkdn: 40, regency: "51.03", buyer: 3, lang: "en",
    canon: ["Bath towel 70 x 140 cm white 500 gsm", "White cotton bath towel with dobby border, 500 gsm, 70 x 140 cm."],
    variants: {
      otherLanguage: [["Handuk mandi katun 70 x 140 cm putih", "Handuk mandi katun putih 500 gsm untuk hotel, 70 x 140 cm."]],
      regional: [["Anduk mandi putih 70 x 140", "Anduk katun putih tebal untuk hotel, 70 x 140 cm."]],
      synonym: [["Terry towel 70 x 140 cm", "Cotton terry towel, white, 500 gsm, hotel grade."]],
      typo: [["Bath towell 70 x 140 white", "Cotton towell, white, 500 gsm, dobby border."]],
      brand: [["Kapas Putih Hotel Line 70x140", "Handuk katun terry 500 gsm, putih, 70 x 140 cm."]],
      spelling: [["Bathtowel 70x140 cm white", "Bathtowel cotton 500 gsm for hotels."]],
    },
    alt: "apparel",
    subs: [["Bath towel 60 x 120 cm white", "White cotton bath towel, 450 gsm, 60 x 120 cm."]],
    related: [s("Kimono mandi (bathrobe) katun", "Kimono mandi handuk katun putih untuk hotel, all size.", "textile_goods", "pcs", 180000)],
    decoys: [s("Towel rack stainless 60 cm", "Rak handuk dinding stainless steel 60 cm.", "metal_fabrication", "pcs", 150000), s("Paper towel lipat M-fold", "Tisu tangan lipat M-fold, 150 lembar per pak.", "packaging", "pak", 12000)],
  },
  // N15
  {
    title: "Mukena katun bordir dewasa",
    description: "Bingkisan Ramadan karyawan: mukena dua potong (atasan dan rok) katun rayon dengan bordir, dilengkapi tas kecil.",
    category: "apparel", unit: "pcs", quantity: 1500, price: 160000, budget: 160000, certs: [], regency: "12.71", buyer: 1, lang: "id",
    canon: ["Mukena katun bordir dewasa 2 potong", "Mukena dewasa katun rayon, bordir pinggir, atasan dan rok, dengan tas."],
    variants: {
      regional: [["Telekung sulam katun", "Telekung dua helai katun bersulam khas Bukittinggi."], ["Rukuh bordir katun", "Rukuh katun rayon dua potong dengan bordir bunga."]],
      spelling: [["Mukenah bordir katun", "Mukenah katun rayon dua potong dengan bordir."]],
      otherLanguage: [["Women's prayer robe, embroidered cotton", "Two-piece embroidered cotton prayer robe with pouch."]],
      typo: [["Mukenna bordir katun dewasa", "Mukenna dua potong bordir, katun rayon."]],
      brand: [["Annisa Pearl Set 2 pcs", "Rukuh dua potong katun rayon bersulam, dengan tas."]],
    },
    alt: "textile_goods",
    subs: [["Mukena parasut travel", "Mukena bahan parasut ringan, dapat dilipat ke dalam tas."]],
    related: [s("Sajadah tipis travel", "Sajadah lipat tipis 60 x 110 cm.", "textile_goods", "pcs", 45000)],
    decoys: [s("Benang bordir rayon 1 cone", "Benang bordir rayon 120D, 5.000 m per cone.", "textile_goods", "pcs", 30000), s("Badge bordir logo", "Emblem bordir logo instansi untuk seragam.", "apparel", "pcs", 7500)],
  },
  // N16
  {
    title: "Sepatu safety kulit ujung baja (SNI)",
    description: "Sepatu keselamatan kerja kulit sapi, steel toe cap, sol karet tahan minyak, ukuran 38–45. Bersertifikat SNI, TKDN minimal 40%.",
    category: "footwear", unit: "pasang", quantity: 1000, price: 420000, budget: 420000, certs: ["sni"], minTkdn: 40, regency: "36.72", buyer: 5, lang: "id",
    canon: ["Sepatu safety kulit steel toe", "Sepatu safety kulit sapi, ujung baja, sol karet tahan minyak."],
    variants: {
      synonym: [["Sepatu pengaman kerja kulit", "Sepatu pengaman kerja kulit sapi dengan pelindung jari baja."]],
      otherLanguage: [["Leather safety shoes, steel toe cap", "Cowhide safety shoes, steel toe cap, oil-resistant rubber sole."]],
      regional: [["Sepatu proyek ujung besi", "Sepatu proyek kulit, ujung besi, sol karet."]],
      typo: [["Sepatu savety kulit steel toe", "Sepatu kerja kulit sapi, pelindung jari baja."]],
      brand: [["Baja Tapak Low Cut", "Sepatu keselamatan kulit, pelindung jari baja, sol tahan minyak."]],
    },
    alt: "ppe",
    subs: [["Safety boots kulit steel toe", "Sepatu boot safety kulit high cut, ujung baja."]],
    related: [s("Sepatu boot karet PVC", "Sepatu boot karet PVC setinggi betis untuk lapangan basah.", "footwear", "pasang", 90000)],
    decoys: [s("Sepatu pantofel kulit pria", "Sepatu pantofel kulit sapi untuk kantor, sol karet.", "footwear", "pasang", 350000), s("Semir sepatu kulit hitam", "Semir padat untuk sepatu kulit, kaleng 40 g.", "cleaning_products", "pcs", 15000)],
  },
  // N17
  {
    title: "Tas dokumen kulit asli (briefcase) untuk cenderamata purnabakti",
    description: "Tas kerja kulit sapi asli dengan emboss logo, muat laptop 14 inci, untuk 150 pegawai purnabakti.",
    category: "leather_goods", unit: "pcs", quantity: 150, price: 1250000, certs: [], regency: "32.73", buyer: 2, lang: "id",
    canon: ["Tas dokumen kulit sapi (briefcase)", "Tas dokumen kulit sapi asli, muat laptop 14 inci, emboss logo."],
    variants: {
      otherLanguage: [["Genuine leather briefcase", "Full-grain cowhide briefcase, fits a 14 inch laptop, logo embossing."]],
      synonym: [["Tas kantor kulit asli", "Tas kerja kulit sapi asli untuk kantor, muat laptop 14 inci."]],
      brand: [["Tanggulangin Executive Case", "Tas kerja kulit sapi asli, emboss logo, muat laptop."]],
      typo: [["Tas kullit dokumen", "Tas dokumen berbahan kullit sapi asli."]],
      spelling: [["Brief case kulit sapi", "Brief case kulit asli untuk eksekutif."]],
    },
    alt: "bags_souvenirs",
    subs: [["Tas laptop kulit sapi 14 inci", "Tas laptop kulit sapi asli, slot 14 inci."]],
    related: [s("Dompet kulit pria", "Dompet lipat kulit sapi asli.", "leather_goods", "pcs", 200000)],
    decoys: [s("Map dokumen plastik clear holder", "Map plastik bening isi 20 kantong.", "printing", "pcs", 15000), s("Kulit sapi samak lembaran", "Kulit sapi tersamak krom, per lembar.", "leather_goods", "lembar", 900000)],
  },
  // N18
  {
    title: "Sandal hotel disposable (slipper kamar)",
    description: "Sandal kamar tamu sekali pakai, bahan terry atau spons, logo hotel dicetak, dikemas plastik per pasang.",
    category: "footwear", unit: "pasang", quantity: 24000, price: 6500, budget: 6500, certs: [], regency: "51.03", buyer: 3, lang: "id",
    canon: ["Sandal hotel disposable", "Sandal kamar hotel sekali pakai, terry, logo cetak, kemasan per pasang."],
    variants: {
      synonym: [["Selop kamar hotel sekali pakai", "Selop tamu bahan terry, sekali pakai, logo dicetak."]],
      otherLanguage: [["Disposable hotel slippers", "Single-use terry slippers with printed logo, bagged per pair."]],
      brand: [["Comfy Stay Slipper", "Selop tamu sekali pakai bahan terry, logo cetak."]],
      typo: [["Sandal hotle disposable", "Sandal kamar sekali pakai, terry."]],
      spelling: [["Sendal hotel sekali pakai", "Sendal kamar tamu hotel bahan spons, sekali pakai."]],
    },
    alt: "textile_goods",
    subs: [["Sandal hotel EVA tebal", "Sandal kamar EVA tebal, dapat dicuci, logo cetak."]],
    related: [s("Sandal jepit karet", "Sandal jepit karet harian.", "footwear", "pasang", 15000)],
    decoys: [s("Sandal gunung", "Sandal gunung tali webbing, sol karet.", "footwear", "pasang", 150000), s("Sikat gigi hotel", "Sikat gigi amenities hotel dengan pasta 5 g.", "cosmetics_toiletries", "pcs", 1800)],
  },
  // N19
  {
    title: "Set kursi teras rotan alami (2 kursi + 1 meja)",
    description: "Untuk lobi dan teras mess karyawan: rotan alami finishing natural, dudukan bantal. Bahan legal (SVLK).",
    category: "furniture", unit: "set", quantity: 60, price: 3600000, budget: 3600000, certs: ["svlk"], regency: "63.71", buyer: 4, lang: "id",
    canon: ["Kursi teras rotan set", "Set dua kursi dan satu meja teras rotan alami, finishing natural."],
    variants: {
      regional: [["Kursi penjalin teras set", "Set kursi dan meja teras dari penjalin alami."]],
      otherLanguage: [["Rattan patio chair set", "Two natural rattan chairs and a coffee table, cushions included."]],
      synonym: [["Set kursi tamu rotan", "Dua kursi tamu dan meja rotan alami dengan bantal."]],
      typo: [["Kursi rottan teras set", "Set kursi dan meja teras rottan alami."]],
      brand: [["Amuntai Living Set", "Dua kursi dan meja kopi anyaman manau, finishing natural."]],
    },
    alt: "woven_crafts",
    subs: [["Set kursi rotan sintetis teras", "Dua kursi dan meja teras anyaman rotan sintetis."]],
    related: [s("Kursi bambu teras set", "Set kursi dan meja teras bambu petung.", "furniture", "set", 2500000)],
    decoys: [s("Keranjang rotan parsel", "Keranjang parsel anyaman rotan ukuran sedang.", "woven_crafts", "pcs", 45000), s("Kursi kantor putar jaring", "Kursi kantor putar sandaran jaring, roda nilon.", "furniture", "unit", 850000)],
  },
  // N20
  {
    title: "Meja siswa SD kayu mahoni",
    description: "Meja belajar siswa tunggal rangka kayu mahoni, daun meja multipleks. Bahan kayu legal bersertifikat SVLK, TKDN minimal 40%.",
    category: "furniture", unit: "unit", quantity: 800, price: 650000, budget: 650000, certs: ["svlk"], minTkdn: 40, regency: "51.71", buyer: 8, lang: "id",
    canon: ["Meja siswa SD kayu mahoni", "Meja siswa tunggal rangka mahoni, daun multipleks 18 mm."],
    variants: {
      synonym: [["Meja belajar murid sekolah dasar", "Meja belajar murid tunggal, rangka mahoni."]],
      otherLanguage: [["Primary school pupil desk, mahogany", "Single pupil desk, mahogany frame, plywood top."]],
      regional: [["Bangku sekolah kayu mahoni", "Bangku sekolah untuk murid SD, kayu mahoni."]],
      typo: [["Meja siwa SD kayu mahoni", "Meja murid tunggal rangka mahoni."]],
      brand: [["EduJati Desk S1", "Meja belajar anak sekolah, kayu mahoni, daun multipleks."]],
    },
    alt: "wood_products",
    subs: [["Meja siswa SD kayu jati", "Meja siswa tunggal rangka jati, daun multipleks."]],
    related: [s("Kursi siswa kayu mahoni", "Kursi murid kayu mahoni, sandaran bilah.", "furniture", "unit", 350000)],
    decoys: [s("Meja makan kayu jati 6 kursi", "Set meja makan jati dengan 6 kursi.", "furniture", "set", 7000000), s("Kayu mahoni gergajian papan", "Papan mahoni gergajian 2 x 20 x 300 cm.", "wood_products", "lembar", 120000)],
  },
  // N21
  {
    title: "Sedotan bambu untuk gerai kopi (bebas plastik)",
    description: "Sedotan bambu alami diameter 8–12 mm, panjang 20 cm, sudah direbus dan dikeringkan.",
    category: "wood_products", unit: "pcs", quantity: 40000, price: 1500, budget: 1500, certs: [], regency: "34.71", buyer: 3, lang: "id",
    canon: ["Sedotan bambu 20 cm", "Sedotan bambu alami 20 cm, direbus dan dikeringkan."],
    variants: {
      otherLanguage: [["Bamboo drinking straws 20 cm", "Natural bamboo straws, boiled and dried, 20 cm."]],
      synonym: [["Pipet bambu 20 cm", "Pipet dari batang bambu alami, 20 cm."]],
      regional: [["Sedotan pring 20 cm", "Sedotan pring apus alami, 20 cm."]],
      typo: [["Sedtoan bambu 20 cm", "Sedtoan alami dari buluh bambu, 20 cm."]],
      brand: [["EcoPring Straw", "Pipet buluh alami untuk minuman, 20 cm."]],
      spelling: [["Sedotan bamboo 20 cm", "Sedotan bamboo alami, 20 cm."]],
    },
    alt: "woven_crafts",
    subs: [s("Sedotan kertas food grade", "Sedotan kertas tiga lapis food grade, 20 cm.", "packaging", "pcs", 1200)],
    related: [s("Sendok bambu", "Sendok makan dari bambu, dipoles.", "wood_products", "pcs", 3500)],
    decoys: [s("Tirai bambu (kerai) 150 x 200", "Kerai bilah bambu untuk teras, 150 x 200 cm.", "wood_products", "lembar", 180000), s("Bambu petung gelondongan 6 m", "Batang bambu petung untuk konstruksi, 6 m.", "building_materials", "pcs", 60000)],
  },
  // N22
  {
    title: "Gantungan kunci logo perusahaan (souvenir)",
    description: "Souvenir HUT perusahaan: gantungan kunci akrilik atau logam dengan logo, dikemas satuan.",
    category: "bags_souvenirs", unit: "pcs", quantity: 6000, price: 9000, budget: 9000, certs: [], regency: "35.78", buyer: 6, lang: "id",
    canon: ["Gantungan kunci logo custom", "Gantungan kunci akrilik dengan logo perusahaan, dikemas satuan."],
    variants: {
      synonym: [["Ganci akrilik custom logo", "Ganci akrilik cetak logo dua sisi, kemasan plastik satuan."]],
      otherLanguage: [["Custom logo keychain", "Acrylic keychain with printed company logo, individually bagged."]],
      spelling: [["Key chain logo custom", "Key chain akrilik cetak logo."]],
      typo: [["Gantungan kuncci logo custom", "Gantungan kuncci akrilik cetak logo."]],
      brand: [["Kencana Souvenir Tag", "Ganci logam grafir logo untuk suvenir perusahaan."]],
    },
    alt: "jewellery_crafts",
    subs: [["Pin logo perusahaan", "Pin logam enamel logo perusahaan."]],
    related: [s("Magnet kulkas souvenir", "Magnet kulkas akrilik cetak logo.", "bags_souvenirs", "pcs", 7000)],
    decoys: [s("Kunci pas set 8–24 mm", "Set kunci pas baja 8 sampai 24 mm, 8 pcs.", "machined_parts", "set", 150000), s("Gembok kuningan 40 mm dengan kunci", "Gembok kuningan 40 mm, tiga anak kunci.", "metal_fabrication", "pcs", 45000)],
  },
  // N23
  {
    title: "Pot tanah liat (terakota) diameter 40 cm untuk taman kantor",
    description: "Pot tanaman terakota tanpa glasir, diameter sekitar 40 cm, dengan lubang drainase.",
    category: "ceramics_pottery", unit: "pcs", quantity: 400, price: 95000, budget: 95000, certs: [], regency: "33.74", buyer: 2, lang: "id",
    canon: ["Pot tanah liat diameter 40 cm", "Pot tanaman tanah liat bakar tanpa glasir, diameter 40 cm."],
    variants: {
      otherLanguage: [["Terracotta planter 40 cm", "Unglazed terracotta plant pot, 40 cm, drainage hole."]],
      regional: [["Pot gerabah Kasongan 40 cm", "Pot gerabah bakar khas Kasongan, diameter 40 cm."]],
      synonym: [["Pot terakota 40 cm", "Pot terakota tanpa glasir, 40 cm."]],
      spelling: [["Pot terracota 40 cm", "Pot terracota bakar, diameter 40 cm."]],
      typo: [["Pot tanah lait 40 cm", "Pot tanah lait bakar tanpa glasir, 40 cm."]],
      brand: [["Mbah Rejo Planter 40", "Wadah tanaman gerabah bakar, 40 cm."]],
    },
    alt: "building_materials",
    subs: [["Pot semen diameter 40 cm", "Pot tanaman cor semen, diameter 40 cm."]],
    related: [s("Guci keramik hias", "Guci keramik glasir untuk dekorasi, tinggi 60 cm.", "ceramics_pottery", "pcs", 350000)],
    decoys: [s("Bata merah tanah liat", "Bata merah bakar 5 x 10 x 20 cm.", "building_materials", "pcs", 900), "N31:asked"],
  },
  // N24
  {
    title: "Tas anyaman pandan untuk cinderamata pameran",
    description: "Tas jinjing anyaman daun pandan ukuran sekitar 35 x 25 cm, dengan tali, dapat diberi label logo.",
    category: "woven_crafts", unit: "pcs", quantity: 1000, price: 80000, budget: 80000, certs: [], regency: "31.71", buyer: 3, lang: "id",
    canon: ["Tas anyaman pandan 35 x 25 cm", "Tas jinjing anyaman daun pandan dengan tali, 35 x 25 cm."],
    variants: {
      otherLanguage: [["Pandan woven tote bag", "Hand-woven pandan leaf tote with handles, 35 x 25 cm."]],
      synonym: [["Tas pandan anyam", "Tas jinjing dari daun pandan yang dianyam."]],
      regional: [["Kampil pandan anyaman", "Kampil anyaman pandan khas Tasikmalaya, dengan tali."]],
      typo: [["Tas anyaman pandna", "Tas jinjing anyaman pandna, 35 x 25 cm."]],
      brand: [["Rajapolah Craft Tote", "Tas jinjing anyam daun pandan duri, 35 x 25 cm."]],
    },
    alt: "bags_souvenirs",
    subs: [["Tas anyaman mendong", "Tas jinjing anyaman mendong, 35 x 25 cm."], ["Tas purun anyam", "Tas anyaman purun khas Kalimantan Selatan."]],
    related: [s("Tikar pandan anyam", "Tikar anyaman pandan 150 x 200 cm.", "woven_crafts", "lembar", 120000)],
    decoys: [s("Pasta pandan 30 ml", "Perisa dan pewarna pandan untuk kue, botol 30 ml.", "condiments", "botol", 8000), s("Bolu pandan", "Bolu pandan lembut, loyang 20 cm.", "confectionery", "pcs", 45000)],
  },
  // N25
  {
    title: "Plakat penghargaan kayu ukir",
    description: "Plakat kayu jati ukir Jepara dengan plat nama kuningan, ukuran 30 x 40 cm, untuk penghargaan mitra. Bahan kayu ber-SVLK.",
    category: "wood_products", unit: "pcs", quantity: 250, price: 380000, budget: 380000, certs: ["svlk"], regency: "31.73", buyer: 5, lang: "id",
    canon: ["Plakat kayu ukir 30 x 40 cm", "Plakat kayu jati ukir dengan plat nama kuningan, 30 x 40 cm."],
    variants: {
      otherLanguage: [["Carved wooden award plaque", "Carved teak award plaque with brass name plate, 30 x 40 cm."]],
      synonym: [["Piagam kayu ukiran", "Piagam penghargaan dari kayu jati berukir."]],
      spelling: [["Plakad kayu ukir Jepara", "Plakad jati ukir dengan plat kuningan."]],
      typo: [["Plakat kayu ukkir 30 x 40", "Plakat jati ukkir dengan plat nama."]],
      brand: [["Jepara Honour Board", "Papan penghargaan jati berukir dengan plat nama kuningan."]],
    },
    alt: "bags_souvenirs",
    subs: [["Plakat akrilik dudukan kayu", "Plakat akrilik grafir dengan dudukan kayu."]],
    related: [s("Patung ukir kayu", "Patung kayu suar ukiran tangan, tinggi 40 cm.", "wood_products", "pcs", 450000)],
    decoys: [s("Piagam sertifikat cetak art carton", "Cetak piagam A4 art carton 260 g full colour.", "printing", "lembar", 5000)],
  },
  // N26
  {
    title: "Corrugated shipping cartons, single wall, 40 x 30 x 30 cm",
    description: "Brown single-wall B-flute cartons, printed one colour, for finished goods shipping. Local content (TKDN) at least 40%.",
    category: "packaging", unit: "pcs", quantity: 60000, price: 5200, budget: 5200, certs: [], minTkdn: 40, regency: "35.15", buyer: 6, lang: "en",
    canon: ["Corrugated carton box single wall 40x30x30", "Brown B-flute single wall carton, one-colour print, 40 x 30 x 30 cm."],
    variants: {
      otherLanguage: [["Kardus karton gelombang single wall 40x30x30", "Kardus coklat gelombang B-flute satu lapis, cetak satu warna."]],
      regional: [["Dus karton B-flute 40x30x30", "Dus coklat B-flute satu lapis untuk pengiriman."]],
      synonym: [["Shipping box B-flute 40x30x30", "Brown shipping box, B-flute board, printed logo."]],
      typo: [["Corugated carton box 40x30x30", "Brown B-flute corugated carton, single wall."]],
      spelling: [["Carton-box single wall 40x30x30", "Carton-box B-flute, brown, one-colour print."]],
      brand: [["Kotak Kuat B-Flute 403030", "Kotak karton gelombang satu lapis, 40 x 30 x 30 cm."]],
    },
    alt: "printing",
    subs: [["Corrugated carton double wall 40x30x30", "Brown BC-flute double wall carton, 40 x 30 x 30 cm."]],
    related: [s("Duplex box (folding carton) printed", "Kotak duplex 310 g cetak offset untuk produk retail.", "packaging", "pcs", 2500)],
    decoys: ["N36:asked", s("Shipping label thermal sticker 100 x 150", "Label pengiriman stiker thermal 100 x 150 mm, 500 per roll.", "printing", "pcs", 60000)],
  },
  // N27
  {
    title: "Kalender meja 2028 cetak custom logo",
    description: "Kalender meja spiral 13 lembar, art carton 260 g, dudukan hardcover, cetak full colour dengan logo perusahaan.",
    category: "printing", unit: "pcs", quantity: 3500, price: 26000, budget: 26000, certs: [], regency: "31.75", buyer: 2, lang: "id",
    canon: ["Kalender meja 2028 custom", "Kalender meja spiral 13 lembar, art carton 260 g, dudukan hardcover."],
    variants: {
      synonym: [["Kalender duduk spiral 2028", "Kalender duduk 13 lembar dengan dudukan hardcover, cetak logo."]],
      otherLanguage: [["Desk calendar 2028, custom print", "Spiral desk calendar, 13 sheets, hardcover stand, full colour."]],
      regional: [["Almanak meja 2028 spiral", "Almanak duduk spiral cetak full colour."]],
      spelling: [["Calender meja 2028 custom", "Calender duduk spiral 13 lembar."]],
      typo: [["Kalendr meja 2028 custom", "Kalendr duduk spiral, full colour."]],
      brand: [["Tripod Cal 2028 Full Colour", "Kalender duduk segitiga spiral 13 lembar, cetak logo."]],
    },
    alt: "packaging",
    subs: [["Kalender dinding 2028 custom", "Kalender dinding 6 lembar, art paper 150 g, cetak logo."]],
    related: [s("Buku agenda 2028 hardcover", "Agenda harian 2028 hardcover dengan logo.", "printing", "pcs", 45000)],
    decoys: [s("Meja kerja kantor 120 cm", "Meja kerja kantor 120 x 60 cm dengan laci.", "furniture", "unit", 1200000), s("Jam meja kayu ukir", "Jam meja dari kayu sonokeling berukir.", "wood_products", "pcs", 150000)],
  },
  // N28
  {
    title: "Standing pouch kraft zipper 500 g",
    description: "Kemasan standing pouch kertas kraft coklat dengan zipper dan jendela, lapisan dalam PE food grade, cetak satu warna. Pemasok wajib ISO 9001.",
    category: "packaging", unit: "pcs", quantity: 120000, price: 1300, budget: 1300, certs: ["iso9001"], regency: "18.71", buyer: 6, lang: "id",
    canon: ["Standing pouch kraft zipper 500 g", "Standing pouch kertas kraft coklat, zipper, jendela, lapisan PE food grade."],
    variants: {
      synonym: [["Kemasan pouch kraft berdiri ziplock", "Kantong kraft berdiri dengan ziplock dan jendela, food grade."]],
      otherLanguage: [["Kantong kertas coklat berdiri ber-ziplock", "Kantong kertas coklat yang dapat berdiri, dengan klip ziplock, food grade."]],
      spelling: [["Standingpouch kraft klip 500 g", "Standingpouch kertas kraft dengan klip dan jendela."]],
      typo: [["Standing puch kraft zipper", "Puch kertas kraft berdiri dengan zipper."]],
      brand: [["KraftPack SP-500", "Kantong kertas coklat berdiri, klip ziplock, jendela, food grade."]],
    },
    alt: "printing",
    subs: [["Standing pouch aluminium foil zipper 500 g", "Standing pouch foil metalized dengan zipper, 500 g."]],
    related: [s("Paper bag kraft", "Tas kertas kraft coklat dengan tali, 25 x 30 cm.", "packaging", "pcs", 2500)],
    decoys: [s("Resleting nilon 20 cm", "Resleting (zipper) nilon untuk jaket dan tas, 20 cm.", "textile_goods", "pcs", 1500), s("Kertas kraft roll 80 gsm", "Kertas kraft coklat roll lebar 120 cm.", "packaging", "kg", 18000)],
  },
  // N29
  {
    title: "Goodie bag spunbond sablon logo",
    description: "Tas spunbond 70 gsm ukuran 30 x 40 cm dengan tali, sablon satu warna satu sisi, untuk seminar dan CSR. TKDN minimal 25%.",
    category: "bags_souvenirs", unit: "pcs", quantity: 10000, price: 7500, budget: 7500, certs: [], minTkdn: 25, regency: "64.72", buyer: 4, lang: "id",
    canon: ["Goodie bag spunbond sablon", "Goodie bag spunbond 70 gsm, 30 x 40 cm, tali, sablon satu warna."],
    variants: {
      synonym: [["Tas spunbond 30 x 40 sablon", "Tas spunbond 70 gsm dengan tali, sablon logo."]],
      otherLanguage: [["Non-woven tote bag with print", "Non-woven polypropylene tote, 70 gsm, one-colour logo print."]],
      regional: [["Tas kain non woven sablon", "Tas kain non woven 70 gsm, sablon satu warna."]],
      spelling: [["Goody bag spunbond sablon", "Goody bag spunbond dengan tali, sablon logo."]],
      typo: [["Goodie bag spundbond sablon", "Tas spundbond 70 gsm, sablon logo."]],
      brand: [["EcoTas 7040", "Tas non-woven 70 gsm, 30 x 40 cm, cetak logo."]],
    },
    alt: "packaging",
    subs: [["Tote bag kain blacu sablon", "Tote bag blacu 30 x 40 cm, sablon satu warna."]],
    related: ["N28:rel0"],
    decoys: [s("Kain spunbond roll 70 gsm", "Kain spunbond lebar 160 cm, per meter.", "textile_goods", "meter", 4000), s("Kaos sablon custom", "Kaos katun combed 30s sablon plastisol.", "apparel", "pcs", 55000)],
  },
  // N30
  {
    title: "Paving block K-300 tebal 8 cm",
    description: "Paving block bentuk bata atau segi enam mutu K-300 (fc 25 MPa) tebal 8 cm untuk area parkir, ber-SNI. TKDN minimal 60%.",
    category: "building_materials", unit: "m2", quantity: 6000, price: 98000, budget: 98000, certs: ["sni"], minTkdn: 60, regency: "64.71", buyer: 4, lang: "id",
    canon: ["Paving block K-300 tebal 8 cm", "Paving block mutu K-300 tebal 8 cm, bentuk bata, untuk area parkir."],
    variants: {
      regional: [["Conblock K-300 tebal 8 cm", "Conblock press mesin mutu K-300, tebal 8 cm."]],
      synonym: [["Bata beton lantai mutu K-300", "Bata beton untuk lantai, tebal 8 cm, mutu K-300."]],
      otherLanguage: [["Interlocking concrete pavers 8 cm", "Machine-pressed concrete pavers, 25 MPa, 8 cm thick."]],
      spelling: [["Paving blok K300 8 cm", "Paving blok press mutu K300, tebal 8 cm."]],
      typo: [["Pafing block K-300 8 cm", "Pafing segi enam mutu K-300, 8 cm."]],
      brand: [["KuatPave Hexa 8", "Bata beton segi enam mutu K-300, tebal 8 cm."]],
    },
    alt: "ceramics_pottery",
    subs: [["Paving block K-300 tebal 6 cm", "Paving block mutu K-300 tebal 6 cm."]],
    related: [s("Kanstin beton 20 x 30 x 50", "Kanstin beton pracetak untuk tepi jalan.", "building_materials", "pcs", 45000)],
    decoys: [s("Mesin cetak paving block hidrolik", "Mesin press paving block hidrolik, 1.000 m2 per hari.", "machinery", "unit", 35000000)],
  },
  // N31
  {
    title: "Genteng tanah liat press",
    description: "Genteng tanah liat press tanpa glasir model morando atau kodok untuk renovasi rumah dinas, ber-SNI.",
    category: "building_materials", unit: "pcs", quantity: 25000, price: 4200, budget: 4200, certs: ["sni"], regency: "73.71", buyer: 7, lang: "id",
    canon: ["Genteng tanah liat press", "Genteng tanah liat press tanpa glasir, model morando."],
    variants: {
      regional: [["Genteng Jatiwangi press", "Genteng press khas Jatiwangi, model kodok."]],
      spelling: [["Genting tanah liat press", "Genting tanah liat dipres, model morando."]],
      otherLanguage: [["Clay roof tiles, pressed", "Pressed unglazed clay roof tiles, morando profile."]],
      synonym: [["Genteng lempung press", "Genteng lempung dipres dan dibakar, model kodok."]],
      typo: [["Gentneg tanah liat press", "Gentneg lempung press, model morando."]],
      brand: [["Kodok Mas Super", "Atap lempung dipres model kodok, tanpa glasir."]],
    },
    alt: "ceramics_pottery",
    subs: [["Genteng keramik glasir", "Genteng keramik berglasir warna merah bata."]],
    related: [s("Genteng beton flat", "Genteng beton flat dicat, 42 x 33 cm.", "building_materials", "pcs", 6500)],
    decoys: [s("Mesin press hidrolik 20 ton", "Mesin press hidrolik 20 ton untuk bengkel.", "machinery", "unit", 25000000), s("Tanah liat olahan untuk gerabah", "Tanah liat siap pakai untuk perajin gerabah, per kg.", "ceramics_pottery", "kg", 3000)],
  },
  // N32
  {
    title: "Roster beton 20 x 20 untuk dinding ventilasi sekolah",
    description: "Roster beton motif minimalis 20 x 20 x 10 cm untuk pagar dan dinding ventilasi gedung sekolah.",
    category: "building_materials", unit: "pcs", quantity: 3000, price: 16000, budget: 16000, certs: [], regency: "51.71", buyer: 8, lang: "id",
    canon: ["Roster beton 20 x 20", "Roster beton motif minimalis 20 x 20 x 10 cm."],
    variants: {
      spelling: [["Loster beton 20 x 20", "Loster cetak semen motif minimalis."], ["Rooster beton 20x20", "Rooster semen motif kotak."]],
      otherLanguage: [["Concrete breeze block 20 x 20", "Cast concrete ventilation block, 20 x 20 x 10 cm."]],
      synonym: [["Bata angin beton 20 x 20", "Bata angin cetak semen, 20 x 20 x 10 cm."]],
      typo: [["Roster betton 20 x 20", "Roster cetak betton motif minimalis."]],
      brand: [["Minimalis Vent 20", "Lubang angin cetak semen 20 x 20 x 10 cm."]],
    },
    alt: "ceramics_pottery",
    subs: [["Roster tanah liat 20 x 20", "Roster terakota bakar 20 x 20 cm."]],
    related: [s("Batako press", "Batako press 10 x 20 x 40 cm.", "building_materials", "pcs", 4500)],
    decoys: [s("Kawat bendrat beton", "Kawat bendrat pengikat besi beton, per kg.", "metal_fabrication", "kg", 22000), s("Cetakan roster besi", "Mal cetak roster dari plat besi, 20 x 20 cm.", "machinery", "unit", 750000)],
  },
  // N33
  {
    title: "Cangkul baja ber-SNI untuk bantuan kelompok tani",
    description: "Cangkul baja tempa lengkap gagang kayu, SNI wajib, untuk bantuan 5.000 petani. TKDN minimal 40%.",
    category: "agri_tools", unit: "pcs", quantity: 5000, price: 90000, budget: 90000, certs: ["sni"], minTkdn: 40, regency: "74.71", buyer: 4, lang: "id",
    canon: ["Cangkul baja tempa dengan gagang", "Cangkul baja karbon tempa lengkap gagang kayu."],
    variants: {
      regional: [["Pacul baja tempa", "Pacul baja karbon tempa dengan doran kayu."]],
      otherLanguage: [["Forged steel hoe with handle", "Forged carbon-steel hoe with wooden handle."]],
      typo: [["Cangkull baja tempa", "Cangkull baja karbon lengkap gagang."]],
      brand: [["Cap Dua Kerbau Tempa", "Pacul baja karbon tempa dengan doran kayu."]],
    },
    alt: "metal_fabrication",
    subs: [["Cangkul baja tanpa gagang", "Mata cangkul baja tempa, tanpa gagang."]],
    related: [s("Sabit baja (arit)", "Sabit baja tempa dengan gagang kayu.", "agri_tools", "pcs", 45000)],
    decoys: [s("Gagang cangkul kayu", "Gagang kayu mahoni untuk cangkul, 120 cm.", "wood_products", "pcs", 15000), s("Baja ringan kanal C 0,75 mm", "Baja ringan kanal C tebal 0,75 mm, 6 m.", "building_materials", "pcs", 95000)],
  },
  // N34
  {
    title: "Bushing kuningan bubut sesuai drawing",
    description: "Bushing brass C3604 OD 40 / ID 25 x 50 mm, toleransi H7, sesuai gambar teknik terlampir; pemasok wajib ISO 9001.",
    category: "machined_parts", unit: "pcs", quantity: 2500, price: 48000, certs: ["iso9001"], regency: "36.72", buyer: 5, lang: "id",
    canon: ["Bushing kuningan bubut", "Bushing kuningan C3604 dibubut CNC sesuai drawing."],
    variants: {
      regional: [["Bos kuningan bubut", "Bos kuningan dibubut sesuai gambar."]],
      otherLanguage: [["Brass bushing, machined to drawing", "CNC-turned brass bushing to customer drawing, H7."]],
      spelling: [["Busing kuningan bubut", "Busing kuningan CNC sesuai gambar."]],
      typo: [["Bushing kuningn bubut", "Bushing kuningn CNC sesuai drawing."]],
      synonym: [["Selongsong kuningan bubut", "Selongsong kuningan dibubut presisi."]],
    },
    alt: "metal_fabrication",
    subs: [["Bushing perunggu bubut", "Bushing perunggu (bronze) dibubut sesuai drawing."]],
    related: [s("Poros as baja bubut", "Poros baja S45C dibubut sesuai drawing.", "machined_parts", "pcs", 150000)],
    decoys: [s("Lampu gantung kuningan", "Lampu gantung hias kuningan ukir.", "electrical", "unit", 1500000), s("Kuningan lembaran 1 mm", "Plat kuningan 1 mm, per kg.", "metal_fabrication", "kg", 140000)],
  },
  // N35
  {
    title: "Lampu penerangan jalan tenaga surya (PJUTS) 40 W all-in-one",
    description: "PJUTS all-in-one 40 W lengkap tiang 7 m untuk jalan desa binaan. SNI dan TKDN minimal 40% (syarat belanja produk dalam negeri).",
    category: "electrical", unit: "unit", quantity: 150, price: 9500000, budget: 9500000, certs: ["sni"], minTkdn: 40, regency: "53.71", buyer: 4, lang: "id",
    canon: ["Lampu PJU tenaga surya 40 W all in one", "Lampu penerangan jalan tenaga surya all in one 40 W, tiang 7 m."],
    variants: {
      synonym: [["PJUTS all-in-one 40W", "PJUTS terintegrasi panel dan baterai, tiang 7 m."]],
      otherLanguage: [["Solar street light 40 W all-in-one", "Integrated solar street light, 40 W, 7 m pole."]],
      regional: [["Lampu jalan solar cell 40 W", "Lampu jalan solar cell lengkap tiang 7 m."]],
      typo: [["Lampu PJU tenga surya 40 W", "Lampu jalan tenga surya all in one, tiang 7 m."]],
      brand: [["SuryaTerang AIO-40", "Penerangan jalan bertenaga matahari, panel dan baterai terintegrasi, tiang 7 m."]],
    },
    alt: "electronic_devices",
    subs: [["Lampu PJU LED 40 W listrik PLN", "Lampu jalan LED 40 W untuk jaringan PLN, tiang 7 m."]],
    related: [s("Panel surya 100 Wp", "Panel surya monocrystalline 100 Wp.", "electrical", "unit", 1200000)],
    decoys: [s("Lampu hias gantung rotan", "Kap lampu gantung anyaman rotan.", "woven_crafts", "pcs", 250000), s("Lampu tumblr LED string 10 m", "Lampu hias LED untai 10 m.", "electrical", "pcs", 35000)],
  },
  // N36
  {
    title: "Box panel listrik outdoor 60 x 40 x 20 cm",
    description: "Panel box plat besi 1,2 mm, cat powder coating, IP55, untuk gardu distribusi. SNI dan TKDN minimal 40%.",
    category: "electrical", unit: "unit", quantity: 120, price: 1900000, budget: 1900000, certs: ["sni"], minTkdn: 40, regency: "12.71", buyer: 1, lang: "id",
    canon: ["Box panel listrik outdoor 60x40x20", "Box panel plat besi 1,2 mm, powder coating, IP55, 60 x 40 x 20 cm."],
    variants: {
      otherLanguage: [["Outdoor electrical enclosure 60x40x20", "Steel sheet enclosure, powder coated, IP55, 60 x 40 x 20 cm."]],
      synonym: [["Panel box outdoor IP55 60x40", "Panel box besi outdoor IP55, 60 x 40 x 20 cm."]],
      spelling: [["Boks panel listrik outdoor", "Boks panel besi 1,2 mm, IP55."]],
      typo: [["Box panel lisrtik outdoor", "Box panel lisrtik besi, IP55, 60 x 40 x 20 cm."]],
      brand: [["Gardu Kuat PB-6040", "Kotak panel besi 1,2 mm, cat powder, tahan cuaca."]],
    },
    alt: "metal_fabrication",
    subs: [["Box panel indoor 60x40x20", "Box panel besi indoor 60 x 40 x 20 cm."]],
    related: [s("Kotak MCB 4 grup", "Kotak MCB plastik 4 grup tanam.", "electrical", "unit", 85000)],
    decoys: ["N26:asked", "N35:rel0"],
  },
  // N37
  {
    title: "Welding gloves, split leather, 14 inch",
    description: "Heat-resistant split cowhide welding gloves, Kevlar stitched, 35 cm cuff. Local content (TKDN) at least 40%.",
    category: "ppe", unit: "pasang", quantity: 2500, price: 48000, budget: 48000, certs: [], minTkdn: 40, regency: "36.72", buyer: 5, lang: "en",
    canon: ["Welding gloves split leather 14 inch", "Split cowhide welding gloves, Kevlar stitching, 35 cm cuff."],
    variants: {
      otherLanguage: [["Sarung tangan las kulit 14 inci", "Sarung tangan las kulit sapi split, jahitan kevlar, 35 cm."]],
      synonym: [["Welder's gauntlets, cowhide", "Cowhide gauntlets for welders, 35 cm cuff."]],
      regional: [["Glove las kulit sapi panjang", "Glove las kulit sapi split, panjang 35 cm."]],
      typo: [["Welding gloevs split leather", "Split cowhide gloevs for welding, 35 cm."]],
      brand: [["Tahan Api Pro 14", "Sarung tangan tukang las kulit sapi split, 35 cm."]],
    },
    alt: "leather_goods",
    subs: [["Sarung tangan kulit kerja", "Sarung tangan kerja kulit sapi pendek untuk angkat-angkat."]],
    related: [s("Apron las kulit", "Apron kulit sapi untuk pengelasan, 60 x 90 cm.", "ppe", "pcs", 120000)],
    decoys: [s("Welding electrode E6013 2,6 mm", "Kawat las elektroda E6013 2,6 mm, kotak 5 kg.", "metal_fabrication", "kotak", 150000), s("Split leather sheet", "Kulit split sapi lembaran untuk kerajinan.", "leather_goods", "lembar", 250000)],
  },
  // N38
  {
    title: "Rompi keselamatan reflektif untuk petugas lapangan",
    description: "Rompi safety warna oranye atau hijau stabilo dengan scotlight 5 cm, resleting depan, sablon logo. TKDN minimal 40%.",
    category: "ppe", unit: "pcs", quantity: 4000, price: 42000, budget: 42000, certs: [], minTkdn: 40, regency: "32.73", buyer: 2, lang: "id",
    canon: ["Rompi safety reflektif", "Rompi safety oranye dengan scotlight 5 cm, resleting, sablon logo."],
    variants: {
      synonym: [["Rompi scotlight oranye", "Rompi proyek oranye dengan scotlight 5 cm."]],
      otherLanguage: [["Hi-vis reflective safety vest", "High-visibility vest with 5 cm reflective tape, front zip."]],
      typo: [["Rompi reflektip petugas", "Rompi stabilo dengan pita reflektip."]],
      brand: [["Stabilo Guard Vest", "Rompi proyek hijau stabilo dengan scotlight."]],
      spelling: [["Rompi savety reflektif", "Rompi savety stabilo, scotlight 5 cm."]],
    },
    alt: "uniforms",
    subs: [["Jaket reflektif petugas", "Jaket petugas lapangan dengan pita reflektif."]],
    related: [s("Helm safety proyek", "Helm keselamatan proyek dengan tali dagu.", "ppe", "pcs", 45000)],
    decoys: [s("Rompi rajut wanita", "Rompi rajut benang wol untuk wanita.", "apparel", "pcs", 85000), s("Stiker reflektif kendaraan", "Stiker reflektif merah putih untuk bak truk, per meter.", "printing", "meter", 20000)],
  },
  // N39
  {
    title: "Cairan pembersih lantai (karbol) jerigen 5 liter",
    description: "Pembersih lantai wangi sereh atau pinus untuk 40 stasiun, kemasan jerigen 5 L, dengan izin edar PKRT (Kemenkes).",
    category: "cleaning_products", unit: "jerigen", quantity: 1800, price: 60000, budget: 60000, certs: ["other"], regency: "33.72", buyer: 2, lang: "id",
    canon: ["Pembersih lantai karbol 5 L", "Cairan pembersih lantai karbol wangi sereh, jerigen 5 liter."],
    variants: {
      otherLanguage: [["Floor cleaner 5 L jerrycan", "Pine scented floor cleaning liquid, 5 litre jerrycan."]],
      synonym: [["Karbol wangi sereh 5 liter", "Karbol sereh untuk pel, jerigen 5 liter."]],
      spelling: [["Pembersih lantai carbol 5 L", "Carbol pinus untuk lantai, jerigen 5 liter."]],
      typo: [["Pembersih lantia 5 L", "Cairan pel lantia wangi pinus, 5 liter."]],
      brand: [["Kilap Wangi Pinus 5L", "Cairan pel aroma pinus, jerigen 5 liter."]],
    },
    alt: "cosmetics_toiletries",
    subs: [["Cairan desinfektan lantai 5 L", "Desinfektan lantai benzalkonium klorida, jerigen 5 liter."]],
    related: [s("Sabun cuci tangan cair 5 L", "Sabun cuci tangan cair, jerigen 5 liter.", "cleaning_products", "jerigen", 65000), "N10:dec0"],
    decoys: [s("Sapu lantai ijuk", "Sapu ijuk gagang kayu.", "cleaning_products", "pcs", 25000), s("Keramik lantai 40 x 40", "Keramik lantai motif kayu 40 x 40 cm.", "building_materials", "m2", 60000)],
  },
  // N40
  {
    title: "Mesin perontok padi (power thresher) bermesin diesel",
    description: "Power thresher kapasitas minimal 1 ton per jam, penggerak motor diesel 8–10 HP, untuk brigade alsintan. SNI dan TKDN minimal 40%.",
    category: "machinery", unit: "unit", quantity: 40, price: 19000000, budget: 19000000, certs: ["sni"], minTkdn: 40, regency: "73.06", buyer: 4, lang: "id",
    canon: ["Mesin perontok padi power thresher", "Mesin perontok padi bermesin diesel 8,5 HP, 1,2 ton per jam."],
    variants: {
      otherLanguage: [["Power thresher, diesel, 1 t/h", "Rice power thresher driven by an 8.5 HP diesel engine, 1.2 t/h."]],
      synonym: [["Mesin perontok gabah", "Mesin perontok gabah bermesin diesel, 1,2 ton per jam."]],
      regional: [["Mesin dos padi diesel", "Mesin dos padi penggerak diesel, 1,2 ton per jam."]],
      typo: [["Mesin perontk padi diesel", "Mesin perontk gabah bermesin diesel."]],
      spelling: [["Power tresher padi diesel", "Power tresher untuk padi, diesel 8,5 HP."]],
      brand: [["Tani Jaya TH-1000", "Alat perontok gabah bermotor diesel, 1,2 ton per jam."]],
    },
    alt: "agri_tools",
    subs: [["Mesin perontok padi bermesin bensin", "Mesin perontok padi penggerak bensin 7 HP, 0,8 ton per jam."]],
    related: [s("Mesin pemipil jagung", "Mesin pemipil jagung bermesin diesel.", "machinery", "unit", 12000000)],
    decoys: [s("Mesin perontok bulu ayam", "Mesin cabut bulu ayam kapasitas 5 ekor.", "machinery", "unit", 4500000), s("Mesin diesel 8 HP", "Motor penggerak diesel 8 HP.", "machinery", "unit", 7500000)],
  },
];

/**
 * Background products: ordinary goods of each family that none of the forty needs asks for, is
 * served by, or is related to. They fill producers' catalogues.
 */
export const BACKGROUND: Record<string, Spec[]> = {
  food: [
    s("Dodol Garut aneka rasa", "Dodol ketan Garut rasa durian, wijen dan original, 500 g.", "confectionery", "pak", 25000),
    s("Abon sapi 250 g", "Abon daging sapi bumbu manis, kemasan 250 g.", "processed_meat_fish", "pak", 60000),
    s("Kecap manis botol 600 ml", "Kecap manis kedelai hitam, botol 600 ml.", "condiments", "botol", 22000),
    s("Sirup markisa 600 ml", "Sirup buah markisa asli, botol 600 ml.", "beverages", "botol", 35000),
    s("Bandeng presto 500 g", "Bandeng duri lunak presto, vakum 500 g.", "processed_meat_fish", "pak", 40000),
    s("Wajik ketan gula merah", "Wajik ketan kemasan mika 250 g.", "confectionery", "pak", 18000),
    s("Bakso sapi beku 500 g", "Bakso daging sapi beku isi 50 butir.", "processed_meat_fish", "pak", 45000),
  ],
  garment: [
    s("Sarung bantal katun", "Sarung bantal katun 50 x 70 cm, resleting.", "textile_goods", "pcs", 25000),
    s("Kaos oblong polos", "Kaos oblong katun combed 24s polos.", "apparel", "pcs", 45000),
    s("Kaos polo bordir logo", "Kaos polo lacoste cotton dengan bordir logo.", "apparel", "pcs", 85000),
    s("Seprai katun king size", "Seprai katun 180 x 200 dengan dua sarung bantal.", "textile_goods", "set", 250000),
    s("Kaos kaki katun", "Kaos kaki katun polos, per pasang.", "apparel", "pasang", 12000),
    s("Topi bordir logo", "Topi baseball rafel dengan bordir logo.", "apparel", "pcs", 35000),
    s("Celemek dapur kain kanvas", "Celemek masak kanvas dengan saku.", "textile_goods", "pcs", 40000),
  ],
  batik: [
    s("Blangkon batik Solo", "Blangkon gaya Surakarta dari kain batik cap.", "batik_apparel", "pcs", 75000),
    s("Sarung bantal batik cap", "Sarung bantal kursi motif batik cap 40 x 40 cm.", "batik_cloth", "pcs", 35000),
    s("Daster batik printing", "Daster rayon motif batik printing, all size.", "batik_apparel", "pcs", 65000),
    s("Taplak meja batik", "Taplak meja batik cap 150 x 200 cm.", "batik_cloth", "lembar", 120000),
    s("Masker kain batik", "Masker kain tiga lapis motif batik.", "batik_apparel", "pcs", 10000),
  ],
  leather: [
    s("Tali jam kulit", "Tali jam tangan kulit sapi 20 mm.", "leather_goods", "pcs", 65000),
    s("Jok motor kulit sintetis", "Sarung jok motor kulit sintetis jahit custom.", "leather_goods", "pcs", 150000),
    s("Jaket kulit domba", "Jaket kulit domba asli model bomber.", "leather_goods", "pcs", 1200000),
    s("Sepatu sneakers kanvas", "Sepatu kanvas sol vulkanisir.", "footwear", "pasang", 180000),
    s("Sepatu kulit anak sekolah", "Sepatu hitam kulit sintetis untuk anak sekolah.", "footwear", "pasang", 120000),
  ],
  wood: [
    s("Kusen jendela kayu meranti", "Kusen jendela kayu meranti 60 x 120 cm.", "wood_products", "unit", 450000),
    s("Sekat ruangan kayu lipat", "Partisi ruangan lipat kayu jati belanda, 3 panel.", "furniture", "unit", 1300000),
    s("Lemari pakaian jati 2 pintu", "Lemari pakaian kayu jati dua pintu dengan cermin.", "furniture", "unit", 4500000),
    s("Rak buku kayu pinus", "Rak buku lima susun kayu pinus.", "furniture", "unit", 600000),
    s("Pintu panel kayu kamper", "Daun pintu panel kayu kamper 80 x 210 cm.", "wood_products", "unit", 1100000),
    s("Talenan kayu sonokeling", "Talenan kayu sonokeling 30 x 20 cm.", "wood_products", "pcs", 65000),
  ],
  craft: [
    s("Hiasan dinding kerang", "Hiasan dinding dari kulit kerang laut.", "bags_souvenirs", "pcs", 85000),
    s("Miniatur perahu pinisi", "Miniatur kapal pinisi kayu 40 cm.", "bags_souvenirs", "pcs", 300000),
    s("Cincin perak ukir", "Cincin perak 925 ukiran tangan Kotagede.", "jewellery_crafts", "pcs", 250000),
    s("Gelang manik-manik", "Gelang manik kaca warna-warni.", "jewellery_crafts", "pcs", 15000),
    s("Wayang kulit pajangan", "Wayang kulit kerbau tatah sungging untuk pajangan.", "bags_souvenirs", "pcs", 400000),
    s("Tempat tisu anyaman eceng gondok", "Tempat tisu dari anyaman eceng gondok.", "woven_crafts", "pcs", 45000),
  ],
  ppe: [
    s("Masker respirator karbon aktif", "Masker respirator setengah wajah dengan filter karbon aktif.", "ppe", "pcs", 95000),
    s("Full body harness", "Sabuk pengaman kerja ketinggian full body dengan lanyard.", "ppe", "unit", 450000),
    s("Life jacket pelampung kerja", "Pelampung kerja busa untuk pekerjaan di atas air.", "ppe", "pcs", 175000),
    s("Kacamata safety bening", "Kacamata pelindung lensa polikarbonat bening.", "ppe", "pcs", 25000),
    s("Earplug silikon", "Penyumbat telinga silikon dengan tali.", "ppe", "pasang", 8000),
    s("Jas hujan PVC", "Jas hujan setelan PVC untuk lapangan.", "ppe", "set", 75000),
  ],
  metal: [
    s("Pisau dapur stainless", "Pisau dapur stainless 8 inci gagang kayu.", "metal_fabrication", "pcs", 45000),
    s("Teralis jendela besi", "Teralis jendela besi hollow, per m2.", "metal_fabrication", "m2", 450000),
    s("Mesin parut kelapa", "Mesin parut kelapa motor listrik 1 HP.", "machinery", "unit", 2500000),
    s("Mur baut baja M12", "Mur dan baut baja galvanis M12 x 50.", "machined_parts", "pcs", 3500),
    s("Engsel pintu besi 4 inci", "Engsel pintu besi 4 inci, per pasang.", "metal_fabrication", "pasang", 20000),
    s("Wajan besi cor 30 cm", "Wajan besi cor 30 cm.", "metal_fabrication", "pcs", 120000),
  ],
  building: [
    s("Lisplang GRC 20 cm", "Lisplang GRC lebar 20 cm, panjang 3 m.", "building_materials", "pcs", 70000),
    s("Ubin teraso 30 x 30", "Ubin teraso cetak 30 x 30 cm.", "building_materials", "m2", 110000),
    s("Mortar perekat bata 40 kg", "Semen instan perekat bata ringan, sak 40 kg.", "building_materials", "kg", 2500),
    s("Cat tembok emulsi 5 kg", "Cat tembok interior emulsi, pail 5 kg.", "building_materials", "kg", 30000),
    s("Batu alam paras 10 x 20", "Batu paras untuk dinding, per m2.", "building_materials", "m2", 150000),
    s("Kloset jongkok keramik", "Kloset jongkok keramik putih.", "building_materials", "unit", 250000),
  ],
  cleaning: [
    s("Lap kanebo sintetis", "Lap kanebo sintetis untuk kendaraan.", "cleaning_products", "pcs", 30000),
    s("Sikat WC gagang", "Sikat kloset plastik dengan gagang dan wadah.", "cleaning_products", "pcs", 22000),
    s("Kain pel microfiber", "Kain pel microfiber 60 x 40 cm.", "cleaning_products", "pcs", 20000),
    s("Pengharum ruangan gel", "Pengharum ruangan gel aroma lavender 70 g.", "cleaning_products", "pcs", 12000),
    s("Kamper kapur barus", "Kapur barus bulat, kemasan 100 g.", "cleaning_products", "pak", 10000),
  ],
  paper: [
    s("Buku yasin hardcover", "Buku yasin dan tahlil hardcover 176 halaman.", "printing", "pcs", 15000),
    s("Stiker label produk vinyl", "Stiker vinyl cetak digital potong bentuk.", "printing", "lembar", 9000),
    s("Brosur A4 art paper", "Brosur A4 art paper 120 g cetak dua sisi.", "printing", "lembar", 900),
    s("Kemasan thinwall 500 ml", "Wadah plastik thinwall 500 ml dengan tutup.", "packaging", "pcs", 1200),
    s("Nota NCR rangkap 3", "Nota NCR tiga rangkap, 50 set per buku.", "printing", "pcs", 12000),
  ],
  electric: [
    s("Lampu emergency LED", "Lampu darurat LED isi ulang 30 titik.", "electrical", "pcs", 85000),
    s("Lampu LED bohlam 12 W", "Bohlam LED 12 W E27 putih.", "electrical", "pcs", 25000),
    s("Terminal listrik 4 lubang", "Stop kontak terminal empat lubang kabel 3 m.", "electrical", "pcs", 55000),
    s("Kabel roll 10 m", "Kabel roll 10 m dengan empat stop kontak.", "electrical", "pcs", 90000),
    s("Charger aki 12 V", "Pengisi aki otomatis 12 V 10 A.", "electronic_devices", "unit", 350000),
  ],
  herbal: [
    s("Sampo lidah buaya", "Sampo ekstrak lidah buaya, botol 200 ml.", "cosmetics_toiletries", "botol", 28000),
    s("Lulur mandi rempah", "Lulur mandi rempah bengkoang dan beras, pot 200 g.", "cosmetics_toiletries", "pot", 30000),
    s("Masker wajah bengkoang", "Masker wajah bubuk bengkoang, pot 100 g.", "cosmetics_toiletries", "pot", 25000),
    s("Lip balm madu", "Pelembap bibir lilin lebah dan madu.", "cosmetics_toiletries", "pcs", 18000),
    s("Bedak dingin beras", "Bedak dingin beras tradisional, kemasan 50 g.", "cosmetics_toiletries", "pak", 10000),
  ],
};
