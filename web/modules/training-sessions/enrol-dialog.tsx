import { Button, Group, List, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, EnrolmentCreate } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { usePersonNames } from '../people/people-labels';
import { useEmployeeSearch } from './learning-options';
import { EnrolmentStatusBadge } from './session-labels';
import { useRefreshSessions } from './sessions-queries';

type Props = {
  session: Session;
  organisation: { id: string; name: string; nameLatin: string };
  /** Employees already holding or waiting for a seat: not offered again. */
  enrolled: ReadonlySet<string>;
  onClose: () => void;
};

/**
 * The HR officer enrols employees of their municipality: seats go in the order chosen, the rest
 * wait; the answer says who got which.
 */
export function EnrolDialog({ session, organisation, enrolled, onClose }: Props) {
  const { t } = useTranslation('training-sessions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const names = usePersonNames();
  const refresh = useRefreshSessions();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Chosen people keep their names while the search shows others.
  const labels = useRef(new Map<string, string>());
  const employees = useEmployeeSearch(organisation.id, q);
  for (const e of employees.data?.items ?? []) labels.current.set(e.id, names.sorted(e));
  const data = [
    ...chosen.map((id) => ({ value: id, label: labels.current.get(id) ?? id })),
    ...(employees.data?.items ?? [])
      .filter((e) => !chosen.includes(e.id) && !enrolled.has(e.id))
      .map((e) => ({ value: e.id, label: names.sorted(e) })),
  ];
  const enrol = useMutation({
    mutationFn: (body: EnrolmentCreate) => api.post<{ items: Enrolment[] }>('/enrolments', body),
    onSuccess: () => void refresh(),
    onError: (e) => reportError(e),
  });

  const result = enrol.data?.items;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('enrol.title', { reference: session.reference })}
      centered
      size="lg"
    >
      {result ? (
        <Stack>
          <Text size="sm">{t('enrol.done', { count: result.length })}</Text>
          <List spacing="xs" listStyleType="none" data-testid="enrol-result">
            {result.map((e) => (
              <List.Item key={e.id}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {format.name({ name: e.participantName, nameLatin: e.participantNameLatin })}
                  </Text>
                  <EnrolmentStatusBadge status={e.status} />
                  {e.waitlistPosition ? (
                    <Text size="sm" c="dimmed">
                      {t('enrol.position', { position: e.waitlistPosition })}
                    </Text>
                  ) : null}
                  {e.approval === 'pending' ? (
                    <Text size="sm" c="dimmed">
                      {t('enrol.awaitsApproval')}
                    </Text>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="enrol-close">
              {tc('actions.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen.length === 0) setError(t('enrol.required'));
            else enrol.mutate({ sessionId: session.id, employeeIds: chosen });
          }}
        >
          <Stack>
            <Text size="sm">
              {t('enrol.intro', {
                organisation: format.name(organisation),
                free: Math.max(session.capacity - session.confirmed, 0),
              })}
            </Text>
            <MultiSelect
              label={t('enrol.employees')}
              placeholder={chosen.length ? undefined : t('enrol.search')}
              data={data}
              value={chosen}
              onChange={(ids) => {
                setChosen(ids);
                setError(null);
              }}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              nothingFoundMessage={employees.isFetching ? t('form.loading') : t('enrol.nothingFound')}
              maxValues={200}
              error={error}
              required
              data-testid="enrol-employees"
            />
            <DialogActions
              submitLabel={t('enrol.submit', { count: chosen.length })}
              loading={enrol.isPending}
              onCancel={onClose}
              testId="enrol-submit"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
