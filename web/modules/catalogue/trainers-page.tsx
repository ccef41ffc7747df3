import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Trainer } from '../../../contracts/learning-trainers';
import { usePagedList } from '../../app/queries';
import { Page } from '../../components/page';
import { trainersKey, useStoreTrainer } from './catalogue-queries';
import { useManagedOwners } from './programme-owners';
import { TrainerDialog } from './trainer-dialog';
import { TrainerFilters, useTrainerFilters } from './trainer-filters';
import { TrainerTable } from './trainer-table';

/** The trainers' registers of the national bodies; a body's administrators add and change their entries. */
export function TrainersPage() {
  const { t } = useTranslation('catalogue');
  const navigate = useNavigate();
  const store = useStoreTrainer();
  const bodies = useManagedOwners(true);
  const filters = useTrainerFilters();
  const list = usePagedList<Trainer>(trainersKey, '/trainers', { ...filters.params, limit: 50 });
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('trainers.title')}
      actions={
        <>
          <Button component={Link} to="/catalogue/trainers" variant="default">
            {t('trainers.publicRegister')}
          </Button>
          {bodies.length > 0 ? (
            <Button onClick={() => setCreating(true)} data-testid="trainer-new">
              {t('trainers.new')}
            </Button>
          ) : null}
        </>
      }
    >
      <Text c="dimmed" size="sm" maw={800}>
        {t('trainers.intro')}
      </Text>
      <TrainerFilters filters={filters} />
      <TrainerTable
        list={list}
        filtered={filters.filtered}
        linkTo={(trainer) => `/trainers/${trainer.id}`}
        empty={{
          title: t('trainers.empty'),
          description: bodies.length > 0 ? t('trainers.emptyManageHint') : t('trainers.emptyHint'),
        }}
      />
      {creating ? (
        <TrainerDialog
          owners={bodies}
          onClose={() => setCreating(false)}
          onSaved={async (saved) => {
            await store(saved);
            void navigate(`/trainers/${saved.id}`);
          }}
        />
      ) : null}
    </Page>
  );
}
