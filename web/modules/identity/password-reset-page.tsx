import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { PublicLayout } from '../../app/app-shell';
import { notifySuccess, reportError } from '../../app/problems';
import { useSession } from '../../app/session-context';
import { useDocumentTitle } from '../../components/page';
import { minPasswordLength, PasswordField } from './password-field';

/** The page behind an emailed link (password reset or invitation): choose a password, then sign in. */
export function PasswordResetPage() {
  const { t } = useTranslation('identity');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  // Invitation links carry `invite=1`: same form, a welcome instead of "forgotten password".
  const invite = params.get('invite') === '1';
  const title = invite ? t('reset.inviteTitle') : t('reset.title');
  const navigate = useNavigate();
  const { me } = useSession();
  useDocumentTitle(title);
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: (v) =>
        v.length >= minPasswordLength ? null : t('validation.passwordTooShort', { min: minPasswordLength }),
      confirmPassword: (v, values) => (v === values.newPassword ? null : t('validation.passwordsDiffer')),
    },
  });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      api.post<{ ok: true }>('/auth/password-reset', { token, newPassword }),
    onSuccess: () => {
      notifySuccess(t('reset.done'));
      navigate(me ? '/' : '/login');
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <PublicLayout>
      <Center py={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
          <Stack>
            <Title order={1} size="h2">
              {title}
            </Title>
            {token.length < 20 ? (
              <Alert color="red" variant="light" role="alert" title={t('reset.invalidLinkTitle')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('reset.invalidLink')}</Text>
                  <Anchor component={Link} to="/forgot-password" size="sm" c="inherit" underline="always">
                    {t('reset.requestNew')}
                  </Anchor>
                </Stack>
              </Alert>
            ) : (
              <form onSubmit={form.onSubmit((v) => reset.mutate(v.newPassword))} noValidate>
                <Stack>
                  <Text c="dimmed" size="sm">
                    {invite
                      ? t('reset.inviteIntro', { min: minPasswordLength })
                      : t('reset.intro', { min: minPasswordLength })}
                  </Text>
                  <PasswordField
                    label={t('fields.newPassword')}
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
                  <Button type="submit" loading={reset.isPending} fullWidth>
                    {t('reset.submit')}
                  </Button>
                </Stack>
              </form>
            )}
            <Anchor component={Link} to="/login" size="sm" ta="center">
              {t('backToLogin')}
            </Anchor>
          </Stack>
        </Paper>
      </Center>
    </PublicLayout>
  );
}
