import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../../contracts/access';
import type { DirectoryCard, DirectoryCardUpdate } from '../../../contracts/hr-directory';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { DirectoryCardView } from './directory-card-view';
import { directoryKey, myCardKey, useMyCard } from './directory-queries';

/** The signed-in practitioner writes (or withdraws) their own card. */
export function MyCardPage() {
  const { t } = useTranslation('network');
  const mine = useMyCard();
  return (
    <Page title={t('card.title')} back={{ to: '/network/directory', label: t('directory.title') }}>
      <Alert variant="light" color="blue" maw={800}>
        {t('card.optIn')}
      </Alert>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <MyCardForm card={mine.data} key={mine.data?.updatedAt ?? 'new'} />
      )}
    </Page>
  );
}

function MyCardForm({ card }: { card: DirectoryCard | null }) {
  const { t } = useTranslation('network');
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const organisations = [...new Map(me.memberships.map((m) => [m.organisationId, m])).values()];
  const form = useForm<DirectoryCardUpdate>({
    initialValues: {
      organisationId: card?.organisationId ?? organisations[0]?.organisationId ?? '',
      jobTitle: card?.jobTitle ?? '',
      email: card?.email ?? me.user.email,
      phone: card?.phone ?? '',
      expertise: card?.expertise ?? '',
      languages: card?.languages ?? [me.user.locale],
      listed: card?.listed ?? true,
    },
    validate: { languages: (v) => (v.length ? null : t('card.languagesRequired')) },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [directoryKey] });
  const save = useMutation({
    mutationFn: (values: DirectoryCardUpdate) => api.put<DirectoryCard>('/me/directory-card', values),
    onSuccess: async (saved) => {
      queryClient.setQueryData(myCardKey, saved);
      await refresh();
      notifySuccess(t('card.saved'));
    },
    onError: (error) => reportError(error, form),
  });
  const remove = useMutation({
    mutationFn: () => api.delete('/me/directory-card'),
    onSuccess: async () => {
      setConfirming(false);
      queryClient.setQueryData(myCardKey, null);
      await refresh();
      notifySuccess(t('card.deleted'));
    },
    onError: (error) => reportError(error),
  });

  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Card withBorder padding="lg" w={{ base: '100%', md: 560 }}>
        <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
          <Stack>
            {card ? null : (
              <Alert variant="light" color="gray">
                {t('card.none')}
              </Alert>
            )}
            <NativeSelect
              label={t('card.organisation')}
              data={organisations.map((m) => ({
                value: m.organisationId,
                label: format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
              }))}
              {...form.getInputProps('organisationId')}
            />
            <TextInput label={t('card.jobTitle')} maxLength={200} {...form.getInputProps('jobTitle')} />
            <TextInput
              label={t('card.email')}
              type="email"
              required
              maxLength={320}
              {...form.getInputProps('email')}
            />
            <TextInput label={t('card.phone')} type="tel" maxLength={60} {...form.getInputProps('phone')} />
            <Textarea
              label={t('card.expertise')}
              autosize
              minRows={3}
              maxLength={2000}
              {...form.getInputProps('expertise')}
            />
            <Checkbox.Group label={t('card.languages')} required {...form.getInputProps('languages')}>
              <Group gap="md" mt={6}>
                {locales.map((l: Locale) => (
                  <Checkbox key={l} value={l} label={t(`languages.${l}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Switch
              label={t('card.listed')}
              description={t('card.listedHint')}
              data-testid="card-listed"
              {...form.getInputProps('listed', { type: 'checkbox' })}
            />
            <Group justify="space-between">
              {card ? (
                <Button variant="subtle" color="red.8" onClick={() => setConfirming(true)}>
                  {t('card.delete')}
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" loading={save.isPending} data-testid="card-save">
                {t('card.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {card ? (
        <Stack gap="xs" w={{ base: '100%', md: 380 }}>
          <Title order={2} size="h5">
            {t('card.preview')}
          </Title>
          <DirectoryCardView card={card} />
        </Stack>
      ) : null}
      <ConfirmModal
        opened={confirming}
        title={t('card.delete')}
        message={t('card.deleteConfirm')}
        confirmLabel={t('card.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
