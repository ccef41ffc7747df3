import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { FileSection } from '../people/file-section';
import { AppealDecisionDialog } from './appeal-decision-dialog';
import { AppealDialog } from './appeal-dialog';
import { gradeLabel } from './appraisal-scale';

/** The official's appeal against the decision and, once decided, its outcome. */
export function AppealSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const [dialog, setDialog] = useState<'appeal' | 'decide' | null>(null);
  const canAppeal = a.actions.includes('appeal');
  const canDecide = a.actions.includes('decide_appeal');
  const appeal = a.appeal;
  if (!appeal && !canAppeal) return null;
  return (
    <FileSection title={t('appeal.section')}>
      {appeal ? (
        <DetailList
          items={[
            { label: t('appeal.filedAt'), value: format.date(appeal.filedAt) },
            { label: t('appeal.reason'), value: appeal.reason },
            {
              label: t('appealDecision.outcome'),
              value: appeal.outcome ? t(`appealOutcome.${appeal.outcome}`) : t('appeal.pending'),
            },
            ...(appeal.grade === null
              ? []
              : [
                  {
                    label: t('appealDecision.grade'),
                    value: gradeLabel(a.rules, appeal.grade, format.locale),
                  },
                ]),
            ...(appeal.note ? [{ label: t('appealDecision.note'), value: appeal.note }] : []),
            ...(appeal.decidedAt
              ? [{ label: t('appeal.decidedAt'), value: format.date(appeal.decidedAt) }]
              : []),
          ]}
        />
      ) : (
        <Text size="sm">{t('appeal.possible', { days: a.rules.appealDays })}</Text>
      )}
      {canAppeal || canDecide ? (
        <Group>
          {canAppeal ? (
            <Button variant="default" onClick={() => setDialog('appeal')} data-testid="appraisal-appeal">
              {t('appeal.action')}
            </Button>
          ) : null}
          {canDecide ? (
            <Button onClick={() => setDialog('decide')} data-testid="appraisal-decide-appeal">
              {t('appealDecision.action')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {dialog === 'appeal' ? <AppealDialog appraisal={a} onClose={() => setDialog(null)} /> : null}
      {dialog === 'decide' ? <AppealDecisionDialog appraisal={a} onClose={() => setDialog(null)} /> : null}
    </FileSection>
  );
}
