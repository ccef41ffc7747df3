import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PublicLayout } from '../../app/app-shell';
import { useSession } from '../../app/session-context';
import { useDocumentTitle } from '../../components/page';
import { ChangePasswordForm } from './change-password-form';

/** Shown instead of everything else while the account still has a password someone else set. */
export function ChangePasswordPage() {
  const { t } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const { logout } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(t('changePassword.forcedTitle'));
  return (
    <PublicLayout
      actions={
        <Button variant="default" size="sm" onClick={() => void logout().then(() => navigate('/login'))}>
          {tc('actions.logout')}
        </Button>
      }
    >
      <Center py={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480}>
          <Stack>
            <Title order={1} size="h2">
              {t('changePassword.forcedTitle')}
            </Title>
            <Alert color="blue" variant="light">
              {t('changePassword.forcedIntro')}
            </Alert>
            <ChangePasswordForm submitLabel={t('changePassword.forcedSubmit')} />
          </Stack>
        </Paper>
      </Center>
    </PublicLayout>
  );
}
