import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../contracts/access';
import { Page } from '../components/page';
import { EmptyNotice } from '../components/query-states';
import { AppLayout } from './app-shell';
import { useSession } from './session-context';

/** The signed-in part of the app; anonymous visitors go to the login page and come back after. */
export function RequireAuth() {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.user.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <AppLayout />;
}

/** A page that needs a permission: without it, an explanation instead of a broken page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  const { t } = useTranslation();
  if (!can(permission)) {
    return (
      <Page title={t('states.forbiddenTitle')}>
        <EmptyNotice description={t('states.forbidden')} />
      </Page>
    );
  }
  return children;
}

/** Only a same-site path is a safe place to return to after login. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
