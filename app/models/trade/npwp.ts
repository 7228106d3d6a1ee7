// Indonesian taxpayer numbers (NPWP) and business-location numbers (NITKU): parse what a
// user typed into digits, and print them back for display. Pure: imports nothing.
//
// Formats:
// - 16 digits: the format every tax administration service must use since 1 July 2024
//   (PMK 112/PMK.03/2022 art. 11 as amended by PMK 136/2023, which moved the date from
//   1 January 2024). Resident individuals use their NIK; other taxpayers use 16 digits.
// - 15 digits: the old format, "99.999.999.9-999.999". PMK 112/PMK.03/2022 turns it into
//   the 16-digit one by putting a 0 in front (see toNpwp16). Old documents, and buyers
//   copying from them, still carry it, so it is accepted and shown as such.
// - NITKU, 22 digits: the 16-digit NPWP of the head office followed by a 6-digit place
//   number, 000000 for the head office and 000001 onward for branches (PER-6/PJ/2024;
//   introduced by PMK 112/PMK.03/2022). It replaced the branch NPWP.
//
// No check digit is published for any of these, so none is checked: a number of the right
// length is accepted, and only the tax office (or Coretax) can say whether it exists.

export type NpwpResult =
  | { ok: true; npwp: string; format: "16" | "15" }
  | { ok: false; error: "npwp_length" | "npwp_digits" };

export type NitkuResult =
  | { ok: true; nitku: string; npwp: string; place: string }
  | { ok: false; error: "nitku_length" | "nitku_digits" };

// What people type between the digits: the printed card uses dots and a dash, and spaces
// come from copying 16-digit numbers grouped by four.
const SEPARATORS = /[.\-\s]/g;

function stripSeparators(input: string): string {
  return input.replace(SEPARATORS, "");
}

export function parseNpwp(input: string): NpwpResult {
  const digits = stripSeparators(input);
  // A letter or a slash is a different mistake from a missing digit: say which.
  if (!/^\d*$/.test(digits)) return { ok: false, error: "npwp_digits" };
  if (digits.length === 16) return { ok: true, npwp: digits, format: "16" };
  if (digits.length === 15) return { ok: true, npwp: digits, format: "15" };
  return { ok: false, error: "npwp_length" };
}

// The 16-digit form of a 15-digit NPWP: a leading 0 (PMK 112/PMK.03/2022). 16 digits are
// returned as they are. Only for non-individual taxpayers is this the whole story: an
// individual's 16-digit NPWP is the NIK, which cannot be derived from the old number.
export function toNpwp16(digits: string): string {
  return digits.length === 15 ? `0${digits}` : digits;
}

// For display. 15 digits as on the old card (99.999.999.9-999.999); 16 digits in groups of
// four, as the number has no official punctuation and groups are easier to read back.
// Anything that is not an NPWP is returned unchanged: a display helper should not throw.
export function formatNpwp(input: string): string {
  const parsed = parseNpwp(input);
  if (!parsed.ok) return input;
  const d = parsed.npwp;
  if (parsed.format === "15") {
    return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
  }
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12, 16)}`;
}

export function parseNitku(input: string): NitkuResult {
  const digits = stripSeparators(input);
  if (!/^\d*$/.test(digits)) return { ok: false, error: "nitku_digits" };
  if (digits.length !== 22) return { ok: false, error: "nitku_length" };
  return { ok: true, nitku: digits, npwp: digits.slice(0, 16), place: digits.slice(16) };
}

// The NITKU of a taxpayer's head office: its 16-digit NPWP and 000000 (PER-6/PJ/2024).
export function headOfficeNitku(npwp16: string): string {
  return `${npwp16}000000`;
}
