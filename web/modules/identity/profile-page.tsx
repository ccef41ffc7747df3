import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import type { Me } from '../../../contracts/identity';
import { api } from '../../app/api-client';
import { switchLanguage } from '../../app/i18n';
import { storeLocale, uiLocales } from '../../app/locale';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe, useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { ChangePasswordForm } from './change-password-form';

/** The signed-in person's own name, language and password. */
export function ProfilePage() {
  const { t } = useTranslation('identity');
  const me = useMe();
  const { setMe } = useSession();
  const form = useForm({
    initialValues: { name: me.user.name, locale: me.user.locale as Locale },
    validate: { name: (v) => (v.trim() ? null : t('validation.nameRequired')) },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => api.patch<Me>('/me', { name: v.name.trim(), locale: v.locale }),
    onSuccess: async (next) => {
      setMe(next);
      form.resetDirty({ name: next.user.name, locale: next.user.locale });
      storeLocale(next.user.locale);
      await switchLanguage(next.user.locale);
      notifySuccess(t('profile.saved'));
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Page title={t('profile.title')}>
      <Card withBorder padding="lg">
        <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
          <Stack maw={420}>
            <Title order={2} size="h4">
              {t('profile.details')}
            </Title>
            <div>
              <Text size="sm" fw={500}>
                {t('fields.email')}
              </Text>
              <Text size="sm" data-testid="profile-email">
                {me.user.email}
              </Text>
            </div>
            <TextInput
              label={t('fields.name')}
              autoComplete="name"
              required
              {...form.getInputProps('name')}
            />
            <NativeSelect
              label={t('fields.locale')}
              description={t('profile.localeHint')}
              data={uiLocales.map((l) => ({ value: l.value, label: l.label }))}
              {...form.getInputProps('locale')}
            />
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder padding="lg">
        <Stack>
          <Title order={2} size="h4">
            {t('changePassword.title')}
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Card>
    </Page>
  );
}
