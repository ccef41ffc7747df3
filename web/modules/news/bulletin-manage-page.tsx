import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { ConfirmModal } from '../../components/confirm-modal';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { BulletinHistory } from './bulletin-history';
import { BulletinItems } from './bulletin-items';
import { bulletinsKey, publisherBodies, useBulletinPreview } from './news-queries';

/** The association's bulletin: what the next one carries, to how many, "send now", and those sent. */
export function BulletinManagePage() {
  const { t } = useTranslation('news');
  const me = useMe();
  const format = useFormat();
  const bodies = publisherBodies(me);
  const [bodyParam, setBodyId] = useUrlParam('bodyId');
  const body = bodies.find((b) => b.organisationId === bodyParam) ?? bodies[0];
  const organisation = useOrganisation(body?.organisationId);
  const association = organisation.data?.bodyRole === 'association';
  return (
    <Page title={t('bulletinManage.title')}>
      <Text c="dimmed" maw={800}>
        {t('bulletinManage.intro')}
      </Text>
      {bodies.length > 1 && body ? (
        <NativeSelect
          label={t('fields.publisher')}
          w={{ base: '100%', sm: 420 }}
          value={body.organisationId}
          onChange={(e) => setBodyId(e.currentTarget.value)}
          data={bodies.map((b) => ({
            value: b.organisationId,
            label: format.name({ name: b.organisationName, nameLatin: b.organisationNameLatin }),
          }))}
        />
      ) : null}
      {!body ? (
        <EmptyNotice title={t('manage.noBody')} description={t('manage.noBodyHint')} />
      ) : organisation.isPending ? (
        <LoadingState />
      ) : !association ? (
        <EmptyNotice
          title={t('bulletinManage.notAssociation')}
          description={t('bulletinManage.notAssociationHint')}
        />
      ) : (
        <>
          <NextBulletin bodyId={body.organisationId} />
          <BulletinHistory bodyId={body.organisationId} />
        </>
      )}
    </Page>
  );
}

function NextBulletin({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation('news');
  const format = useFormat();
  const queryClient = useQueryClient();
  const preview = useBulletinPreview(bodyId);
  const [confirming, setConfirming] = useState(false);
  const send = useMutation({
    mutationFn: () => api.post('/bulletins', { bodyId }),
    onSuccess: async () => {
      setConfirming(false);
      notifySuccess(t('bulletinManage.sent'));
      await queryClient.invalidateQueries({ queryKey: [bulletinsKey] });
    },
    onError: (error) => reportError(error),
  });
  if (preview.isPending) return <LoadingState />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  const p = preview.data;
  const empty = p.items.length === 0;
  return (
    <Card withBorder radius="md" padding="md" maw={900} data-testid="bulletin-preview">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('bulletinManage.next')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('bulletinManage.period', { from: format.date(p.periodFrom), to: format.date(p.periodTo) })}
            </Text>
            <Text size="sm" data-testid="bulletin-subscribers">
              {t('bulletinManage.subscribers', { count: p.subscribers })}
            </Text>
          </Stack>
          <Button onClick={() => setConfirming(true)} disabled={empty} data-testid="bulletin-send">
            {t('bulletinManage.send')}
          </Button>
        </Group>
        {empty ? <Text size="sm">{t('bulletinManage.nothingNew')}</Text> : <BulletinItems items={p.items} />}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('bulletinManage.sendTitle')}
        message={t('bulletinManage.sendMessage', { count: p.subscribers })}
        confirmLabel={t('bulletinManage.send')}
        loading={send.isPending}
        onConfirm={() => send.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
