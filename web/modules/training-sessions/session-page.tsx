import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Session } from '../../../contracts/learning-sessions';
import { canOn } from '../../app/access';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { AttendancePanel } from './attendance-panel';
import { EvaluationPanel } from './evaluation-panel';
import { useProgrammeTitle } from './learning-options';
import { ParticipantsPanel } from './participants-panel';
import { SessionActions } from './session-actions';
import { SessionHeader } from './session-header';
import { useDelivers, useSession } from './sessions-queries';

/** One session: what, when and where; its participants, attendance register and evaluations. */
export function SessionPage() {
  const { t } = useTranslation('training-sessions');
  const { id = '' } = useParams();
  const session = useSession(id);
  const back = { to: '/sessions', label: t('list.title') };
  if (!session.data)
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        {session.isError ? (
          <ErrorState error={session.error} onRetry={() => void session.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return <SessionView session={session.data} back={back} />;
}

type Tab = 'participants' | 'attendance' | 'evaluation';

function SessionView({ session: s, back }: { session: Session; back: { to: string; label: string } }) {
  const { t } = useTranslation('training-sessions');
  const me = useMe();
  const title = useProgrammeTitle();
  const target = { organisationId: s.organiserId, countryCode: s.countryCode };
  const organiser = canOn(me, 'learning.manage', target);
  const delivers = useDelivers(
    s,
    me.memberships.some((m) => m.role === 'trainer'),
  );
  // The programme council of the country gives its evaluation through its national administrators.
  const council = me.memberships.some((m) => m.role === 'national_admin' && m.countryCode === s.countryCode);
  const takesAttendance = (organiser && canOn(me, 'learning.attendance', target)) || delivers;
  const held = s.status === 'scheduled' || s.status === 'completed';
  // Evaluations are given once the session is completed; the summary is the organiser's and trainers'.
  const completed = s.status === 'completed';
  const gives = completed
    ? [...(delivers ? (['trainer'] as const) : []), ...(council ? (['council'] as const) : [])]
    : [];
  const summary = organiser || delivers;
  const tabs: Tab[] = [
    'participants',
    ...(held && takesAttendance ? (['attendance'] as const) : []),
    ...((held && summary) || gives.length > 0 ? (['evaluation'] as const) : []),
  ];
  const [tabParam, setTab] = useUrlParam('tab');
  const tab = tabs.find((x) => x === tabParam) ?? 'participants';

  return (
    <Page
      title={title(s.programmeTitle)}
      back={back}
      actions={<SessionActions session={s} organiser={organiser} />}
    >
      <Stack gap="lg">
        <SessionHeader session={s} />
        <Tabs value={tab} onChange={(v) => setTab(v === 'participants' ? null : v)} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs.map((x) => (
              <Tabs.Tab key={x} value={x} data-testid={`session-tab-${x}`}>
                {t(`tabs.${x}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="participants">
            <ParticipantsPanel session={s} organiser={organiser} />
          </Tabs.Panel>
          {tabs.includes('attendance') ? (
            <Tabs.Panel value="attendance">
              <AttendancePanel session={s} />
            </Tabs.Panel>
          ) : null}
          {tabs.includes('evaluation') ? (
            <Tabs.Panel value="evaluation">
              <EvaluationPanel sessionId={s.id} gives={gives} summary={summary} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      </Stack>
    </Page>
  );
}
