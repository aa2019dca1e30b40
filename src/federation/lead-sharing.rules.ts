/**
 * Which activity a lead change calls for, decided from what partners and the
 * public last heard and what the lead is now. Pure: no I/O.
 *
 * Partners hear of a lead from the moment it opens with "share with partner
 * networks" on, while it is visible to the whole network; they hear its
 * edits and its progress (deciding, assigned — with the chosen co-ops —
 * delivered), and a Delete when it is withdrawn, declined, lost, merged or
 * unshared. The public feed carries only open leads marked public.
 */
export type SharingActivity = 'Create' | 'Update' | 'Delete' | null;

export interface LeadSharingState {
  status: string;
  shareWithPartners: boolean;
  shareWithPublic: boolean;
  visibility: 'network' | 'chosen';
  merged: boolean;
}

export interface LastHeard {
  partners: boolean;
  public: boolean;
  lastStatus: string | null;
}

const GONE = new Set(['draft', 'in_triage', 'withdrawn', 'declined', 'lost']);

export function partnersMaySee(l: LeadSharingState): boolean {
  return l.shareWithPartners && l.visibility === 'network' && !l.merged && !GONE.has(l.status);
}

export function publicMaySee(l: LeadSharingState): boolean {
  return l.shareWithPublic && l.visibility === 'network' && !l.merged && l.status === 'open';
}

export function sharingActivities(
  last: LastHeard,
  lead: LeadSharingState,
): { partners: SharingActivity; public: SharingActivity } {
  const partnersNow = partnersMaySee(lead);
  const publicNow = publicMaySee(lead);
  const partners: SharingActivity = last.partners
    ? partnersNow
      ? 'Update'
      : 'Delete'
    : partnersNow && lead.status === 'open'
      ? 'Create'
      : null;
  const pub: SharingActivity = last.public ? (publicNow ? 'Update' : 'Delete') : publicNow ? 'Create' : null;
  return { partners, public: pub };
}

/** Statuses at which the outcome for remote interests is settled and told back. */
export const DECIDED = new Set(['assigned', 'in_progress', 'delivered', 'withdrawn', 'declined', 'lost']);
