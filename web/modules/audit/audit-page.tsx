import {
  Anchor,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../../../contracts/audit';
import { auditEntityTypes } from '../../app/domain';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { DateField } from '../../components/date-field';
import { FilterSelect } from '../../components/filter-select';
import { changedKeys, JsonView } from '../../components/json-view';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';

/** A yyyy-mm-dd day in the viewer's time zone, as the ISO instant where it starts or ends. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The changed record's page, where there is one to open. */
function EntityLink({ event, label }: { event: AuditEvent; label: string }) {
  const to =
    event.entityType === 'user' && event.entityId
      ? `/users/${event.entityId}`
      : event.entityType === 'organisation' && event.entityId
        ? `/organisations/${event.entityId}`
        : event.entityType === 'org_unit' && event.organisationId
          ? `/organisations/${event.organisationId}`
          : null;
  if (!to) return <Text size="sm">{label}</Text>;
  return (
    <Anchor component={Link} to={to} size="sm">
      {label}
    </Anchor>
  );
}

/** Who changed what and when: filterable, with the before and after state of each change. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [organisationId, setOrganisationId] = useUrlParam('organisationId');
  const [entityType, setEntityType] = useUrlParam('entityType');
  const [entityId, setEntityId] = useUrlParam('entityId');
  const [actorUserId, setActorUserId] = useUrlParam('actorUserId');
  const action = useUrlSearch('action');
  const [from, setFrom] = useUrlParam('from');
  const [to, setTo] = useUrlParam('to');
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const list = usePagedList<AuditEvent>('audit-events', '/audit-events', {
    organisationId,
    entityType,
    entityId,
    actorUserId,
    action: action.query,
    from: dayBoundary(from, false),
    to: dayBoundary(to, true),
    limit: 50,
  });
  const filtered = Boolean(
    organisationId || entityType || entityId || actorUserId || action.query || from || to,
  );
  const toggle = (seq: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });
  const actionLabel = (a: string) => t(`actions.${a}`, { defaultValue: a });
  const entityLabel = (e: string) => t(`entityTypes.${e}`, { defaultValue: e });

  return (
    <Page title={t('title')}>
      <Stack gap="xs" role="search" aria-label={t('filters')}>
        <Group align="flex-end" gap="sm">
          <OrganisationSelect
            label={t('fields.organisation')}
            placeholder={tc('filters.all')}
            value={organisationId || null}
            onChange={(id) => setOrganisationId(id)}
            w={{ base: '100%', sm: 260 }}
            data-testid="audit-organisation-filter"
          />
          <FilterSelect
            label={t('fields.entityType')}
            value={entityType}
            onChange={setEntityType}
            options={auditEntityTypes.map((e) => ({ value: e, label: entityLabel(e) }))}
          />
          <TextInput
            label={t('fields.action')}
            description={t('actionHint')}
            value={action.text}
            onChange={(e) => action.setText(e.currentTarget.value)}
            w={{ base: '100%', sm: 200 }}
          />
          <Group gap="sm" wrap="nowrap">
            <DateField
              label={t('fields.from')}
              value={from}
              max={to || undefined}
              onChange={(day) => setFrom(day || null)}
            />
            <DateField
              label={t('fields.to')}
              value={to}
              min={from || undefined}
              onChange={(day) => setTo(day || null)}
            />
          </Group>
        </Group>
        {entityId || actorUserId ? (
          <Group gap="xs">
            {entityId ? (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setEntityId(null)}
                aria-label={t('clearEntity')}
              >
                {t('entityFilter', { id: entityId })} ×
              </Button>
            ) : null}
            {actorUserId ? (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setActorUserId(null)}
                aria-label={t('clearActor')}
              >
                {t('actorFilter', { id: actorUserId })} ×
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>

      <PagedTable
        list={list}
        filtered={filtered}
        empty={{ title: t('empty'), description: t('emptyHint') }}
        minWidth={760}
        striped={false}
        head={
          <>
            <Table.Th scope="col">{t('fields.at')}</Table.Th>
            <Table.Th scope="col">{t('fields.actor')}</Table.Th>
            <Table.Th scope="col">{t('fields.action')}</Table.Th>
            <Table.Th scope="col">{t('fields.entity')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('fields.details')}</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {(e) => {
          const open = expanded.has(e.seq);
          const changed = changedKeys(e.before, e.after);
          return (
            <Fragment key={e.seq}>
              <Table.Tr data-testid="audit-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'break-word' }}>
                  {e.actorEmail ?? (
                    <Text span c="dimmed" size="sm">
                      {t('system')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} c={e.action.endsWith('delete') ? 'red.9' : undefined}>
                    {actionLabel(e.action)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <EntityLink event={e} label={entityLabel(e.entityType)} />
                  {e.entityId ? (
                    <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {e.entityId}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-expanded={open}
                    aria-controls={open ? `audit-details-${e.seq}` : undefined}
                    onClick={() => toggle(e.seq)}
                  >
                    {open ? t('hideDetails') : t('showDetails')}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open ? (
                <Table.Tr id={`audit-details-${e.seq}`}>
                  <Table.Td colSpan={5} bg="gray.0">
                    <Stack gap="sm">
                      {changed.length > 0 ? (
                        <Text size="sm">
                          {t('changedFields')}: <strong>{changed.join(', ')}</strong>
                        </Text>
                      ) : null}
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <JsonView label={t('before')} value={e.before} />
                        <JsonView label={t('after')} value={e.after} />
                      </SimpleGrid>
                      {e.requestId ? (
                        <Text size="xs" c="dimmed">
                          {t('requestId')}: <span style={{ fontFamily: 'monospace' }}>{e.requestId}</span>
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          );
        }}
      </PagedTable>
    </Page>
  );
}
