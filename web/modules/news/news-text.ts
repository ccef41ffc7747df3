import { useMemo } from 'react';
import type { Locale } from '../../../contracts/access';
import type { PublicPost } from '../../../contracts/news';
import { serbianToLatin } from '../../../server/platform/i18n/transliterate';
import { useFormat } from '../../app/format';
import { usesLatinNames } from '../../app/locale';

/**
 * How a reader of the current language reads a post: the publisher in their script, Serbian Cyrillic
 * texts in Latin letters for Latin-script readers (Latin → Cyrillic is not lossless, so Latin texts stay as
 * written) and an event's time as one range in the reader's format.
 */
export function usePostText() {
  const format = useFormat();
  const { locale } = format;
  return useMemo(() => {
    const shown = (written: Locale) =>
      usesLatinNames(locale) && written === 'sr-Cyrl' ? 'sr-Latn' : written;
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      text: (written: Locale, text: string) => (shown(written) === written ? text : serbianToLatin(text)),
      /** The language of the texts as shown (for screen readers), when it differs from the page's. */
      lang: (written: Locale) => (shown(written) === locale ? undefined : shown(written)),
      publisher: (p: Pick<PublicPost, 'organisationName' | 'organisationNameLatin'>) =>
        format.name({ name: p.organisationName, nameLatin: p.organisationNameLatin }),
      date: format.date,
      when: (p: Pick<PublicPost, 'startsAt' | 'endsAt'>) => {
        if (!p.startsAt) return '—';
        const start = new Date(p.startsAt);
        return p.endsAt ? dateTime.formatRange(start, new Date(p.endsAt)) : dateTime.format(start);
      },
    };
  }, [format, locale]);
}
