import type { Locale } from '../../../contracts/access';
import type { TopicArea } from '../../../contracts/learning-catalogue';
import type { Indicators } from '../../../contracts/learning-indicators';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';

type Value = string | number | null;

/** The indicators as a workbook: the summary against targets, then one sheet per breakdown. */
export function indicatorsWorkbook(
  t: Translator,
  locale: Locale,
  data: Indicators,
  topicAreas: TopicArea[],
): Promise<Buffer> {
  const tr = (key: string, params?: Record<string, unknown>) =>
    t.t(locale, `learning-indicators:${key}`, params);
  const figure = (n: number | null): Value => n ?? tr('suppressedCell', { threshold: data.suppressedBelow });
  const topicName = (code: string) => {
    const a = topicAreas.find((x) => x.code === code);
    if (!a) return code;
    if (locale === 'en') return a.nameEn;
    return readsLatin(locale) ? a.nameLatin : a.name;
  };
  const note: Value[][] = data.suppressedBelow
    ? [[], [tr('suppressionNote', { threshold: data.suppressedBelow })]]
    : [];
  const trained = tr('columns.trained');
  return writeWorkbook([
    {
      name: tr('sheets.summary'),
      headers: [tr('columns.mode'), trained, tr('columns.target'), tr('columns.progress')],
      rows: [
        ...data.byMode.map((m) => [
          tr(`modes.${m.mode}`),
          m.trained,
          m.target,
          m.target ? Math.round((m.trained / m.target) * 1000) / 10 : null,
        ]),
        [tr('columns.total'), data.totals.trained, null, null],
        [],
        [tr('totals.people'), data.totals.people],
        [tr('totals.sessions'), data.totals.sessions],
        [tr('totals.hours'), data.totals.hours],
        [tr('totals.trainerRating'), data.totals.trainerRating],
      ],
    },
    {
      name: tr('sheets.topics'),
      headers: [tr('columns.topicArea'), trained],
      rows: [...data.byTopic.map((r) => [topicName(r.topicArea), figure(r.trained)]), ...note],
    },
    {
      name: tr('sheets.gender'),
      headers: [tr('columns.gender'), trained],
      rows: [...data.byGender.map((r) => [tr(`genders.${r.gender}`), figure(r.trained)]), ...note],
    },
    ...(data.byMunicipality.length
      ? [
          {
            name: tr('sheets.municipalities'),
            headers: [tr('columns.municipality'), trained],
            rows: [
              ...data.byMunicipality.map((r) => [
                readsLatin(locale) ? r.nameLatin : r.name,
                figure(r.trained),
              ]),
              ...note,
            ],
          },
        ]
      : []),
    {
      name: tr('sheets.months'),
      headers: [tr('columns.month'), trained],
      rows: data.byMonth.map((r) => [r.month, r.trained]),
    },
  ]);
}
