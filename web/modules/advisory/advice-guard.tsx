import type { ReactNode } from 'react';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session-context';

/** The advisory pages are for those who ask (a municipality) and those who answer (the association). */
export function AdviceGuard({ children }: { children: ReactNode }) {
  const { can } = useSession();
  return (
    <RequirePermission permission={can('advice.ask') ? 'advice.ask' : 'advice.answer'}>
      {children}
    </RequirePermission>
  );
}
