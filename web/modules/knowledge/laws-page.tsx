import { Anchor, Button, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Law } from '../../../contracts/advisory-answers';
import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import type { Owner } from '../catalogue/programme-owners';
import { knowledgeCountries, useLaws, useRefreshLaws } from './knowledge-queries';
import { LawDialog, type LawDialogMode } from './law-dialog';

/** The associations the reader answers for: their laws registers are the reader's to keep. */
function useAssociations(): Owner[] {
  const me = useMe();
  const format = useFormat();
  const seen = new Map<string, Owner>();
  for (const m of me.memberships) {
    if (m.orgKind !== 'national_body') continue;
    if (!canOn(me, 'advice.answer', { organisationId: m.organisationId, countryCode: m.countryCode }))
      continue;
    seen.set(m.organisationId, {
      id: m.organisationId,
      name: format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
      countryCode: m.countryCode,
      body: true,
    });
  }
  return [...seen.values()];
}

/** The laws register of the reader's country: what the answers cite, and when each law last changed. */
export function LawsPage() {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const bodies = useAssociations();
  const [chosen, setCountry] = useUrlParam('country');
  const country = chosen || bodies[0]?.countryCode || me.memberships[0]?.countryCode || 'RS';
  const own = bodies.filter((b) => b.countryCode === country);
  const laws = useLaws(country, true);
  const refresh = useRefreshLaws();
  const [dialog, setDialog] = useState<LawDialogMode | null>(null);
  const keeps = (law: Law) =>
    canOn(me, 'advice.answer', { organisationId: law.bodyId, countryCode: law.countryCode });

  return (
    <Page
      title={t('laws.title')}
      actions={
        own.length > 0 ? (
          <Button onClick={() => setDialog({ kind: 'create' })} data-testid="law-new">
            {t('laws.add')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" size="sm" maw={800}>
        {t('laws.intro')}
      </Text>
      <NativeSelect
        label={t('fields.country')}
        w={{ base: '100%', sm: 240 }}
        value={country}
        onChange={(e) => setCountry(e.currentTarget.value)}
        data={knowledgeCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
      />
      {laws.isPending ? (
        <LoadingState />
      ) : laws.isError ? (
        <ErrorState error={laws.error} onRetry={() => void laws.refetch()} />
      ) : laws.data.items.length === 0 ? (
        <EmptyNotice title={t('laws.empty')} description={t('laws.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="laws-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.law')}</Table.Th>
                <Table.Th scope="col">{t('fields.gazette')}</Table.Th>
                <Table.Th scope="col">{t('fields.amendedOn')}</Table.Th>
                <Table.Th scope="col">{t('laws.toRecheck')}</Table.Th>
                <Table.Th scope="col">{tc('table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {laws.data.items.map((law) => (
                <Table.Tr key={law.id} data-testid="law-row">
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {law.title}
                    {law.note ? (
                      <Text size="sm" c="dimmed">
                        {law.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{law.gazette}</Table.Td>
                  <Table.Td>{format.date(law.amendedOn)}</Table.Td>
                  <Table.Td>
                    {law.answersToRecheck > 0 ? (
                      <Anchor component={Link} to="/knowledge/manage?needsRecheck=true">
                        {t('laws.recheckCount', { count: law.answersToRecheck })}
                      </Anchor>
                    ) : (
                      format.number(0)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {keeps(law) ? (
                      <Stack gap={4} align="flex-start">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('laws.editLaw', { law: law.title })}
                          onClick={() => setDialog({ kind: 'edit', law })}
                        >
                          {tc('actions.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('laws.amendLaw', { law: law.title })}
                          onClick={() => setDialog({ kind: 'amend', law })}
                          data-testid="law-amend"
                        >
                          {t('laws.amend')}
                        </Button>
                      </Stack>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog ? (
        <LawDialog mode={dialog} bodies={own} onSaved={refresh} onClose={() => setDialog(null)} />
      ) : null}
    </Page>
  );
}
