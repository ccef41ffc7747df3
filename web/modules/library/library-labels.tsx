import { Badge, Mark, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, LibraryDocument } from '../../../contracts/library-documents';
import { foldForSearch } from '../../../server/platform/i18n/transliterate';

const kindColours: Record<DocumentKind, string> = {
  handbook: 'blue',
  model_act: 'violet',
  regulation: 'indigo',
  template: 'cyan',
  other: 'gray',
};

/** The kind, with the variant of a model act ("Model act · city"). */
export function KindBadge({ document: d }: { document: Pick<LibraryDocument, 'kind' | 'variant'> }) {
  const { t } = useTranslation('library');
  const label = d.variant ? `${t(`kinds.${d.kind}`)} · ${t(`variants.${d.variant}`)}` : t(`kinds.${d.kind}`);
  return (
    <Badge variant="light" color={kindColours[d.kind]} tt="none" radius="sm" data-testid="document-kind">
      {label}
    </Badge>
  );
}

/**
 * The excerpt with the searched words marked. Words are compared folded, so a Latin search marks the
 * Cyrillic words it found (and the other way round), like the server's search.
 */
export function HighlightedExcerpt({
  excerpt,
  query,
  lang,
}: {
  excerpt: string;
  query: string;
  lang?: string;
}) {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const parts = excerpt.split(/([\p{L}\p{N}]+)/u);
  return (
    <Text size="sm" c="dimmed" lang={lang} data-testid="document-excerpt">
      {parts.map((part, i) => {
        const folded = foldForSearch(part);
        const hit = folded !== '' && words.some((w) => folded.includes(w));
        // Parts never reorder, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: the excerpt's parts are fixed
        return hit ? <Mark key={i}>{part}</Mark> : <Fragment key={i}>{part}</Fragment>;
      })}
    </Text>
  );
}
