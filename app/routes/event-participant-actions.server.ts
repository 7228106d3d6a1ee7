// The actions of a participant's seat at a temu bisnis (app/routes/events.$eventId.tsx):
// register, say when it is free, ask to meet and answer what it was asked.
import { data } from "@remix-run/node";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { invariantResponse, requireViewer } from "~/http/guards.server.ts";
import { refused } from "~/http/replies.server.ts";
import { answerRequest, requestMeeting } from "~/models/events/event-meetings.server.ts";
import { register, setAvailability } from "~/models/events/event.server.ts";

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("register") }),
  z.object({ intent: z.literal("request"), toId: z.string().min(1).max(40), note: z.string().trim().max(300).optional() }),
  z.object({ intent: z.literal("answer"), requestId: z.string().min(1).max(40), answer: z.enum(["accepted", "declined", "withdrawn"]) }),
]);

export type ActionData = { ok: boolean; message?: string; error?: string };

/** A participant's business at an event: one named function per intent, each answering through refused. */
export async function participantEventAction(request: Request, eventId: string) {
  const viewer = await requireViewer(request);
  const role = viewer.role;
  if (!viewer.acting || (role !== "buyer" && role !== "producer")) return data<ActionData>({ ok: false, error: "onlyBuyersProducers" }, { status: 403 });
  const participant = { id: viewer.acting.organisationId, role };
  const form = await readForm(request);
  if (form.get("intent") === "availability") return saveAvailability(eventId, participant.id, form);
  const parsed = ActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return refused("invalid", {});
  const input = parsed.data;
  switch (input.intent) {
    case "register":
      return registerFor(eventId, participant);
    case "request":
      return askForMeeting(eventId, participant.id, input.toId, input.note ?? null);
    case "answer":
      return answerMeetingRequest(participant.id, input.requestId, input.answer);
  }
}

async function saveAvailability(eventId: string, organisationId: string, form: FormData) {
  const chosen = form.getAll("slot").map((v) => Number(v));
  if (chosen.some((n) => !Number.isInteger(n))) return refused("slots_invalid", {});
  const result = await setAvailability(db(), eventId, organisationId, chosen);
  return result.ok ? data<ActionData>({ ok: true, message: "availabilitySaved" }) : refused(result.error, {});
}

async function registerFor(eventId: string, participant: { id: string; role: "buyer" | "producer" }) {
  const result = await register(db(), eventId, participant);
  invariantResponse(result, "Not found");
  return result.ok ? data<ActionData>({ ok: true, message: "registered" }) : refused(result.error, {});
}

async function askForMeeting(eventId: string, organisationId: string, toId: string, note: string | null) {
  const result = await requestMeeting(db(), eventId, organisationId, toId, { note });
  return result.ok ? data<ActionData>({ ok: true, message: "requestSent" }) : refused(result.error, {});
}

async function answerMeetingRequest(organisationId: string, requestId: string, answer: "accepted" | "declined" | "withdrawn") {
  const result = await answerRequest(db(), requestId, { organisationId }, answer);
  return result.ok ? data<ActionData>({ ok: true, message: "answered" }) : refused(result.error, {});
}
