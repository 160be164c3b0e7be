import { useEffect, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { LoadingState } from '@/components';
import { AreasRoute } from '@/features/areas';
import { AuditEventsRoute } from '@/features/audit';
import { BenefitProgramRoute, BenefitsListRoute, householdBenefitsTab, TrainingRoute } from '@/features/benefits';
import {
  HouseholdDetailRoute,
  HouseholdEditRoute,
  HouseholdRegisterRoute,
  HouseholdsListRoute,
} from '@/features/households';
import { canExport, ExportsRoute, ImportsRoute } from '@/features/imports';
import { MeRoute } from '@/features/me';
import { MonitoringDashboardRoute, MonitoringPeriodRoute, MonitoringSubmissionRoute } from '@/features/monitoring';
import { CommuneReviewRoute, ReviewBoardRoute, ReviewCaseRoute } from '@/features/review';
import { SelfCheckRoute } from '@/features/self-check';
import { paths } from '@/lib/paths';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RequireAuth } from './routes/require-auth';
import { RouteError } from './routes/route-error';
import { Shell } from './shell';

const relative = (pattern: string) => pattern.replace(/^\//, '');

/** Tabs other features add to the household page. */
export const householdTabs = [householdBenefitsTab];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: relative(paths.households.pattern),
        element: (
          <RequireAuth permission={paths.households.permission}>
            <HouseholdsListRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.householdNew.pattern),
        element: (
          <RequireAuth permission={paths.householdNew.permission}>
            <HouseholdRegisterRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.household.pattern),
        element: (
          <RequireAuth permission={paths.household.permission}>
            <HouseholdDetailRoute tabs={householdTabs} />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.householdEdit.pattern),
        element: (
          <RequireAuth permission={paths.householdEdit.permission}>
            <HouseholdEditRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.areas.pattern),
        element: (
          <RequireAuth>
            <AreasRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.audit.pattern),
        element: (
          <RequireAuth permission={paths.audit.permission}>
            <AuditEventsRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.imports.pattern),
        element: (
          <RequireAuth permission={paths.imports.permission}>
            <ImportsRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.exports.pattern),
        element: (
          <RequireAuth allow={canExport}>
            <ExportsRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.review.pattern),
        element: (
          <RequireAuth permission={paths.review.permission}>
            <ReviewBoardRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.communeReview.pattern),
        element: (
          <RequireAuth permission={paths.communeReview.permission}>
            <CommuneReviewRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.reviewCase.pattern),
        element: (
          <RequireAuth permission={paths.reviewCase.permission}>
            <ReviewCaseRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.benefits.pattern),
        element: (
          <RequireAuth permission={paths.benefits.permission}>
            <BenefitsListRoute />
            </RequireAuth>
          ),
        },
        {
        path: relative(paths.monitoring.pattern),
        element: (
          <RequireAuth>
            <MonitoringDashboardRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.training.pattern),
        element: (
          <RequireAuth permission={paths.training.permission}>
            <TrainingRoute />
            </RequireAuth>
          ),
        },
        {
        path: relative(paths.monitoringPeriod.pattern),
        element: (
          <RequireAuth>
            <MonitoringPeriodRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.benefitProgram.pattern),
        element: (
          <RequireAuth permission={paths.benefitProgram.permission}>
            <BenefitProgramRoute />
            </RequireAuth>
          ),
        },
        {
        path: relative(paths.monitoringSubmission.pattern),
        element: (
          <RequireAuth>
            <MonitoringSubmissionRoute />
          </RequireAuth>
        ),
      },
      {
        path: relative(paths.me.pattern),
        element: (
          <RequireAuth>
            <MeRoute />
          </RequireAuth>
        ),
      },
      // Public: no RequireAuth, so nobody is sent to the login page here.
      { path: relative(paths.selfCheck.pattern), element: <SelfCheckRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

function RouterHost() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

/** The router is made once the login callback (if any) has cleaned the URL. */
export function AppRouter() {
  const auth = useAuth();
  const [ready, setReady] = useState(!auth.isLoading);
  useEffect(() => {
    if (!auth.isLoading) setReady(true);
  }, [auth.isLoading]);
  if (!ready) return <LoadingState />;
  return <RouterHost />;
}
