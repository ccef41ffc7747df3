import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicPost } from '../../../contracts/news';
import { usePostText } from './news-text';

/** Where an event takes place: the place, the online link, or both. */
export function EventPlace({ post: p }: { post: Pick<PublicPost, 'location' | 'onlineUrl' | 'locale'> }) {
  const { t } = useTranslation('news');
  const text = usePostText();
  return (
    <>
      {p.location ? (
        <Text size="sm" lang={text.lang(p.locale)}>
          {t('fields.location')}: {text.text(p.locale, p.location)}
        </Text>
      ) : null}
      {p.onlineUrl ? (
        <Text size="sm">
          {t('fields.onlineUrl')}:{' '}
          <Anchor
            href={p.onlineUrl}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
            {p.onlineUrl}
          </Anchor>
        </Text>
      ) : null}
    </>
  );
}
