/**
 * Turns lead records into API responses. The one place confidential fields
 * leave the server: the client's contact and a private budget are included
 * only when canSeeClient() says so, for lists and details alike.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../http/context.ts';
import { allowedNext } from './lead.lifecycle.rules.ts';
import { plainExcerpt, renderMarkdown } from './lead.markdown.ts';
import { canEditLead, canSeeClient, leadRoles } from './lead.policy.ts';
import type { LeadRecord, listEvents } from './lead.queries.ts';
import { suggestScope } from './lead.rules.ts';
import type { LeadDetail, LeadEvent, LeadSummary } from './lead.schemas.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentLeadSummary(lead: LeadRecord, actor: Actor): z.infer<typeof LeadSummary> {
  const entitled = canSeeClient(actor, lead);
  const showBudget = lead.currency !== null && (lead.budgetVisibility === 'network' || entitled);
  return {
    id: lead.id,
    title: lead.title,
    excerpt: plainExcerpt(lead.description),
    status: lead.status,
    source: lead.source,
    client: {
      organisation: lead.clientOrganisation,
      contact: entitled
        ? { name: lead.clientContactName, email: lead.clientEmail, phone: lead.clientPhone }
        : null,
    },
    finderCoop: lead.finderCoop,
    profiles: lead.profiles,
    services: lead.services,
    budget: showBudget
      ? {
          min: lead.budgetMin,
          max: lead.budgetMax,
          currency: lead.currency ?? '',
          visibility: lead.budgetVisibility,
        }
      : null,
    mode: lead.mode,
    effortPersonDays: lead.effortPersonDays,
    startDate: lead.startDate,
    interestDeadline: iso(lead.interestDeadline),
    durationWeeks: lead.durationWeeks,
    languages: lead.languages,
    place: lead.place,
    remote: lead.remote,
    scope: lead.scope,
    tags: lead.tags,
    publishedAt: iso(lead.publishedAt),
    createdAt: lead.createdAt.toISOString(),
  };
}

export function presentLeadDetail(lead: LeadRecord, actor: Actor): z.infer<typeof LeadDetail> {
  return {
    ...presentLeadSummary(lead, actor),
    description: lead.description,
    descriptionHtml: renderMarkdown(lead.description),
    scopeChosen: lead.scopeChosen,
    scopeSuggested: suggestScope({
      effortPersonDays: lead.effortPersonDays,
      profiles: lead.profiles.map((p) => ({ technologyId: p.technology.id, count: p.count })),
    }),
    terms: {
      finderFeePercent: lead.finderFeePercent,
      noCutOnOthersWork: lead.noCutOnOthersWork,
      contractTransparency: lead.contractTransparency,
      note: lead.termsNote,
    },
    visibility: {
      audience: lead.visibility,
      coops: lead.visibleCoops,
      partners: lead.shareWithPartners,
      public: lead.shareWithPublic,
    },
    assignedCoops: lead.assignedCoops,
    mergedInto: lead.mergedIntoId,
    updatedAt: lead.updatedAt.toISOString(),
    can: {
      seeClient: canSeeClient(actor, lead),
      edit: canEditLead(actor, lead),
      transitions: allowedNext(lead.status, leadRoles(actor, lead)),
    },
  };
}

export function presentEvent(e: Awaited<ReturnType<typeof listEvents>>[number]): z.infer<typeof LeadEvent> {
  return {
    id: e.id,
    kind: e.kind,
    actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
    from: e.from,
    to: e.to,
    note: e.note,
    fields: e.fields,
    at: e.at.toISOString(),
  };
}
