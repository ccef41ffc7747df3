import { Badge, Button, Drawer, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { CorrectionList } from './correction-list';
import { useCorrectionRequests } from './corrections-queries';

/**
 * For the HR office, beside the directory: how many correction requests of the municipality wait,
 * and a drawer to answer them without opening each file.
 */
export function PendingCorrections({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  const list = useCorrectionRequests({ organisationId, status: 'pending' });
  const count = list.items.length;
  const shown = `${format.number(count)}${list.hasNextPage ? '+' : ''}`;
  return (
    <>
      <Button
        variant="default"
        onClick={() => setOpened(true)}
        rightSection={
          count > 0 ? (
            <Badge size="sm" circle={count < 10 && !list.hasNextPage} color="red.8" variant="filled">
              {shown}
            </Badge>
          ) : null
        }
        aria-label={t('corrections.pendingLabel', { count: shown })}
        data-testid="corrections-pending"
      >
        {t('corrections.pending')}
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="lg"
        title={t('corrections.pendingTitle')}
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        data-testid="corrections-drawer"
      >
        <Stack>
          <Text size="sm">{t('corrections.pendingIntro')}</Text>
          <CorrectionList list={list} canDecide showEmployee empty={t('corrections.pendingEmpty')} />
        </Stack>
      </Drawer>
    </>
  );
}
