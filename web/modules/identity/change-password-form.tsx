import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/identity';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { useSession } from '../../app/session-context';
import { minPasswordLength, PasswordField } from './password-field';

/** Current password, new password twice: POST /me/password, which answers the updated Me. */
export function ChangePasswordForm({ submitLabel }: { submitLabel?: string }) {
  const { t } = useTranslation('identity');
  const { setMe } = useSession();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.passwordRequired')),
      newPassword: (v) =>
        v.length >= minPasswordLength ? null : t('validation.passwordTooShort', { min: minPasswordLength }),
      confirmPassword: (v, values) => (v === values.newPassword ? null : t('validation.passwordsDiffer')),
    },
  });
  const change = useMutation({
    mutationFn: (v: typeof form.values) =>
      api.post<Me>('/me/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: (me) => {
      form.reset();
      setMe(me);
      notifySuccess(t('changePassword.done'));
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <form onSubmit={form.onSubmit((v) => change.mutate(v))} noValidate>
      <Stack maw={420}>
        <PasswordField
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          data-testid="current-password"
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('fields.newPassword')}
          description={t('changePassword.rule', { min: minPasswordLength })}
          autoComplete="new-password"
          required
          data-testid="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
          required
          data-testid="confirm-password"
          {...form.getInputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {submitLabel ?? t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
