// Relevance set M: background material for the producers. Per sector: the filler product kinds
// (most of every producer's catalogue, unrelated to the 30 needs), the certificate types such a
// producer typically holds, KBLI 2020 codes and words for business names.
//
// The filler kinds deliberately leave out anything that is asked, a close alternative to what is
// asked, or goes with what is asked in needs.ts (no peanut snacks, crackers, sugar, herbal teas,
// souring agents, fish cakes, sweets, ready-to-drink drinks, sarongs, table linen, base cloth for
// batik, regional woven cloth, neckties, sandals or clogs, lecterns, crates or pallets, farmer
// hats, umbrellas, water jugs or teapots, face or eye protection, flagpoles, couplings, shafts or
// sprockets, pruning tools, feed machines, kerbs or paving, air fresheners or camphor, wrapping
// film or strapping, business cards or letterheads, emergency or hand lamps, insect repellents).
// A filler is therefore graded 0 for every need, as the grading rules say.

import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain";

export interface FillerKind {
  /** Ways producers name this kind of product; one is picked per product. */
  names: string[];
  description: string;
  category: ProductCategory;
  unit: Unit;
  /** Price per unit, rupiah. */
  price: [number, number];
  /** Monthly capacity range in the unit. */
  capacity: [number, number];
}

export interface SectorBackground {
  fillers: FillerKind[];
  /** Certificate types such producers hold (used for extra certificates). */
  certTypes: CertificationType[];
  kbli: string[];
  /** Words for business names in this sector. */
  nameWords: string[];
  /** Sentra (cluster) names, some producers belong to one. */
  sentra: string[];
  /** Unit the producer states its overall capacity in. */
  capacityUnit: Unit;
}

export const BACKGROUND: Record<Sector, SectorBackground> = {
  food_beverage: {
    fillers: [
      { names: ["Keripik tempe sagu 200 g", "Kripik tempe tipis original", "Keripik tempe bumbu daun jeruk"], description: "Keripik tempe kedelai lokal diiris tipis dan digoreng renyah, kemasan standing pouch.", category: "snacks", unit: "pak", price: [12000, 22000], capacity: [2000, 15000] },
      { names: ["Keripik singkong balado", "Kripik singkong pedas manis", "Keripik ubi kayu balado"], description: "Keripik singkong iris tipis dengan bumbu balado cabai merah, kemasan 250 g.", category: "snacks", unit: "pak", price: [10000, 18000], capacity: [3000, 20000] },
      { names: ["Keripik pisang manis", "Kripik pisang kepok original", "Keripik pisang coklat"], description: "Keripik pisang kepok pilihan, manis gurih, kemasan pouch 200 g.", category: "snacks", unit: "pak", price: [11000, 20000], capacity: [2000, 12000] },
      { names: ["Keripik talas ungu", "Kripik talas Bogor", "Keripik talas balado"], description: "Keripik talas diiris tipis, renyah, tanpa pengawet, kemasan 200 g.", category: "snacks", unit: "pak", price: [12000, 21000], capacity: [1500, 8000] },
      { names: ["Sale pisang basah", "Sale pisang goreng", "Sale pisang ambon asap"], description: "Pisang sale dikeringkan dan diasap, manis legit, kemasan 250 g.", category: "snacks", unit: "pak", price: [14000, 25000], capacity: [1000, 6000] },
      { names: ["Keripik usus ayam pedas", "Kripik usus crispy", "Usus goreng kering original"], description: "Usus ayam dibumbui tepung lalu digoreng kering, kemasan 100 g.", category: "snacks", unit: "pak", price: [9000, 16000], capacity: [1500, 9000] },
      { names: ["Abon sapi original 250 g", "Abon daging sapi manis", "Abon sapi pedas"], description: "Abon daging sapi suwir dimasak dengan rempah, kering dan gurih, kemasan 250 g.", category: "processed_meat_fish", unit: "pak", price: [45000, 80000], capacity: [500, 4000] },
      { names: ["Bandeng presto duri lunak", "Bandeng presto vakum", "Bandeng duri lunak bumbu kuning"], description: "Bandeng presto duri lunak dikemas vakum, tahan 3 hari di suhu ruang.", category: "processed_meat_fish", unit: "pak", price: [30000, 55000], capacity: [800, 5000] },
      { names: ["Ikan asin jambal roti", "Jambal roti kering", "Ikan asin jambal super"], description: "Ikan jambal roti asin kering jemur matahari, per kg.", category: "processed_meat_fish", unit: "kg", price: [90000, 160000], capacity: [200, 2000] },
      { names: ["Rendang daging sapi kemasan", "Rendang sapi kaleng", "Rendang daging retort"], description: "Rendang daging sapi dimasak lama dengan santan dan rempah, kemasan retort 250 g.", category: "processed_meat_fish", unit: "pak", price: [50000, 90000], capacity: [500, 3000] },
      { names: ["Dendeng sapi balado", "Dendeng batokok kering", "Dendeng sapi manis"], description: "Dendeng daging sapi iris tipis dikeringkan dan dibumbui, kemasan 250 g.", category: "processed_meat_fish", unit: "pak", price: [55000, 95000], capacity: [400, 2500] },
      { names: ["Sambal bawang botol 150 g", "Sambal bawang pedas", "Sambal bawang kemasan jar"], description: "Sambal bawang cabai rawit dan bawang putih goreng, botol kaca 150 g.", category: "condiments", unit: "botol", price: [15000, 28000], capacity: [2000, 12000] },
      { names: ["Kecap manis botol 600 ml", "Kecap manis kedelai hitam", "Kecap manis cap lokal"], description: "Kecap manis dari kedelai hitam dan gula kelapa, botol 600 ml.", category: "condiments", unit: "botol", price: [14000, 26000], capacity: [3000, 20000] },
      { names: ["Bawang goreng Brebes", "Bawang merah goreng renyah", "Bawang goreng super"], description: "Bawang merah goreng renyah tanpa tepung, per kg.", category: "condiments", unit: "kg", price: [90000, 150000], capacity: [300, 3000] },
      { names: ["Terasi udang asli", "Terasi udang rebon", "Terasi bakar blok"], description: "Terasi udang rebon fermentasi, blok 250 g, dijual per kg.", category: "condiments", unit: "kg", price: [45000, 90000], capacity: [300, 2500] },
      { names: ["Bumbu rendang instan", "Bumbu gulai siap masak", "Bumbu rawon instan"], description: "Bumbu masak instan dari rempah segar, kemasan sachet 100 g.", category: "condiments", unit: "pak", price: [6000, 12000], capacity: [3000, 15000] },
      { names: ["Kopi bubuk robusta 250 g", "Kopi robusta giling halus", "Kopi tubruk robusta"], description: "Kopi robusta dataran tinggi disangrai medium dan digiling halus, kemasan 250 g.", category: "coffee_tea", unit: "pak", price: [22000, 40000], capacity: [1000, 8000] },
      { names: ["Kopi arabika sangrai biji", "Roasted bean arabika", "Kopi arabika biji medium roast"], description: "Biji kopi arabika single origin disangrai medium, per kg.", category: "coffee_tea", unit: "kg", price: [160000, 280000], capacity: [100, 1000] },
    ],
    certTypes: ["halal", "pirt", "bpom", "hki"],
    kbli: ["10792", "10794", "10750", "10761", "10772", "10779", "10130", "10213", "10710", "11040"],
    nameWords: ["Rasa", "Sari", "Lezat", "Gurih", "Nikmat", "Boga", "Selera", "Dapur", "Citarasa", "Renyah", "Pangan"],
    sentra: ["Sentra Keripik", "Sentra Olahan Pangan", "Sentra Kuliner Oleh-oleh", "Kampung Kue", "Sentra Olahan Ikan"],
    capacityUnit: "kg",
  },
  textile_apparel: {
    fillers: [
      { names: ["Wearpack katun drill", "Coverall kerja lapangan", "Baju kerja wearpack safety"], description: "Wearpack katun drill dengan scotlight, resleting depan, ukuran S-XXL.", category: "uniforms", unit: "pcs", price: [150000, 260000], capacity: [500, 3000] },
      { names: ["Kemeja seragam PDH", "Seragam PDH kantor", "Kemeja dinas harian"], description: "Kemeja seragam dinas harian bahan American drill, bordir logo dan nama.", category: "uniforms", unit: "pcs", price: [120000, 200000], capacity: [600, 4000] },
      { names: ["Jas laboratorium putih", "Jas lab lengan panjang", "Snelli dokter"], description: "Jas laboratorium katun putih lengan panjang, tiga saku.", category: "uniforms", unit: "pcs", price: [90000, 160000], capacity: [300, 2000] },
      { names: ["Seragam koki chef jacket", "Baju chef putih", "Chef jacket kancing tutup"], description: "Chef jacket katun tebal kancing tutup, dengan bordir nama.", category: "uniforms", unit: "pcs", price: [110000, 190000], capacity: [300, 1500] },
      { names: ["Polo shirt bordir logo", "Kaos polo lacoste CVC", "Polo shirt seragam"], description: "Polo shirt bahan lacoste CVC dengan bordir logo di dada.", category: "apparel", unit: "pcs", price: [65000, 110000], capacity: [1000, 6000] },
      { names: ["Kaos oblong katun combed 30s", "Kaos polos lengan pendek", "T-shirt sablon"], description: "Kaos oblong katun combed 30s, bisa sablon atau DTF.", category: "apparel", unit: "pcs", price: [35000, 65000], capacity: [2000, 12000] },
      { names: ["Mukena katun bordir", "Mukena dewasa rayon", "Mukena travel"], description: "Mukena dewasa dua potong bahan katun atau rayon, bordir tepi.", category: "apparel", unit: "pcs", price: [90000, 180000], capacity: [300, 2000] },
      { names: ["Jilbab segi empat voal", "Kerudung segi empat", "Hijab voal printing"], description: "Jilbab segi empat bahan voal ukuran 115 x 115 cm.", category: "apparel", unit: "pcs", price: [25000, 60000], capacity: [1000, 8000] },
      { names: ["Jaket parasut bordir", "Jaket taslan berlogo", "Windbreaker parasut"], description: "Jaket parasut taslan dengan furing dan bordir logo.", category: "apparel", unit: "pcs", price: [120000, 220000], capacity: [400, 2500] },
      { names: ["Peci hitam beludru", "Kopiah nasional", "Peci polos"], description: "Peci hitam beludru ukuran 5-9, jahitan rapi.", category: "apparel", unit: "pcs", price: [25000, 55000], capacity: [800, 5000] },
      { names: ["Handuk mandi katun 70 x 140", "Handuk hotel putih", "Handuk tebal 500 gsm"], description: "Handuk mandi katun 100%, daya serap tinggi, untuk hotel dan rumah tangga.", category: "textile_goods", unit: "pcs", price: [60000, 110000], capacity: [1000, 6000] },
      { names: ["Sprei katun king size", "Seprai hotel putih", "Bed sheet katun 300 TC"], description: "Sprei katun putih 300 TC dengan karet sudut, ukuran king dan queen.", category: "textile_goods", unit: "pcs", price: [120000, 220000], capacity: [400, 3000] },
      { names: ["Gorden blackout", "Tirai jendela blackout", "Gordyn kamar"], description: "Gorden blackout tiga lapis, jahit ring atau smokring, ukuran sesuai jendela.", category: "textile_goods", unit: "meter", price: [80000, 160000], capacity: [500, 3000] },
      { names: ["Selimut fleece polos", "Selimut bulu lembut", "Blanket fleece"], description: "Selimut fleece polos 150 x 200 cm, lembut dan hangat.", category: "textile_goods", unit: "pcs", price: [55000, 95000], capacity: [800, 5000] },
      { names: ["Majun kain perca", "Kain majun bengkel", "Majun katun putih"], description: "Majun dari kain perca katun untuk lap mesin dan bengkel, per kg.", category: "textile_goods", unit: "kg", price: [8000, 15000], capacity: [2000, 15000] },
    ],
    certTypes: ["sni", "hki", "iso9001"],
    kbli: ["14111", "14112", "14120", "13921", "13929"],
    nameWords: ["Konveksi", "Busana", "Garmen", "Sandang", "Jahit", "Mode", "Tekstil", "Seragam"],
    sentra: ["Sentra Konveksi", "Kampung Jahit", "Sentra Garmen", "Sentra Tekstil Rumahan"],
    capacityUnit: "pcs",
  },
  batik: {
    fillers: [
      { names: ["Kain batik tulis motif kawung", "Batik tulis tulis halus", "Kain batik tulis pewarna alam"], description: "Kain batik tulis katun primissima 2,25 m, motif klasik, pewarna alam atau sintetis.", category: "batik_cloth", unit: "lembar", price: [350000, 900000], capacity: [40, 300] },
      { names: ["Kain batik cap motif mega mendung", "Batik cap katun", "Kain batik cap kombinasi"], description: "Kain batik cap katun prima 2 m, motif pesisiran.", category: "batik_cloth", unit: "lembar", price: [90000, 200000], capacity: [300, 2000] },
      { names: ["Kain batik printing", "Batik print katun", "Kain motif batik printing"], description: "Kain katun bermotif batik cetak printing, dijual per meter.", category: "batik_cloth", unit: "meter", price: [25000, 50000], capacity: [2000, 12000] },
      { names: ["Kain jumputan", "Kain ikat celup jumputan", "Jumputan Palembang"], description: "Kain jumputan ikat celup warna cerah, 2 m per lembar.", category: "batik_cloth", unit: "lembar", price: [120000, 300000], capacity: [100, 800] },
      { names: ["Kain ecoprint daun", "Ecoprint katun", "Kain ecoprint sutra"], description: "Kain ecoprint teknik pounding dan steam dengan daun lokal, 2 m.", category: "batik_cloth", unit: "lembar", price: [200000, 450000], capacity: [50, 400] },
      { names: ["Kemeja batik pria lengan panjang", "Kemeja batik cap pria", "Hem batik lengan panjang"], description: "Kemeja batik pria lengan panjang berfuring, ukuran S-XXL.", category: "batik_apparel", unit: "pcs", price: [150000, 350000], capacity: [300, 2500] },
      { names: ["Blus batik wanita", "Atasan batik wanita", "Blouse batik modern"], description: "Blus batik wanita potongan modern, bahan katun.", category: "batik_apparel", unit: "pcs", price: [120000, 260000], capacity: [300, 2000] },
      { names: ["Daster batik", "Daster batik rayon", "Daster batik jumbo"], description: "Daster batik bahan rayon adem, all size.", category: "batik_apparel", unit: "pcs", price: [35000, 70000], capacity: [800, 5000] },
      { names: ["Outer batik kimono", "Outer batik wanita", "Kimono batik"], description: "Outer model kimono dari kain batik cap, all size.", category: "batik_apparel", unit: "pcs", price: [110000, 220000], capacity: [200, 1500] },
      { names: ["Gamis batik", "Dress batik panjang", "Gamis batik kombinasi"], description: "Gamis batik kombinasi polos, bahan katun, ukuran M-XL.", category: "batik_apparel", unit: "pcs", price: [150000, 300000], capacity: [200, 1200] },
    ],
    certTypes: ["hki", "sni", "other"],
    kbli: ["13134", "13133", "13122", "14111"],
    nameWords: ["Batik", "Canting", "Sekar", "Wastra", "Lawas", "Motif", "Sogan", "Warna"],
    sentra: ["Kampung Batik", "Sentra Batik Tulis", "Sentra Batik Cap", "Kampoeng Batik Pesisir"],
    capacityUnit: "lembar",
  },
  leather_footwear: {
    fillers: [
      { names: ["Sepatu pantofel kulit pria", "Pantofel kulit sapi", "Sepatu kantor kulit"], description: "Sepatu pantofel kulit sapi asli, sol karet, ukuran 38-45.", category: "footwear", unit: "pasang", price: [250000, 450000], capacity: [200, 1500] },
      { names: ["Sepatu boot karet", "Boot karet panjang", "Sepatu bot PVC"], description: "Sepatu boot karet setinggi betis, anti air, untuk kebun dan peternakan.", category: "footwear", unit: "pasang", price: [65000, 130000], capacity: [500, 4000] },
      { names: ["Sepatu kets kanvas", "Sneakers kanvas", "Sepatu kanvas sol karet"], description: "Sepatu kets bahan kanvas, sol karet vulkanisir, ukuran 36-44.", category: "footwear", unit: "pasang", price: [90000, 180000], capacity: [500, 3000] },
      { names: ["Sepatu sekolah hitam", "Sepatu sekolah anak", "Sepatu sekolah tali"], description: "Sepatu sekolah hitam bahan kulit sintetis, ukuran 28-40.", category: "footwear", unit: "pasang", price: [80000, 150000], capacity: [500, 3000] },
      { names: ["Sepatu safety kulit", "Safety shoes ujung baja", "Sepatu kerja safety"], description: "Sepatu safety kulit dengan pelindung jari baja, sol anti selip.", category: "footwear", unit: "pasang", price: [220000, 400000], capacity: [200, 1500] },
      { names: ["Dompet kulit pria", "Dompet kulit sapi", "Dompet lipat kulit"], description: "Dompet kulit sapi asli model lipat dua, jahitan tangan.", category: "leather_goods", unit: "pcs", price: [90000, 220000], capacity: [300, 2000] },
      { names: ["Ikat pinggang kulit", "Sabuk kulit sapi", "Gesper kulit"], description: "Ikat pinggang kulit sapi lebar 3,5 cm dengan kepala gesper kuningan.", category: "leather_goods", unit: "pcs", price: [80000, 180000], capacity: [300, 2500] },
      { names: ["Tas kulit wanita", "Tas tangan kulit", "Handbag kulit asli"], description: "Tas tangan kulit asli wanita, furing kain, berbagai warna.", category: "leather_goods", unit: "pcs", price: [300000, 750000], capacity: [100, 600] },
      { names: ["Map kulit dokumen", "Map rapat kulit", "Folder kulit"], description: "Map dokumen kulit dengan emboss logo, ukuran folio.", category: "leather_goods", unit: "pcs", price: [120000, 280000], capacity: [200, 1200] },
      { names: ["Jaket kulit domba", "Jaket kulit asli", "Jaket kulit pria"], description: "Jaket kulit domba asli furing dakron, ukuran M-XXL.", category: "leather_goods", unit: "pcs", price: [900000, 1800000], capacity: [30, 200] },
      { names: ["Tas ransel kulit", "Backpack kulit", "Ransel kulit sapi"], description: "Tas ransel kulit sapi dengan kompartemen laptop 14 inci.", category: "leather_goods", unit: "pcs", price: [450000, 900000], capacity: [60, 400] },
    ],
    certTypes: ["sni", "hki", "iso9001"],
    kbli: ["15201", "15202", "15121", "15122", "15209"],
    nameWords: ["Kulit", "Samak", "Sepatu", "Langkah", "Tapak", "Jejak", "Leather"],
    sentra: ["Sentra Kulit", "Sentra Sepatu", "Kampung Sepatu", "Sentra Industri Kulit"],
    capacityUnit: "pasang",
  },
  furniture_wood: {
    fillers: [
      { names: ["Meja kerja kayu jati", "Meja kantor jati minimalis", "Meja tulis kayu"], description: "Meja kerja kayu jati finishing melamin, 120 x 60 cm, dengan laci.", category: "furniture", unit: "unit", price: [1800000, 4000000], capacity: [20, 120] },
      { names: ["Kursi makan kayu", "Kursi cafe kayu", "Kursi jati dudukan rotan"], description: "Kursi makan kayu mahoni dudukan anyam atau jok busa.", category: "furniture", unit: "unit", price: [450000, 1100000], capacity: [50, 300] },
      { names: ["Lemari arsip kayu", "Lemari dokumen kayu", "Lemari buku jati"], description: "Lemari arsip kayu dua pintu kaca dan laci bawah.", category: "furniture", unit: "unit", price: [2500000, 5500000], capacity: [10, 60] },
      { names: ["Rak buku kayu", "Rak buku susun", "Rak display kayu"], description: "Rak buku kayu pinus lima susun, finishing natural.", category: "furniture", unit: "unit", price: [600000, 1500000], capacity: [30, 200] },
      { names: ["Ranjang susun kayu", "Tempat tidur tingkat", "Dipan susun mess"], description: "Ranjang susun kayu kamper untuk mess dan asrama, 90 x 200 cm.", category: "furniture", unit: "unit", price: [2200000, 4000000], capacity: [10, 60] },
      { names: ["Bangku taman kayu", "Kursi taman jati", "Bangku panjang outdoor"], description: "Bangku taman kayu jati tahan cuaca, panjang 150 cm.", category: "furniture", unit: "unit", price: [1500000, 3500000], capacity: [10, 80] },
      { names: ["Kusen pintu kayu kamper", "Kusen jendela kayu", "Kusen pintu dan jendela"], description: "Kusen pintu kayu kamper oven ukuran standar rumah.", category: "wood_products", unit: "unit", price: [700000, 1600000], capacity: [40, 300] },
      { names: ["Talenan kayu jati", "Talenan kayu sonokeling", "Cutting board kayu"], description: "Talenan kayu solid finishing food-grade oil, 30 x 20 cm.", category: "wood_products", unit: "pcs", price: [45000, 120000], capacity: [300, 3000] },
      { names: ["Gantungan baju kayu", "Hanger kayu hotel", "Hanger jas kayu"], description: "Gantungan baju kayu dengan pengait putar untuk hotel dan butik.", category: "wood_products", unit: "lusin", price: [90000, 200000], capacity: [200, 2000] },
      { names: ["Tusuk sate bambu", "Tusuk sate 20 cm", "Sujen bambu"], description: "Tusuk sate bambu halus panjang 20-25 cm, per kg.", category: "wood_products", unit: "kg", price: [15000, 30000], capacity: [1000, 8000] },
      { names: ["Mainan edukasi kayu", "APE kayu PAUD", "Puzzle kayu anak"], description: "Alat permainan edukatif dari kayu pinus dengan cat non-toksik.", category: "wood_products", unit: "set", price: [60000, 250000], capacity: [100, 800] },
      { names: ["Plakat kayu ukir", "Plakat penghargaan kayu", "Plakat jati grafir"], description: "Plakat kayu jati ukir atau grafir laser dengan plat kuningan.", category: "wood_products", unit: "pcs", price: [150000, 450000], capacity: [50, 400] },
      { names: ["Miniatur kapal phinisi", "Miniatur perahu kayu", "Replika kapal layar kayu"], description: "Miniatur kapal phinisi kayu buatan tangan panjang 60 cm.", category: "wood_products", unit: "pcs", price: [350000, 1200000], capacity: [20, 150] },
    ],
    certTypes: ["svlk", "hki", "iso9001"],
    kbli: ["31001", "16221", "16230", "16299", "16101"],
    nameWords: ["Mebel", "Jati", "Kayu", "Ukir", "Furniture", "Interior", "Karya Kayu"],
    sentra: ["Sentra Mebel", "Sentra Ukir", "Kampung Mebel", "Sentra Kerajinan Kayu"],
    capacityUnit: "unit",
  },
  handicraft: {
    fillers: [
      { names: ["Besek bambu", "Besek anyaman bambu 20 x 20", "Besek hampers"], description: "Besek anyaman bambu dengan tutup untuk hampers dan nasi kotak.", category: "woven_crafts", unit: "pcs", price: [5000, 15000], capacity: [3000, 20000] },
      { names: ["Keranjang parsel rotan", "Keranjang rotan hampers", "Keranjang buah rotan"], description: "Keranjang parsel dari rotan sintetis atau alami, dengan pegangan.", category: "woven_crafts", unit: "pcs", price: [35000, 90000], capacity: [500, 4000] },
      { names: ["Tikar pandan", "Tikar anyaman mendong", "Tikar lipat pandan"], description: "Tikar anyaman pandan atau mendong 150 x 200 cm.", category: "woven_crafts", unit: "lembar", price: [60000, 150000], capacity: [200, 1500] },
      { names: ["Tas anyaman pandan", "Tas purun", "Tas anyaman eceng gondok"], description: "Tas jinjing anyaman serat alam dengan furing kain.", category: "woven_crafts", unit: "pcs", price: [45000, 140000], capacity: [300, 2000] },
      { names: ["Tote bag kanvas", "Tas belanja kanvas sablon", "Tote bag blacu"], description: "Tote bag kanvas dengan sablon logo, 35 x 40 cm.", category: "bags_souvenirs", unit: "pcs", price: [15000, 40000], capacity: [2000, 12000] },
      { names: ["Goodie bag spunbond", "Tas seminar spunbond", "Goodie bag press"], description: "Goodie bag spunbond 75 gsm dengan sablon, berbagai ukuran.", category: "bags_souvenirs", unit: "pcs", price: [3000, 9000], capacity: [5000, 30000] },
      { names: ["Gantungan kunci logam custom", "Gantungan kunci akrilik", "Key chain logo"], description: "Gantungan kunci custom logo cetak atau grafir.", category: "bags_souvenirs", unit: "pcs", price: [5000, 20000], capacity: [2000, 15000] },
      { names: ["Pot terakota", "Pot tanah liat taman", "Pot gerabah bunga"], description: "Pot tanah liat terakota untuk tanaman, diameter 20-40 cm.", category: "ceramics_pottery", unit: "pcs", price: [25000, 90000], capacity: [500, 4000] },
      { names: ["Mug keramik berlogo", "Mug custom print", "Mug keramik putih"], description: "Mug keramik 300 ml dengan cetak logo sublim.", category: "ceramics_pottery", unit: "pcs", price: [20000, 45000], capacity: [1000, 8000] },
      { names: ["Piring keramik makan", "Piring stoneware", "Piring keramik handmade"], description: "Piring makan keramik stoneware diameter 26 cm, aman untuk mesin cuci piring.", category: "ceramics_pottery", unit: "pcs", price: [45000, 120000], capacity: [300, 2500] },
      { names: ["Vas bunga keramik", "Vas gerabah hias", "Guci hias keramik"], description: "Vas bunga keramik glasir untuk dekorasi lobi dan meja.", category: "ceramics_pottery", unit: "pcs", price: [60000, 250000], capacity: [100, 1000] },
      { names: ["Cobek tanah liat", "Cobek gerabah", "Ulekan tanah liat"], description: "Cobek dan ulekan tanah liat diameter 20 cm.", category: "ceramics_pottery", unit: "pcs", price: [15000, 35000], capacity: [500, 4000] },
      { names: ["Bros perak filigri", "Bros perak Kotagede", "Bros filigree"], description: "Bros perak 925 teknik filigri buatan tangan.", category: "jewellery_crafts", unit: "pcs", price: [150000, 450000], capacity: [50, 400] },
      { names: ["Cincin perak ukir", "Cincin perak 925", "Cincin perak batu"], description: "Cincin perak 925 ukir tangan, ukuran sesuai pesanan.", category: "jewellery_crafts", unit: "pcs", price: [120000, 400000], capacity: [50, 500] },
      { names: ["Kalung mutiara Lombok", "Kalung mutiara air tawar", "Kalung mutiara laut"], description: "Kalung mutiara air laut Lombok dengan kait perak.", category: "jewellery_crafts", unit: "pcs", price: [350000, 1500000], capacity: [20, 200] },
    ],
    certTypes: ["hki", "other", "svlk"],
    kbli: ["16292", "23931", "32111", "32909", "16293"],
    nameWords: ["Kriya", "Anyam", "Kerajinan", "Craft", "Gerabah", "Seni", "Karya", "Cenderamata"],
    sentra: ["Sentra Kerajinan", "Desa Wisata Kriya", "Sentra Gerabah", "Sentra Anyaman"],
    capacityUnit: "pcs",
  },
  metal_machinery: {
    fillers: [
      { names: ["Helm safety proyek", "Helm keselamatan kerja", "Safety helmet"], description: "Helm safety bahan ABS dengan suspensi putar, berbagai warna.", category: "ppe", unit: "pcs", price: [35000, 90000], capacity: [1000, 8000] },
      { names: ["Rompi safety reflektif", "Rompi jaring scotlight", "Safety vest"], description: "Rompi safety jaring dengan scotlight reflektif dua garis.", category: "ppe", unit: "pcs", price: [20000, 55000], capacity: [2000, 12000] },
      { names: ["Sarung tangan las kulit", "Welding gloves kulit", "Sarung tangan kulit panjang"], description: "Sarung tangan las kulit split 14 inci, tahan panas.", category: "ppe", unit: "pasang", price: [30000, 70000], capacity: [1000, 6000] },
      { names: ["Pagar besi minimalis", "Pagar hollow galvanis", "Pagar besi tempa"], description: "Pagar besi hollow galvanis cat duco, dihitung per meter lari.", category: "metal_fabrication", unit: "meter", price: [450000, 900000], capacity: [100, 800] },
      { names: ["Rak gudang besi", "Rak besi siku lubang", "Rak heavy duty"], description: "Rak gudang besi siku lubang empat susun, beban 200 kg per susun.", category: "metal_fabrication", unit: "unit", price: [650000, 1800000], capacity: [40, 300] },
      { names: ["Teralis jendela besi", "Tralis besi minimalis", "Teralis besi ulir"], description: "Teralis jendela besi ulir cat anti karat, per m2.", category: "metal_fabrication", unit: "m2", price: [350000, 700000], capacity: [100, 600] },
      { names: ["Tempat sampah stainless", "Tong sampah stainless terpilah", "Bak sampah stainless"], description: "Tempat sampah stainless dua atau tiga kompartemen untuk area publik.", category: "metal_fabrication", unit: "unit", price: [900000, 2500000], capacity: [20, 150] },
      { names: ["Bushing kuningan bubut", "Bushing bronze custom", "Bos kuningan"], description: "Bushing kuningan atau bronze dibubut sesuai gambar kerja.", category: "machined_parts", unit: "pcs", price: [75000, 350000], capacity: [200, 2000] },
      { names: ["Pulley besi cor", "Puli V-belt", "Pulley alur B"], description: "Pulley besi cor alur A/B dibubut dan dibalans.", category: "machined_parts", unit: "pcs", price: [150000, 600000], capacity: [100, 800] },
      { names: ["Roda gigi lurus (spur gear)", "Gear bubut custom", "Roda gigi baja"], description: "Roda gigi lurus baja S45C, dibuat sesuai modul dan jumlah gigi.", category: "machined_parts", unit: "pcs", price: [250000, 1200000], capacity: [50, 400] },
      { names: ["Mur baut galvanis", "Baut mur HTB", "Baut dan mur baja"], description: "Mur baut baja galvanis berbagai ukuran M10-M24, per kg.", category: "machined_parts", unit: "kg", price: [30000, 60000], capacity: [1000, 8000] },
      { names: ["Cangkul baja", "Pacul baja tempa", "Cangkul pertanian"], description: "Cangkul baja tempa dengan gagang kayu, berat 1,5 kg.", category: "agri_tools", unit: "pcs", price: [55000, 110000], capacity: [500, 5000] },
      { names: ["Egrek panen sawit", "Egrek sawit baja", "Pisau egrek"], description: "Pisau egrek baja per untuk panen sawit tinggi, dengan ring sambungan.", category: "agri_tools", unit: "pcs", price: [90000, 200000], capacity: [300, 2500] },
      { names: ["Parang kebun", "Golok tebas", "Parang baja per"], description: "Parang kebun baja per dengan gagang kayu dan sarung.", category: "agri_tools", unit: "pcs", price: [60000, 140000], capacity: [300, 3000] },
      { names: ["Sprayer punggung 16 liter", "Tangki semprot manual", "Sprayer elektrik 16 L"], description: "Sprayer punggung 16 liter untuk penyemprotan pestisida dan pupuk cair.", category: "agri_tools", unit: "unit", price: [250000, 650000], capacity: [100, 1000] },
      { names: ["Mesin perajang singkong", "Mesin slicer keripik", "Mesin pengiris umbi"], description: "Mesin perajang singkong dan umbi stainless, motor 1 HP.", category: "machinery", unit: "unit", price: [3500000, 8000000], capacity: [5, 40] },
      { names: ["Mesin perontok padi", "Power thresher", "Mesin thresher padi"], description: "Mesin perontok padi bermesin diesel, kapasitas 1 ton/jam.", category: "machinery", unit: "unit", price: [15000000, 30000000], capacity: [3, 20] },
      { names: ["Mesin parut kelapa", "Mesin pemarut kelapa", "Parutan kelapa listrik"], description: "Mesin parut kelapa stainless motor listrik, kapasitas 100 butir/jam.", category: "machinery", unit: "unit", price: [2500000, 6000000], capacity: [5, 40] },
      { names: ["Mesin penetas telur", "Inkubator telur otomatis", "Mesin tetas 100 butir"], description: "Mesin penetas telur otomatis kapasitas 100-500 butir.", category: "machinery", unit: "unit", price: [1500000, 6000000], capacity: [5, 60] },
    ],
    certTypes: ["sni", "iso9001", "hki"],
    kbli: ["25111", "25930", "25940", "28210", "28291", "33121"],
    nameWords: ["Teknik", "Logam", "Baja", "Mesin", "Bubut", "Las", "Presisi", "Engineering"],
    sentra: ["Sentra Logam", "Sentra Pandai Besi", "Sentra Industri Logam", "Kampung Bubut"],
    capacityUnit: "unit",
  },
  chemical_building: {
    fillers: [
      { names: ["Batako press", "Batako semen", "Batako lubang"], description: "Batako press campuran semen dan pasir, ukuran 10 x 20 x 40 cm.", category: "building_materials", unit: "pcs", price: [2500, 5000], capacity: [10000, 60000] },
      { names: ["Bata merah oven", "Batu bata merah", "Bata merah press"], description: "Bata merah tanah liat dibakar matang, ukuran standar.", category: "building_materials", unit: "pcs", price: [700, 1400], capacity: [20000, 150000] },
      { names: ["Genteng beton flat", "Genteng beton cetak", "Genteng semen"], description: "Genteng beton flat cat, per m2 atap.", category: "building_materials", unit: "m2", price: [60000, 110000], capacity: [500, 4000] },
      { names: ["Buis beton 60 cm", "Gorong-gorong beton", "Buis beton drainase"], description: "Buis beton pracetak diameter 60 cm panjang 50 cm.", category: "building_materials", unit: "pcs", price: [150000, 300000], capacity: [200, 1500] },
      { names: ["Roster beton 20 x 20", "Loster beton", "Roster semen motif"], description: "Roster beton motif untuk ventilasi dinding, 20 x 20 cm.", category: "building_materials", unit: "pcs", price: [7000, 15000], capacity: [2000, 12000] },
      { names: ["Tegel teraso", "Ubin teraso", "Tegel semen motif"], description: "Tegel teraso 30 x 30 cm untuk lantai selasar dan teras, per m2.", category: "building_materials", unit: "m2", price: [110000, 220000], capacity: [300, 2000] },
      { names: ["Sabun cuci piring cair", "Sabun cuci piring jerigen", "Dishwash liquid"], description: "Sabun cuci piring cair jeruk nipis, jerigen 5 liter.", category: "cleaning_products", unit: "jerigen", price: [35000, 65000], capacity: [500, 4000] },
      { names: ["Karbol pembersih lantai", "Pembersih lantai wangi", "Cairan pel lantai"], description: "Cairan pembersih lantai karbol aroma pinus, jerigen 5 liter.", category: "cleaning_products", unit: "jerigen", price: [30000, 60000], capacity: [500, 5000] },
      { names: ["Sabun cuci tangan cair", "Hand soap refill", "Sabun cair antiseptik"], description: "Sabun cuci tangan cair antiseptik refill, per liter.", category: "cleaning_products", unit: "liter", price: [12000, 25000], capacity: [1000, 8000] },
      { names: ["Deterjen bubuk laundry", "Deterjen bubuk", "Sabun bubuk cuci"], description: "Deterjen bubuk untuk laundry hotel dan rumah sakit, per kg.", category: "cleaning_products", unit: "kg", price: [14000, 26000], capacity: [2000, 15000] },
      { names: ["Pembersih kaca refill", "Glass cleaner", "Cairan pembersih kaca"], description: "Cairan pembersih kaca tanpa bekas, per liter.", category: "cleaning_products", unit: "liter", price: [10000, 22000], capacity: [1000, 6000] },
      { names: ["Sapu ijuk", "Sapu ijuk gagang kayu", "Sapu lantai ijuk"], description: "Sapu ijuk rapat dengan gagang kayu atau aluminium.", category: "cleaning_products", unit: "pcs", price: [15000, 35000], capacity: [1000, 8000] },
    ],
    certTypes: ["sni", "iso9001", "hki", "other"],
    kbli: ["23953", "23921", "20231", "20232", "23959"],
    nameWords: ["Beton", "Bangun", "Cipta", "Kimia", "Bersih", "Cemerlang", "Karya Beton", "Kilau"],
    sentra: ["Sentra Bata", "Sentra Genteng", "Sentra Beton Pracetak", "Sentra Sabun Rumahan"],
    capacityUnit: "pcs",
  },
  packaging_printing: {
    fillers: [
      { names: ["Kardus karton box", "Karton box single wall", "Kotak karton gelombang"], description: "Kardus karton gelombang single atau double wall, ukuran sesuai pesanan.", category: "packaging", unit: "pcs", price: [3000, 15000], capacity: [10000, 80000] },
      { names: ["Kotak nasi kertas", "Dus nasi kotak", "Paper lunch box"], description: "Kotak nasi dari kertas food grade ukuran 20 x 20 cm.", category: "packaging", unit: "pcs", price: [1000, 3500], capacity: [20000, 120000] },
      { names: ["Standing pouch kraft zipper", "Standing pouch aluminium", "Pouch ziplock"], description: "Standing pouch kraft dengan zipper dan jendela, berbagai ukuran.", category: "packaging", unit: "pcs", price: [800, 3500], capacity: [20000, 150000] },
      { names: ["Karung plastik 50 kg", "Karung anyaman PP", "Karung beras plastik"], description: "Karung plastik anyaman polypropylene kapasitas 50 kg.", category: "packaging", unit: "pcs", price: [2000, 4500], capacity: [20000, 150000] },
      { names: ["Paper cup 8 oz sablon", "Gelas kertas printing", "Paper cup panas"], description: "Paper cup 8 oz food grade dengan cetak logo.", category: "packaging", unit: "pcs", price: [500, 1500], capacity: [30000, 200000] },
      { names: ["Thinwall container 500 ml", "Kotak makan thinwall", "Wadah plastik thinwall"], description: "Thinwall container PP 500 ml dengan tutup.", category: "packaging", unit: "pcs", price: [700, 2000], capacity: [30000, 200000] },
      { names: ["Botol plastik PET 250 ml", "Botol PET bening", "Botol plastik sabun"], description: "Botol PET 250 ml dengan tutup flip atau ulir.", category: "packaging", unit: "pcs", price: [900, 2500], capacity: [20000, 150000] },
      { names: ["Toples plastik kue", "Toples PET 1 liter", "Toples tutup merah"], description: "Toples plastik PET untuk kue kering dan camilan, 1 liter.", category: "packaging", unit: "pcs", price: [3000, 8000], capacity: [5000, 40000] },
      { names: ["Kalender dinding custom", "Kalender dinding 6 lembar", "Cetak kalender dinding"], description: "Kalender dinding art paper 150 gsm spiral, cetak full color.", category: "printing", unit: "pcs", price: [15000, 35000], capacity: [2000, 15000] },
      { names: ["Stiker label produk", "Label stiker vinyl", "Stiker kemasan"], description: "Stiker label kemasan vinyl atau chromo, cutting sesuai bentuk, per lembar A3.", category: "printing", unit: "lembar", price: [3000, 9000], capacity: [5000, 40000] },
      { names: ["Brosur A4 lipat tiga", "Cetak brosur", "Leaflet promosi"], description: "Brosur A4 art paper 150 gsm lipat tiga, cetak dua sisi.", category: "printing", unit: "rim", price: [350000, 800000], capacity: [50, 400] },
      { names: ["Spanduk MMT", "Cetak spanduk", "Banner outdoor"], description: "Spanduk MMT 280 gsm cetak outdoor, per m2.", category: "printing", unit: "m2", price: [18000, 35000], capacity: [1000, 8000] },
      { names: ["Nota NCR rangkap", "Cetak nota 3 ply", "Kwitansi NCR"], description: "Nota NCR rangkap tiga dengan nomor seri, per buku.", category: "printing", unit: "pcs", price: [8000, 20000], capacity: [1000, 8000] },
      { names: ["Buku agenda custom", "Agenda hardcover logo", "Notebook custom"], description: "Buku agenda hardcover dengan cetak logo dan kalender.", category: "printing", unit: "pcs", price: [35000, 90000], capacity: [500, 5000] },
    ],
    certTypes: ["iso9001", "hki", "other"],
    kbli: ["17021", "18111", "22220", "17099", "18112"],
    nameWords: ["Kemas", "Grafika", "Percetakan", "Offset", "Print", "Kemasindo", "Karton"],
    sentra: ["Sentra Percetakan", "Sentra Kemasan", "Rumah Kemasan", "Kampung Sablon"],
    capacityUnit: "pcs",
  },
  electronics: {
    fillers: [
      { names: ["Lampu jalan tenaga surya", "PJU solar cell all in one", "Lampu PJUTS 40 W"], description: "Lampu penerangan jalan tenaga surya all-in-one dengan sensor gerak.", category: "electrical", unit: "unit", price: [1200000, 3500000], capacity: [30, 300] },
      { names: ["Panel listrik distribusi", "Box panel MCB", "Panel listrik outdoor"], description: "Box panel listrik besi cat powder coating, dirakit sesuai gambar.", category: "electrical", unit: "unit", price: [1500000, 6000000], capacity: [10, 80] },
      { names: ["Bohlam LED 12 W", "Lampu LED E27", "LED bulb hemat energi"], description: "Bohlam LED 12 W fitting E27 cahaya putih.", category: "electrical", unit: "pcs", price: [15000, 35000], capacity: [3000, 20000] },
      { names: ["Stop kontak 4 lubang", "Terminal listrik kabel 3 m", "Colokan listrik"], description: "Stop kontak empat lubang dengan kabel 3 m dan saklar.", category: "electrical", unit: "pcs", price: [35000, 90000], capacity: [1000, 8000] },
      { names: ["Kabel roll 10 m", "Kabel gulung", "Cable reel"], description: "Kabel roll 10-30 m dengan empat stop kontak.", category: "electrical", unit: "pcs", price: [90000, 250000], capacity: [300, 2500] },
      { names: ["Penangkal petir konvensional", "Instalasi penangkal petir", "Penyalur petir"], description: "Penangkal petir konvensional dengan splitzen tembaga dan kabel BC.", category: "electrical", unit: "set", price: [3000000, 9000000], capacity: [5, 40] },
      { names: ["Pengeras suara corong", "Toa horn speaker", "Speaker corong 25 W"], description: "Pengeras suara corong 25 W untuk masjid dan area publik.", category: "electronic_devices", unit: "unit", price: [250000, 650000], capacity: [100, 800] },
      { names: ["Timbangan digital 150 kg", "Timbangan duduk digital", "Timbangan platform"], description: "Timbangan digital platform kapasitas 150 kg, baterai isi ulang.", category: "electronic_devices", unit: "unit", price: [700000, 1800000], capacity: [50, 400] },
      { names: ["Kipas angin dinding", "Wall fan 16 inci", "Kipas angin berdiri"], description: "Kipas angin 16 inci tiga kecepatan dengan remote.", category: "electronic_devices", unit: "unit", price: [250000, 550000], capacity: [200, 2000] },
      { names: ["Amplifier mixer", "Ampli sound system", "Power amplifier"], description: "Amplifier mixer 120 W dengan input mikrofon dan USB.", category: "electronic_devices", unit: "unit", price: [900000, 2500000], capacity: [30, 300] },
      { names: ["Jam dinding digital masjid", "Jadwal sholat digital", "Jam digital LED"], description: "Jam dinding digital LED dengan jadwal sholat otomatis.", category: "electronic_devices", unit: "unit", price: [800000, 2500000], capacity: [30, 300] },
    ],
    certTypes: ["sni", "iso9001", "hki"],
    kbli: ["27400", "27320", "27900", "26400", "27104"],
    nameWords: ["Elektrik", "Listrik", "Tronik", "Daya", "Teknika", "Volt", "Cahaya"],
    sentra: ["Sentra Elektronika", "Kampung Elektronik", "Sentra Industri Listrik"],
    capacityUnit: "unit",
  },
  herbal_cosmetics: {
    fillers: [
      { names: ["Jamu beras kencur serbuk", "Serbuk beras kencur instan", "Jamu kencur sachet"], description: "Jamu beras kencur serbuk instan sachet 25 g, kotak isi 10.", category: "herbal_medicine", unit: "kotak", price: [12000, 25000], capacity: [1000, 8000] },
      { names: ["Jamu temulawak serbuk", "Temulawak instan", "Serbuk temulawak"], description: "Jamu temulawak serbuk untuk menjaga kesehatan hati, toples 250 g.", category: "herbal_medicine", unit: "toples", price: [25000, 50000], capacity: [500, 4000] },
      { names: ["Param kocok 100 ml", "Parem kocok beras kencur", "Param cair pegal linu"], description: "Param kocok dari beras, kencur dan jahe untuk pegal linu, botol 100 ml.", category: "herbal_medicine", unit: "botol", price: [10000, 22000], capacity: [1000, 8000] },
      { names: ["Balsem gosok herbal", "Balsam pijat", "Salep gosok jahe"], description: "Balsem gosok herbal untuk pegal linu, pot 20 g.", category: "herbal_medicine", unit: "pot", price: [8000, 18000], capacity: [2000, 15000] },
      { names: ["Minyak urut herbal", "Minyak pijat tradisional", "Minyak urut sereh jahe"], description: "Minyak urut tradisional dari rempah, botol 60 ml.", category: "herbal_medicine", unit: "botol", price: [15000, 30000], capacity: [1000, 8000] },
      { names: ["Kapsul daun kelor", "Moringa capsule", "Kapsul herbal kelor"], description: "Kapsul ekstrak daun kelor isi 60 kapsul per botol.", category: "herbal_medicine", unit: "botol", price: [35000, 70000], capacity: [500, 4000] },
      { names: ["Sabun mandi batang herbal", "Sabun batang transparan", "Sabun sereh batang"], description: "Sabun mandi batang dari minyak nabati dan ekstrak herbal, 80 g.", category: "cosmetics_toiletries", unit: "pcs", price: [6000, 15000], capacity: [3000, 20000] },
      { names: ["Sampo sachet lidah buaya", "Sampo herbal botol", "Sampo amenities 30 ml"], description: "Sampo herbal lidah buaya dan urang-aring, botol 30 ml.", category: "cosmetics_toiletries", unit: "botol", price: [3000, 9000], capacity: [5000, 30000] },
      { names: ["Lulur mandi tradisional", "Lulur bengkoang", "Body scrub rempah"], description: "Lulur mandi tradisional dari beras, bengkoang dan rempah, toples 250 g.", category: "cosmetics_toiletries", unit: "toples", price: [20000, 45000], capacity: [500, 4000] },
      { names: ["Lip balm beeswax", "Pelembap bibir alami", "Lip balm madu"], description: "Lip balm dari lilin lebah dan minyak kelapa, tube 5 g.", category: "cosmetics_toiletries", unit: "pcs", price: [10000, 25000], capacity: [1000, 8000] },
      { names: ["Hand sanitizer gel 500 ml", "Gel pembersih tangan", "Hand sanitizer alkohol 70%"], description: "Hand sanitizer gel alkohol 70% dengan lidah buaya, botol pump 500 ml.", category: "cosmetics_toiletries", unit: "botol", price: [25000, 45000], capacity: [1000, 8000] },
    ],
    certTypes: ["bpom", "halal", "gmp", "hki"],
    kbli: ["21022", "20232", "21012", "20231"],
    nameWords: ["Herbal", "Jamu", "Sehat", "Alami", "Husada", "Ayu", "Sari Rempah", "Rimpang"],
    sentra: ["Sentra Jamu", "Kampung Jamu", "Sentra Herbal", "Sentra Kosmetik Alami"],
    capacityUnit: "botol",
  },
};

/** Words in every sector's business names. */
export const NAME_WORDS = [
  "Jaya", "Makmur", "Sentosa", "Abadi", "Mandiri", "Sejahtera", "Berkah", "Barokah", "Lestari", "Mulia",
  "Maju", "Bersama", "Utama", "Agung", "Sumber", "Tunas", "Rezeki", "Harapan", "Bintang", "Mekar",
  "Sinar", "Cahaya", "Nusantara", "Indah", "Putra", "Sakti", "Anugerah", "Amanah", "Persada", "Kencana",
];

export const FIRST_NAMES = [
  "Sri", "Agus", "Budi", "Siti", "Dewi", "Rina", "Hendra", "Yusuf", "Wahyu", "Nurhayati", "Made", "Ketut",
  "Andi", "Rahmat", "Fitri", "Yohanes", "Maria", "La Ode", "Teuku", "Ratna", "Joko", "Suparman", "Ani",
  "Bambang", "Lukas", "Wayan", "Daeng", "Rudi", "Herlina", "Ikhsan", "Samsul", "Novita", "Antonius",
];

export const LAST_NAMES = [
  "Wahyuni", "Prasetyo", "Santoso", "Hidayat", "Lestari", "Siregar", "Nasution", "Wijaya", "Gunawan",
  "Saputra", "Harahap", "Pangaribuan", "Rahman", "Kurniawan", "Susanti", "Tambunan", "Putri", "Syahputra",
  "Manurung", "Sitompul", "Pattimura", "Rumbewas", "Laoli", "Mandagi", "Tanjung", "Hasibuan", "Suryadi",
];

export const STREETS = [
  "Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Kartini", "Jl. Pemuda", "Jl. Pahlawan", "Jl. Raya",
  "Jl. Imam Bonjol", "Jl. Gajah Mada", "Jl. Veteran", "Jl. Melati", "Jl. Mawar", "Jl. Kenanga", "Jl. Cempaka",
  "Jl. Flamboyan", "Jl. Anggrek", "Jl. Pattimura", "Jl. Hasanuddin", "Jl. Teuku Umar", "Jl. Sam Ratulangi",
];

export const POSITIONS = ["Pemilik", "Direktur", "Manajer Pemasaran", "Ketua Koperasi", "Bagian Penjualan", "Admin"];
