import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CatalogueFrame } from '../catalogue/catalogue-frame';

const sections = ['news', 'events', 'bulletin'] as const;

/** The visitors' header, and links between the news, the events and the bulletin. */
export function NewsFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('news');
  const location = useLocation();
  const current = location.pathname.split('/')[1];
  return (
    <CatalogueFrame>
      <Group component="nav" aria-label={t('frame.navigation')} gap="md" mb="sm">
        {sections.map((section) => (
          <Anchor
            key={section}
            component={Link}
            to={`/${section}`}
            size="sm"
            fw={current === section ? 700 : 500}
            underline={current === section ? 'always' : 'hover'}
            aria-current={current === section ? 'page' : undefined}
          >
            {t(`frame.${section}`)}
          </Anchor>
        ))}
      </Group>
      {children}
    </CatalogueFrame>
  );
}
