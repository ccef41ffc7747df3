import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Locale } from '../../../contracts/access';
import type { User } from '../../../contracts/identity';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { uiLocales } from '../../app/locale';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { Page } from '../../components/page';
import { minPasswordLength, PasswordField } from '../identity/password-field';
import { MembershipFields, type MembershipValues } from './membership-fields';

type InviteValues = MembershipValues & {
  email: string;
  name: string;
  locale: Locale;
  withPassword: boolean;
  initialPassword: string;
};

/** Invite a person: an email with a link to choose a password, or an initial password to hand over. */
export function UserInvitePage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Start in the (first) organisation where the person manages users.
  const localeChosen = useRef(false);
  const home = me.memberships.find((m) => canOn(me, 'users.manage', m));
  const form = useForm<InviteValues>({
    initialValues: {
      email: '',
      name: '',
      locale: home?.countryCode === 'BG' ? 'bg' : 'sr-Cyrl',
      organisationId: home?.organisationId ?? null,
      role: '',
      orgUnitId: '',
      withPassword: false,
      initialPassword: '',
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.emailInvalid')),
      name: (v) => (v.trim() ? null : t('validation.nameRequired')),
      organisationId: (v) => (v ? null : t('validation.organisationRequired')),
      role: (v) => (v ? null : t('validation.roleRequired')),
      orgUnitId: (v, values) => (values.role === 'manager' && !v ? t('validation.orgUnitRequired') : null),
      initialPassword: (v, values) =>
        !values.withPassword || v.length >= minPasswordLength
          ? null
          : t('validation.passwordTooShort', { min: minPasswordLength }),
    },
  });
  const invite = useMutation({
    mutationFn: (v: InviteValues) =>
      api.post<User>('/users/invitations', {
        email: v.email.trim(),
        name: v.name.trim(),
        locale: v.locale,
        organisationId: v.organisationId,
        role: v.role,
        orgUnitId: v.orgUnitId || null,
        ...(v.withPassword ? { initialPassword: v.initialPassword } : {}),
      }),
    onSuccess: (user, v) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      notifySuccess(
        v.withPassword ? t('invite.createdWithPassword') : t('invite.sent', { email: user.email }),
      );
      navigate(`/users/${user.id}`);
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Page title={t('invite.title')} back={{ to: '/users', label: t('list.title') }}>
      <Card withBorder padding="lg" maw={800}>
        <form onSubmit={form.onSubmit((v) => invite.mutate(v))} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('invite.person')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('fields.email')}
                type="email"
                required
                autoComplete="off"
                {...form.getInputProps('email')}
              />
              <TextInput
                label={t('fields.name')}
                required
                autoComplete="off"
                {...form.getInputProps('name')}
              />
              <NativeSelect
                label={t('fields.locale')}
                description={t('invite.localeHint')}
                data={uiLocales.map((l) => ({ value: l.value, label: l.label }))}
                {...form.getInputProps('locale')}
                onChange={(e) => {
                  localeChosen.current = true;
                  form.setFieldValue('locale', e.currentTarget.value as Locale);
                }}
              />
            </SimpleGrid>
            <Title order={2} size="h4" mt="sm">
              {t('invite.membership')}
            </Title>
            <MembershipFields
              values={form.values}
              errors={form.errors}
              onChange={(patch, organisation) => {
                form.setValues(patch);
                form.clearFieldError('organisationId');
                form.clearFieldError('role');
                // The person's language follows the organisation's country until chosen by hand.
                if (organisation && !localeChosen.current) {
                  form.setFieldValue('locale', organisation.countryCode === 'BG' ? 'bg' : 'sr-Cyrl');
                }
              }}
            />
            <Checkbox
              mt="sm"
              label={t('invite.withPassword')}
              description={t('invite.withPasswordHint')}
              {...form.getInputProps('withPassword', { type: 'checkbox' })}
            />
            {form.values.withPassword ? (
              <PasswordField
                label={t('fields.initialPassword')}
                description={t('invite.initialPasswordHint', { min: minPasswordLength })}
                autoComplete="new-password"
                required
                maw={380}
                {...form.getInputProps('initialPassword')}
              />
            ) : (
              <Alert color="blue" variant="light">
                {t('invite.emailHint')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={invite.isPending}>
                {form.values.withPassword ? t('invite.submitCreate') : t('invite.submit')}
              </Button>
              <Button variant="default" onClick={() => navigate('/users')}>
                {tc('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
