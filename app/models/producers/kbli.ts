// KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia) five-digit codes that IKM producers
// commonly register under, with their titles: curated for the sectors we serve, offered on the
// profile page. Any other code of a KBLI 2020 division (kbli-divisions.ts) is accepted too, and
// named by its division: a register or an NIB carries whatever code a business chose.
// The Indonesian title follows BPS's wording; the English one is our short gloss.
import type { Sector } from "../domain.ts";
import { KBLI_DIVISIONS } from "./kbli-divisions.ts";

export interface Kbli {
  code: string;
  id: string;
  en: string;
  sectors: readonly Sector[];
}

export const KBLI: readonly Kbli[] = [
  { code: "10792", id: "Industri kerupuk, keripik, peyek dan sejenisnya", en: "Crackers, chips, peyek and similar", sectors: ["food_beverage"] },
  { code: "10722", id: "Industri gula merah", en: "Palm and brown sugar", sectors: ["food_beverage"] },
  { code: "10761", id: "Industri pengolahan kopi", en: "Coffee processing", sectors: ["food_beverage"] },
  { code: "10772", id: "Industri bumbu masak dan penyedap masakan", en: "Cooking spices and seasonings", sectors: ["food_beverage"] },
  { code: "10130", id: "Industri pengolahan dan pengawetan daging", en: "Meat processing and preserving", sectors: ["food_beverage"] },
  { code: "10710", id: "Industri produk roti dan kue", en: "Bread and cakes", sectors: ["food_beverage"] },
  { code: "10732", id: "Industri makanan dari cokelat dan kembang gula", en: "Chocolate and sugar confectionery", sectors: ["food_beverage"] },
  { code: "10799", id: "Industri produk makanan lainnya", en: "Other food products", sectors: ["food_beverage"] },
  { code: "14111", id: "Industri pakaian jadi (konveksi) dari tekstil", en: "Ready-made textile garments", sectors: ["textile_apparel", "batik"] },
  { code: "14120", id: "Penjahitan dan pembuatan pakaian sesuai pesanan", en: "Tailoring and made-to-order garments", sectors: ["textile_apparel"] },
  { code: "14301", id: "Industri pakaian jadi rajutan", en: "Knitted garments", sectors: ["textile_apparel"] },
  { code: "13921", id: "Industri barang jadi tekstil untuk keperluan rumah tangga", en: "Household textile goods", sectors: ["textile_apparel"] },
  { code: "13993", id: "Industri bordir/sulaman", en: "Embroidery", sectors: ["textile_apparel"] },
  { code: "13134", id: "Industri batik", en: "Batik", sectors: ["batik"] },
  { code: "13121", id: "Industri pertenunan (bukan pertenunan karung goni dan karung lainnya)", en: "Weaving (other than sacks)", sectors: ["batik"] },
  { code: "15201", id: "Industri alas kaki untuk keperluan sehari-hari", en: "Everyday footwear", sectors: ["leather_footwear"] },
  { code: "15203", id: "Industri sepatu teknik lapangan/keperluan industri", en: "Technical and industrial footwear", sectors: ["leather_footwear"] },
  { code: "15121", id: "Industri barang dari kulit dan kulit komposisi untuk keperluan pribadi", en: "Personal leather goods", sectors: ["leather_footwear"] },
  { code: "14112", id: "Industri pakaian jadi (konveksi) dari kulit", en: "Leather garments", sectors: ["leather_footwear"] },
  { code: "31001", id: "Industri furnitur dari kayu", en: "Wooden furniture", sectors: ["furniture_wood"] },
  { code: "31002", id: "Industri furnitur dari rotan dan/atau bambu", en: "Rattan and bamboo furniture", sectors: ["furniture_wood"] },
  { code: "16221", id: "Industri barang bangunan dari kayu", en: "Wooden building materials", sectors: ["furniture_wood"] },
  { code: "16291", id: "Industri barang dari kayu lainnya", en: "Other wooden goods", sectors: ["furniture_wood"] },
  { code: "16292", id: "Industri anyaman dari tanaman selain rotan dan bambu", en: "Plaiting from plants other than rattan and bamboo", sectors: ["handicraft"] },
  { code: "16293", id: "Industri kerajinan ukiran dari kayu bukan mebel", en: "Wood carving crafts (not furniture)", sectors: ["handicraft"] },
  { code: "16299", id: "Industri barang dari kayu, rotan dan bambu lainnya", en: "Other wood, rattan and bamboo goods", sectors: ["handicraft"] },
  { code: "23939", id: "Industri barang dari tanah liat lainnya", en: "Other clay goods", sectors: ["handicraft"] },
  { code: "32111", id: "Industri perhiasan dari logam mulia", en: "Precious-metal jewellery", sectors: ["handicraft"] },
  { code: "13929", id: "Industri barang jadi tekstil lainnya", en: "Other made-up textile goods", sectors: ["handicraft"] },
  { code: "25111", id: "Industri barang dari logam bukan aluminium siap pasang untuk bangunan", en: "Non-aluminium structural metal products", sectors: ["metal_machinery"] },
  { code: "25920", id: "Jasa industri untuk berbagai pengerjaan khusus logam dan barang dari logam", en: "Metal treatment and machining services", sectors: ["metal_machinery"] },
  { code: "25931", id: "Industri alat potong dan perkakas tangan untuk pertanian", en: "Agricultural cutting and hand tools", sectors: ["metal_machinery"] },
  { code: "28210", id: "Industri mesin pertanian dan kehutanan", en: "Agricultural and forestry machinery", sectors: ["metal_machinery"] },
  { code: "28250", id: "Industri mesin pengolahan makanan, minuman dan tembakau", en: "Food, beverage and tobacco processing machinery", sectors: ["metal_machinery"] },
  { code: "25999", id: "Industri barang dari logam lainnya ytdl", en: "Other metal goods", sectors: ["metal_machinery"] },
  { code: "23951", id: "Industri barang dari semen dan kapur untuk konstruksi", en: "Cement and lime goods for construction", sectors: ["chemical_building"] },
  { code: "23921", id: "Industri batu bata dari tanah liat/keramik", en: "Clay and ceramic bricks", sectors: ["chemical_building"] },
  { code: "23922", id: "Industri genteng dari tanah liat/keramik", en: "Clay and ceramic roof tiles", sectors: ["chemical_building"] },
  { code: "23961", id: "Industri barang dari marmer dan granit untuk keperluan rumah tangga dan pajangan", en: "Marble and granite household and decorative goods", sectors: ["chemical_building"] },
  { code: "20231", id: "Industri sabun dan bahan pembersih keperluan rumah tangga", en: "Household soaps and cleaners", sectors: ["chemical_building"] },
  { code: "17021", id: "Industri kertas dan papan kertas bergelombang", en: "Corrugated paper and paperboard", sectors: ["packaging_printing"] },
  { code: "17022", id: "Industri kemasan dan kotak dari kertas dan karton", en: "Paper and cardboard packaging", sectors: ["packaging_printing"] },
  { code: "22220", id: "Industri barang dari plastik untuk pengemasan", en: "Plastic packaging", sectors: ["packaging_printing"] },
  { code: "18111", id: "Industri percetakan umum", en: "General printing", sectors: ["packaging_printing"] },
  { code: "27400", id: "Industri peralatan penerangan listrik (termasuk peralatan penerangan bukan listrik)", en: "Lighting equipment", sectors: ["electronics"] },
  { code: "27120", id: "Industri peralatan pengontrol dan pendistribusian listrik", en: "Electricity control and distribution equipment", sectors: ["electronics"] },
  { code: "26120", id: "Industri papan elektronik", en: "Electronic boards", sectors: ["electronics"] },
  { code: "27900", id: "Industri peralatan listrik lainnya", en: "Other electrical equipment", sectors: ["electronics"] },
  { code: "21022", id: "Industri produk obat tradisional", en: "Traditional medicine (jamu)", sectors: ["herbal_cosmetics"] },
  { code: "20232", id: "Industri kosmetik untuk manusia, termasuk pasta gigi", en: "Cosmetics, including toothpaste", sectors: ["herbal_cosmetics"] },
  { code: "20294", id: "Industri minyak atsiri", en: "Essential oils", sectors: ["herbal_cosmetics"] },
];

const byCode = new Map(KBLI.map((k) => [k.code, k]));

export function findKbli(code: string): Kbli | undefined {
  return byCode.get(code);
}

/** Five digits whose first two are a KBLI 2020 division (also the import schema's pattern). */
export const KBLI_CODE = new RegExp(`^(${Object.keys(KBLI_DIVISIONS).sort().join("|")})\\d{3}$`);

/**
 * Whether a code may be a KBLI 2020 code: five digits in one of its divisions. A code of the
 * curated list is one; another is taken on its division alone, since the five-digit list is
 * not in the project (kbli-divisions.ts).
 */
export function isKbliCode(code: string): boolean {
  return KBLI_CODE.test(code);
}

/** A code's title: its own from the curated list, or its division's, said to be one (null when the code is none). */
export function kbliTitle(code: string, locale: "id" | "en"): { title: string; division: boolean } | null {
  const entry = byCode.get(code);
  if (entry) return { title: entry[locale], division: false };
  const division = isKbliCode(code) ? KBLI_DIVISIONS[code.slice(0, 2)] : undefined;
  return division ? { title: division[locale], division: true } : null;
}

export function kbliForSector(sector: Sector): Kbli[] {
  return KBLI.filter((k) => k.sectors.includes(sector));
}
