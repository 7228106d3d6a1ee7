// Background material for set P: filler product kinds per sector, certificate types for
// extra (unrelated) certificates, KBLI 2020 codes, and words for business and sentra names.
//
// Fillers leave out every asked kind of needs.ts, its close alternatives and what goes with it
// (generate.ts checks every filler name and description against each need's `guard` list).
// Deliberately absent for that reason: crackers, chili, canned fish, yoghurt and milk, cooking
// oil, bread; trousers, work shirts and jackets, belts, doormats and rugs, headwear; sandals and
// shoes, wallets, waist and sling bags, backpacks; racks for shoes, trays, cutting boards; rice
// baskets and boxes, dolls, gift boxes, dusters and brooms, mops; ear protection; sealing
// machines and pouches; toilets; notepads, agendas, pens; attendance machines; toothpaste.

import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain.ts";

export interface FillerKind {
  /** One or more names for the kind (a producer lists one of them). */
  names: string[];
  description: string;
  category: ProductCategory;
  unit: Unit;
  /** Indicative price per unit, rupiah. */
  price: number;
}

export const FILLERS: Record<Sector, FillerKind[]> = {
  food_beverage: [
    { names: ["Keripik tempe sagu 250 g", "Keripik tempe tipis original"], description: "Keripik tempe kedelai lokal diiris tipis, digoreng renyah, kemasan 250 g.", category: "snacks", unit: "pak", price: 16000 },
    { names: ["Kacang bawang gurih 250 g"], description: "Kacang tanah goreng bawang putih, renyah dan gurih, kemasan 250 g.", category: "snacks", unit: "pak", price: 18000 },
    { names: ["Keripik bayam renyah"], description: "Daun bayam dibalut adonan berbumbu, digoreng kering, kemasan 150 g.", category: "snacks", unit: "pak", price: 14000 },
    { names: ["Kembang goyang renyah"], description: "Kue kembang goyang dari adonan beras dan santan, toples 300 g.", category: "snacks", unit: "toples", price: 30000 },
    { names: ["Stik bawang keju"], description: "Stik bawang dengan keju, digoreng renyah, kemasan 200 g.", category: "snacks", unit: "pak", price: 20000 },
    { names: ["Kecap manis kedelai hitam 600 ml"], description: "Kecap manis dari kedelai hitam fermentasi dan gula kelapa, botol 600 ml.", category: "condiments", unit: "botol", price: 18000 },
    { names: ["Cuka aren 600 ml"], description: "Cuka hasil fermentasi nira aren, botol 600 ml.", category: "condiments", unit: "botol", price: 20000 },
    { names: ["Bumbu nasi goreng instan"], description: "Bumbu nasi goreng siap pakai, kemasan 100 g untuk 4 porsi.", category: "condiments", unit: "pak", price: 9000 },
    { names: ["Saus tomat botol 340 ml"], description: "Saus tomat kental dari tomat segar, botol 340 ml.", category: "condiments", unit: "botol", price: 15000 },
    { names: ["Bakso ikan beku"], description: "Bakso ikan tenggiri beku, kemasan 500 g, disimpan di freezer.", category: "processed_meat_fish", unit: "kg", price: 70000 },
    { names: ["Otak-otak bandeng beku"], description: "Otak-otak bandeng khas Gresik, dibekukan, isi 10 per pak.", category: "processed_meat_fish", unit: "pak", price: 35000 },
    { names: ["Nugget ikan tenggiri"], description: "Nugget ikan tenggiri beku, kemasan 500 g.", category: "processed_meat_fish", unit: "pak", price: 40000 },
    { names: ["Bandeng presto duri lunak"], description: "Bandeng presto duri lunak dalam plastik rapat, disimpan dingin.", category: "processed_meat_fish", unit: "pak", price: 45000 },
    { names: ["Siomay ikan beku"], description: "Siomay ikan tenggiri beku isi 20, kemasan plastik.", category: "processed_meat_fish", unit: "pak", price: 38000 },
    { names: ["Dodol garut", "Dodol ketan hitam"], description: "Dodol ketan dengan gula merah dan santan, dibungkus kertas minyak, kemasan 500 g.", category: "confectionery", unit: "pak", price: 25000 },
    { names: ["Wajik ketan gula merah"], description: "Wajik ketan dimasak dengan gula merah dan santan, kemasan 500 g.", category: "confectionery", unit: "pak", price: 20000 },
    { names: ["Jenang kudus"], description: "Jenang khas Kudus aneka rasa, kemasan 500 g.", category: "confectionery", unit: "pak", price: 22000 },
    { names: ["Geplak kelapa"], description: "Geplak kelapa parut dan gula aneka warna khas Bantul, kemasan 250 g.", category: "confectionery", unit: "pak", price: 18000 },
    { names: ["Bakpia kacang hijau isi 20"], description: "Bakpia isi kacang hijau, dipanggang, kotak isi 20.", category: "confectionery", unit: "kotak", price: 35000 },
    { names: ["Minuman jahe merah instan", "Serbuk jahe merah instan"], description: "Serbuk minuman jahe merah instan, kemasan 10 sachet.", category: "beverages", unit: "pak", price: 25000 },
    { names: ["Bandrek instan"], description: "Bandrek instan serbuk dengan jahe dan rempah, 10 sachet.", category: "beverages", unit: "pak", price: 20000 },
    { names: ["Temulawak instan serbuk"], description: "Minuman serbuk temulawak instan, kemasan 250 g.", category: "beverages", unit: "pak", price: 22000 },
  ],
  textile_apparel: [
    { names: ["Kemeja putih seragam SD"], description: "Kemeja putih lengan pendek untuk seragam sekolah dasar, berbagai ukuran.", category: "uniforms", unit: "pcs", price: 55000 },
    { names: ["Jas almamater"], description: "Jas almamater kampus bahan drill, bordir lambang di dada kiri.", category: "uniforms", unit: "pcs", price: 175000 },
    { names: ["Baju koko katun"], description: "Baju koko katun bordir leher, lengan panjang.", category: "apparel", unit: "pcs", price: 95000 },
    { names: ["Gamis katun wanita"], description: "Gamis katun rayon motif bunga, all size.", category: "apparel", unit: "pcs", price: 150000 },
    { names: ["Kaos oblong sablon"], description: "Kaos oblong katun combed 24s dengan sablon plastisol.", category: "apparel", unit: "pcs", price: 45000 },
    { names: ["Celemek dapur kanvas"], description: "Celemek dapur kanvas dengan saku depan dan tali leher.", category: "textile_goods", unit: "pcs", price: 40000 },
    { names: ["Masker kain 3 lapis"], description: "Masker kain katun tiga lapis, bisa dicuci ulang.", category: "textile_goods", unit: "pcs", price: 5000 },
    { names: ["Majun kain perca"], description: "Kain perca sisa konveksi untuk lap mesin, per kg.", category: "textile_goods", unit: "kg", price: 12000 },
    { names: ["Taplak meja katun"], description: "Taplak meja katun putih ukuran 150 x 150 cm.", category: "textile_goods", unit: "pcs", price: 65000 },
    { names: ["Bendera merah putih 120 x 180"], description: "Bendera merah putih kain wol, jahitan rangkap.", category: "textile_goods", unit: "pcs", price: 45000 },
    { names: ["Lap dapur serbet"], description: "Serbet dapur katun motif kotak, isi 6.", category: "textile_goods", unit: "pak", price: 30000 },
    { names: ["Sarung bantal katun"], description: "Sarung bantal katun jepang 50 x 70 cm, resleting tersembunyi.", category: "textile_goods", unit: "pcs", price: 35000 },
  ],
  batik: [
    { names: ["Kain batik cap katun primisima"], description: "Kain batik cap katun primisima, ukuran 2 m x 1,15 m.", category: "batik_cloth", unit: "lembar", price: 150000 },
    { names: ["Kain batik tulis sutra"], description: "Kain batik tulis di atas sutra, pewarna alam, 2 m.", category: "batik_cloth", unit: "lembar", price: 850000 },
    { names: ["Kain batik printing motif parang"], description: "Kain batik printing motif parang, dijual per meter.", category: "batik_cloth", unit: "meter", price: 35000 },
    { names: ["Kemeja batik pria lengan panjang"], description: "Kemeja batik pria lengan panjang, furing, batik cap.", category: "batik_apparel", unit: "pcs", price: 185000 },
    { names: ["Blus batik wanita"], description: "Blus batik wanita model kutubaru, bahan katun.", category: "batik_apparel", unit: "pcs", price: 165000 },
    { names: ["Dasi batik sutra"], description: "Dasi batik dari sutra, motif klasik.", category: "batik_apparel", unit: "pcs", price: 95000 },
    { names: ["Selendang batik"], description: "Selendang batik katun panjang 2 m.", category: "batik_apparel", unit: "pcs", price: 120000 },
    { names: ["Kain tenun ikat"], description: "Kain tenun ikat ATBM benang katun, 2 m x 1 m.", category: "woven_cloth", unit: "lembar", price: 650000 },
    { names: ["Kain songket benang emas"], description: "Kain songket benang emas tenunan tangan.", category: "woven_cloth", unit: "lembar", price: 1500000 },
    { names: ["Kain lurik ATBM"], description: "Kain lurik tenun ATBM motif garis, dijual per meter.", category: "woven_cloth", unit: "meter", price: 65000 },
    { names: ["Syal tenun"], description: "Syal tenun tangan benang katun, 180 x 30 cm.", category: "woven_cloth", unit: "pcs", price: 90000 },
  ],
  leather_footwear: [
    { names: ["Map kulit dokumen"], description: "Map dokumen kulit ukuran folio dengan resleting.", category: "leather_goods", unit: "pcs", price: 220000 },
    { names: ["Tali jam tangan kulit"], description: "Tali jam tangan kulit asli, lebar 20–22 mm.", category: "leather_goods", unit: "pcs", price: 85000 },
    { names: ["Sarung tangan kulit berkendara"], description: "Sarung tangan kulit domba untuk berkendara.", category: "leather_goods", unit: "pasang", price: 120000 },
    { names: ["Tas laptop kulit"], description: "Tas laptop kulit 14 inci dengan pegangan tangan.", category: "leather_goods", unit: "pcs", price: 550000 },
    { names: ["Kalung hewan peliharaan kulit"], description: "Kalung anjing dan kucing dari kulit sapi, berbagai ukuran.", category: "leather_goods", unit: "pcs", price: 60000 },
    { names: ["Gantungan kunci kulit"], description: "Gantungan kunci kulit sapi dengan emboss inisial.", category: "leather_goods", unit: "pcs", price: 20000 },
    { names: ["Sarung pisau kulit"], description: "Sarung pisau dan golok dari kulit sapi tebal, jahit tangan.", category: "leather_goods", unit: "pcs", price: 75000 },
    { names: ["Jaket kulit domba"], description: "Jaket kulit domba model bomber dengan furing.", category: "leather_goods", unit: "pcs", price: 1250000 },
    { names: ["Alas mouse kulit"], description: "Alas mouse dari kulit sapi, 25 x 20 cm.", category: "leather_goods", unit: "pcs", price: 65000 },
  ],
  furniture_wood: [
    { names: ["Meja kerja kayu jati"], description: "Meja kerja kayu jati 120 x 60 cm dengan dua laci samping.", category: "furniture", unit: "unit", price: 2500000 },
    { names: ["Kursi makan kayu mahoni"], description: "Kursi makan kayu mahoni dudukan rotan sintetis.", category: "furniture", unit: "unit", price: 650000 },
    { names: ["Meja makan jati 6 kursi"], description: "Set meja makan jati dengan enam kursi, finishing natural.", category: "furniture", unit: "set", price: 9500000 },
    { names: ["Rak buku kayu 5 susun"], description: "Rak buku kayu pinus lima susun, 180 cm.", category: "furniture", unit: "unit", price: 1200000 },
    { names: ["Bangku taman kayu"], description: "Bangku taman kayu bengkirai dengan kaki besi cor.", category: "furniture", unit: "unit", price: 1800000 },
    { names: ["Sofa kayu jati ruang tamu"], description: "Set sofa kayu jati 3-1-1 dengan bantalan empuk.", category: "furniture", unit: "set", price: 8500000 },
    { names: ["Meja rapat kayu"], description: "Meja rapat kayu untuk 10 orang, top veneer jati.", category: "furniture", unit: "unit", price: 6500000 },
    { names: ["Palet kayu 1200 x 1000"], description: "Palet kayu akasia 1200 x 1000 mm, beban 1 ton.", category: "wood_products", unit: "pcs", price: 180000 },
    { names: ["Kusen pintu kayu kamper"], description: "Kusen pintu kayu kamper oven, ukuran standar.", category: "wood_products", unit: "unit", price: 850000 },
    { names: ["Daun pintu panel jati"], description: "Daun pintu panel kayu jati, 90 x 210 cm.", category: "wood_products", unit: "unit", price: 2200000 },
    { names: ["Mainan edukatif kayu (puzzle)"], description: "Puzzle kayu edukatif untuk anak usia dini, pewarna aman anak.", category: "wood_products", unit: "set", price: 120000 },
    { names: ["Peti kayu ekspor"], description: "Peti kayu untuk pengiriman mesin, perlakuan panas ISPM-15.", category: "wood_products", unit: "unit", price: 450000 },
    { names: ["Lantai parket jati"], description: "Lantai parket kayu jati solid, dijual per m2.", category: "wood_products", unit: "m2", price: 450000 },
    { names: ["Patung kayu ukir"], description: "Patung kayu suar ukir tangan tinggi 60 cm.", category: "wood_products", unit: "pcs", price: 750000 },
  ],
  handicraft: [
    { names: ["Keranjang rotan parsel"], description: "Keranjang rotan untuk parsel dengan pegangan, diameter 35 cm.", category: "woven_crafts", unit: "pcs", price: 85000 },
    { names: ["Tikar pandan anyam"], description: "Tikar anyaman daun pandan 150 x 200 cm.", category: "woven_crafts", unit: "lembar", price: 120000 },
    { names: ["Tas anyaman eceng gondok"], description: "Tas tangan anyaman eceng gondok dengan furing kain.", category: "woven_crafts", unit: "pcs", price: 175000 },
    { names: ["Keranjang cucian rotan"], description: "Keranjang cucian rotan bertutup, tinggi 60 cm.", category: "woven_crafts", unit: "pcs", price: 150000 },
    { names: ["Tempat sampah anyaman bambu"], description: "Tempat sampah anyaman bambu dengan lapisan plastik.", category: "woven_crafts", unit: "pcs", price: 65000 },
    { names: ["Tote bag kanvas sablon"], description: "Tote bag kanvas dengan sablon logo satu warna.", category: "bags_souvenirs", unit: "pcs", price: 35000 },
    { names: ["Goodie bag spunbond"], description: "Goodie bag spunbond 75 gsm dengan sablon.", category: "bags_souvenirs", unit: "pcs", price: 6000 },
    { names: ["Tas seminar kain blacu"], description: "Tas seminar kain blacu dengan resleting dan sablon.", category: "bags_souvenirs", unit: "pcs", price: 25000 },
    { names: ["Pot tanaman gerabah"], description: "Pot tanaman gerabah diameter 30 cm.", category: "ceramics_pottery", unit: "pcs", price: 45000 },
    { names: ["Vas bunga keramik"], description: "Vas bunga keramik glasir tinggi 30 cm.", category: "ceramics_pottery", unit: "pcs", price: 120000 },
    { names: ["Guci hias tanah liat"], description: "Guci hias tanah liat ukir tinggi 60 cm.", category: "ceramics_pottery", unit: "pcs", price: 350000 },
    { names: ["Celengan gerabah"], description: "Celengan gerabah bentuk ayam jago, dicat warna-warni.", category: "ceramics_pottery", unit: "pcs", price: 20000 },
    { names: ["Tempat lilin aromaterapi keramik"], description: "Tungku lilin aromaterapi dari keramik.", category: "ceramics_pottery", unit: "pcs", price: 55000 },
    { names: ["Gelang perak ukir"], description: "Gelang perak 925 ukir tangan.", category: "jewellery_crafts", unit: "pcs", price: 250000 },
    { names: ["Bros mutiara air tawar"], description: "Bros mutiara air tawar dengan rangka perak.", category: "jewellery_crafts", unit: "pcs", price: 350000 },
    { names: ["Cincin perak batu akik"], description: "Cincin perak dengan batu akik lokal.", category: "jewellery_crafts", unit: "pcs", price: 300000 },
  ],
  metal_machinery: [
    { names: ["Pagar besi tempa"], description: "Pagar besi tempa motif klasik, dijual per meter lari.", category: "metal_fabrication", unit: "meter", price: 450000 },
    { names: ["Teralis jendela besi"], description: "Teralis jendela besi hollow, dijual per m2.", category: "metal_fabrication", unit: "m2", price: 350000 },
    { names: ["Rak besi siku gudang"], description: "Rak besi siku berlubang lima susun, beban 200 kg per susun.", category: "metal_fabrication", unit: "unit", price: 850000 },
    { names: ["Tempat sampah stainless"], description: "Tempat sampah stainless tiga pilah untuk area publik.", category: "metal_fabrication", unit: "unit", price: 1250000 },
    { names: ["Kanopi baja ringan"], description: "Kanopi rangka baja ringan atap polikarbonat, per m2.", category: "metal_fabrication", unit: "m2", price: 275000 },
    { names: ["Gerobak sorong"], description: "Gerobak sorong bak besi roda karet angin.", category: "metal_fabrication", unit: "unit", price: 450000 },
    { names: ["Pintu besi harmonika"], description: "Pintu besi harmonika untuk toko dan gudang, per m2.", category: "metal_fabrication", unit: "m2", price: 650000 },
    { names: ["Mur baut baja M16"], description: "Mur baut baja galvanis M16, dijual per kg.", category: "machined_parts", unit: "kg", price: 35000 },
    { names: ["Bushing kuningan bubut"], description: "Bushing kuningan bubut sesuai gambar kerja.", category: "machined_parts", unit: "pcs", price: 150000 },
    { names: ["Roda gigi lurus (spur gear)"], description: "Roda gigi lurus baja S45C, modul sesuai pesanan.", category: "machined_parts", unit: "pcs", price: 650000 },
    { names: ["Poros transmisi baja"], description: "Poros transmisi baja karbon dibubut dan dikeraskan.", category: "machined_parts", unit: "pcs", price: 1100000 },
    { names: ["Flens baja las"], description: "Flens baja karbon ANSI 150 dibubut.", category: "machined_parts", unit: "pcs", price: 380000 },
    { names: ["Puli besi cor"], description: "Puli V-belt besi cor dua alur, dibubut.", category: "machined_parts", unit: "pcs", price: 450000 },
    { names: ["Sabit rumput"], description: "Sabit rumput baja tempa gagang kayu.", category: "agri_tools", unit: "pcs", price: 45000 },
    { names: ["Parang kebun"], description: "Parang kebun baja per, panjang 40 cm.", category: "agri_tools", unit: "pcs", price: 75000 },
    { names: ["Egrek panen sawit"], description: "Egrek pisau panen sawit dari baja per.", category: "agri_tools", unit: "pcs", price: 350000 },
    { names: ["Dodos sawit"], description: "Dodos untuk panen sawit muda, baja karbon.", category: "agri_tools", unit: "pcs", price: 250000 },
    { names: ["Gunting pangkas tanaman"], description: "Gunting pangkas tanaman pegas baja.", category: "agri_tools", unit: "pcs", price: 85000 },
    { names: ["Sprayer punggung manual 16 liter"], description: "Sprayer punggung manual tangki 16 liter.", category: "agri_tools", unit: "unit", price: 450000 },
    { names: ["Mesin perajang singkong"], description: "Mesin perajang singkong dan umbi, motor bensin 5,5 HP.", category: "machinery", unit: "unit", price: 6500000 },
    { names: ["Mesin pemipil jagung"], description: "Mesin pemipil jagung kapasitas 1 ton/jam.", category: "machinery", unit: "unit", price: 5500000 },
    { names: ["Mesin perontok padi"], description: "Mesin perontok padi bermesin diesel.", category: "machinery", unit: "unit", price: 15000000 },
    { names: ["Mesin parut kelapa"], description: "Mesin parut kelapa stainless motor listrik.", category: "machinery", unit: "unit", price: 3500000 },
    { names: ["Mesin penetas telur 100 butir"], description: "Mesin penetas telur otomatis kapasitas 100 butir.", category: "machinery", unit: "unit", price: 2500000 },
    { names: ["Mesin pencacah rumput"], description: "Mesin pencacah rumput pakan ternak (chopper), 7 HP.", category: "machinery", unit: "unit", price: 8500000 },
  ],
  chemical_building: [
    { names: ["Paving block K-300"], description: "Paving block mutu K-300 tebal 8 cm, per m2.", category: "building_materials", unit: "m2", price: 85000 },
    { names: ["Batako press"], description: "Batako press semen pasir ukuran 10 x 20 x 40 cm.", category: "building_materials", unit: "pcs", price: 3500 },
    { names: ["Bata merah press"], description: "Bata merah press bakar, ukuran standar.", category: "building_materials", unit: "pcs", price: 900 },
    { names: ["Genteng tanah liat press"], description: "Genteng tanah liat press berglasir.", category: "building_materials", unit: "pcs", price: 3000 },
    { names: ["Roster beton 20 x 20"], description: "Roster beton ventilasi 20 x 20 cm.", category: "building_materials", unit: "pcs", price: 12000 },
    { names: ["Buis beton diameter 60 cm"], description: "Buis beton bertulang diameter 60 cm untuk saluran.", category: "building_materials", unit: "unit", price: 250000 },
    { names: ["Tegel teraso"], description: "Tegel teraso 30 x 30 cm, per m2.", category: "building_materials", unit: "m2", price: 150000 },
    { names: ["Kanstin beton"], description: "Kanstin beton pembatas jalan 15 x 30 x 50 cm.", category: "building_materials", unit: "pcs", price: 45000 },
    { names: ["Batu alam paras"], description: "Batu alam paras untuk dinding dekoratif, per m2.", category: "building_materials", unit: "m2", price: 180000 },
    { names: ["Sabun cuci piring cair jerigen 5 liter"], description: "Sabun cuci piring cair aroma jeruk nipis, jerigen 5 liter.", category: "cleaning_products", unit: "jerigen", price: 65000 },
    { names: ["Cairan pembersih lantai"], description: "Cairan pembersih lantai aroma pinus, per liter.", category: "cleaning_products", unit: "liter", price: 15000 },
    { names: ["Karbol wangi"], description: "Karbol wangi untuk lantai dan kamar mandi, per liter.", category: "cleaning_products", unit: "liter", price: 14000 },
    { names: ["Sabun cuci tangan cair"], description: "Sabun cuci tangan cair antiseptik, per liter.", category: "cleaning_products", unit: "liter", price: 25000 },
    { names: ["Pembersih kaca semprot"], description: "Pembersih kaca semprot 500 ml.", category: "cleaning_products", unit: "botol", price: 18000 },
    { names: ["Pengharum ruangan gel"], description: "Pengharum ruangan gel aroma melati, 70 g.", category: "cleaning_products", unit: "pcs", price: 12000 },
  ],
  packaging_printing: [
    { names: ["Botol plastik PET 250 ml"], description: "Botol plastik PET 250 ml dengan tutup segel.", category: "packaging", unit: "pcs", price: 900 },
    { names: ["Thinwall food container 500 ml"], description: "Wadah makanan thinwall 500 ml dengan tutup.", category: "packaging", unit: "pcs", price: 800 },
    { names: ["Paper cup 8 oz"], description: "Gelas kertas 8 oz untuk minuman panas.", category: "packaging", unit: "pcs", price: 450 },
    { names: ["Kotak makan kertas"], description: "Kotak makan dari kertas food grade, ukuran 20 x 20 cm.", category: "packaging", unit: "pcs", price: 1200 },
    { names: ["Karung plastik anyam 50 kg"], description: "Karung plastik anyam untuk pupuk dan beras 50 kg.", category: "packaging", unit: "pcs", price: 3000 },
    { names: ["Kantong kraft bertali"], description: "Kantong kertas kraft bertali untuk belanja.", category: "packaging", unit: "pcs", price: 2500 },
    { names: ["Toples plastik 500 ml"], description: "Toples plastik PET 500 ml tutup ulir.", category: "packaging", unit: "pcs", price: 2200 },
    { names: ["Label stiker produk"], description: "Label kemasan produk bahan chromo, potong bentuk.", category: "printing", unit: "lembar", price: 3000 },
    { names: ["Kalender dinding"], description: "Kalender dinding 12 lembar cetak full color.", category: "printing", unit: "pcs", price: 25000 },
    { names: ["Brosur lipat tiga A4"], description: "Brosur A4 lipat tiga art paper 150 g.", category: "printing", unit: "lembar", price: 1200 },
    { names: ["Spanduk banner flexi"], description: "Spanduk banner flexi cetak luar ruang, per m2.", category: "printing", unit: "m2", price: 25000 },
    { names: ["Buku cetak softcover"], description: "Cetak buku softcover A5 isi 100 halaman.", category: "printing", unit: "pcs", price: 15000 },
    { names: ["Poster A2 art paper"], description: "Poster A2 art paper 150 g cetak full color.", category: "printing", unit: "lembar", price: 8000 },
    { names: ["Undangan cetak hardcover"], description: "Kartu undangan hardcover cetak emboss dengan amplop.", category: "printing", unit: "pcs", price: 6500 },
  ],
  electronics: [
    { names: ["Stop kontak kabel roll"], description: "Stop kontak kabel roll empat lubang, kabel 10 m.", category: "electrical", unit: "unit", price: 85000 },
    { names: ["Box panel listrik"], description: "Box panel listrik besi 40 x 30 x 20 cm dengan kunci.", category: "electrical", unit: "unit", price: 650000 },
    { names: ["Terminal blok kabel"], description: "Terminal blok sambungan kabel 12 jalur.", category: "electrical", unit: "pcs", price: 25000 },
    { names: ["Stabilizer listrik 1000 VA"], description: "Stabilizer listrik 1000 VA untuk peralatan kantor.", category: "electrical", unit: "unit", price: 750000 },
    { names: ["Charger aki otomatis"], description: "Charger aki otomatis 12 V 10 A.", category: "electrical", unit: "unit", price: 450000 },
    { names: ["Pengering tangan otomatis"], description: "Pengering tangan otomatis dengan sensor, 1200 W.", category: "electrical", unit: "unit", price: 900000 },
    { names: ["Timbangan digital gantung"], description: "Timbangan digital gantung kapasitas 300 kg.", category: "electronic_devices", unit: "unit", price: 350000 },
    { names: ["Alarm pintu rumah"], description: "Alarm pintu nirkabel dengan sensor buka-tutup.", category: "electronic_devices", unit: "unit", price: 150000 },
    { names: ["Jam dinding digital"], description: "Jam dinding digital dengan suhu dan tanggal.", category: "electronic_devices", unit: "unit", price: 450000 },
    { names: ["Power supply 12 V"], description: "Power supply 12 V 10 A untuk CCTV dan perangkat.", category: "electronic_devices", unit: "pcs", price: 120000 },
    { names: ["Antena TV digital"], description: "Antena TV digital luar ruangan dengan booster.", category: "electronic_devices", unit: "pcs", price: 95000 },
    { names: ["Pengusir tikus ultrasonik"], description: "Alat pengusir tikus ultrasonik untuk gudang.", category: "electronic_devices", unit: "unit", price: 200000 },
  ],
  herbal_cosmetics: [
    { names: ["Jamu kunyit asam serbuk"], description: "Jamu kunyit asam serbuk, kemasan 10 sachet.", category: "herbal_medicine", unit: "pak", price: 15000 },
    { names: ["Jamu temulawak kapsul"], description: "Kapsul temulawak untuk nafsu makan, botol isi 60.", category: "herbal_medicine", unit: "botol", price: 35000 },
    { names: ["Kapsul daun kelor"], description: "Kapsul daun kelor, botol isi 60.", category: "herbal_medicine", unit: "botol", price: 45000 },
    { names: ["Minyak telon"], description: "Minyak telon untuk bayi, botol 60 ml.", category: "herbal_medicine", unit: "botol", price: 25000 },
    { names: ["Jamu galian singset"], description: "Jamu galian singset serbuk, kemasan 10 sachet.", category: "herbal_medicine", unit: "pak", price: 18000 },
    { names: ["Sirup obat batuk herbal"], description: "Sirup obat batuk herbal jahe dan kencur, botol 100 ml.", category: "herbal_medicine", unit: "botol", price: 22000 },
    { names: ["Sabun mandi batang herbal"], description: "Sabun mandi batang herbal sereh, 100 g.", category: "cosmetics_toiletries", unit: "pcs", price: 8000 },
    { names: ["Sampo urang-aring"], description: "Sampo urang-aring untuk rambut hitam, botol 200 ml.", category: "cosmetics_toiletries", unit: "pcs", price: 25000 },
    { names: ["Lulur mandi tradisional"], description: "Lulur mandi tradisional beras dan kunyit, pot 200 g.", category: "cosmetics_toiletries", unit: "pcs", price: 35000 },
    { names: ["Lip balm beeswax"], description: "Lip balm dari beeswax dan minyak kelapa, 5 g.", category: "cosmetics_toiletries", unit: "pcs", price: 25000 },
    { names: ["Masker wajah bengkoang"], description: "Masker wajah bubuk bengkoang, pot 50 g.", category: "cosmetics_toiletries", unit: "pcs", price: 20000 },
    { names: ["Minyak rambut kemiri"], description: "Minyak rambut kemiri, botol 100 ml.", category: "cosmetics_toiletries", unit: "botol", price: 20000 },
    { names: ["Deodoran tawas"], description: "Deodoran batu tawas alami, 60 g.", category: "cosmetics_toiletries", unit: "pcs", price: 15000 },
  ],
};

/** Certificate types plausible for extra (unrelated) certificates, per sector. */
export const EXTRA_CERT_TYPES: Record<Sector, CertificationType[]> = {
  food_beverage: ["halal", "pirt", "bpom", "hki", "iso9001"],
  textile_apparel: ["sni", "hki", "iso9001", "tkdn"],
  batik: ["hki", "other", "tkdn"],
  leather_footwear: ["sni", "hki", "tkdn"],
  furniture_wood: ["svlk", "sni", "hki", "tkdn"],
  handicraft: ["hki", "svlk", "sni", "other"],
  metal_machinery: ["sni", "iso9001", "tkdn"],
  chemical_building: ["sni", "other", "iso9001", "halal", "tkdn"],
  packaging_printing: ["sni", "iso9001", "halal", "tkdn"],
  electronics: ["sni", "tkdn", "iso9001"],
  herbal_cosmetics: ["bpom", "halal", "gmp", "hki"],
};

/** KBLI 2020 five-digit codes plausible for each sector. */
export const KBLI: Record<Sector, string[]> = {
  food_beverage: ["10130", "10213", "10313", "10710", "10732", "10750", "10773", "10792", "10793", "11040"],
  textile_apparel: ["14111", "14120", "13921", "13929", "14302"],
  batik: ["13134", "13121", "14111"],
  leather_footwear: ["15121", "15129", "15201", "15202"],
  furniture_wood: ["31001", "16221", "16292", "16299", "16230"],
  handicraft: ["16293", "16294", "23939", "23931", "32120", "32111"],
  metal_machinery: ["25110", "25920", "25931", "25999", "28210", "28250", "28130"],
  chemical_building: ["20231", "20221", "23951", "23953", "23921", "20299"],
  packaging_printing: ["17021", "17022", "22220", "18111", "18112"],
  electronics: ["27402", "27900", "26400", "27120", "26510"],
  herbal_cosmetics: ["21022", "20232", "20231"],
};

/** Words for business names, per sector (no asked word of any need). */
export const NAME_WORDS: Record<Sector, string[]> = {
  food_beverage: ["Sari Rasa", "Dapur", "Boga", "Nikmat", "Citra Rasa", "Selera", "Lezat", "Gurih", "Bunda", "Rumah Rasa"],
  textile_apparel: ["Konveksi", "Busana", "Garmen", "Jahit", "Sandang", "Tekstil"],
  batik: ["Batik", "Canting", "Wastra", "Tenun", "Lurik"],
  leather_footwear: ["Kulit", "Samak", "Leather", "Kriya Kulit"],
  furniture_wood: ["Mebel", "Kayu", "Ukir", "Furnitur", "Jati"],
  handicraft: ["Kriya", "Kerajinan", "Anyam", "Gerabah", "Perak", "Seni"],
  metal_machinery: ["Teknik", "Logam", "Bengkel", "Pandai Besi", "Mesin", "Presisi"],
  chemical_building: ["Beton", "Bangun", "Kimia", "Bersih", "Bahan Bangunan"],
  packaging_printing: ["Grafika", "Percetakan", "Kemasindo", "Offset", "Print"],
  electronics: ["Elektrik", "Elektronika", "Listrik", "Daya", "Volt"],
  herbal_cosmetics: ["Jamu", "Herbal", "Usada", "Kosmetika", "Sehat"],
};

export const NAME_ADJECTIVES = [
  "Makmur", "Jaya", "Abadi", "Lestari", "Sejahtera", "Mandiri", "Berkah", "Sentosa", "Utama", "Mulia",
  "Sakti", "Prima", "Karya", "Cahaya", "Harapan", "Bersama", "Sinar", "Barokah", "Indah", "Nusantara",
];

export const OWNER_NAMES = [
  "Sri Wahyuni", "Agus Prasetyo", "Siti Aminah", "Budi Santoso", "Dewi Lestari", "Rahmat Hidayat",
  "Nur Aini", "Hendra Gunawan", "Yuliana Tambunan", "Made Suarta", "Ketut Widiastuti", "Andi Mappanyukki",
  "Rosmawati", "La Ode Harun", "Fransiska Bere", "Yohanes Kabes", "Marlina Siregar", "Teguh Raharjo",
  "Wayan Sudira", "Fatimah Azzahra", "Imam Syafii", "Maria Goreti", "Ahmad Fauzi", "Sulastri",
  "Darto Wiyono", "Rina Kurniasih", "Muhammad Ridwan", "Lusiana Manurung", "Habib Alkaff", "Nengah Sukerti",
  "Abdul Gani", "Elisabeth Wenda", "Yusuf Latuconsina", "Ratna Sari", "Joko Susilo", "Herlina Pasaribu",
];

export const POSITIONS = ["Pemilik", "Direktur", "Ketua", "Manajer Produksi", "Bagian Pemasaran", "Admin"];

/** Sentra wording per sector (no asked word of any need). */
export const SENTRA_WORDS: Record<Sector, string[]> = {
  food_beverage: ["Sentra Makanan Olahan", "Sentra Oleh-oleh", "Sentra Industri Pangan"],
  textile_apparel: ["Sentra Konveksi", "Sentra Garmen"],
  batik: ["Sentra Batik", "Kampung Batik", "Sentra Tenun"],
  leather_footwear: ["Sentra Kerajinan Kulit", "Sentra Penyamakan Kulit"],
  furniture_wood: ["Sentra Mebel", "Sentra Ukir Kayu"],
  handicraft: ["Sentra Kerajinan Anyaman", "Sentra Gerabah", "Kampung Kriya"],
  metal_machinery: ["Sentra Logam", "Sentra Pandai Besi", "Kawasan Bengkel"],
  chemical_building: ["Sentra Genteng dan Bata", "Sentra Bahan Bangunan"],
  packaging_printing: ["Sentra Percetakan", "Kawasan Grafika"],
  electronics: ["Sentra Elektronika", "Kawasan Industri Kecil"],
  herbal_cosmetics: ["Sentra Jamu", "Kampung Herbal"],
};

export const STREETS = [
  "Jl. Merdeka", "Jl. Pahlawan", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Gatot Subroto", "Jl. Ahmad Yani",
  "Jl. Pemuda", "Jl. Veteran", "Jl. Cendana", "Jl. Melati", "Jl. Kenanga", "Jl. Flamboyan", "Jl. Raya Desa",
  "Jl. Poros Kecamatan", "Jl. Lintas Timur", "Jl. Industri Kecil", "Jl. Pasar Lama", "Jl. Masjid Raya",
];

/** Lead time ranges in days per sector (min, max). */
export const LEAD_DAYS: Record<Sector, [number, number]> = {
  food_beverage: [3, 10],
  textile_apparel: [14, 28],
  batik: [14, 30],
  leather_footwear: [10, 25],
  furniture_wood: [21, 40],
  handicraft: [7, 21],
  metal_machinery: [14, 35],
  chemical_building: [3, 10],
  packaging_printing: [5, 14],
  electronics: [14, 30],
  herbal_cosmetics: [5, 14],
};

export const CERT_ISSUERS: Record<CertificationType, string> = {
  sni: "LSPro Balai Besar Standardisasi Industri",
  halal: "BPJPH Kementerian Agama",
  bpom: "Badan Pengawas Obat dan Makanan",
  pirt: "Dinas Kesehatan Kabupaten/Kota",
  tkdn: "Kementerian Perindustrian (P3DN)",
  hki: "DJKI Kementerian Hukum",
  iso9001: "PT Sertifikasi Mutu Nusantara",
  svlk: "LVLK PT Mutu Kayu Lestari",
  gmp: "Badan Pengawas Obat dan Makanan (CPOTB/CPKB)",
  other: "Kementerian Kesehatan (izin edar PKRT)",
};
