// Form fields whose reading is the same in every form.
import { z } from "zod";

/** A checkbox: "on" when ticked, absent when not. */
export const checkbox = z.literal("on").optional().transform((v) => v === "on");
