import { createBrowserRouter } from 'react-router';
import { AcceptInvitationPage } from '../features/accounts/accept-invitation-page.tsx';
import { AccountPage } from '../features/accounts/account-page.tsx';
import { ForgotPasswordPage } from '../features/accounts/forgot-password-page.tsx';
import { ResetPasswordPage } from '../features/accounts/reset-password-page.tsx';
import { SignInPage } from '../features/accounts/sign-in-page.tsx';
import { LedgerPage } from '../features/allocation/ledger-page.tsx';
import { PolicyPage } from '../features/allocation/policy-page.tsx';
import { CallNewPage } from '../features/consortia/call-new-page.tsx';
import { CallPage } from '../features/consortia/call-page.tsx';
import { CallsPage } from '../features/consortia/calls-page.tsx';
import { TendersPage } from '../features/consortia/tenders-page.tsx';
import { CoopEditPage } from '../features/coops/coop-edit-page.tsx';
import { CoopPage } from '../features/coops/coop-page.tsx';
import { DecisionPage } from '../features/decisions/decision-page.tsx';
import { DecisionsPage } from '../features/decisions/decisions-page.tsx';
import { LeadDecidePage } from '../features/decisions/lead-decide-page.tsx';
import { DirectoryPage } from '../features/directory/directory-page.tsx';
import { BringYourProjectPage } from '../features/leads/bring-your-project-page.tsx';
import { LeadEditPage, LeadNewPage } from '../features/leads/lead-form-page.tsx';
import { LeadPage } from '../features/leads/lead-page.tsx';
import { LeadsPage } from '../features/leads/leads-page.tsx';
import { TriagePage } from '../features/leads/triage-page.tsx';
import { NotificationsPage } from '../features/notifications/notifications-page.tsx';
import { PartnerLeadPage } from '../features/partnerships/partner-lead-page.tsx';
import { PartnerLeadsPage } from '../features/partnerships/partner-leads-page.tsx';
import { PartnersPage } from '../features/partnerships/partners-page.tsx';
import { MyAvailabilityPage } from '../features/people/my-availability-page.tsx';
import { PeoplePage } from '../features/people/people-page.tsx';
import { PersonEditPage } from '../features/people/person-edit-page.tsx';
import { TeamBuilderPage } from '../features/teams/team-builder-page.tsx';
import { TeamPage } from '../features/teams/team-page.tsx';
import { EventsPage } from '../features/trust/events-page.tsx';
import { ForumCategoryPage, ForumPage, ForumThreadPage } from '../features/trust/forum-pages.tsx';
import { RetrospectivesPage } from '../features/trust/retrospectives-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';

export const router = createBrowserRouter([
  {
    Component: Layout,
    children: [
      {
        // Inside the layout, so a failing page keeps the header and navigation.
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: DirectoryPage },
          { path: 'coops/:slug', Component: CoopPage },
          { path: 'coops/:slug/edit', Component: CoopEditPage },
          { path: 'coops/:slug/people', Component: PeoplePage },
          { path: 'coops/:slug/people/new', Component: PersonEditPage },
          { path: 'people/:id/edit', Component: PersonEditPage },
          { path: 'availability', Component: MyAvailabilityPage },
          { path: 'account', Component: AccountPage },
          { path: 'leads', Component: LeadsPage },
          { path: 'leads/new', Component: LeadNewPage },
          { path: 'leads/triage', Component: TriagePage },
          { path: 'leads/:id', Component: LeadPage },
          { path: 'leads/:id/edit', Component: LeadEditPage },
          { path: 'leads/:id/decide', Component: LeadDecidePage },
          { path: 'leads/:id/team', Component: TeamBuilderPage },
          { path: 'decisions', Component: DecisionsPage },
          { path: 'decisions/:id', Component: DecisionPage },
          { path: 'network/policy', Component: PolicyPage },
          { path: 'network/ledger', Component: LedgerPage },
          { path: 'network/partners', Component: PartnersPage },
          { path: 'partner-leads', Component: PartnerLeadsPage },
          { path: 'partner-leads/:id', Component: PartnerLeadPage },
          { path: 'teams/:id', Component: TeamPage },
          { path: 'calls', Component: CallsPage },
          { path: 'calls/new', Component: CallNewPage },
          { path: 'calls/:id', Component: CallPage },
          { path: 'tenders', Component: TendersPage },
          { path: 'notifications', Component: NotificationsPage },
          { path: 'bring-your-project', Component: BringYourProjectPage },
          // The graph (sigma) and the charts (ECharts) are large: loaded when first opened.
          {
            path: 'network',
            lazy: () =>
              import('../features/trust/network-page.tsx').then((m) => ({ Component: m.NetworkPage })),
          },
          {
            path: 'fairness',
            lazy: () =>
              import('../features/trust/dashboard-page.tsx').then((m) => ({ Component: m.DashboardPage })),
          },
          { path: 'retrospectives', Component: RetrospectivesPage },
          { path: 'events', Component: EventsPage },
          { path: 'forum', Component: ForumPage },
          { path: 'forum/threads/:id', Component: ForumThreadPage },
          { path: 'forum/:slug', Component: ForumCategoryPage },
          { path: 'sign-in', Component: SignInPage },
          { path: 'forgot-password', Component: ForgotPasswordPage },
          { path: 'reset-password', Component: ResetPasswordPage },
          { path: 'invitations/:token', Component: AcceptInvitationPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
