import type { Locale } from '../../../contracts/access';
import type {
  Practice,
  PracticeLink,
  PracticeTranslation,
  PracticeUpdate,
} from '../../../contracts/practices';

/** The form's values: the translation is always there to type into, and sent only when switched on. */
export type PracticeValues = {
  locale: Locale;
  categoryCode: string;
  title: string;
  initiator: string;
  partners: string;
  summary: string;
  background: string;
  practice: string;
  results: string;
  periodFrom: string;
  periodTo: string;
  links: PracticeLink[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  hasTranslation: boolean;
  translation: PracticeTranslation;
};

const emptyTranslation: PracticeTranslation = {
  locale: 'en',
  title: '',
  summary: '',
  background: '',
  practice: '',
  results: '',
};

export function newPracticeValues(locale: Locale, categoryCode: string): PracticeValues {
  return {
    locale,
    categoryCode,
    title: '',
    initiator: '',
    partners: '',
    summary: '',
    background: '',
    practice: '',
    results: '',
    periodFrom: '',
    periodTo: '',
    links: [],
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    hasTranslation: false,
    translation: emptyTranslation,
  };
}

export function practiceValues(p: Practice): PracticeValues {
  return {
    locale: p.locale,
    categoryCode: p.categoryCode,
    title: p.title,
    initiator: p.initiator,
    partners: p.partners,
    summary: p.summary,
    background: p.background,
    practice: p.practice,
    results: p.results,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo ?? '',
    links: p.links,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone,
    hasTranslation: p.translation !== null,
    translation: p.translation ?? emptyTranslation,
  };
}

/** What the API takes: no end date is null, and the translation only when there is one. */
export function practiceBody({ hasTranslation, translation, periodTo, ...rest }: PracticeValues) {
  return {
    ...rest,
    periodTo: periodTo || null,
    translation: hasTranslation ? translation : null,
  } satisfies Required<PracticeUpdate>;
}
