import { describe, expect, it } from 'vitest';
import { type LeadSharingState, sharingActivities } from './lead-sharing.rules.ts';

const lead = (o: Partial<LeadSharingState> = {}): LeadSharingState => ({
  status: 'open',
  shareWithPartners: true,
  shareWithPublic: false,
  visibility: 'network',
  merged: false,
  ...o,
});
const never = { partners: false, public: false, lastStatus: null };
const shared = { partners: true, public: false, lastStatus: 'open' };

describe('sharingActivities', () => {
  it('creates the partner object when a shared lead opens, and nothing before', () => {
    expect(sharingActivities(never, lead()).partners).toBe('Create');
    expect(sharingActivities(never, lead({ status: 'in_triage' })).partners).toBeNull();
    expect(sharingActivities(never, lead({ status: 'draft' })).partners).toBeNull();
  });

  it('never shares a lead restricted to chosen co-ops or not marked for partners', () => {
    expect(sharingActivities(never, lead({ visibility: 'chosen' })).partners).toBeNull();
    expect(sharingActivities(never, lead({ shareWithPartners: false })).partners).toBeNull();
  });

  it('updates partners as the lead moves on, and deletes it when withdrawn or unshared', () => {
    expect(sharingActivities(shared, lead({ status: 'deciding' })).partners).toBe('Update');
    expect(sharingActivities(shared, lead({ status: 'assigned' })).partners).toBe('Update');
    expect(sharingActivities(shared, lead({ status: 'withdrawn' })).partners).toBe('Delete');
    expect(sharingActivities(shared, lead({ shareWithPartners: false })).partners).toBe('Delete');
    expect(sharingActivities(shared, lead({ merged: true, status: 'declined' })).partners).toBe('Delete');
  });

  it('does not open a partner thread for a lead that is already past open', () => {
    expect(sharingActivities(never, lead({ status: 'deciding' })).partners).toBeNull();
  });

  it('posts publicly only while open, and deletes the post afterwards', () => {
    expect(sharingActivities(never, lead({ shareWithPublic: true })).public).toBe('Create');
    const posted = { partners: false, public: true, lastStatus: 'open' };
    expect(sharingActivities(posted, lead({ shareWithPublic: true })).public).toBe('Update');
    expect(sharingActivities(posted, lead({ shareWithPublic: true, status: 'deciding' })).public).toBe(
      'Delete',
    );
    expect(sharingActivities(never, lead({ shareWithPublic: false })).public).toBeNull();
  });
});
