// Indonesia's provinces and regencies from idn-area-data (official dotted codes), loaded
// once per process. Names arrive upper case; we show them in title case.
import { getProvinces, getRegencies } from "idn-area-data";

export interface Province {
  code: string; // "35"
  name: string; // "Jawa Timur"
}
export interface Regency {
  code: string; // "35.07"
  provinceCode: string;
  name: string; // "Kabupaten Malang"
}
export interface Regions {
  provinces: Province[];
  regencies: Regency[];
  province(code: string): Province | undefined;
  regency(code: string): Regency | undefined;
  regenciesOf(provinceCode: string): Regency[];
  /** The name of any province or regency code, or the code itself when unknown. */
  nameOf(code: string): string;
}

const ACRONYMS = new Set(["DKI", "DI", "NTB", "NTT"]);

export function titleCase(upper: string): string {
  return upper
    .split(/\s+/)
    .map((word) => (ACRONYMS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(" ");
}

let loading: Promise<Regions> | undefined;

export function loadRegions(): Promise<Regions> {
  loading ??= (async () => {
    const [rawProvinces, rawRegencies] = await Promise.all([
      getProvinces(),
      getRegencies({ transform: true }),
    ]);
    const provinces = rawProvinces.map((p) => ({ code: p.code, name: titleCase(p.name) }));
    const regencies = rawRegencies.map((r) => ({
      code: r.code,
      provinceCode: r.provinceCode,
      name: titleCase(r.name),
    }));
    const byCode = new Map<string, Province | Regency>();
    for (const area of [...provinces, ...regencies]) byCode.set(area.code, area);
    return {
      provinces,
      regencies,
      province: (code) => provinces.find((p) => p.code === code),
      regency: (code) => regencies.find((r) => r.code === code),
      regenciesOf: (provinceCode) => regencies.filter((r) => r.provinceCode === provinceCode),
      nameOf: (code) => byCode.get(code)?.name ?? code,
    };
  })();
  return loading;
}

export type RegionError = { field: "provinceCode" | "regencyCode"; error: "region_unknown" };

/** Which of the two codes names no real region (the schemas check only their shape). */
export async function unknownRegion(provinceCode: string, regencyCode?: string): Promise<RegionError | null> {
  const regions = await loadRegions();
  if (!regions.province(provinceCode)) return { field: "provinceCode", error: "region_unknown" };
  if (regencyCode && !regions.regency(regencyCode)) return { field: "regencyCode", error: "region_unknown" };
  return null;
}
