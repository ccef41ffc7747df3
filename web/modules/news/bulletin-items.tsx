import { Anchor, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type BulletinItem, bulletinItemKinds } from '../../../contracts/news';
import { useFormat } from '../../app/format';

/** A bulletin's lines, grouped by kind in the order the mail lists them, each a link into Kadar. */
export function BulletinItems({ items }: { items: BulletinItem[] }) {
  const { t } = useTranslation('news');
  const format = useFormat();
  const groups = bulletinItemKinds
    .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return (
    <Stack gap="md" data-testid="bulletin-items">
      {groups.map((g) => (
        <section key={g.kind}>
          <Title order={3} size="h5" mb={4}>
            {t(`itemKinds.${g.kind}`)}
          </Title>
          <List spacing={4} size="sm">
            {g.items.map((item) => (
              <List.Item key={`${item.path}:${item.title}`}>
                <Anchor component={Link} to={item.path} style={{ overflowWrap: 'anywhere' }}>
                  {item.title}
                </Anchor>
                {item.date ? ` · ${format.date(item.date)}` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      ))}
    </Stack>
  );
}
