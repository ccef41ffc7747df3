import { Badge, Button, Group, NativeSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequiredCompetency } from '../../../contracts/competencies';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';
import { ErrorState } from '../../components/query-states';
import { useCompetencies } from './competencies-queries';
import { kindOrder } from './competency-labels';

const levels = ['1', '2', '3', '4', '5'];
/** A new requirement starts in the middle of the scale. */
const defaultLevel = 3;

/** The municipality's framework (retired entries too, so that old requirements keep their names). */
function useFramework(organisationId: string | null | undefined) {
  const locale = useLocale();
  const list = useCompetencies({ organisationId, includeInactive: true });
  const byId = new Map((list.data?.items ?? []).map((c) => [c.id, c]));
  const name = (id: string) => {
    const c = byId.get(id);
    return c ? packLabel(c, locale) : '—';
  };
  return { list, name };
}

type FieldsProps = {
  organisationId: string | null | undefined;
  value: RequiredCompetency[];
  onChange: (value: RequiredCompetency[]) => void;
};

/** The competencies a job requires, each at a level 1–5, picked from the municipality's framework. */
export function RequiredCompetenciesFields({ organisationId, value, onChange }: FieldsProps) {
  const { t } = useTranslation('competencies');
  const locale = useLocale();
  const { list, name } = useFramework(organisationId);
  const chosen = new Set(value.map((r) => r.competencyId));
  const options = kindOrder
    .map((kind) => ({
      group: t(`kinds.${kind}`),
      items: (list.data?.items ?? [])
        .filter((c) => c.kind === kind && c.active && !chosen.has(c.id))
        .map((c) => ({ value: c.id, label: packLabel(c, locale) })),
    }))
    .filter((g) => g.items.length > 0);
  const setLevel = (id: string, level: number) =>
    onChange(value.map((r) => (r.competencyId === id ? { ...r, level } : r)));

  return (
    <Stack gap="xs" component="section" aria-labelledby="required-competencies">
      <Title order={3} size="h5" id="required-competencies">
        {t('required.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('required.hint')}
      </Text>
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {value.map((r) => (
        <Group key={r.competencyId} gap="xs" wrap="nowrap" data-testid="required-competency">
          <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
            {name(r.competencyId)}
          </Text>
          <NativeSelect
            aria-label={t('required.levelOf', { name: name(r.competencyId) })}
            data={levels.map((l) => ({ value: l, label: t('details.level', { level: l }) }))}
            value={String(r.level)}
            onChange={(e) => setLevel(r.competencyId, Number(e.currentTarget.value))}
            w={120}
          />
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={t('required.removeOf', { name: name(r.competencyId) })}
            onClick={() => onChange(value.filter((x) => x.competencyId !== r.competencyId))}
          >
            {t('dialog.remove')}
          </Button>
        </Group>
      ))}
      <Select
        label={t('required.add')}
        placeholder={list.isPending ? t('required.loading') : t('required.addPlaceholder')}
        data={options}
        value={null}
        searchable
        nothingFoundMessage={t('required.none')}
        onChange={(id) => id && onChange([...value, { competencyId: id, level: defaultLevel }])}
        disabled={options.length === 0}
        data-testid="add-required-competency"
      />
    </Stack>
  );
}

/** The competencies a job requires, as its details show them. */
export function RequiredCompetenciesList({
  organisationId,
  value,
}: {
  organisationId: string;
  value: RequiredCompetency[];
}) {
  const { t } = useTranslation('competencies');
  const { name } = useFramework(organisationId);
  if (value.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('required.empty')}
      </Text>
    );
  return (
    <Table verticalSpacing={4} withRowBorders={false}>
      <Table.Tbody>
        {value.map((r) => (
          <Table.Tr key={r.competencyId}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{name(r.competencyId)}</Table.Td>
            <Table.Td w={110} style={{ verticalAlign: 'top' }}>
              <Badge variant="light" tt="none" radius="sm">
                {t('details.level', { level: r.level })}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
