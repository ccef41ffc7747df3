import { Anchor, Button, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PublicLayout } from '../../app/app-shell';
import { useSession } from '../../app/session-context';

/**
 * The public pages of the catalogue: the visitors' header (language, and "sign in" or, for a signed-in
 * reader, the way back into Kadar) and links between the catalogue and the trainers' register.
 */
export function CatalogueFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const knowledge = location.pathname.startsWith('/knowledge');
  const library = location.pathname.startsWith('/library');
  const practices = location.pathname.startsWith('/practices');
  const news = /^\/(news|events|bulletin)(\/|$)/.test(location.pathname);
  const trainers = location.pathname.includes('/trainers');
  const links = [
    {
      to: '/catalogue',
      label: t('public.programmesLink'),
      active: !trainers && !knowledge && !library && !practices && !news,
    },
    { to: '/catalogue/trainers', label: t('public.trainersLink'), active: trainers },
    // The associations' knowledge base shares the visitors' header.
    { to: '/knowledge', label: tc('nav.knowledge'), active: knowledge },
    { to: '/library', label: tc('nav.library'), active: library },
    { to: '/practices', label: tc('nav.practices'), active: practices },
    { to: '/news', label: tc('nav.news'), active: news },
  ];
  return (
    <PublicLayout
      actions={
        me ? (
          <Button component={Link} to="/" variant="default" data-testid="catalogue-open-app">
            {t('public.openApp')}
          </Button>
        ) : (
          <Button
            component={Link}
            to={`/login?next=${encodeURIComponent(here)}`}
            variant="default"
            data-testid="catalogue-sign-in"
          >
            {t('public.signIn')}
          </Button>
        )
      }
    >
      <Container size="xl" px={0}>
        <Group component="nav" aria-label={t('public.navigation')} gap="lg" mb="md">
          {links.map((link) => (
            <Anchor
              key={link.to}
              component={Link}
              to={link.to}
              fw={link.active ? 700 : 500}
              underline={link.active ? 'always' : 'hover'}
              aria-current={link.active ? 'page' : undefined}
            >
              {link.label}
            </Anchor>
          ))}
        </Group>
        {children}
      </Container>
    </PublicLayout>
  );
}
