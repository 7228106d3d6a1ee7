// The zod schemas of the API token page (conform on the page, the same schema in the action).
// Messages are translation keys in the "errors" namespace.
import { z } from "zod";

export const ApiTokenFormSchema = z.object({
  name: z.string({ error: "required" }).trim().min(3, "too_short").max(60, "too_long"),
});

export const ApiTokenActionSchema = z.discriminatedUnion("intent", [
  ApiTokenFormSchema.extend({ intent: z.literal("create") }),
  z.object({ intent: z.literal("revoke"), tokenId: z.string().min(1).max(40) }),
]);
