import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../contracts/employee-import';
import { ImportCounts } from './import-counts';

/** Step 4: what was imported, and the way on to the directory. */
export function ImportResultStep({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const { t } = useTranslation('import');
  return (
    <Stack gap="lg">
      <Alert color="green" variant="light" title={t('result.title')} role="status">
        {t('result.done')}
      </Alert>
      <ImportCounts
        counts={[
          { label: t('result.created'), value: result.created, color: 'green', testId: 'result-created' },
          { label: t('result.updated'), value: result.updated, color: 'blue', testId: 'result-updated' },
          { label: t('result.employments'), value: result.employments, testId: 'result-employments' },
        ]}
      />
      <Group>
        <Button component={Link} to="/employees">
          {t('result.toDirectory')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('result.another')}
        </Button>
      </Group>
    </Stack>
  );
}
