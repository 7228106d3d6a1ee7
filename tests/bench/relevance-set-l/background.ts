// Background (filler) material for relevance set L, per sector: product kinds every producer also
// makes, certificate types, KBLI codes and the words producer names are built from. No filler kind
// may be an asked, substitute or related kind of any need: the generator checks every filler name and
// description against the needs' guard words.

import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain";

export interface FillerKind {
  names: string[];
  category: ProductCategory;
  unit: Unit;
  /** priceMin range per unit, rupiah */
  price: [number, number];
  description: string;
}

export interface SectorBackground {
  label: string;
  kinds: FillerKind[];
  certTypes: CertificationType[];
  kbli: string[];
  heads: string[];
  capacityUnit: Unit;
}

const k = (names: string[], category: ProductCategory, unit: Unit, price: [number, number], description: string): FillerKind => ({ names, category, unit, price, description });

export const BACKGROUND: Record<Sector, SectorBackground> = {
  food_beverage: {
    label: "makanan dan minuman olahan",
    certTypes: ["halal", "pirt", "bpom"],
    kbli: ["10792", "10794", "10732", "10720", "10750", "10130", "10213", "11040"],
    heads: ["Dapur", "Aneka Rasa", "Sari Boga", "Pangan", "Rumah Makan"],
    capacityUnit: "kg",
    kinds: [
      k(["Gula Aren Cetak 1 kg", "Gula Merah Aren Batok"], "sweeteners", "kg", [22000, 35000], "Gula aren cetak dari nira aren murni tanpa campuran, dikemas plastik per kilogram."),
      k(["Gula Semut Aren 500 g", "Palm Sugar Granule 500 g"], "sweeteners", "pak", [25000, 40000], "Gula semut aren kering butiran halus, kemasan standing 500 g."),
      k(["Madu Hutan Murni 500 ml", "Madu Klanceng 250 ml"], "sweeteners", "botol", [75000, 180000], "Madu murni hasil panen petani hutan, disaring tanpa pemanasan."),
      k(["Sambal Bawang Botol 190 g", "Sambal Cumi Pedas 150 g"], "condiments", "botol", [22000, 38000], "Sambal siap saji dalam botol kaca, tanpa pengawet buatan."),
      k(["Kecap Manis Kedelai Hitam 600 ml", "Kecap Manis Cap Udang 275 ml"], "condiments", "botol", [18000, 26000], "Kecap manis dari kedelai hitam dan gula kelapa, fermentasi tradisional."),
      k(["Bumbu Pecel Madiun 250 g", "Bumbu Rujak Kacang 250 g"], "condiments", "pak", [12000, 20000], "Bumbu kacang siap seduh, kemasan plastik vakum 250 g."),
      k(["Abon Sapi Original 100 g", "Abon Ikan Tuna 100 g"], "processed_meat_fish", "pak", [28000, 45000], "Abon kering gurih manis, kemasan plastik klip 100 g."),
      k(["Bandeng Presto Duri Lunak 500 g", "Otak-Otak Bandeng 500 g"], "processed_meat_fish", "pak", [35000, 55000], "Olahan ikan bandeng duri lunak, dikemas vakum, simpan beku."),
      k(["Ikan Asin Jambal Roti", "Ikan Teri Medan Kering"], "processed_meat_fish", "kg", [90000, 180000], "Ikan asin kering hasil jemur nelayan, dikemas per kilogram."),
      k(["Dodol Durian 250 g", "Dodol Garut Campur 500 g"], "confectionery", "pak", [20000, 45000], "Dodol legit dari ketan dan santan, dibungkus kertas per potong."),
      k(["Geplak Bantul Aneka Rasa", "Enting-Enting Kacang"], "confectionery", "pak", [15000, 25000], "Manisan tradisional kemasan kotak kertas, oleh-oleh khas daerah."),
      k(["Wedang Jahe Merah Instan Sachet", "Wedang Uwuh Celup"], "beverages", "pak", [15000, 28000], "Minuman rempah instan, isi 10 sachet per kemasan."),
      k(["Teh Celup Melati isi 25", "Teh Hitam Tubruk 250 g"], "coffee_tea", "pak", [8000, 20000], "Teh dari kebun rakyat, kemasan kotak kertas."),
      k(["Air Minum Dalam Kemasan Gelas 220 ml (Karton 48)"], "beverages", "pak", [18000, 25000], "Air minum dalam kemasan gelas 220 ml, satu karton isi 48 gelas."),
      k(["Kacang Mete Panggang 250 g", "Kacang Bawang Renyah 250 g"], "snacks", "pak", [25000, 65000], "Kacang panggang gurih tanpa pengawet, kemasan 250 g."),
      k(["Tepung Mocaf 1 kg", "Tepung Sagu Aren 1 kg"], "condiments", "pak", [14000, 22000], "Tepung lokal untuk bahan kue dan masakan, kemasan 1 kg."),
    ],
  },
  textile_apparel: {
    label: "konveksi dan tekstil",
    certTypes: ["sni", "hki", "iso9001", "tkdn"],
    kbli: ["14111", "14112", "13921", "13122", "14302"],
    heads: ["Konveksi", "Garmen", "Busana", "Tekstil", "Jahit"],
    capacityUnit: "pcs",
    kinds: [
      k(["Kaos Oblong Katun Combed 30s", "Kaos Polos Lengan Pendek"], "apparel", "pcs", [35000, 55000], "Kaos katun combed 30s, jahitan rantai, ukuran S-XXL."),
      k(["Polo Shirt Lacoste CVC", "Kaos Kerah Bordir Logo"], "apparel", "pcs", [75000, 120000], "Kaos berkerah bahan lacoste CVC dengan bordir logo di dada."),
      k(["Wearpack Coverall Katun Drill", "Baju Kerja Terusan Proyek"], "uniforms", "pcs", [185000, 260000], "Baju kerja terusan bahan drill dengan skotlet, ukuran M-XXXL."),
      k(["Seragam Sekolah SD Merah Putih", "Seragam Pramuka Penggalang"], "uniforms", "set", [95000, 150000], "Seragam sekolah bahan tetoron, set kemeja dan celana atau rok."),
      k(["Handuk Mandi Katun 70x140", "Handuk Tangan Katun 30x50"], "textile_goods", "pcs", [25000, 75000], "Handuk katun 100% daya serap tinggi, warna putih."),
      k(["Sprei Katun Jepang 180x200", "Bed Cover Set Katun"], "textile_goods", "set", [150000, 350000], "Sprei dan sarung bantal bahan katun Jepang, jahitan rapi."),
      k(["Gorden Blackout Custom", "Vitrase Jendela Polos"], "textile_goods", "meter", [60000, 120000], "Gorden jahit custom sesuai ukuran jendela, harga per meter."),
      k(["Mukena Katun Bordir Dewasa", "Sarung Tenun Mesin Pria"], "apparel", "pcs", [95000, 185000], "Perlengkapan ibadah bahan katun dengan bordir halus."),
      k(["Celana Training Olahraga", "Jaket Training Lotto"], "apparel", "pcs", [65000, 110000], "Pakaian olahraga bahan lotto dengan list samping."),
      k(["Masker Kain 3 Lapis", "Masker Scuba Dewasa"], "apparel", "pcs", [3000, 7000], "Masker kain yang dapat dicuci, tali telinga elastis."),
      k(["Baju Koko Katun Bordir"], "apparel", "pcs", [95000, 160000], "Baju koko katun dengan bordir kerah, ukuran M-XXL."),
      k(["Majun Kain Perca"], "textile_goods", "kg", [7000, 12000], "Majun kain perca sisa konveksi untuk lap bengkel, per kilogram."),
    ],
  },
  batik: {
    label: "batik dan tenun",
    certTypes: ["hki", "sni", "other"],
    kbli: ["13132", "13133", "14111", "13122"],
    heads: ["Batik", "Griya Batik", "Rumah Batik", "Sanggar Batik"],
    capacityUnit: "pcs",
    kinds: [
      k(["Kemeja Batik Pria Lengan Pendek", "Kemeja Batik Cap Pria"], "batik_apparel", "pcs", [150000, 350000], "Kemeja batik pria bahan katun primisima, furing dalam."),
      k(["Daster Batik Pekalongan", "Daster Batik Cap Rayon"], "batik_apparel", "pcs", [45000, 85000], "Daster batik rayon adem, all size."),
      k(["Dress Batik Wanita Modern", "Tunik Batik Cap"], "batik_apparel", "pcs", [175000, 400000], "Busana batik wanita potongan modern, bahan katun."),
      k(["Kemeja Batik Anak", "Setelan Batik Anak"], "batik_apparel", "pcs", [65000, 120000], "Batik anak bahan katun, ukuran 2-12 tahun."),
      k(["Outer Batik Kimono", "Blazer Batik Kombinasi"], "batik_apparel", "pcs", [185000, 375000], "Luaran batik kombinasi kain polos, potongan longgar."),
      k(["Taplak Meja Batik 150x150"], "textile_goods", "pcs", [65000, 150000], "Taplak meja bermotif batik cap, bahan katun."),
      k(["Kain Pantai Bali Motif Bunga", "Sarung Pantai Rayon"], "batik_cloth", "lembar", [25000, 55000], "Kain pantai rayon cetak motif bunga, 110 x 180 cm."),
      k(["Selendang Batik Sutra Tulis"], "batik_apparel", "pcs", [250000, 650000], "Selendang sutra dengan motif batik tulis tangan."),
    ],
  },
  leather_footwear: {
    label: "kulit dan alas kaki",
    certTypes: ["sni", "hki", "tkdn"],
    kbli: ["15121", "15201", "15202", "15129"],
    heads: ["Kulit", "Sepatu", "Leather", "Samak"],
    capacityUnit: "pasang",
    kinds: [
      k(["Sepatu Safety Ujung Baja", "Safety Shoes Kulit Lokal"], "footwear", "pasang", [250000, 450000], "Sepatu safety kulit dengan pelindung jari baja, sol karet."),
      k(["Sepatu Boot Karet Panjang", "Sepatu Boots PVC Proyek"], "footwear", "pasang", [75000, 140000], "Sepatu boot tahan air untuk pekerja lapangan."),
      k(["Sepatu Sekolah Hitam Anak", "Sepatu Kets Sekolah"], "footwear", "pasang", [95000, 175000], "Sepatu sekolah hitam sol karet, ukuran 28-40."),
      k(["Sepatu Futsal Lokal"], "footwear", "pasang", [150000, 275000], "Sepatu futsal sol karet non-marking, ukuran 38-44."),
      k(["Ikat Pinggang Kulit Sapi", "Sabuk Kulit Gesper Kuningan"], "leather_goods", "pcs", [85000, 185000], "Ikat pinggang kulit sapi asli lebar 3,5 cm."),
      k(["Jaket Kulit Domba", "Jaket Kulit Biker"], "leather_goods", "pcs", [850000, 1750000], "Jaket kulit domba asli jahit rapi, ukuran M-XXL."),
      k(["Gantungan Kunci Kulit Emboss"], "leather_goods", "pcs", [15000, 35000], "Gantungan kunci kulit sapi dengan emboss nama atau logo."),
      k(["Map Kulit Dokumen A4", "Sampul Agenda Kulit"], "leather_goods", "pcs", [95000, 225000], "Map dan sampul kulit sapi untuk dokumen rapat."),
      k(["Tali Jam Kulit Handmade"], "leather_goods", "pcs", [65000, 150000], "Tali jam tangan kulit jahit tangan, lebar 18-24 mm."),
      k(["Apron Kulit Barista", "Celemek Kulit Las"], "leather_goods", "pcs", [175000, 350000], "Celemek kulit sapi tebal dengan tali silang."),
    ],
  },
  furniture_wood: {
    label: "mebel dan olahan kayu",
    certTypes: ["svlk", "sni", "tkdn", "hki"],
    kbli: ["31001", "16221", "16292", "16101", "31009"],
    heads: ["Mebel", "Furniture", "Kayu", "Woodcraft", "Ukir"],
    capacityUnit: "unit",
    kinds: [
      k(["Meja Kerja Kantor Jati", "Meja Tulis Mahoni"], "furniture", "unit", [1500000, 3500000], "Meja kerja kayu solid finishing melamin, dengan laci."),
      k(["Kursi Tamu Jati Ukir Set", "Sofa Kayu Minimalis"], "furniture", "set", [6500000, 15000000], "Set kursi tamu kayu jati dengan bantalan busa."),
      k(["Lemari Pakaian 2 Pintu Jati"], "furniture", "unit", [3500000, 6500000], "Lemari pakaian kayu jati dua pintu dengan gantungan."),
      k(["Meja Makan Jati 6 Kursi"], "furniture", "set", [7500000, 14000000], "Meja makan kayu jati lengkap enam kursi."),
      k(["Tempat Tidur Kayu Jati 160", "Dipan Kayu Mahoni"], "furniture", "unit", [2500000, 6000000], "Tempat tidur kayu solid ukuran 160 x 200 cm."),
      k(["Kursi Teras Rotan Sintetis"], "furniture", "set", [2500000, 4500000], "Set kursi teras rangka besi dengan anyaman rotan sintetis."),
      k(["Palet Kayu 1200 x 1000", "Pallet Kayu Pinus Heat Treatment"], "wood_products", "pcs", [85000, 175000], "Palet kayu four-way entry, kapasitas 1 ton."),
      k(["Talenan Kayu Jati", "Cutting Board Kayu Akasia"], "wood_products", "pcs", [45000, 120000], "Talenan kayu solid finishing minyak food grade."),
      k(["Hanger Baju Kayu"], "wood_products", "pcs", [6000, 15000], "Gantungan baju kayu dengan kait besi krom."),
      k(["Tusuk Sate Bambu 20 cm"], "wood_products", "pak", [8000, 15000], "Tusuk sate bambu isi 500 batang per pak."),
      k(["Kusen Pintu Kayu Kamper", "Daun Pintu Panel Meranti"], "wood_products", "unit", [650000, 1500000], "Kusen dan daun pintu kayu oven, siap pasang."),
      k(["Plakat Kayu Ukir Logo"], "wood_products", "pcs", [150000, 350000], "Plakat penghargaan kayu ukir dengan plat logo."),
      k(["Nampan Saji Kayu Jati"], "wood_products", "pcs", [45000, 110000], "Nampan saji kayu jati dengan pegangan."),
    ],
  },
  handicraft: {
    label: "kerajinan tangan",
    certTypes: ["hki", "svlk", "other"],
    kbli: ["16293", "23931", "32120", "13929", "32909"],
    heads: ["Kerajinan", "Anyaman", "Gerabah", "Art Craft", "Galeri"],
    capacityUnit: "pcs",
    kinds: [
      k(["Besek Bambu 20x20 cm", "Besek Anyaman Bambu Tutup"], "woven_crafts", "pcs", [3500, 9000], "Besek bambu anyaman rapat dengan tutup."),
      k(["Keranjang Parsel Rotan", "Keranjang Hampers Anyaman"], "woven_crafts", "pcs", [35000, 95000], "Keranjang anyaman untuk parsel dan hampers."),
      k(["Tikar Pandan 150x200", "Tikar Mendong"], "woven_crafts", "lembar", [85000, 175000], "Tikar anyaman tangan dari daun pandan atau mendong."),
      k(["Tudung Saji Anyaman Bambu"], "woven_crafts", "pcs", [25000, 65000], "Tudung saji bambu anyam diameter 50 cm."),
      k(["Gantungan Kunci Logam Custom", "Gantungan Kunci Akrilik"], "bags_souvenirs", "pcs", [5000, 15000], "Gantungan kunci custom logo untuk suvenir acara."),
      k(["Pin Enamel Logo", "Pin Kuningan Logo"], "bags_souvenirs", "pcs", [8000, 25000], "Pin logo perusahaan bahan kuningan atau enamel."),
      k(["Miniatur Rumah Adat Kayu", "Miniatur Kapal Pinisi"], "bags_souvenirs", "pcs", [150000, 650000], "Miniatur kerajinan kayu untuk cenderamata."),
      k(["Magnet Kulkas Souvenir Resin"], "bags_souvenirs", "pcs", [6000, 15000], "Magnet kulkas resin bergambar ikon daerah."),
      k(["Pot Terakota 30 cm", "Pot Gerabah Hias"], "ceramics_pottery", "pcs", [35000, 95000], "Pot tanah liat bakar untuk tanaman hias."),
      k(["Vas Bunga Keramik", "Guci Hias Keramik"], "ceramics_pottery", "pcs", [85000, 350000], "Vas dan guci keramik glasir untuk dekorasi ruangan."),
      k(["Cobek Tanah Liat", "Cobek Batu Merapi"], "ceramics_pottery", "pcs", [15000, 65000], "Cobek dan ulekan untuk dapur rumah dan katering."),
      k(["Cincin Perak Ukir", "Bros Perak Filigri"], "jewellery_crafts", "pcs", [175000, 550000], "Perhiasan perak 925 buatan tangan perajin Kotagede."),
      k(["Kalung Mutiara Lombok", "Gelang Mutiara Air Tawar"], "jewellery_crafts", "pcs", [250000, 1500000], "Perhiasan mutiara air laut dan air tawar dengan kait perak."),
    ],
  },
  metal_machinery: {
    label: "logam, permesinan dan alat kerja",
    certTypes: ["sni", "iso9001", "tkdn", "hki"],
    kbli: ["25992", "25111", "28219", "28110", "25931", "25940"],
    heads: ["Bengkel Las", "Teknik", "Logam", "Karya Baja", "Presisi"],
    capacityUnit: "unit",
    kinds: [
      k(["Helm Safety Proyek", "Helm Pengaman Kerja"], "ppe", "pcs", [45000, 95000], "Helm keselamatan kerja HDPE dengan suspensi 6 titik."),
      k(["Sarung Tangan Las Kulit", "Sarung Tangan Katun Bintik"], "ppe", "pasang", [6000, 65000], "Sarung tangan kerja untuk bengkel dan gudang."),
      k(["Kacamata Safety Bening"], "ppe", "pcs", [25000, 55000], "Kacamata keselamatan lensa polikarbonat anti gores."),
      k(["Ear Plug Silikon"], "ppe", "pasang", [5000, 15000], "Penyumbat telinga silikon dengan tali, NRR 25 dB."),
      k(["Rak Gudang Besi Heavy Duty", "Rak Besi Siku Lubang"], "metal_fabrication", "unit", [850000, 2500000], "Rak gudang besi plat dengan cat powder coating."),
      k(["Tempat Sampah Stainless Pilah 3", "Tong Sampah Besi"], "metal_fabrication", "unit", [650000, 2500000], "Tempat sampah logam untuk area publik."),
      k(["Gerobak Sorong Roda Satu", "Troli Barang Besi"], "metal_fabrication", "unit", [450000, 1250000], "Gerobak dan troli besi untuk proyek dan gudang."),
      k(["Meja Stainless Dapur 150 cm", "Bak Cuci Stainless"], "metal_fabrication", "unit", [2500000, 5500000], "Meja dan bak cuci stainless 304 untuk dapur komersial."),
      k(["Tangki Air Stainless 1000 L"], "metal_fabrication", "unit", [3500000, 6500000], "Tangki air stainless 1000 liter dengan kaki besi."),
      k(["Bushing Kuningan Bubut", "Bushing Bronze Custom"], "machined_parts", "pcs", [45000, 350000], "Bushing hasil bubut sesuai gambar kerja."),
      k(["Mur Baut Galvanis M12", "Baut Angkur J"], "machined_parts", "pcs", [3000, 25000], "Mur baut baja galvanis celup panas."),
      k(["Gear Sprocket Bubut", "Roda Gigi Lurus Custom"], "machined_parts", "pcs", [150000, 1250000], "Roda gigi hasil bubut dan frais, bahan S45C."),
      k(["Pulley Besi Cor V-Belt", "As Transmisi Bubut"], "machined_parts", "pcs", [175000, 1500000], "Komponen transmisi hasil cor dan bubut."),
      k(["Parang Kebun Tempa", "Golok Tebas Baja"], "agri_tools", "pcs", [65000, 150000], "Parang tempa baja per dengan gagang kayu."),
      k(["Sabit Rumput Baja", "Arit Tempa"], "agri_tools", "pcs", [35000, 75000], "Sabit baja tempa untuk memotong rumput dan pakan."),
      k(["Egrek Panen Sawit", "Dodos Sawit Baja"], "agri_tools", "pcs", [85000, 225000], "Alat panen kelapa sawit dari baja per."),
      k(["Sprayer Punggung Manual 16 L"], "agri_tools", "unit", [275000, 450000], "Sprayer punggung manual 16 liter dengan nozzle kuningan."),
      k(["Mesin Pencacah Rumput (Chopper)"], "machinery", "unit", [6500000, 12500000], "Mesin pencacah rumput pakan ternak, mesin bensin 7 HP."),
      k(["Mesin Penetas Telur 100 Butir"], "machinery", "unit", [1250000, 2500000], "Mesin penetas telur otomatis kapasitas 100 butir."),
      k(["Mesin Pemipil Jagung"], "machinery", "unit", [4500000, 8500000], "Mesin pemipil jagung kapasitas 1 ton per jam."),
      k(["Mesin Pengering Gabah (Dryer)"], "machinery", "unit", [35000000, 65000000], "Mesin pengering gabah bak datar kapasitas 3 ton."),
    ],
  },
  chemical_building: {
    label: "bahan bangunan dan kimia rumah tangga",
    certTypes: ["sni", "tkdn", "iso9001"],
    kbli: ["23951", "23952", "23922", "20231", "23961"],
    heads: ["Beton", "Bangun", "Kimia", "Bahan Bangunan", "Karya"],
    capacityUnit: "pcs",
    kinds: [
      k(["Paving Block K-300 Tebal 8 cm", "Paving Segi Enam"], "building_materials", "m2", [85000, 125000], "Paving block mutu K-300 press hidrolis."),
      k(["Genteng Tanah Liat Press", "Genteng Beton Flat"], "building_materials", "pcs", [2500, 12000], "Genteng press untuk atap rumah dan gudang."),
      k(["Roster Beton 20x20", "Roster Tanah Liat"], "building_materials", "pcs", [6500, 15000], "Roster ventilasi dinding motif geometris."),
      k(["Buis Beton 60 cm", "U-Ditch Beton"], "building_materials", "pcs", [250000, 850000], "Saluran beton pracetak untuk drainase."),
      k(["Kanstin Beton Trotoar"], "building_materials", "pcs", [35000, 65000], "Kanstin beton pracetak untuk tepi trotoar."),
      k(["Tegel Teraso 30x30", "Ubin Semen Motif"], "building_materials", "m2", [125000, 275000], "Tegel lantai cetak tangan dengan motif klasik."),
      k(["Batu Alam Paras Jogja", "Batu Candi Tempel"], "building_materials", "m2", [95000, 225000], "Batu alam potong untuk dinding dan fasad."),
      k(["Sabun Cuci Piring Cair Jerigen 5 L"], "cleaning_products", "jerigen", [45000, 75000], "Sabun cuci piring cair aroma lemon, jerigen 5 liter."),
      k(["Deterjen Bubuk 1 kg", "Deterjen Cair Laundry 1 L"], "cleaning_products", "pak", [18000, 32000], "Deterjen untuk laundry rumah tangga dan hotel."),
      k(["Pelembut Pakaian Jerigen 5 L"], "cleaning_products", "jerigen", [55000, 85000], "Pelembut dan pewangi pakaian untuk laundry, jerigen 5 liter."),
      k(["Pembersih Kaca Spray 500 ml"], "cleaning_products", "botol", [12000, 22000], "Cairan pembersih kaca jendela dan kaca mobil, botol spray."),
      k(["Sapu Ijuk Gagang Kayu", "Sapu Lidi Gagang Panjang"], "cleaning_products", "pcs", [15000, 35000], "Sapu buatan tangan untuk lantai dan halaman."),
    ],
  },
  packaging_printing: {
    label: "kemasan dan percetakan",
    certTypes: ["iso9001", "halal", "sni"],
    kbli: ["17021", "17022", "18111", "18112", "22220"],
    heads: ["Percetakan", "Grafika", "Kemasindo", "Print", "Offset"],
    capacityUnit: "pcs",
    kinds: [
      k(["Kardus Karton Box Single Wall 40x30x30", "Kotak Karton Double Wall"], "packaging", "pcs", [4500, 12000], "Kardus karton gelombang untuk pengiriman barang."),
      k(["Kotak Nasi Kertas Laminasi", "Dus Kue 20x20"], "packaging", "pcs", [1200, 3500], "Kotak makanan kertas food grade dengan laminasi."),
      k(["Paper Cup 8 oz Sablon", "Paper Bowl 500 ml"], "packaging", "pcs", [450, 1200], "Wadah kertas sekali pakai dengan sablon logo."),
      k(["Karung Plastik Anyaman 50 kg"], "packaging", "pcs", [2500, 4500], "Karung plastik anyaman polipropilena kapasitas 50 kg."),
      k(["Paper Bag Kraft Tali", "Kantong Kertas Nasi"], "packaging", "pcs", [1500, 6500], "Kantong kertas kraft untuk toko dan katering."),
      k(["Plastik Klip Zipper 10x15"], "packaging", "pak", [12000, 25000], "Plastik klip bening isi 100 lembar."),
      k(["Kalender Dinding 2028 Custom", "Kalender Meja Custom"], "printing", "pcs", [12000, 35000], "Kalender cetak full colour dengan logo perusahaan."),
      k(["Nota NCR Rangkap 3", "Kwitansi Cetak Nomor Seri"], "printing", "pak", [25000, 45000], "Buku nota cetak rangkap dengan nomor seri."),
      k(["Stiker Label Produk Vinyl", "Label Roll Chromo"], "printing", "lembar", [2500, 8000], "Stiker label cetak digital dengan potong pola."),
      k(["Cetak Spanduk Flexi", "Cetak X-Banner"], "printing", "m2", [18000, 35000], "Cetak spanduk flexi 280 g resolusi tinggi."),
      k(["Kop Surat HVS 80 g", "Amplop Kop Cetak"], "printing", "rim", [185000, 350000], "Cetak kop surat dan amplop perusahaan per rim."),
      k(["Undangan Pernikahan Hardcover", "Buku Yasin Hardcover"], "printing", "pcs", [8000, 25000], "Cetakan hardcover dengan hot print emas."),
    ],
  },
  electronics: {
    label: "listrik dan elektronika",
    certTypes: ["sni", "tkdn", "iso9001"],
    kbli: ["27402", "27310", "27900", "26400", "27320"],
    heads: ["Elektronik", "Tekno", "Elektrika", "Listrik", "Daya"],
    capacityUnit: "unit",
    kinds: [
      k(["Lampu PJU Tenaga Surya 40 W", "Lampu Jalan Solar Cell All in One"], "electrical", "unit", [1500000, 3500000], "Lampu jalan tenaga surya dengan baterai lithium dan sensor."),
      k(["Box Panel Listrik Outdoor", "Panel Distribusi MCB"], "electrical", "unit", [750000, 4500000], "Panel listrik plat besi powder coating lengkap pintu kunci."),
      k(["Lampu LED Bulb 12 W", "Lampu Tabung LED T8"], "electrical", "pcs", [18000, 45000], "Lampu LED hemat energi fitting E27 atau T8."),
      k(["Stop Kontak 4 Lubang + Kabel", "Kabel Roll 10 m"], "electrical", "pcs", [45000, 125000], "Stop kontak dengan kabel NYYHY dan saklar."),
      k(["Lampu Emergency LED Rechargeable"], "electrical", "pcs", [65000, 150000], "Lampu darurat LED dengan baterai isi ulang."),
      k(["Penangkal Petir Konvensional"], "electrical", "set", [3500000, 8500000], "Set penangkal petir splitzer dengan kabel BC dan grounding."),
      k(["Speaker TOA Corong 25 W", "Amplifier Mixer 4 Channel"], "electronic_devices", "unit", [350000, 2500000], "Perangkat tata suara untuk masjid, sekolah dan kantor."),
      k(["Inverter Gelombang Murni 1000 W", "Charger Aki Otomatis"], "electronic_devices", "unit", [450000, 2500000], "Perangkat daya untuk aki 12 V, rakitan lokal."),
      k(["Bel Sekolah Otomatis", "Modul Timer Lampu"], "electronic_devices", "unit", [250000, 1250000], "Perangkat kontrol berbasis mikrokontroler dengan jadwal."),
    ],
  },
  herbal_cosmetics: {
    label: "jamu, obat tradisional dan kosmetik",
    certTypes: ["bpom", "halal", "gmp"],
    kbli: ["21022", "20232", "21012", "10799"],
    heads: ["Herbal", "Jamu", "Natural", "Sehat", "Ratus"],
    capacityUnit: "botol",
    kinds: [
      k(["Jamu Beras Kencur Serbuk", "Jamu Kunyit Asam Serbuk"], "herbal_medicine", "pak", [15000, 28000], "Jamu serbuk instan isi 10 sachet."),
      k(["Kapsul Daun Kelor isi 60", "Kapsul Sambiloto isi 60"], "herbal_medicine", "botol", [45000, 85000], "Kapsul herbal simplisia terstandar, botol isi 60."),
      k(["Jamu Temulawak Instan"], "herbal_medicine", "pak", [18000, 30000], "Serbuk temulawak instan untuk daya tahan tubuh."),
      k(["Teh Rosela Kering", "Teh Sereh Celup"], "herbal_medicine", "pak", [18000, 35000], "Teh herbal kering kemasan kotak kertas."),
      k(["Sabun Mandi Batang Transparan", "Sabun Susu Kambing"], "cosmetics_toiletries", "pcs", [6000, 18000], "Sabun mandi batang buatan tangan, 80-100 g."),
      k(["Sampo Lidah Buaya 250 ml", "Sampo Urang-Aring"], "cosmetics_toiletries", "botol", [25000, 45000], "Sampo herbal bahan alami tanpa paraben."),
      k(["Lulur Mandi Tradisional 250 g", "Body Scrub Kopi"], "cosmetics_toiletries", "pcs", [25000, 55000], "Lulur mandi rempah untuk spa dan perawatan tubuh."),
      k(["Body Lotion Bengkoang 250 ml"], "cosmetics_toiletries", "botol", [25000, 45000], "Lotion tubuh ekstrak bengkoang untuk kulit lembap."),
      k(["Lip Balm Beeswax"], "cosmetics_toiletries", "pcs", [15000, 30000], "Pelembap bibir dari lilin lebah dan minyak kelapa."),
      k(["Minyak Kemiri Penumbuh Rambut"], "cosmetics_toiletries", "botol", [25000, 45000], "Minyak kemiri murni untuk perawatan rambut, botol 100 ml."),
      k(["Bedak Dingin Beras"], "cosmetics_toiletries", "pcs", [8000, 15000], "Bedak dingin dari tepung beras dan rempah."),
    ],
  },
};

/** Second and third words of producer names. */
export const NAME_WORDS = [
  "Jaya", "Makmur", "Mandiri", "Sejahtera", "Abadi", "Lestari", "Barokah", "Sentosa", "Utama", "Nusantara",
  "Mulia", "Sinar", "Karya", "Tunas", "Indah", "Bersama", "Maju", "Harapan", "Citra", "Mekar",
  "Sumber", "Berkah", "Agung", "Putra", "Putri", "Rahayu", "Amanah", "Gemilang", "Perkasa", "Cemerlang",
];

export const FEMALE_NAMES = ["Sri", "Siti", "Dewi", "Rina", "Nur", "Ratna", "Fitri", "Ayu", "Lina", "Sari", "Maria", "Fransiska", "Wulan", "Yuliana", "Kadek Ayu"];
export const MALE_NAMES = ["Budi", "Agus", "Hendra", "Wahyu", "Yusuf", "Eko", "Andi", "Made", "Ketut", "Rahmat", "Imam", "Joko", "Dedi", "Yohanes", "Arif", "Nengah", "La Ode"];
export const LAST_NAMES = [
  "Wahyuni", "Santoso", "Prasetyo", "Rahmawati", "Hidayat", "Saputra", "Kurniawan", "Lestari", "Siregar", "Nasution",
  "Manurung", "Pangaribuan", "Wijaya", "Sulistyo", "Suryani", "Hasibuan", "Daeng Nai", "Mahmud", "Tanjung", "Sembiring",
  "Pattimura", "Latuconsina", "Wenda", "Rumbewas", "Suartana", "Purnama",
];
export const STREETS = ["Jl. Raya", "Jl. Pahlawan", "Jl. Merdeka", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Pasar Baru", "Jl. Industri", "Jl. Kartini", "Jl. Veteran", "Jl. Ahmad Yani"];
