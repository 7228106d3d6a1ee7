// An API token as a party to quotations: the same side rules as the pages (quotation.server.ts).
import type { ApiActor } from "~/models/accounts/api-token.server.ts";
import type { QuotationActor } from "~/models/quotations/quotation.server.ts";

export function apiQuotationActor(actor: ApiActor): QuotationActor {
  return { userId: actor.actorUserId, role: actor.role, organisationId: actor.organisationId, permissions: [...actor.permissions] };
}
