import { Alert, Anchor, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { PublicLayout } from '../../app/app-shell';
import { reportError } from '../../app/problems';
import { useDocumentTitle } from '../../components/page';

/** Ask for a reset link by email; the answer is the same whether or not the address is known. */
export function PasswordResetRequestPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('resetRequest.title'));
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.emailInvalid')) },
  });
  const request = useMutation({
    mutationFn: (email: string) => api.post<{ ok: true }>('/auth/password-reset-request', { email }),
    onError: (error) => reportError(error, form),
  });

  return (
    <PublicLayout>
      <Center py={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
          <Stack>
            <Title order={1} size="h2">
              {t('resetRequest.title')}
            </Title>
            {request.isSuccess ? (
              <Alert color="green" variant="light" role="status" title={t('resetRequest.sentTitle')}>
                {t('resetRequest.sent', { email: form.values.email.trim() })}
              </Alert>
            ) : (
              <form onSubmit={form.onSubmit((v) => request.mutate(v.email.trim()))} noValidate>
                <Stack>
                  <Text c="dimmed" size="sm">
                    {t('resetRequest.intro')}
                  </Text>
                  <TextInput
                    label={t('fields.email')}
                    type="email"
                    autoComplete="email"
                    required
                    {...form.getInputProps('email')}
                  />
                  <Button type="submit" loading={request.isPending} fullWidth>
                    {t('resetRequest.submit')}
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
