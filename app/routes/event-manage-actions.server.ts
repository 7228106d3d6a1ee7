// The officer's moves on one event (publish, cancel, decide registrations, invite, add and
// answer meetings, schedule, check in, record), one case per intent. A refusal answers
// through `refused`: its status comes from the model's error.
import { data } from "@remix-run/node";
import { z } from "zod";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { invariantResponse, requireEventManager } from "~/http/guards.server.ts";
import { refused } from "~/http/replies.server.ts";
import { checkIn, recordMeeting } from "~/models/events/event-day.server.ts";
import { answerRequest, publishSchedule, requestMeeting, runScheduler, type ScheduleRun } from "~/models/events/event-meetings.server.ts";
import { decideRegistration, inviteParticipant, managedEvent, setEventStatus } from "~/models/events/event.server.ts";

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  // Cancelling tells every participant and cannot be undone: the officer ticks that they mean it.
  z.object({
    intent: z.literal("cancel"),
    confirm: z.literal("on", { error: "confirm_required" }),
  }),
  z.object({
    intent: z.literal("decide"),
    participantId: z.string().min(1).max(40),
    decision: z.enum(["approved", "rejected"]),
  }),
  z.object({
    intent: z.literal("invite"),
    organisationId: z.string().min(1).max(40),
  }),
  z.object({
    intent: z.literal("add-meeting"),
    buyerId: z.string().min(1).max(40),
    producerId: z.string().min(1).max(40),
  }),
  z.object({
    intent: z.literal("answer"),
    requestId: z.string().min(1).max(40),
    answer: z.enum(["accepted", "declined"]),
  }),
  z.object({
    intent: z.literal("schedule"),
    keepPublished: z.literal("on").optional(),
  }),
  z.object({ intent: z.literal("publish-schedule") }),
  z.object({
    intent: z.literal("check-in"),
    participantId: z.string().min(1).max(40),
  }),
  z.object({
    intent: z.literal("record"),
    meetingId: z.string().min(1).max(40),
    result: z.enum(["held", "missed"]),
    outcome: z.string().trim().max(1000).optional(),
  }),
]);

export type ActionData = {
  ok: boolean;
  message?: string;
  error?: string;
  run?: ScheduleRun;
  published?: number;
};

export async function manageEventAction(request: Request, eventId: string) {
  const viewer = await requireEventManager(request);
  const event = await managedEvent(db(), eventId, viewer.manager);
  invariantResponse(event, "Not found");
  const parsed = ActionSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return refused(parsed.error.issues.some((i) => i.message === "confirm_required") ? "confirm_required" : "invalid", {});
  const input = parsed.data;
  switch (input.intent) {
    case "publish":
    case "cancel": {
      const result = await setEventStatus(db(), eventId, viewer.manager, input.intent === "publish" ? "published" : "cancelled");
      return result?.ok
        ? data<ActionData>({
            ok: true,
            message: input.intent === "publish" ? "published" : "cancelledNotice",
          })
        : refused("invalid_transition", {});
    }
    case "decide":
      return (await decideRegistration(db(), eventId, viewer.manager, input.participantId, input.decision))
        ? data<ActionData>({ ok: true, message: "decided" })
        : refused("conflict", {});
    case "invite": {
      const result = await inviteParticipant(db(), eventId, viewer.manager, input.organisationId);
      if (!result) return refused("not_found", {});
      return result.ok ? data<ActionData>({ ok: true, message: "invited" }) : refused(result.error, {});
    }
    case "add-meeting": {
      const buyer = await db().eventParticipant.findFirst({
        where: { id: input.buyerId, eventId, role: "buyer" },
        select: { organisationId: true },
      });
      if (!buyer) return refused("not_registered", {});
      const result = await requestMeeting(db(), eventId, buyer.organisationId, input.producerId, { officerUserId: viewer.user.id });
      return result.ok ? data<ActionData>({ ok: true, message: "meetingAdded" }) : refused(result.error, {});
    }
    case "answer": {
      const result = await answerRequest(db(), input.requestId, { officer: { ...viewer.manager, userId: viewer.user.id } }, input.answer);
      if (!result.ok && result.error === "not_found") return refused("not_found", {});
      return result.ok ? data<ActionData>({ ok: true, message: "answered" }) : refused(result.error, {});
    }
    case "schedule": {
      const run = await runScheduler(db(), eventId, viewer.manager, input.keepPublished === "on");
      return run ? data<ActionData>({ ok: true, run }) : refused("invalid_transition", {});
    }
    case "check-in":
    {
      const result = await checkIn(db(), eventId, viewer.manager, input.participantId);
      return result?.ok ? data<ActionData>({ ok: true, message: "checkedIn" }) : refused(result?.error ?? "not_found", {});
    }
    case "record":
      return (await recordMeeting(db(), eventId, viewer.manager, input.meetingId, input.result, input.outcome || null))
        ? data<ActionData>({ ok: true, message: "recorded" })
        : refused("not_found", {});
    case "publish-schedule": {
      const published = await publishSchedule(db(), eventId, viewer.manager);
      return published === null ? refused("invalid_transition", {}) : data<ActionData>({ ok: true, published });
    }
  }
}
