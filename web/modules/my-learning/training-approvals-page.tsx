import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { FileSection } from '../people/file-section';
import { ImpactRatings } from './impact-ratings';
import { PendingApprovals } from './pending-approvals';

/** The line manager's training work: places to approve, and finished trainings to rate for impact. */
export function TrainingApprovalsPage() {
  const { t } = useTranslation('my-learning');
  return (
    <Page title={t('approvals.title')}>
      <Text c="dimmed" size="sm" maw={800} mt={-12}>
        {t('approvals.intro')}
      </Text>
      <Stack gap="lg">
        <FileSection title={t('approvals.pendingTitle')}>
          <PendingApprovals />
        </FileSection>
        <FileSection title={t('impact.sectionTitle')}>
          <ImpactRatings />
        </FileSection>
      </Stack>
    </Page>
  );
}
