// Form fields whose reading is the same in every form.
import { z } from "zod";

/** A checkbox: "on" when ticked, absent when not. */
export const checkbox = z.literal("on").optional().transform((v) => v === "on");

/**
 * For a cross-field check (superRefine): run it even when a field failed on its own, so every
 * error shows in one round instead of after a second submit. Such a check then reads each
 * value defensively: a field that failed holds what was sent, not its parsed type. (It never
 * runs on something that is not an object at all.)
 */
export const EVEN_WITH_FIELD_ERRORS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) } as const;

/** A value that parsed as a number (in a check that runs beside field errors). */
export function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A value that parsed as a real date. */
export function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
