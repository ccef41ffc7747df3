import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingRequest } from '../../../contracts/training-requests';
import { useFormat } from '../../app/format';
import type { usePagedList } from '../../app/queries';
import { PagedTable } from '../../components/paged-table';
import { useProgramme, useProgrammeTitle } from './learning-options';
import { RequestStatusBadge } from './session-labels';

export type RequestAction = 'withdraw' | 'accept' | 'decline' | 'schedule';

type Props = {
  list: ReturnType<typeof usePagedList<TrainingRequest>>;
  /** Who the other side is: the body asked, or the municipality asking. */
  side: 'sent' | 'incoming';
  filtered: boolean;
  onAction: (action: RequestAction, request: TrainingRequest) => void;
};

const open = new Set(['submitted', 'accepted']);

/** The actions each side has while a request is open. */
function actionsOf(side: Props['side'], r: TrainingRequest): RequestAction[] {
  if (!open.has(r.status)) return [];
  if (side === 'sent') return ['withdraw'];
  // A request is accepted before it is scheduled; it may be declined until then.
  return r.status === 'submitted' ? ['accept', 'decline'] : ['schedule', 'decline'];
}

/** Requests for trainings, newest first, with the answer and, once scheduled, the session. */
export function RequestsTable({ list, side, filtered, onAction }: Props) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const columns = [
    'created',
    side === 'sent' ? 'body' : 'municipality',
    'topic',
    'preferred',
    'participants',
    'status',
  ];
  return (
    <PagedTable
      list={list}
      filtered={filtered}
      empty={
        side === 'sent'
          ? { title: t('requests.emptySent'), description: t('requests.emptySentHint') }
          : { title: t('requests.emptyIncoming'), description: t('requests.emptyIncomingHint') }
      }
      minWidth={1000}
      head={[
        ...columns.map((c) => (
          <Table.Th key={c} scope="col">
            {t(`requests.columns.${c}`)}
          </Table.Th>
        )),
        <Table.Th key="actions" scope="col">
          {t('requests.columns.actions')}
        </Table.Th>,
      ]}
    >
      {(r) => {
        const other =
          side === 'sent'
            ? format.name({ name: r.bodyName, nameLatin: r.bodyNameLatin })
            : format.name({ name: r.organisationName, nameLatin: r.organisationNameLatin });
        return (
          <Table.Tr key={r.id} data-testid="request-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.createdAt)}</Table.Td>
            <Table.Td>{other}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {r.topic}
              </Text>
              {r.programmeId ? <ProgrammeName id={r.programmeId} /> : null}
              {r.note ? (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.note}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {`${format.date(r.preferredFrom)} – ${format.date(r.preferredTo)}`}
            </Table.Td>
            <Table.Td ta="right">{format.number(r.participants)}</Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <RequestStatusBadge status={r.status} />
                {r.answer ? (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.answer}
                  </Text>
                ) : null}
                {r.sessionId ? (
                  <Anchor
                    component={Link}
                    to={`/sessions/${r.sessionId}`}
                    size="sm"
                    data-testid="request-session"
                  >
                    {t('requests.openSession')}
                  </Anchor>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {actionsOf(side, r).map((action) => (
                  <Button
                    key={action}
                    size="compact-sm"
                    variant={action === 'schedule' ? 'light' : 'subtle'}
                    color={action === 'decline' || action === 'withdraw' ? 'red.8' : undefined}
                    onClick={() => onAction(action, r)}
                    aria-label={t(`requests.actionFor.${action}`, { topic: r.topic, organisation: other })}
                    data-testid={`request-${action}`}
                  >
                    {t(`requests.actions.${action}`)}
                  </Button>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      }}
    </PagedTable>
  );
}

function ProgrammeName({ id }: { id: string }) {
  const programme = useProgramme(id);
  const title = useProgrammeTitle();
  if (!programme.data) return null;
  return (
    <Text size="xs" c="dimmed">
      {`${programme.data.code} · ${title(programme.data.title)}`}
    </Text>
  );
}
