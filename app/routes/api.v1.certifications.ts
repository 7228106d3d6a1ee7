// GET /api/v1/certifications: the producer's own certificates. POST: a new one through the
// certification form's schema, without a document (the web form asks for one); like every
// producer's own entry it stays pending until a dinas office checks it.
import { db } from "~/db.server.ts";
import { certificationJson, PageQuerySchema, toInput } from "~/api/resources.ts";
import { endpoint, found, invalid, issue, json, parse, parseQuery, producerOf, readBody, slicePage } from "~/api/endpoint.server.ts";
import { CertificationFormSchema } from "~/models/certifications/certification-forms.ts";
import { createCertification, listOwnCertifications } from "~/models/certifications/certification.server.ts";

const route = endpoint({
  GET: async ({ actor, url }) => {
    const producerId = producerOf(actor);
    const { page = 1 } = parseQuery(url, PageQuerySchema);
    return slicePage((await listOwnCertifications(db(), producerId)).map(certificationJson), page);
  },
  POST: async ({ actor, request }) => {
    const producerId = producerOf(actor);
    const input = parse(CertificationFormSchema, toInput(await readBody(request), ["validFrom", "validUntil"]));
    const result = await createCertification(db(), producerId, input, null, actor.actorUserId);
    if (!result.ok) throw invalid([issue(result.field, result.error)]);
    const certification = found((await listOwnCertifications(db(), producerId)).find((c) => c.id === result.id));
    return json(certificationJson(certification), 201);
  },
});
export { route as loader, route as action };
