import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsAnalysis } from '../../../contracts/needs-analyses';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { useNeedsChange } from './needs-queries';

const today = () => new Date().toISOString().slice(0, 10);

/** The survey's window and how many answered; HR opens it (again, to move the closing day). */
export function SurveyPanel({ analysis }: { analysis: NeedsAnalysis }) {
  const { t } = useTranslation('training-needs');
  const format = useFormat();
  const [opening, setOpening] = useState(false);
  const [closesOn, setClosesOn] = useState('');
  const open = useNeedsChange(
    () => api.post(`/needs-analyses/${analysis.id}/survey/open`, { closesOn }),
    () => {
      notifySuccess(t('survey.opened'));
      setOpening(false);
    },
  );
  const share = analysis.surveyInvited ? (analysis.surveyAnswered / analysis.surveyInvited) * 100 : 0;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {analysis.surveyOpensOn && analysis.surveyClosesOn
          ? t('survey.window', {
              from: format.date(analysis.surveyOpensOn),
              to: format.date(analysis.surveyClosesOn),
            })
          : t('survey.notOpened')}
      </Text>
      <Group gap="sm" align="center">
        <Progress.Root w={240}>
          <Progress.Section value={Math.min(share, 100)} aria-label={t('fields.answered')} />
        </Progress.Root>
        <Text size="sm" data-testid="survey-answered">
          {t('survey.answeredOf', { answered: analysis.surveyAnswered, invited: analysis.surveyInvited })}
        </Text>
      </Group>
      {analysis.status === 'open' ? (
        <Group>
          <Button variant="light" onClick={() => setOpening(true)} data-testid="open-survey">
            {analysis.surveyOpensOn ? t('survey.extend') : t('survey.open')}
          </Button>
        </Group>
      ) : null}
      <Modal opened={opening} onClose={() => setOpening(false)} title={t('survey.open')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            open.mutate(undefined);
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('survey.openHint')}</Text>
            <DateField
              label={t('survey.closesOn')}
              value={closesOn}
              onChange={setClosesOn}
              min={today()}
              required
            />
            <DialogActions
              submitLabel={t('survey.openSubmit')}
              loading={open.isPending}
              disabled={!closesOn}
              onCancel={() => setOpening(false)}
              testId="open-survey-submit"
            />
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
