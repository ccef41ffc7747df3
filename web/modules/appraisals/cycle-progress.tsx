import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleProgress as Counts } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { statusColors } from './appraisal-labels';
import { decidedCount, progressParts } from './cycle-progress-parts';

/**
 * How far a year has come: one bar coloured by status, the counts beside it, and what needs
 * attention (in red while the year is open and something is late or unassigned).
 */
export function CycleProgress({ progress, open }: { progress: Counts; open: boolean }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const parts = progressParts(progress);
  const count = (n: number) => format.number(n);
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('cycle.decided', { decided: count(decidedCount(progress)), total: count(progress.total) })}
      </Text>
      <Progress.Root size="lg" aria-hidden="true">
        {parts.map((p) => (
          <Progress.Section
            key={p.status}
            value={p.percent}
            color={statusColors[p.status]}
            withAria={false}
          />
        ))}
      </Progress.Root>
      <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {parts.map((p) => (
          <li key={p.status}>
            <Badge variant="dot" color={statusColors[p.status]} tt="none" radius="sm">
              {t(`status.${p.status}`)}: {count(p.count)}
            </Badge>
          </li>
        ))}
      </Group>
      <Group gap="md">
        <Attention count={open ? progress.overdue : 0}>
          {t('cycle.overdue', { number: count(progress.overdue) })}
        </Attention>
        <Attention count={open ? progress.withoutRater : 0}>
          {t('cycle.withoutRater', { number: count(progress.withoutRater) })}
        </Attention>
      </Group>
    </Stack>
  );
}

function Attention({ count, children }: { count: number; children: ReactNode }) {
  return (
    <Text size="sm" c={count ? 'red.9' : 'dimmed'} fw={count ? 600 : undefined}>
      {children}
    </Text>
  );
}
