import { Button, Fieldset, Group, Stack, Tabs, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyGroup } from '../../../contracts/competencies';
import type { CompetencyValues } from './competency-dialog';
import { emptyText, LocalTextFields, PartLegend } from './local-text-fields';

/** The indicators of a competency, one tab per group it applies to: add, change, remove. */
export function IndicatorFields({ form }: { form: UseFormReturnType<CompetencyValues> }) {
  const { t } = useTranslation('competencies');
  const { groups, indicators } = form.values;
  const [tab, setTab] = useState<string | null>(groups[0] ?? null);
  const active = groups.includes(tab as CompetencyGroup) ? tab : (groups[0] ?? null);
  if (!active) return null;
  return (
    <Fieldset legend={<PartLegend>{t('details.indicators')}</PartLegend>} variant="unstyled">
      <Tabs value={active} onChange={setTab} variant="outline">
        <Tabs.List>
          {groups.map((g) => (
            <Tabs.Tab key={g} value={g}>
              {t('dialog.indicatorTab', {
                group: t(`groups.${g}`),
                n: indicators.filter((i) => i.group === g).length,
              })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {groups.map((g) => (
          <Tabs.Panel key={g} value={g} pt="sm">
            <Stack gap="sm">
              {indicators.every((i) => i.group !== g) ? (
                <Text size="sm" c="dimmed">
                  {t('details.noIndicators')}
                </Text>
              ) : null}
              {indicators.map((indicator, index) =>
                indicator.group === g ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity
                  <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <LocalTextFields
                        form={form}
                        prefix={`indicators.${index}.`}
                        label={t('fields.indicator')}
                        required
                        multiline
                      />
                    </div>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => form.removeListItem('indicators', index)}
                      aria-label={t('dialog.removeIndicator', { name: indicator.name || '—' })}
                    >
                      {t('dialog.remove')}
                    </Button>
                  </Group>
                ) : null,
              )}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => form.insertListItem('indicators', { ...emptyText, group: g })}
                >
                  {t('dialog.addIndicator')}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Fieldset>
  );
}
