import type { Locale } from '../../contracts/access';

/** What a demo practitioner writes on their card: job title and expertise in their own language. */
export type DemoCardText = { jobTitle: string; expertise: string };

const serbianCyrillic: readonly DemoCardText[] = [
  {
    jobTitle: 'Руководилац Одсека за људске ресурсе',
    expertise: 'Оцењивање службеника, систематизација радних места, кадровски план',
  },
  {
    jobTitle: 'Самостални саветник за управљање људским ресурсима',
    expertise: 'Јавни конкурси и пријем у радни однос, пробни рад',
  },
  {
    jobTitle: 'Саветник за кадровске послове',
    expertise: 'Стручно усавршавање, програми обуке, сарадња са НАЈУ',
  },
  {
    jobTitle: 'Шеф Службе за опште и кадровске послове',
    expertise: 'Радни односи, дисциплинска одговорност, решења о правима и обавезама',
  },
];

const serbianLatin: readonly DemoCardText[] = [
  {
    jobTitle: 'Rukovodilac Odseka za ljudske resurse',
    expertise: 'Kompetencije i ocenjivanje, individualni planovi razvoja',
  },
  {
    jobTitle: 'Samostalni savetnik za kadrovske poslove',
    expertise: 'Kadrovska evidencija, Centralna kadrovska evidencija, zaštita podataka o ličnosti',
  },
];

const bulgarian: readonly DemoCardText[] = [
  {
    jobTitle: 'Главен експерт „Човешки ресурси“',
    expertise: 'Атестиране на служителите, длъжностни характеристики',
  },
  {
    jobTitle: 'Старши специалист „Управление на човешките ресурси“',
    expertise: 'Конкурси за държавни служители, встъпително обучение',
  },
  {
    jobTitle: 'Началник на отдел „Човешки ресурси“',
    expertise: 'Щатно разписание, заплати, обучения в ИПА',
  },
];

/** The n-th demo card's text for a person who works in `locale`. */
export function demoCardText(locale: Locale, n: number): DemoCardText {
  const list = locale === 'bg' ? bulgarian : locale === 'sr-Latn' ? serbianLatin : serbianCyrillic;
  return list[n % list.length] as DemoCardText;
}

/** The associations' experts introduce themselves. */
export const expertCards: Readonly<Record<string, DemoCardText>> = {
  'expert@kadar.example': {
    jobTitle: 'Ekspert za radne odnose u lokalnoj samoupravi, SKGO',
    expertise: 'Zakon o zaposlenima u AP i JLS, ocenjivanje, savetodavna pitanja',
  },
  'expert-bg@kadar.example': {
    jobTitle: 'Експерт „Местна администрация“, НСОРБ',
    expertise: 'Закон за държавния служител, атестиране, консултации за общините',
  },
};

/** Writes their card in the e2e journey, so the demo leaves it without one. */
export const cardlessLogin = 'hr@ivanjica.example';
/** Kept but not listed: the directory shows the opt-out. */
export const unlistedLogin = 'hr@tutin.example';
