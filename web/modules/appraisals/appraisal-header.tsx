import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { today } from '../positions/positions-queries';
import { AppraisalStatusBadge, ExtraordinaryBadge, useAppraisalNames } from './appraisal-labels';
import { gradeLabel } from './appraisal-scale';
import { isOverdue } from './appraisal-steps';

type Props = { appraisal: Appraisal; unitName: string; onAssignRater: (() => void) | null };

/** Who is appraised, for which year and kind, by whom, and where the appraisal stands. */
export function AppraisalHeader({ appraisal: a, unitName, onAssignRater }: Props) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const names = useAppraisalNames();
  const overdue = isOverdue(a, today());
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <DetailList
          items={[
            { label: t('table.official'), value: names.official(a) },
            { label: t('table.position'), value: names.position(a) },
            { label: t('table.unit'), value: unitName },
            { label: t('table.year'), value: a.year },
            {
              label: t('detail.kind'),
              value: a.kind === 'extraordinary' ? <ExtraordinaryBadge /> : t('kind.regular'),
            },
            { label: t('table.rater'), value: a.raterName ?? t('table.noRater') },
            { label: t('table.status'), value: <AppraisalStatusBadge status={a.status} /> },
            {
              label: t('table.due'),
              value: overdue ? (
                <Text component="span" c="red.9" fw={600}>
                  {t('table.overdueOn', { date: format.date(a.dueOn) })}
                </Text>
              ) : (
                format.date(a.dueOn)
              ),
            },
            ...(a.score === null ? [] : [{ label: t('detail.score'), value: format.number(a.score) }]),
            ...(a.grade === null
              ? []
              : [{ label: t('table.grade'), value: gradeLabel(a.rules, a.grade, format.locale) }]),
          ]}
        />
        {a.kind === 'extraordinary' ? (
          <Text size="sm" c="dimmed">
            {t('detail.extraordinaryHint')}
          </Text>
        ) : null}
        {onAssignRater ? (
          <Group>
            <Button variant="default" size="xs" onClick={onAssignRater} data-testid="appraisal-assign-rater">
              {a.raterUserId ? t('rater.change') : t('rater.assign')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
