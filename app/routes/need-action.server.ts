// The parts of the need pages' actions that the "new" and "edit" routes share.
import { parseWithZod } from "@conform-to/zod/v4";
import { loadRegions } from "~/models/regions.server.ts";
import { NeedFormSchema } from "~/models/needs/need-forms.ts";
import { checkNeedInput } from "~/models/needs/need.server.ts";

/** Parses and checks a need form: the value, or the reply to send back with a 400. */
export async function parseNeedForm(formData: FormData) {
  const submission = parseWithZod(formData, { schema: NeedFormSchema });
  if (submission.status !== "success") return { ok: false as const, reply: submission.reply() };
  const problem = await checkNeedInput(submission.value);
  if (problem) return { ok: false as const, reply: submission.reply({ fieldErrors: { [problem.field]: [problem.error] } }) };
  return { ok: true as const, value: submission.value };
}

/** The provinces and regencies the need form offers. */
export async function regionOptions() {
  const { provinces, regencies } = await loadRegions();
  return { provinces, regencies };
}
