import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LawRefView } from '../../../contracts/advisory-questions';
import { useFormat } from '../../app/format';
import { amendedSince } from './knowledge-labels';

/** The cited articles with the laws' gazette numbers; an amendment after the last check is pointed out. */
export function LawRefList({ refs, checkedOn }: { refs: LawRefView[]; checkedOn: string }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  if (refs.length === 0) return <Text c="dimmed">{t('answer.noLawRefs')}</Text>;
  const amended = refs.filter((r) => amendedSince(r, checkedOn));
  return (
    <>
      {amended.length > 0 ? (
        <Alert color="orange" variant="light" title={t('recheck.title')} data-testid="amended-warning">
          {t('recheck.explanation', {
            laws: [...new Set(amended.map((r) => r.lawTitle))].join('; '),
            date: format.date(checkedOn),
          })}
        </Alert>
      ) : null}
      <List spacing="xs" data-testid="law-refs">
        {refs.map((ref) => (
          <List.Item key={`${ref.lawId}-${ref.article}`}>
            <Text fw={500} span>
              {t('lawRef.article', { article: ref.article, law: ref.lawTitle })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('lawRef.gazette', { gazette: ref.gazette })}
              {ref.amendedOn ? ` · ${t('lawRef.amendedOn', { date: format.date(ref.amendedOn) })}` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}
