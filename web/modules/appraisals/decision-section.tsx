import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useDownload } from '../../app/download';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { FileSection } from '../people/file-section';
import { FinaliseDialog } from './finalise-dialog';

/** The decision (rešenje) that closes the appraisal: finalising it, then its number, date and PDF. */
export function DecisionSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const { busy, download } = useDownload();
  const [finalising, setFinalising] = useState(false);
  const canFinalise = a.actions.includes('finalise');
  if (!a.finalisedAt && !canFinalise) return null;
  const pdf = `/appraisals/${a.id}/decision.pdf`;
  return (
    <FileSection title={t('decision.section')}>
      {a.finalisedAt ? (
        <>
          <DetailList
            items={[
              { label: t('decision.registerNumber'), value: a.registerNumber },
              { label: t('decision.date'), value: format.date(a.decisionDate) },
              { label: t('decision.appealDeadline'), value: format.date(a.appealDeadline) },
            ]}
          />
          <Group>
            <Button
              variant="default"
              loading={busy === pdf}
              onClick={() => void download(pdf)}
              data-testid="decision-pdf"
            >
              {t('decision.download')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text size="sm">
            {a.status === 'acknowledged' ? t('decision.ready') : t('decision.readyRated')}
          </Text>
          <Group>
            <Button onClick={() => setFinalising(true)} data-testid="appraisal-finalise">
              {t('decision.action')}
            </Button>
          </Group>
        </>
      )}
      {finalising ? <FinaliseDialog appraisal={a} onClose={() => setFinalising(false)} /> : null}
    </FileSection>
  );
}
