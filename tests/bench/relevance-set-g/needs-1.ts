import type { NeedSpec } from "./background.ts";

export const NEEDS_1: NeedSpec[] = [
  {
    key: "01", buyer: 0, category: "condiments", qty: 40, unit: "ton", budget: 7500000, by: "2027-04-30", reg: "35.78",
    certs: ["sni", "halal"],
    title: "Pengadaan Garam Beryodium untuk Dapur Umum Karyawan Pabrik Surabaya",
    desc: "Garam konsumsi beryodium halus, kemasan 1 kg atau curah karung 25 kg, kadar KIO3 sesuai SNI 3556, bersertifikat halal. Total 40 ton untuk katering karyawan selama setahun, dikirim bertahap ke gudang Surabaya.",
    asked: [
      ["Garam beryodium halus kemasan 1 kg", "kg"], ["Garam dapur beriodium", "kg"], ["Iodized table salt refined", "kg"],
      ["Garam meja", "kg", 0, undefined, "Garam halus putih ber-KIO3 untuk masak dan meja makan, kemasan 500 g dan 1 kg."],
      ["Garam konsumsi yodium curah 25 kg", "kg"], ["Garam beryodum halus", "kg"],
    ],
    subs: [["Garam krosok kasar (garam rakyat)", "kg", 0, undefined, "Garam kasar hasil tambak rakyat Madura, belum dicuci dan belum difortifikasi yodium."]],
    rel: [["Kaldu jamur bubuk", "kg", 85000, "condiments"]],
    dec: [
      ["Garam Inggris (magnesium sulfat) 100 g", "pcs", 12000, "herbal_medicine", "Magnesium sulfat heptahidrat untuk berendam kaki dan pencahar."],
      ["Karung plastik garam 50 kg", "pcs", 3500, "packaging", "Karung anyaman PP untuk kemasan garam, cetak sablon 2 warna."],
    ],
    plants: ["A", "A:pend=halal", "A:cap70", "A:exp=halal", "S", "R", "D", "D"],
  },
  {
    key: "02", buyer: 3, category: "beverages", qty: 3000, unit: "kotak", budget: 28000, by: "2027-06-30", reg: "64.72",
    certs: ["sni", "bpom"],
    title: "Supply of cup mineral water (AMDK 220 ml) for hospital events in Samarinda",
    desc: "Bottled drinking water in 220-240 ml cups, 48 cups per carton, SNI 3553 and BPOM MD registration required. 3,000 cartons delivered to Samarinda over the year.",
    asked: [
      ["Air minum dalam kemasan gelas 220 ml isi 48", "kotak"], ["AMDK cup 240 ml", "kotak"], ["Air mineral gelas", "kotak"],
      ["Mineral water cup 220ml (dus isi 48)", "kotak"], ["Air mineal gelas 220 ml", "kotak"],
    ],
    subs: [["Air mineral botol 330 ml isi 24", "kotak"]],
    rel: [["Air minum isi ulang galon 19 liter", "pcs", 20000, "beverages"]],
    dec: [
      ["Gelas plastik cup 220 ml polos", "pcs", 150, "packaging", "Gelas plastik PP kosong untuk usaha air minum dan minuman cup."],
      ["Mesin cup sealer air gelas otomatis", "unit", 18500000, "machinery"],
    ],
    plants: ["A", "A:cap30", "A:px30", "A:miss=bpom", "S:pend=bpom", "R", "D", "D"],
  },
  {
    key: "03", buyer: 1, category: "uniforms", qty: 150, unit: "lusin", budget: 2400000, by: "2027-07-15", reg: "33.74",
    certs: [], minTkdn: 40,
    title: "Pengadaan Kemeja Seragam PDH untuk Pegawai Dinas Pendidikan Provinsi",
    desc: "Kemeja Pakaian Dinas Harian lengan panjang bahan drill/American drill warna krem, ukuran S-XXL, 150 lusin (1.800 potong). Nilai TKDN minimal 40%. Dikirim ke Semarang.",
    asked: [
      ["Kemeja PDH lengan panjang", "pcs"], ["Pakaian Dinas Harian (PDH) ASN", "pcs"], ["Baju dinas kantor", "lusin"],
      ["Official uniform shirt long sleeve", "pcs"], ["Kemeja seragam kantor drill", "pcs"], ["Kemeja PHD lengan panjang", "pcs"],
    ],
    subs: [["Kemeja batik seragam kantor", "pcs", 0, "batik_apparel"]],
    rel: [["Celana kerja bahan drill", "pcs", 120000, "uniforms"]],
    dec: [
      ["Emblem bordir logo PDH", "pcs", 7500, "textile_goods", "Emblem bordir komputer untuk lengan seragam, minimal 100 pcs."],
      ["Hanger kemeja kayu", "lusin", 60000, "wood_products"],
    ],
    plants: ["A", "A:tkdnCert", "A:tkdn3", "A:cap70,isl", "S", "S:tkdn3", "R", "D"],
  },
  {
    key: "04", buyer: 0, category: "footwear", qty: 1200, unit: "pasang", budget: 450000, by: "2027-05-31", reg: "36.73",
    certs: ["sni"], minTkdn: 40,
    title: "Pengadaan Sepatu Safety untuk Pekerja Lapangan Pabrik Serang",
    desc: "Sepatu keselamatan kerja dengan pelindung jari baja (steel toe) dan sol anti-slip, memenuhi SNI 7079, TKDN minimal 40%. 1.200 pasang ukuran 38-45.",
    asked: [
      ["Sepatu safety ujung besi", "pasang"], ["Safety shoes steel toe", "pasang", 0, "ppe"], ["Sepatu keselamatan kerja", "kodi"],
      ["Sepatu boot safety kulit", "pasang"], ["Sepatu safty pria", "pasang"], ["Sepatu proyek steel toe cap", "pasang", 0, "ppe"],
    ],
    subs: [["Sepatu PDL kulit sol karet", "pasang", 0, undefined, "Sepatu lapangan kulit sapi, sol karet tebal, tanpa pelindung jari baja."]],
    rel: [["Kaos kaki kerja tebal", "lusin", 90000, "apparel"]],
    dec: [
      ["Cetakan sol sepatu safety (mould aluminium)", "unit", 12500000, "machined_parts"],
      ["Rak sepatu besi 5 susun", "unit", 350000, "metal_fabrication"],
    ],
    plants: ["A2", "A:isl", "A:tkdnCertLow", "A:scope=sni", "S", "R", "D", "D"],
  },
  {
    key: "05", buyer: 1, category: "furniture", qty: 600, unit: "set", budget: 1350000, by: "2027-06-15", reg: "53.71",
    certs: ["svlk"], minTkdn: 40,
    title: "Pengadaan Meja dan Kursi Siswa untuk Sekolah Dasar di Kota Kupang",
    desc: "Meja dan kursi siswa SD (1 meja + 1 kursi per set), kayu legal bersertifikat SVLK, finishing melamin, TKDN minimal 40%. 600 set dikirim ke sekolah-sekolah di Kota Kupang.",
    asked: [
      ["Meja kursi siswa SD kayu", "set"], ["Mebel sekolah (meja + kursi murid)", "set"], ["Student desk and chair set", "set"],
      ["Meubelair sekolah", "set"], ["Bangku sekolah kayu jati", "set"], ["Meja kurs siswa", "set"],
    ],
    subs: [["Meja kursi sekolah rangka besi dan multipleks", "set", 0, "metal_fabrication"]],
    rel: [["Papan tulis whiteboard 120 x 240", "unit", 850000, "furniture"]],
    dec: [
      ["Kaki meja besi hollow (komponen)", "pcs", 85000, "metal_fabrication"],
      ["Miniatur meja kursi sekolah kayu (suvenir)", "pcs", 45000, "bags_souvenirs"],
    ],
    plants: ["A", "A:isl,at=33.20", "A:rej=svlk", "A:future=svlk", "S", "R", "D", "D"],
  },
  {
    key: "06", buyer: 2, category: "woven_crafts", qty: 2500, unit: "pcs", budget: 85000, by: "2027-09-30", reg: "31.74",
    certs: [],
    title: "Pengadaan Keranjang Rotan untuk Parsel Hari Raya Karyawan",
    desc: "Keranjang anyaman rotan untuk parsel/hampers, ukuran sekitar 35 x 25 cm dengan pegangan, finishing natural. 2.500 buah, dikirim ke Jakarta Barat paling lambat akhir September.",
    asked: [
      ["Keranjang rotan parsel", "pcs"], ["Rattan basket oval", "pcs"], ["Keranjang hampers rotan", "pcs"],
      ["Bakul rotan bertutup", "pcs"], ["Kranjang rotan anyam", "pcs"], ["Keranjang penjalin", "pcs"],
    ],
    subs: [["Keranjang bambu anyam", "pcs"], ["Keranjang pandan", "pcs"]],
    rel: [["Nampan anyaman rotan", "pcs", 65000, "woven_crafts"]],
    dec: [
      ["Rotan poles batang (bahan baku)", "kg", 28000, "wood_products"],
      ["Rak keranjang besi 3 susun", "unit", 275000, "metal_fabrication"],
    ],
    plants: ["A:at=32.09", "A:cap70", "A:px30", "A5:at=32.09", "S", "S1:isl", "R", "D"],
  },
  {
    key: "07", buyer: 0, category: "ceramics_pottery", qty: 400, unit: "lusin", budget: 300000, by: "2027-08-31", reg: "32.73",
    certs: [],
    title: "Pengadaan Mug Keramik Berlogo untuk Merchandise Ulang Tahun Perusahaan",
    desc: "Mug keramik putih 11 oz dengan cetak logo perusahaan (sablon/decal), dikemas per buah. 400 lusin (4.800 buah), dikirim ke Bandung.",
    asked: [
      ["Mug keramik custom logo", "pcs"], ["Cangkir keramik bergagang", "pcs"], ["Ceramic mug 11 oz", "pcs"],
      ["Gelas keramik sablon", "lusin"], ["Mug kramik putih", "pcs"], ["Mug stoneware glasir", "pcs"],
    ],
    subs: [["Mug enamel blirik", "pcs", 0, "metal_fabrication"]],
    rel: [["Tatakan gelas (coaster) kayu", "pcs", 12000, "wood_products"]],
    dec: [
      ["Cetakan gipsum mug keramik", "pcs", 95000, "ceramics_pottery", "Cetakan gipsum (mould) untuk cor slip mug dan cangkir."],
      ["Mesin press sablon mug", "unit", 2750000, "machinery"],
    ],
    plants: ["A:at=34.02", "A:px30", "A:isl", "A:cap70,px30", "S:px30", "R", "D", "D"],
  },
];
