import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PeoplePack,
  type PositionCategory,
  packLabel,
  type Systematisation,
} from '../../../contracts/positions';
import { useLocale } from '../../app/format';

const statusColors: Record<Systematisation['status'], string> = {
  draft: 'blue',
  adopted: 'green',
  superseded: 'gray',
};

/** Draft, in force or superseded. */
export function SystematisationStatusBadge({ status }: { status: Systematisation['status'] }) {
  const { t } = useTranslation('positions');
  return (
    <Badge variant="light" color={statusColors[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * Names of the pack's categories and titles as the reader reads them. Categories carry no English
 * name in the packs, so an English reader gets the platform's own wording instead of a Latin one.
 */
export function usePackLabels(pack: PeoplePack | null) {
  const { t } = useTranslation('positions');
  const locale = useLocale();
  return useMemo(() => {
    const categories = new Map(pack?.categories.map((c) => [c.code, c]));
    const titles = new Map(pack?.titles.map((x) => [x.code, x]));
    const category = (code: PositionCategory) => {
      const entry = categories.get(code);
      return entry && locale !== 'en' ? packLabel(entry, locale) : t(`categories.${code}`);
    };
    const title = (code: string) => {
      const entry = titles.get(code);
      return entry ? packLabel(entry, locale) : code;
    };
    const titlesOf = (code: PositionCategory | '') =>
      (pack?.titles ?? [])
        .filter((x) => x.category === code)
        .map((x) => ({ value: x.code, label: packLabel(x, locale) }));
    return { category, title, titlesOf };
  }, [pack, locale, t]);
}
