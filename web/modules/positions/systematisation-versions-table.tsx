import { Anchor, Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Systematisation } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { SystematisationStatusBadge } from './positions-labels';

/** Every version of the act, newest first; the act in force stands out. */
export function SystematisationVersionsTable({ versions }: { versions: Systematisation[] }) {
  const { t } = useTranslation('positions');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="systematisation-versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.number')}</Table.Th>
            <Table.Th scope="col">{t('fields.actDate')}</Table.Th>
            <Table.Th scope="col">{t('fields.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.positions')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.executors')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => {
            const current = v.status === 'adopted';
            return (
              <Table.Tr key={v.id} aria-current={current ? 'true' : undefined}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/systematisations/${v.id}`} fw={current ? 700 : 500}>
                      {t('act.numbered', { number: v.number })}
                    </Anchor>
                    {current ? (
                      <Badge color="green" variant="light" tt="none" radius="sm">
                        {t('list.inForce')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{format.date(v.actDate)}</Table.Td>
                <Table.Td>{format.date(v.validFrom)}</Table.Td>
                <Table.Td>
                  <SystematisationStatusBadge status={v.status} />
                </Table.Td>
                <Table.Td ta="end">{format.number(v.positions)}</Table.Td>
                <Table.Td ta="end">{format.number(v.executors)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
