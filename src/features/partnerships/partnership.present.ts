/** Rows → responses for partnerships, partner leads, interests and blocks. */
import type {
  blockedInstances,
  partnerLeadInterests,
  partnerships,
  remoteInterests,
  remoteLeads,
} from '../../db/schema/federation.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentPartnership(p: typeof partnerships.$inferSelect) {
  return {
    id: p.id,
    remoteActorId: p.remoteActorId,
    remoteHandle: p.remoteHandle,
    remoteName: p.remoteName,
    remoteHost: p.remoteHost,
    direction: p.direction,
    status: p.status,
    note: p.note,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    acceptedAt: iso(p.acceptedAt),
    endedAt: iso(p.endedAt),
  };
}

export function presentPartnerLead(
  l: typeof remoteLeads.$inferSelect,
  ours: Array<{ id: string; slug: string; name: string; status: string }>,
) {
  return {
    id: l.id,
    objectId: l.objectId,
    originNetwork: { actorId: l.originActorId, name: l.originName },
    title: l.title,
    summary: l.summary,
    url: l.url,
    status: l.status,
    details: l.payload,
    assignedTo: l.assignedTo,
    publishedAt: iso(l.publishedAt),
    receivedAt: l.receivedAt.toISOString(),
    ourInterests: ours.map((o) => ({ id: o.id, coop: { slug: o.slug, name: o.name }, status: o.status })),
  };
}

export function presentPartnerInterest(
  i: typeof partnerLeadInterests.$inferSelect,
  coop: { slug: string; name: string },
) {
  return {
    id: i.id,
    partnerLeadId: i.remoteLeadId,
    coop,
    status: i.status,
    activityId: i.activityId,
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentRemoteInterest(i: typeof remoteInterests.$inferSelect) {
  return {
    id: i.id,
    leadId: i.leadId,
    coop: { actorId: i.coopActorId, name: i.coopName },
    network: { actorId: i.networkActorId },
    availableFrom: i.availableFrom,
    hoursPerWeek: i.hoursPerWeek,
    capacityPersonDays: i.capacityPersonDays,
    need: i.need,
    needNote: i.needNote,
    fit: i.fit,
    role: i.role,
    status: i.status,
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentBlocked(b: typeof blockedInstances.$inferSelect) {
  return { host: b.host, reason: b.reason, createdAt: b.createdAt.toISOString() };
}
