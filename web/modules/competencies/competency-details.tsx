import { Button, Group, List, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../contracts/competencies';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';

/** What a competency looks like in practice: indicators for each group it applies to, and its levels. */
export function CompetencyDetails({
  competency: c,
  onEdit,
}: {
  competency: Competency;
  onEdit?: () => void;
}) {
  const { t } = useTranslation('competencies');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const levels = [...c.levels].sort((a, b) => a.level - b.level);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('details.indicators')}
        </Title>
        <Tabs defaultValue={c.groups[0]} variant="pills">
          <Tabs.List>
            {c.groups.map((g) => (
              <Tabs.Tab key={g} value={g}>
                {t(`groups.${g}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {c.groups.map((g) => {
            const indicators = c.indicators.filter((i) => i.group === g);
            return (
              <Tabs.Panel key={g} value={g} pt="xs">
                {indicators.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('details.noIndicators')}
                  </Text>
                ) : (
                  <List size="sm" spacing={4}>
                    {indicators.map((i) => (
                      <List.Item key={i.name}>{packLabel(i, locale)}</List.Item>
                    ))}
                  </List>
                )}
              </Tabs.Panel>
            );
          })}
        </Tabs>
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('details.levels')}
        </Title>
        {levels.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('details.noLevels')}
          </Text>
        ) : (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Tbody>
              {levels.map((l) => (
                <Table.Tr key={l.level}>
                  <Table.Th scope="row" w={90} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                    {t('details.level', { level: l.level })}
                  </Table.Th>
                  <Table.Td>{packLabel(l, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {onEdit ? (
        <Group>
          <Button variant="default" size="xs" onClick={onEdit} data-testid="edit-competency">
            {tc('actions.edit')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
