import { Alert, Anchor, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../contracts/identity';
import { ApiError, api } from '../../app/api-client';
import { PublicLayout } from '../../app/app-shell';
import { errorMessage } from '../../app/problems';
import { useSession } from '../../app/session-context';
import { useDocumentTitle } from '../../components/page';
import { PasswordField } from './password-field';

export function LoginPage() {
  const { t } = useTranslation('identity');
  const { setMe } = useSession();
  useDocumentTitle(t('login.title'));
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('validation.emailRequired')),
      password: (v) => (v ? null : t('validation.passwordRequired')),
    },
  });
  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      api.post<Me>('/auth/login', { email: values.email.trim(), password: values.password }),
    onSuccess: (me) => setMe(me),
    onError: (error) => {
      const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      const known = fields.filter((f) => f.field === 'email' || f.field === 'password');
      if (known.length) form.setErrors(Object.fromEntries(known.map((f) => [f.field, f.message])));
    },
  });

  return (
    <PublicLayout>
      <Center py={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('login.intro')}
              </Text>
              {login.isError ? (
                <Alert color="red" variant="light" role="alert" title={t('login.failed')}>
                  {errorMessage(login.error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="username"
                required
                data-testid="login-email"
                {...form.getInputProps('email')}
              />
              <PasswordField
                label={t('fields.password')}
                autoComplete="current-password"
                required
                data-testid="login-password"
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
                {t('login.submit')}
              </Button>
              <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
                {t('login.forgot')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Center>
    </PublicLayout>
  );
}
