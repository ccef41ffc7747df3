import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useBulletins } from './news-queries';

/** The bulletins the body has sent: when, which period, how many lines and recipients. */
export function BulletinHistory({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation('news');
  const format = useFormat();
  const list = useBulletins(bodyId);
  return (
    <section>
      <Title order={2} size="h4" mb="sm">
        {t('bulletinManage.history')}
      </Title>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyNotice title={t('bulletinManage.noneSent')} description={t('bulletinManage.noneSentHint')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="sm" maw={900} data-testid="bulletin-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('bulletinManage.sentAt')}</Table.Th>
                <Table.Th scope="col">{t('bulletinManage.periodColumn')}</Table.Th>
                <Table.Th scope="col">{t('bulletinManage.items')}</Table.Th>
                <Table.Th scope="col">{t('bulletinManage.recipients')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{format.dateTime(b.sentAt)}</Table.Td>
                  <Table.Td>
                    {format.date(b.periodFrom)} – {format.date(b.periodTo)}
                  </Table.Td>
                  <Table.Td>{format.number(b.items.length)}</Table.Td>
                  <Table.Td>{format.number(b.recipients)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
