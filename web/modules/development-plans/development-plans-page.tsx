import { Anchor, Button, Group, NumberInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { CreatePlanDialog } from './create-plan-dialog';
import { PlanStatusBadge } from './plan-status-badge';
import { useDevelopmentPlans } from './plans-queries';

/** The plans the reader may see: HR the municipality's, a manager their unit's, an employee their own. */
export function DevelopmentPlansPage() {
  const { t } = useTranslation('development-plans');
  const locale = useLocale();
  const { can, me } = useSession();
  const [year, setYear] = useState<number | null>(null);
  const plans = useDevelopmentPlans({ year });
  const [creating, setCreating] = useState(false);
  const home = me?.memberships.find((m) => m.orgKind !== 'national_body')?.organisationId ?? null;
  const latin = usesLatinNames(locale);
  const items = plans.data?.items ?? [];
  return (
    <Page title={t('list.title')}>
      <Text c="dimmed" size="sm" maw={800} mt={-12}>
        {t('list.intro')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('fields.year')}
          value={year ?? ''}
          onChange={(v) => setYear(typeof v === 'number' ? v : null)}
          min={2000}
          max={2100}
          w={120}
        />
        {can('learning.approve') ? (
          <Button onClick={() => setCreating(true)} data-testid="new-plan">
            {t('list.create')}
          </Button>
        ) : null}
      </Group>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : items.length === 0 ? (
        <EmptyNotice title={t('list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.employee')}</Table.Th>
                <Table.Th>{t('fields.year')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/development-plans/${p.id}`}>
                      {latin ? p.employeeNameLatin : p.employeeName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={p.progress * 100} w={120} aria-label={t('fields.progress')} />
                      <Text size="sm">{Math.round(p.progress * 100)} %</Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack>
        <CreatePlanDialog organisationId={home} opened={creating} onClose={() => setCreating(false)} />
      </Stack>
    </Page>
  );
}
