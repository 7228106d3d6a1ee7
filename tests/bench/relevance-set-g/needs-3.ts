import type { NeedSpec } from "./background.ts";

export const NEEDS_3: NeedSpec[] = [
  {
    key: "15", buyer: 2, category: "machined_parts", qty: 2400, unit: "pcs", budget: 95000, by: "2027-05-31", reg: "35.15",
    certs: ["iso9001"],
    title: "Supply of brass bushings for sugar-mill roller maintenance",
    desc: "Machined brass (CuZn) bushings to drawing, OD 60-120 mm, tolerance H7, for cane-mill rollers and conveyors. Supplier must hold ISO 9001. 2,400 pieces before the milling season.",
    asked: [
      ["Bushing kuningan bubut", "pcs"], ["Brass bushing", "pcs"], ["Bos kuningan", "pcs"],
      ["Bush bronze custom", "pcs"], ["Busing kuningan", "pcs"], ["Bosh as kuningan", "pcs"],
    ],
    subs: [["Bushing nylon / teflon", "pcs", 0, undefined, "Bushing plastik teknik (nylon, PTFE) hasil bubut, tahan aus untuk beban ringan."]],
    rel: [["As / poros baja custom", "pcs", 350000, "machined_parts"]],
    dec: [
      ["Vas bunga kuningan ukir", "pcs", 450000, "jewellery_crafts", "Kerajinan kuningan tempa dan ukir khas Juwana."],
      ["Mata pahat bubut HSS", "pcs", 85000, "machined_parts"],
    ],
    plants: ["A", "A:pend", "A:exp=iso9001", "A:scope=iso9001", "S", "R", "D", "D"],
  },
  {
    key: "16", buyer: 3, category: "herbal_medicine", qty: 500, unit: "lusin", budget: 420000, by: "2027-07-31", reg: "81.71",
    certs: ["bpom", "halal"],
    title: "Pengadaan Minyak Kayu Putih untuk Paket Kesehatan Karyawan di Ambon",
    desc: "Minyak kayu putih murni botol 60 ml, terdaftar BPOM (POM TR) dan bersertifikat halal. 500 lusin (6.000 botol) dikirim ke Ambon.",
    asked: [
      ["Minyak kayu putih 60 ml", "botol"], ["Cajuput oil", "botol"], ["Minyak kayu putih Buru asli", "botol"],
      ["Minyak kayuputih", "botol", 0, "cosmetics_toiletries"], ["Minyak kayu puti 100 ml", "botol"],
      ["MKP minyak atsiri kayu putih", "lusin"],
    ],
    subs: [["Minyak telon", "botol", 0, "cosmetics_toiletries"]],
    rel: [["Balsem gosok herbal", "pcs", 18000, "herbal_medicine"]],
    dec: [
      ["Papan kayu putih (kayu olahan)", "lembar", 85000, "wood_products", "Papan kayu gelam/kayu putih serut untuk bahan bangunan."],
      ["Tungku penyulingan minyak atsiri", "unit", 35000000, "machinery"],
    ],
    plants: ["A2:at=81.04", "A:isl", "A:rej=bpom", "A:miss=halal", "S", "R", "D", "D"],
  },
  {
    key: "17", buyer: 1, category: "processed_meat_fish", qty: 18, unit: "ton", budget: 85000000, by: "2027-04-30", reg: "33.74",
    certs: ["halal", "bpom"],
    title: "Pengadaan Bandeng Presto untuk Program Makan Bergizi Sekolah",
    desc: "Bandeng presto (duri lunak) kemasan vakum 500 g, bersertifikat halal dan terdaftar BPOM MD, rantai dingin. 18 ton dikirim bertahap ke Semarang.",
    asked: [
      ["Bandeng presto", "kg"], ["Bandeng duri lunak", "kg"], ["Milkfish presto (soft bone)", "kg"],
      ["Bandeng tulang lunak Juwana", "kg"], ["Bandeng prestro vakum", "kg"],
    ],
    subs: [["Bandeng asap", "kg"]],
    rel: [["Otak-otak bandeng", "kg", 95000, "processed_meat_fish"]],
    dec: [
      ["Panci presto 8 liter", "unit", 385000, "metal_fabrication", "Panci presto (pressure cooker) aluminium untuk rumah tangga dan usaha kuliner."],
      ["Nener bandeng (benih)", "pcs", 150, "processed_meat_fish", "Benih ikan bandeng ukuran 1-2 cm untuk tambak."],
    ],
    plants: ["A3:at=33.18", "A:pend=bpom", "A:cap70", "A:exp=bpom", "S", "R", "D", "D"],
  },
  {
    key: "18", buyer: 0, category: "confectionery", qty: 6000, unit: "kg", budget: 70000, by: "2027-11-30", reg: "51.71",
    certs: ["halal", "pirt"],
    title: "Pengadaan Dodol untuk Oleh-oleh Tamu Konferensi di Bali",
    desc: "Dodol/jenang aneka rasa, kemasan kotak 250 g dan 500 g, bersertifikat halal dan P-IRT. 6.000 kg dikirim ke Denpasar akhir November.",
    asked: [
      ["Dodol garut", "kg"], ["Jenang kudus", "kg"], ["Dodol ketan wijen", "kg"],
      ["Dodol durian", "kg"], ["Dodoll nangka", "kg"], ["Dodol betawi", "kg"],
    ],
    subs: [["Wajik ketan", "kg"]],
    rel: [["Geplak kelapa", "kg", 60000, "confectionery"]],
    dec: [
      ["Kertas minyak pembungkus dodol", "rim", 95000, "packaging"],
      ["Mesin pengaduk dodol", "unit", 16500000, "machinery"],
    ],
    plants: ["A0:at=32.05", "A1:at=33.19", "A:px30", "A:miss=pirt", "A:scope=halal", "S:pend=pirt", "R", "D", "D"],
  },
  {
    key: "19", buyer: 1, category: "machinery", qty: 60, unit: "unit", budget: 19000000, by: "2027-12-15", reg: "52.71",
    certs: ["sni"], minTkdn: 40,
    title: "Pengadaan Mesin Perontok Padi (Power Thresher) untuk Brigade Alsintan NTB",
    desc: "Power thresher multiguna penggerak motor diesel 7-8,5 HP, kapasitas minimal 1 ton gabah per jam, ber-SNI, TKDN minimal 40%. 60 unit dikirim ke Mataram.",
    asked: [
      ["Power thresher multiguna", "unit"], ["Mesin perontok padi", "unit"], ["Thresher padi mesin diesel", "unit"],
      ["Perontok gabah bermotor", "unit"], ["Mesin perontok pdi", "unit"],
    ],
    subs: [["Pedal thresher (perontok injak)", "unit"]],
    rel: [["Mesin pengering gabah (dryer)", "unit", 45000000, "machinery"]],
    dec: [
      ["Drum perontok (suku cadang thresher)", "pcs", 450000, "machined_parts"],
      ["Mesin perontok bulu ayam", "unit", 6500000, "machinery"],
    ],
    plants: ["A", "A:isl", "A:tkdnCertLow", "A:tkdn3,isl", "S", "R", "D", "D"],
  },
  {
    key: "20", buyer: 0, category: "ppe", sector: "textile_apparel", qty: 2000, unit: "lusin", budget: 60000, by: "2027-06-30", reg: "35.25",
    certs: [], minTkdn: 30,
    title: "Supply of cotton knitted work gloves for Gresik plant",
    desc: "Knitted cotton work gloves with PVC dots, 7-gauge, one size. Local content (TKDN) at least 30%. 2,000 dozen pairs delivered to Gresik.",
    asked: [
      ["Sarung tangan kerja katun", "pasang"], ["Work gloves knitted cotton", "lusin"], ["Sarung tangan rajut bintik", "pasang"],
      ["Glove safety katun", "pasang"], ["Sarung tanga kerja", "lusin"], ["Kaos tangan proyek", "pasang"],
    ],
    subs: [["Sarung tangan kulit las", "pasang"]],
    rel: [["Masker kain 3 lapis", "pcs", 5000, "textile_goods"]],
    dec: [
      ["Sarung goyor", "pcs", 275000, "woven_cloth", "Sarung tenun goyor bahan rayon, motif kotak, untuk ibadah dan hantaran."],
      ["Mesin rajut sarung tangan", "unit", 85000000, "machinery"],
    ],
    plants: ["A", "A:tkdnCert", "A:tkdn3", "A:px50", "S", "R", "D", "D"],
  },
];
