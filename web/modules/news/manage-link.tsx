import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session-context';

/** For the bodies' publishers: the way from the public lists to their own posts. */
export function ManageLink() {
  const { t } = useTranslation('news');
  const { can } = useSession();
  if (!can('news.publish')) return null;
  return (
    <Button component={Link} to="/news/manage" variant="default" data-testid="news-manage-link">
      {t('manage.title')}
    </Button>
  );
}
