import { Anchor, Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Sets the browser tab title: "<page> · Kadar". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Kadar` : 'Kadar';
  }, [title]);
}

type PageProps = {
  title: string;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  /** A link back to the parent page. */
  back?: { to: string; label: string };
  children: ReactNode;
};

/** Every page: one <h1>, optional actions, and the content below. */
export function Page({ title, actions, back, children }: PageProps) {
  useDocumentTitle(title);
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        {back ? (
          <Anchor component={Link} to={back.to} size="sm">
            {t('actions.backTo', { page: back.label })}
          </Anchor>
        ) : null}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {actions ? <Group gap="sm">{actions}</Group> : null}
        </Group>
      </Stack>
      {children}
    </Stack>
  );
}
