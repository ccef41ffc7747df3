import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why some figures read "< 5": shown whenever the reader's figures were suppressed. */
export function SuppressionNotice({ threshold }: { threshold: number | null }) {
  const { t } = useTranslation('reports');
  if (threshold === null) return null;
  return (
    <Alert variant="light" color="gray" title={t('suppressionTitle')}>
      {t('suppressionNote', { threshold })}
    </Alert>
  );
}
