import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicTrainer } from '../../../contracts/learning-trainers';
import { usePagedList } from '../../app/queries';
import { Page } from '../../components/page';
import { CatalogueFrame } from './catalogue-frame';
import { publicTrainersKey } from './catalogue-queries';
import { TrainerFilters, useTrainerFilters } from './trainer-filters';
import { TrainerTable } from './trainer-table';

/** The public register of accredited lecturers, mentors and coaches of the national bodies. */
export function PublicTrainersPage() {
  const { t } = useTranslation('catalogue');
  const filters = useTrainerFilters();
  const list = usePagedList<PublicTrainer>(publicTrainersKey, '/public/trainers', {
    ...filters.params,
    limit: 50,
  });
  return (
    <CatalogueFrame>
      <Page title={t('public.trainersTitle')}>
        <Text c="dimmed" maw={800}>
          {t('public.trainersIntro')}
        </Text>
        <TrainerFilters filters={filters} publicOnly />
        <TrainerTable
          list={list}
          filtered={filters.filtered}
          empty={{ title: t('trainers.empty'), description: t('trainers.emptyPublicHint') }}
        />
      </Page>
    </CatalogueFrame>
  );
}
