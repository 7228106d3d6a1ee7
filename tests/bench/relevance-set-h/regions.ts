// Province / regency codes (Kemendagri, two-level) used by relevance set H, with names for addresses.
// Written from general knowledge of the codes; only city-level and long-standing regency codes are used.

export const PROVINCES: Record<string, string> = {
  "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi", "16": "Sumatera Selatan",
  "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau",
  "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten",
  "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
  "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan", "64": "Kalimantan Timur",
  "71": "Sulawesi Utara", "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo",
  "81": "Maluku", "82": "Maluku Utara",
};

export const REGENCIES: Record<string, string> = {
  "11.71": "Kota Banda Aceh",
  "12.07": "Kab. Deli Serdang", "12.71": "Kota Medan", "12.73": "Kota Pematangsiantar",
  "13.71": "Kota Padang", "13.75": "Kota Bukittinggi", "13.76": "Kota Payakumbuh",
  "14.71": "Kota Pekanbaru", "14.72": "Kota Dumai",
  "15.71": "Kota Jambi",
  "16.71": "Kota Palembang",
  "17.71": "Kota Bengkulu",
  "18.71": "Kota Bandar Lampung", "18.72": "Kota Metro",
  "19.71": "Kota Pangkalpinang",
  "21.71": "Kota Batam", "21.72": "Kota Tanjungpinang",
  "31.71": "Kota Jakarta Selatan", "31.72": "Kota Jakarta Timur", "31.73": "Kota Jakarta Pusat", "31.74": "Kota Jakarta Barat", "31.75": "Kota Jakarta Utara",
  "32.01": "Kab. Bogor", "32.04": "Kab. Bandung", "32.05": "Kab. Garut", "32.06": "Kab. Tasikmalaya", "32.09": "Kab. Cirebon",
  "32.12": "Kab. Indramayu", "32.16": "Kab. Bekasi", "32.73": "Kota Bandung", "32.75": "Kota Bekasi", "32.78": "Kota Tasikmalaya",
  "33.02": "Kab. Banyumas", "33.09": "Kab. Boyolali", "33.10": "Kab. Klaten", "33.11": "Kab. Sukoharjo", "33.15": "Kab. Grobogan",
  "33.19": "Kab. Kudus", "33.20": "Kab. Jepara", "33.26": "Kab. Pekalongan", "33.72": "Kota Surakarta", "33.74": "Kota Semarang",
  "34.01": "Kab. Kulon Progo", "34.02": "Kab. Bantul", "34.04": "Kab. Sleman", "34.71": "Kota Yogyakarta",
  "35.02": "Kab. Ponorogo", "35.04": "Kab. Tulungagung", "35.14": "Kab. Pasuruan", "35.15": "Kab. Sidoarjo", "35.16": "Kab. Mojokerto",
  "35.20": "Kab. Magetan", "35.25": "Kab. Gresik", "35.73": "Kota Malang", "35.78": "Kota Surabaya",
  "36.02": "Kab. Lebak", "36.03": "Kab. Tangerang", "36.04": "Kab. Serang", "36.71": "Kota Tangerang", "36.72": "Kota Cilegon",
  "51.03": "Kab. Badung", "51.04": "Kab. Gianyar", "51.05": "Kab. Klungkung", "51.08": "Kab. Buleleng", "51.71": "Kota Denpasar",
  "52.01": "Kab. Lombok Barat", "52.02": "Kab. Lombok Tengah", "52.71": "Kota Mataram",
  "53.71": "Kota Kupang",
  "61.71": "Kota Pontianak", "61.72": "Kota Singkawang",
  "62.71": "Kota Palangka Raya",
  "63.71": "Kota Banjarmasin", "63.72": "Kota Banjarbaru",
  "64.71": "Kota Balikpapan", "64.72": "Kota Samarinda",
  "71.71": "Kota Manado", "71.72": "Kota Bitung",
  "72.71": "Kota Palu",
  "73.06": "Kab. Gowa", "73.71": "Kota Makassar",
  "74.71": "Kota Kendari",
  "75.71": "Kota Gorontalo",
  "81.71": "Kota Ambon",
  "82.71": "Kota Ternate",
};

export type IslandGroup = "Sumatra" | "Jawa-Bali" | "Nusa Tenggara" | "Kalimantan" | "Sulawesi" | "Maluku-Papua";

export function islandGroup(provinceCode: string): IslandGroup {
  const n = Number(provinceCode);
  if (n >= 11 && n <= 21) return "Sumatra"; // 11-19 plus 21 Kepulauan Riau (Bangka Belitung is 19)
  if ((n >= 31 && n <= 36) || n === 51) return "Jawa-Bali";
  if (n === 52 || n === 53) return "Nusa Tenggara";
  if (n >= 61 && n <= 65) return "Kalimantan";
  if (n >= 71 && n <= 76) return "Sulawesi";
  if (n >= 81) return "Maluku-Papua";
  throw new Error(`no island group for province ${provinceCode}`);
}

export const provinceOf = (regencyCode: string): string => regencyCode.slice(0, 2);
