import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HrPlanDetail, HrPlanFigures, HrPlanLine, HrPlanLineUpdate } from '../../../contracts/hr-plans';
import type { PeoplePack } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { usePackLabels } from '../positions/positions-labels';
import { useSaveLines } from './hr-plans-queries';

const staffColumns = ['positions', 'currentPermanent', 'currentFixedTerm'] as const;
const plannedColumns = ['plannedPermanent', 'plannedFixedTerm', 'plannedTrainees'] as const;
const figureColumns = [...staffColumns, ...plannedColumns] as const;

type Edits = Record<string, HrPlanLineUpdate>;

const merged = (line: HrPlanLine, edits: Edits): HrPlanLine => ({ ...line, ...edits[line.id] });

function totalsOf(lines: HrPlanLine[]): HrPlanFigures {
  const total = Object.fromEntries(figureColumns.map((c) => [c, 0])) as HrPlanFigures;
  for (const l of lines) for (const c of figureColumns) total[c] += l[c];
  return total;
}

type Props = { plan: HrPlanDetail; pack: PeoplePack | null; editable: boolean };

/** The lines of a plan by title; a draft's planned hires and notes are edited in place. */
export function HrPlanLinesTable({ plan, pack, editable }: Props) {
  const { t } = useTranslation('hr-plans');
  const format = useFormat();
  const labels = usePackLabels(pack);
  const [edits, setEdits] = useState<Edits>({});
  const save = useSaveLines(plan.id, () => notifySuccess(t('plan.saved')));
  const lines = plan.lines.map((l) => merged(l, edits));
  const totals = totalsOf(lines);
  const changed = Object.keys(edits);

  const edit = (lineId: string, patch: HrPlanLineUpdate) =>
    setEdits((all) => ({ ...all, [lineId]: { ...all[lineId], ...patch } }));
  // Lines sent are cleared; a line first changed while saving stays marked.
  const saveChanged = () =>
    save.mutate(
      changed.map((lineId) => ({ lineId, patch: edits[lineId] ?? {} })),
      {
        onSuccess: () =>
          setEdits((all) => Object.fromEntries(Object.entries(all).filter(([id]) => !changed.includes(id)))),
      },
    );

  if (plan.lines.length === 0) return <Text c="dimmed">{t('plan.noLines')}</Text>;

  return (
    <Stack gap="sm">
      {editable ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('plan.draftHint')}
          </Text>
          <Button onClick={saveChanged} disabled={changed.length === 0} loading={save.isPending}>
            {t('plan.saveAll')}
          </Button>
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="hr-plan-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.category')}</Table.Th>
              <Table.Th>{t('columns.title')}</Table.Th>
              {figureColumns.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`columns.${c}`)}
                </Table.Th>
              ))}
              <Table.Th>{t('columns.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => {
              const title = labels.title(line.titleCode);
              return (
                <Table.Tr key={line.id}>
                  <Table.Td>{labels.category(line.category)}</Table.Td>
                  <Table.Td>{title}</Table.Td>
                  {staffColumns.map((c) => (
                    <Table.Td key={c} ta="right">
                      {format.number(line[c])}
                    </Table.Td>
                  ))}
                  {plannedColumns.map((c) => (
                    <Table.Td key={c} ta="right">
                      {editable ? (
                        <NumberInput
                          aria-label={`${t(`columns.${c}`)}: ${title}`}
                          value={line[c]}
                          onChange={(v) => edit(line.id, { [c]: typeof v === 'number' ? v : 0 })}
                          min={0}
                          max={9999}
                          allowDecimal={false}
                          allowNegative={false}
                          w={72}
                          hideControls
                          size="xs"
                        />
                      ) : (
                        format.number(line[c])
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {editable ? (
                      <TextInput
                        aria-label={`${t('columns.note')}: ${title}`}
                        value={line.note ?? ''}
                        onChange={(e) => edit(line.id, { note: e.currentTarget.value || null })}
                        maxLength={500}
                        size="xs"
                        miw={120}
                      />
                    ) : (
                      line.note
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td colSpan={2}>{t('columns.total')}</Table.Td>
              {figureColumns.map((c) => (
                <Table.Td key={c} ta="right">
                  {format.number(totals[c])}
                </Table.Td>
              ))}
              <Table.Td colSpan={editable ? 2 : 1} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
