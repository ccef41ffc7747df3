import { Anchor, Badge, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../../contracts/mail';
import { outboxStatuses } from '../../app/domain';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { DetailList } from '../../components/detail-list';
import { FilterSelect } from '../../components/filter-select';
import { LinkifiedText } from '../../components/linkified-text';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';

const statusColor: Record<OutboxMessage['status'], string> = {
  pending: 'gray',
  sent: 'green',
  failed: 'red',
};

function StatusBadge({ status }: { status: OutboxMessage['status'] }) {
  const { t } = useTranslation('outbox');
  return (
    <Badge variant="light" color={statusColor[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

function MessageModal({ message, onClose }: { message: OutboxMessage; onClose: () => void }) {
  const { t } = useTranslation('outbox');
  const format = useFormat();
  return (
    <Modal opened onClose={onClose} title={message.subject} size="xl" centered data-testid="outbox-message">
      <Stack>
        <DetailList
          items={[
            { label: t('fields.recipient'), value: message.recipient },
            { label: t('fields.status'), value: <StatusBadge status={message.status} /> },
            { label: t('fields.createdAt'), value: format.dateTime(message.createdAt) },
            { label: t('fields.sentAt'), value: format.dateTime(message.sentAt) },
            {
              label: t('fields.template'),
              value: t(`templates.${message.template}`, { defaultValue: message.template }),
            },
            { label: t('fields.attempts'), value: format.number(message.attempts) },
          ]}
        />
        {message.lastError ? (
          <Text size="sm" c="red.8">
            {t('fields.lastError')}: {message.lastError}
          </Text>
        ) : null}
        <Paper withBorder p="md" bg="gray.0">
          <Text size="sm" className="pre-wrap" lang={message.locale} data-testid="outbox-body">
            <LinkifiedText text={message.textBody} />
          </Text>
        </Paper>
      </Stack>
    </Modal>
  );
}

/** Mail the platform has sent or will send; open one to read it (and follow its links). */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const format = useFormat();
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  const list = usePagedList<OutboxMessage>('outbox', '/outbox', { status, q: search.query, limit: 50 });
  const filtered = Boolean(status || search.query);

  return (
    <Page title={t('title')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('filters')}>
        <SearchInput search={search} description={t('searchHint')} />
        <FilterSelect
          label={t('fields.status')}
          value={status}
          onChange={setStatus}
          options={outboxStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>

      <PagedTable
        list={list}
        filtered={filtered}
        empty={{ title: t('empty'), description: t('emptyHint') }}
        minWidth={720}
        head={
          <>
            <Table.Th scope="col">{t('fields.subject')}</Table.Th>
            <Table.Th scope="col">{t('fields.recipient')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('fields.createdAt')}</Table.Th>
          </>
        }
      >
        {(m) => (
          <Table.Tr key={m.id} data-testid="outbox-row">
            <Table.Td>
              <Anchor component="button" type="button" fz="sm" ta="left" onClick={() => setOpen(m)}>
                {m.subject}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'break-word' }}>{m.recipient}</Table.Td>
            <Table.Td>
              <StatusBadge status={m.status} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(m.createdAt)}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {open ? <MessageModal message={open} onClose={() => setOpen(null)} /> : null}
    </Page>
  );
}
