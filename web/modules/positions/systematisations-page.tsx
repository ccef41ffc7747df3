import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { inForce, useSystematisations } from './positions-queries';
import { SystematisationDialog } from './systematisation-dialog';
import { SystematisationVersionsTable } from './systematisation-versions-table';

/** The versions of the act on the organisation and systematisation of jobs of one organisation. */
export function SystematisationsPage() {
  const { t } = useTranslation('positions');
  const format = useFormat();
  const scope = useOrganisationScope('positions.read', 'positions.manage');
  const { organisationId, canManage } = scope;
  const versions = useSystematisations(organisationId);
  const [creating, setCreating] = useState(false);
  const items = versions.data?.items ?? [];
  const current = inForce(items);
  const draft = items.find((v) => v.status === 'draft') ?? null;

  const newDraftButton = canManage ? (
    <Button onClick={() => setCreating(true)}>
      {current ? t('list.newDraftFromCurrent') : t('list.newDraft')}
    </Button>
  ) : null;

  return (
    <Page title={t('list.title')} actions={items.length > 0 ? newDraftButton : null}>
      <OrganisationHeading
        scope={scope}
        label={t('fields.organisation')}
        placeholder={t('list.chooseOrganisation')}
        intro={(organisation) => t('list.intro', { organisation })}
        testId="systematisations-organisation"
      />

      {!organisationId ? (
        <EmptyNotice title={t('list.noOrganisation')} description={t('list.noOrganisationHint')} />
      ) : versions.isPending ? (
        <LoadingState />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyNotice
          title={t('list.empty')}
          description={canManage ? t('list.emptyHint') : t('list.emptyHintReader')}
          action={newDraftButton}
        />
      ) : (
        <Stack gap="md">
          {current ? null : (
            <Alert color="yellow" variant="light" title={t('list.noneInForce')}>
              {t('list.noneInForceHint')}
            </Alert>
          )}
          {draft && canManage ? (
            <Card withBorder padding="md">
              <Group justify="space-between" gap="sm">
                <Text size="sm">
                  {t('list.draftInProgress', {
                    number: draft.number,
                    positions: format.number(draft.positions),
                  })}
                </Text>
                <Anchor component={Link} to={`/systematisations/${draft.id}`} size="sm" fw={500}>
                  {t('list.continueDraft')}
                </Anchor>
              </Group>
            </Card>
          ) : null}
          <SystematisationVersionsTable versions={items} />
        </Stack>
      )}

      {creating && organisationId ? (
        <SystematisationDialog
          organisationId={organisationId}
          sources={items}
          defaultSource={current}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </Page>
  );
}
