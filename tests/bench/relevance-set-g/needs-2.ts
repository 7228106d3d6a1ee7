import type { NeedSpec } from "./background.ts";

export const NEEDS_2: NeedSpec[] = [
  {
    key: "08", buyer: 3, category: "leather_goods", qty: 1500, unit: "pcs", budget: 175000, by: "2027-03-31", reg: "34.71",
    certs: [],
    title: "Pengadaan Dompet Kulit untuk Cinderamata Tamu Rapat Kerja",
    desc: "Dompet lipat kulit sapi asli dengan emboss logo yayasan, dikemas kotak. 1.500 buah, dikirim ke Yogyakarta sebelum akhir Maret.",
    asked: [
      ["Dompet kulit sapi asli", "pcs"], ["Leather wallet bifold", "pcs"], ["Dompet lipat kulit pria", "pcs"],
      ["Dompet kartu kulit", "pcs"], ["Dompt kulit garut", "pcs"], ["Dompet kulit domba", "pcs"],
    ],
    subs: [["Dompet kulit sintetis (PU)", "pcs"]],
    rel: [["Ikat pinggang kulit", "pcs", 150000, "leather_goods"]],
    dec: [
      ["Kulit pangsit dan kulit lumpia", "kg", 32000, "snacks", "Lembaran kulit pangsit dan lumpia segar, kemasan 500 g."],
      ["Lembaran kulit sapi samak", "lembar", 65000, "leather_goods", "Kulit sapi tersamak krom (per kaki persegi) untuk bahan tas dan dompet."],
    ],
    plants: ["A", "A:cap30", "A4:px30,at=32.05", "A:isl", "S", "S:cap70", "R", "D", "D"],
  },
  {
    key: "09", buyer: 0, category: "building_materials", qty: 60000, unit: "pcs", budget: 4500, by: "2027-10-31", reg: "73.71",
    certs: ["sni"],
    title: "Pengadaan Genteng untuk Rehabilitasi Gudang dan Perumahan Karyawan Makassar",
    desc: "Genteng tanah liat/keramik sesuai SNI 03-2095, sekitar 25 buah per m2, warna merah natural atau glazur. 60.000 buah dikirim ke Makassar.",
    asked: [
      ["Genteng keramik glazur", "pcs"], ["Genteng tanah liat press", "pcs"], ["Roof tile clay", "pcs"],
      ["Genting kodok", "pcs"], ["Genteng mantili", "pcs"], ["Gentng press jatiwangi", "pcs"],
    ],
    subs: [["Genteng beton", "pcs"]],
    rel: [["Bubungan / nok genteng", "pcs", 9000, "building_materials"]],
    dec: [
      ["Cetakan genteng press (mesin)", "unit", 27500000, "machinery"],
      ["Cat genteng anti bocor", "kg", 55000, "building_materials", "Cat pelapis genteng dan atap, anti lumut dan anti bocor."],
    ],
    plants: ["A", "A:pend", "A5:isl,at=32.10", "A:exp=sni", "S:isl", "R", "D", "D"],
  },
  {
    key: "10", buyer: 3, category: "cleaning_products", qty: 4000, unit: "liter", budget: 38000, by: "2027-05-15", reg: "64.72",
    certs: ["bpom", "halal"],
    title: "Pengadaan Sabun Cuci Tangan Cair untuk Fasilitas Rumah Sakit",
    desc: "Sabun cuci tangan cair antiseptik untuk wastafel dan dispenser ruang perawatan, terdaftar BPOM dan bersertifikat halal, kemasan jerigen 5 liter. Total 4.000 liter.",
    asked: [
      ["Sabun cuci tangan cair antiseptik", "liter"], ["Hand soap refill", "liter", 0, "cosmetics_toiletries"],
      ["Hand wash antibakteri", "liter", 0, "cosmetics_toiletries"], ["Sabun cair cuci tangan jerigen 5 L", "liter"],
      ["Sabun cuci tagan cair", "liter"],
    ],
    subs: [["Hand sanitizer gel alkohol 70%", "liter", 0, "cosmetics_toiletries"]],
    rel: [["Sabun cuci piring cair", "liter", 22000, "cleaning_products"]],
    dec: [
      ["Dispenser sabun cair dinding", "unit", 145000, "cleaning_products", "Dispenser tempel dinding untuk sabun cair, kapasitas 500 ml, tanpa isi."],
      ["Botol pump kosong 500 ml", "pcs", 6500, "packaging"],
    ],
    plants: ["A", "A:pend=halal", "A:scope=bpom", "A:rej=halal", "S", "R", "D", "D"],
  },
  {
    key: "11", buyer: 2, category: "packaging", qty: 50000, unit: "pcs", budget: 6500, by: "2027-04-15", reg: "35.15",
    certs: [],
    title: "Procurement of corrugated carton boxes for finished-goods shipping, Sidoarjo plant",
    desc: "Single-wall corrugated boxes (3 ply, B-flute), 40 x 30 x 30 cm, one-colour flexo print. 50,000 pieces delivered to the Sidoarjo warehouse in monthly lots.",
    asked: [
      ["Kardus packing 3 ply", "pcs"], ["Corrugated carton box", "pcs"], ["Karton box gelombang", "pcs"],
      ["Dus polos custom ukuran", "pcs"], ["Kadrus kemasan", "pcs"], ["Kotak karton double wall", "pcs"],
    ],
    subs: [["Kotak duplex lipat", "pcs"]],
    rel: [["Lakban coklat 48 mm", "pcs", 9000, "packaging"]],
    dec: [
      ["Pisau pond kardus (die cut)", "unit", 3500000, "machined_parts"],
      ["Mesin potong kardus", "unit", 45000000, "machinery"],
    ],
    plants: ["A", "A:cap70", "A:cap30,px30", "A:isl", "S:px30", "R", "D", "D"],
  },
  {
    key: "12", buyer: 2, category: "printing", qty: 5000, unit: "pcs", budget: 32000, by: "2027-09-15", reg: "31.72",
    certs: [],
    title: "Pengadaan Cetak Kalender Meja 2028 untuk Promosi Nasabah",
    desc: "Kalender meja 2028, 13 lembar art carton 260 g full colour, ring spiral, dudukan hard board. 5.000 eksemplar, dikirim ke Jakarta Timur pertengahan September.",
    asked: [
      ["Kalender meja spiral", "pcs"], ["Desk calendar 2028", "pcs"], ["Kalender duduk custom", "pcs"],
      ["Cetak kalender meja", "pcs"], ["Kalendar meja", "pcs"],
    ],
    subs: [["Kalender dinding 6 lembar", "pcs"]],
    rel: [["Agenda planner cetak custom", "pcs", 55000, "printing"]],
    dec: [
      ["Ring spiral kawat kalender", "pak", 40000, "printing", "Kawat spiral (wire-o) untuk penjilidan kalender, isi 100."],
      ["Mesin jilid spiral kalender", "unit", 6500000, "machinery"],
    ],
    plants: ["A", "A:px30", "A:cap70", "A:isl", "S", "S:cap30", "R", "D", "D"],
  },
  {
    key: "13", buyer: 1, category: "electrical", qty: 350, unit: "unit", budget: 4200000, by: "2027-08-31", reg: "12.71",
    certs: ["sni", "tkdn"], minTkdn: 40,
    title: "Pengadaan Lampu Penerangan Jalan Umum (PJU) LED untuk Jalan Kawasan Industri",
    desc: "Armatur lampu PJU LED 60-100 watt lengkap driver, IP66, ber-SNI dan bersertifikat TKDN minimal 40%. 350 unit dikirim ke Medan.",
    asked: [
      ["Lampu PJU LED 60 watt", "unit"], ["Lampu jalan LED", "unit"], ["LED street light 90W", "unit"],
      ["Armatur penerangan jalan LED", "unit"], ["Lampu PJU LDE 100 W", "unit"],
    ],
    subs: [["PJU tenaga surya all in one", "unit"], ["Lampu sorot LED (floodlight) 100 W", "unit"]],
    rel: [["Tiang PJU oktagonal 7 meter", "unit", 3250000, "metal_fabrication"]],
    dec: [
      ["Kap lampu PJU aluminium (housing tanpa LED)", "unit", 650000, "electrical"],
      ["Driver LED PJU 100 W (komponen)", "pcs", 275000, "electronic_devices"],
    ],
    plants: ["A", "A:tkdn3", "A:exp=tkdn", "A:isl,at=35.78", "S", "R", "D", "D"],
  },
  {
    key: "14", buyer: 0, category: "agri_tools", qty: 800, unit: "unit", budget: 550000, by: "2027-03-15", reg: "18.71",
    certs: ["sni"], minTkdn: 25,
    title: "Pengadaan Sprayer Punggung untuk Kelompok Tani Binaan di Lampung",
    desc: "Alat semprot punggung (knapsack sprayer) kapasitas 14-16 liter, manual atau elektrik, ber-SNI, TKDN minimal 25%. 800 unit untuk kelompok tani di Lampung.",
    asked: [
      ["Sprayer punggung 16 liter", "unit"], ["Knapsack sprayer manual", "unit"], ["Tangki semprot hama", "unit"],
      ["Sprayer elektrik baterai 16 L", "unit"], ["Alat semprot pertanian", "unit"], ["Spayer punggung", "unit"],
    ],
    subs: [["Power sprayer mesin 4 tak", "unit", 0, "machinery"]],
    rel: [["Gembor siram plastik 10 liter", "pcs", 45000, "agri_tools"]],
    dec: [
      ["Nozzle sprayer kuningan", "pcs", 15000, "machined_parts"],
      ["Botol spray parfum 100 ml", "pcs", 4500, "packaging"],
    ],
    plants: ["A", "A:cap70", "A:tkdn3", "A:miss=sni", "S:isl", "R", "D", "D"],
  },
];
