import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { MyBulletin } from './my-bulletin';
import { NewsFrame } from './news-frame';
import { SubscribeForm } from './subscribe-form';

/** The bulletin: what it carries, and the subscription (a signed-in reader's own, or anyone's by address). */
export function BulletinPage() {
  const { t } = useTranslation('news');
  const { me, can } = useSession();
  return (
    <NewsFrame>
      <Page
        title={t('bulletin.title')}
        actions={
          can('news.publish') ? (
            <Button
              component={Link}
              to="/bulletin/manage"
              variant="default"
              data-testid="bulletin-manage-link"
            >
              {t('bulletinManage.title')}
            </Button>
          ) : null
        }
      >
        <Text c="dimmed" maw={800}>
          {t('bulletin.intro')}
        </Text>
        {me ? (
          <Card withBorder radius="md" padding="md" maw={640}>
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('bulletin.mineTitle')}
              </Title>
              <MyBulletin />
            </Stack>
          </Card>
        ) : null}
        <Card withBorder radius="md" padding="md" maw={640}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {me ? t('bulletin.otherTitle') : t('bulletin.formTitle')}
            </Title>
            <SubscribeForm />
          </Stack>
        </Card>
      </Page>
    </NewsFrame>
  );
}
