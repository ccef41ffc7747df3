import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/people';
import { useDownload } from '../../app/download';
import { FileSection } from './file-section';

/**
 * The right of access: everything Kadar holds about the person, as JSON (machine-readable) or as a
 * PDF in the reader's language. For the person themself and for the HR office answering them.
 */
export function PersonalDataSection({ employee, own }: { employee: Employee; own: boolean }) {
  const { t } = useTranslation('people');
  const { busy, download } = useDownload();
  const path = `/employees/${employee.id}/personal-data`;
  const name = `kadar-${employee.familyNameLatin}-${employee.givenNameLatin}`
    .toLowerCase()
    .replace(/\s+/g, '-');
  return (
    <FileSection title={t('personalData.title')}>
      <Text size="sm">{own ? t('personalData.introOwn') : t('personalData.intro')}</Text>
      <Group gap="sm">
        <Button
          variant="default"
          loading={busy === path}
          onClick={() => void download(path, {}, `${name}.json`)}
          data-testid="personal-data-json"
        >
          {t('personalData.json')}
        </Button>
        <Button
          variant="default"
          loading={busy === `${path}/pdf`}
          onClick={() => void download(`${path}/pdf`, {}, `${name}.pdf`)}
          data-testid="personal-data-pdf"
        >
          {t('personalData.pdf')}
        </Button>
      </Group>
    </FileSection>
  );
}
