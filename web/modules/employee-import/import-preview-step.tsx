import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../contracts/employee-import';
import { useFormat } from '../../app/format';
import { CheckingState } from './checking-state';
import { ImportCounts } from './import-counts';
import { ImportErrorsTable } from './import-errors-table';

type Props = {
  preview: ImportPreview;
  importing: boolean;
  onConfirm: () => void;
  onBackToMapping: () => void;
  onCorrectedFile: () => void;
};

/** Step 3: what the import would do; with errors, where they are and why nothing is imported yet. */
export function ImportPreviewStep({
  preview,
  importing,
  onConfirm,
  onBackToMapping,
  onCorrectedFile,
}: Props) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const hasErrors = preview.errorCount > 0;
  const toImport = preview.creates + preview.updates;

  return (
    <Stack gap="lg">
      <ImportCounts
        counts={[
          { label: t('preview.rows'), value: preview.rowCount, testId: 'preview-rows' },
          { label: t('preview.creates'), value: preview.creates, color: 'green', testId: 'preview-creates' },
          { label: t('preview.updates'), value: preview.updates, color: 'blue', testId: 'preview-updates' },
          {
            label: t('preview.errors'),
            value: preview.errorCount,
            color: hasErrors ? 'red' : undefined,
            testId: 'preview-errors',
          },
        ]}
      />
      {hasErrors ? (
        <Stack gap="md">
          <Alert color="red" variant="light" title={t('preview.hasErrorsTitle')} role="alert">
            {t('preview.hasErrors')}
          </Alert>
          <Group>
            <Button onClick={onCorrectedFile}>{t('preview.correctedFile')}</Button>
            <Button variant="default" onClick={onBackToMapping}>
              {t('preview.changeMapping')}
            </Button>
          </Group>
          <Title order={2} size="h4">
            {t('preview.errorsTitle')}
          </Title>
          {preview.errorCount > preview.errors.length ? (
            <Text size="sm" c="dimmed">
              {t('preview.errorsTruncated', {
                shown: format.number(preview.errors.length),
                total: format.number(preview.errorCount),
              })}
            </Text>
          ) : null}
          <ImportErrorsTable errors={preview.errors} />
        </Stack>
      ) : toImport === 0 ? (
        <Alert color="yellow" variant="light" title={t('preview.nothingTitle')}>
          {t('preview.nothing')}
        </Alert>
      ) : (
        <Stack gap="md">
          <Alert color="green" variant="light" title={t('preview.readyTitle')}>
            <Stack gap={4}>
              <Text size="sm">
                {t('preview.ready', {
                  creates: format.number(preview.creates),
                  updates: format.number(preview.updates),
                })}
              </Text>
              {preview.updates > 0 ? <Text size="sm">{t('preview.updatesHint')}</Text> : null}
            </Stack>
          </Alert>
          {importing ? <CheckingState label={t('preview.importing')} /> : null}
        </Stack>
      )}
      {hasErrors ? null : (
        <Group>
          <Button variant="default" onClick={onBackToMapping} disabled={importing}>
            {t('preview.changeMapping')}
          </Button>
          {toImport > 0 ? (
            <Button onClick={onConfirm} loading={importing} data-testid="import-confirm">
              {t('preview.confirm', { rows: format.number(toImport) })}
            </Button>
          ) : null}
        </Group>
      )}
    </Stack>
  );
}
