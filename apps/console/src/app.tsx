import { Navigate, Route, Routes } from 'react-router';
import type { UserView } from './api/types';
import { useSession } from './auth/session';
import { AdminPage } from './routes/admin/admin-page';
import { BoardPage } from './routes/board/board-page';
import { BroadcastDeskPage } from './routes/broadcast/broadcast-desk-page';
import { IncidentPage } from './routes/incident/incident-page';
import { MetricsPage } from './routes/metrics/metrics-page';
import { CampaignPage } from './routes/patching/campaign-page';
import { CampaignsPage } from './routes/patching/campaigns-page';
import { FallbackServicesPage } from './routes/patching/fallback-services-page';
import { PlanPage } from './routes/plan/plan-page';
import { QueuePage } from './routes/queue/queue-page';
import { ReportPage } from './routes/report/report-page';
import { ReviewPage } from './routes/review/review-page';
import { ReviewsPage } from './routes/review/reviews-page';
import { SignInPage } from './routes/sign-in/sign-in-page';
import { SignedInPage } from './routes/sign-in/signed-in-page';
import { WarpPage } from './routes/warp/warp-page';
import { Header } from './ui/header';

/** Where each role starts: command roles on the board, an ITU member on his queue. */
export function homeFor(user: UserView): string {
  const r = user.roles;
  if (r.includes('admin') || r.includes('owner') || r.includes('command')) return '/incidents';
  if (r.includes('itu')) return '/queue';
  return '/status-page';
}

export function App() {
  const { session, can } = useSession();
  if (!session)
    return window.location.pathname === '/signed-in' ? <SignedInPage /> : <SignInPage />;
  const commander = can('owner', 'command');
  return (
    <>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to={homeFor(session.user)} replace />} />
          <Route path="/signed-in" element={<Navigate to={homeFor(session.user)} replace />} />
          {commander && <Route path="/incidents" element={<BoardPage />} />}
          <Route path="/incidents/:id" element={<IncidentPage />} />
          {commander && <Route path="/incidents/:id/broadcast" element={<BroadcastDeskPage />} />}
          {commander && <Route path="/incidents/:id/report" element={<ReportPage />} />}
          {commander && <Route path="/incidents/:id/warp" element={<WarpPage />} />}
          {can('owner', 'command', 'itu') && (
            <Route path="/incidents/:id/plan" element={<PlanPage />} />
          )}
          <Route path="/incidents/:id/review" element={<ReviewPage />} />
          {commander && <Route path="/reviews" element={<ReviewsPage />} />}
          {commander && <Route path="/metrics" element={<MetricsPage />} />}
          {can('owner', 'command', 'itu') && <Route path="/patching" element={<CampaignsPage />} />}
          {can('owner', 'command', 'itu') && (
            <Route path="/patching/campaigns/:id" element={<CampaignPage />} />
          )}
          {can('owner', 'command', 'itu') && (
            <Route path="/patching/services" element={<FallbackServicesPage />} />
          )}
          {can('itu') && <Route path="/queue" element={<QueuePage />} />}
          {can('admin') && <Route path="/admin/*" element={<AdminPage />} />}
          <Route path="/status-page" element={<StaffHome />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}

function StaffHome() {
  return (
    <section>
      <h1>Network status</h1>
      <p>
        Staff follow incidents on the <a href="/status">status page</a>, which works on any phone
        without signing in.
      </p>
    </section>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Not here</h1>
      <p>
        This page does not exist or is not for your role. <a href="/">Back to your start page</a>.
      </p>
    </section>
  );
}
