import type { BodyRole, Locale, OrgKind, Role } from '../../contracts/access';

/** Real municipalities and national bodies of Serbia and Bulgaria, with their districts/oblasts. */
export type DemoOrganisation = {
  slug: string;
  country: 'RS' | 'BG';
  kind: OrgKind;
  bodyRole?: BodyRole;
  name: string;
  region?: string;
  website?: string;
};

export const demoNationalBodies: DemoOrganisation[] = [
  {
    slug: 'napa',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'training_academy',
    name: 'Национална академија за јавну управу',
    website: 'https://www.napa.gov.rs',
  },
  {
    slug: 'skgo',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'association',
    name: 'Стална конференција градова и општина',
    website: 'https://www.skgo.org',
  },
  {
    slug: 'mduls',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'ministry',
    name: 'Министарство државне управе и локалне самоуправе',
    website: 'https://mduls.gov.rs',
  },
  {
    slug: 'savet',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'council',
    name: 'Савет за стручно усавршавање запослених у јединицама локалне самоуправе',
  },
  {
    slug: 'namrb',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'association',
    name: 'Национално сдружение на общините в Република България',
    website: 'https://www.namrb.org',
  },
  {
    slug: 'ipa',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'training_academy',
    name: 'Институт по публична администрация',
    website: 'https://www.ipa.government.bg',
  },
  {
    slug: 'mrrb',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'ministry',
    name: 'Министерство на регионалното развитие и благоустройството',
    website: 'https://www.mrrb.bg',
  },
];

export const demoMunicipalities: DemoOrganisation[] = [
  { slug: 'novi-pazar', country: 'RS', kind: 'city', name: 'Нови Пазар', region: 'RS-18' },
  { slug: 'kraljevo', country: 'RS', kind: 'city', name: 'Краљево', region: 'RS-18' },
  { slug: 'tutin', country: 'RS', kind: 'municipality', name: 'Тутин', region: 'RS-18' },
  { slug: 'kragujevac', country: 'RS', kind: 'city', name: 'Крагујевац', region: 'RS-12' },
  { slug: 'nis', country: 'RS', kind: 'city', name: 'Ниш', region: 'RS-20' },
  { slug: 'cacak', country: 'RS', kind: 'city', name: 'Чачак', region: 'RS-17' },
  { slug: 'ivanjica', country: 'RS', kind: 'municipality', name: 'Ивањица', region: 'RS-17' },
  { slug: 'valjevo', country: 'RS', kind: 'city', name: 'Ваљево', region: 'RS-09' },
  { slug: 'sabac', country: 'RS', kind: 'city', name: 'Шабац', region: 'RS-08' },
  { slug: 'subotica', country: 'RS', kind: 'city', name: 'Суботица', region: 'RS-01' },
  { slug: 'zrenjanin', country: 'RS', kind: 'city', name: 'Зрењанин', region: 'RS-02' },
  { slug: 'vranje', country: 'RS', kind: 'city', name: 'Врање', region: 'RS-24' },
  { slug: 'pirot', country: 'RS', kind: 'city', name: 'Пирот', region: 'RS-22' },
  { slug: 'paracin', country: 'RS', kind: 'municipality', name: 'Параћин', region: 'RS-13' },
  { slug: 'smolyan', country: 'BG', kind: 'municipality', name: 'Смолян', region: 'BG-21' },
  { slug: 'gabrovo', country: 'BG', kind: 'municipality', name: 'Габрово', region: 'BG-07' },
  { slug: 'blagoevgrad', country: 'BG', kind: 'municipality', name: 'Благоевград', region: 'BG-01' },
  { slug: 'gotse-delchev', country: 'BG', kind: 'municipality', name: 'Гоце Делчев', region: 'BG-01' },
  { slug: 'pleven', country: 'BG', kind: 'municipality', name: 'Плевен', region: 'BG-15' },
  { slug: 'burgas', country: 'BG', kind: 'municipality', name: 'Бургас', region: 'BG-02' },
  { slug: 'ruse', country: 'BG', kind: 'municipality', name: 'Русе', region: 'BG-18' },
  { slug: 'stara-zagora', country: 'BG', kind: 'municipality', name: 'Стара Загора', region: 'BG-24' },
  { slug: 'vratsa', country: 'BG', kind: 'municipality', name: 'Враца', region: 'BG-06' },
  { slug: 'kardzhali', country: 'BG', kind: 'municipality', name: 'Кърджали', region: 'BG-09' },
  { slug: 'veliko-tarnovo', country: 'BG', kind: 'municipality', name: 'Велико Търново', region: 'BG-04' },
];

/** An org-unit tree: a name and its sub-units. */
export type UnitTree = [name: string, children?: UnitTree[]];

const serbianDepartments: UnitTree[] = [
  [
    'Одељење за општу управу и заједничке послове',
    [['Одсек за људске ресурсе'], ['Услужни центар и писарница'], ['Одсек за матичне послове']],
  ],
  [
    'Одељење за финансије',
    [['Одсек за буџет'], ['Одсек за локалну пореску администрацију'], ['Одсек за трезор и рачуноводство']],
  ],
  [
    'Одељење за урбанизам и имовинско-правне послове',
    [['Одсек за просторно планирање'], ['Одсек за обједињену процедуру']],
  ],
  ['Одељење за локални економски развој'],
  [
    'Одељење за инспекцијске послове',
    [['Група за грађевинску инспекцију'], ['Група за комуналну инспекцију']],
  ],
  ['Одељење за друштвене делатности'],
];

export function serbianUnits(kind: OrgKind): UnitTree[] {
  const city = kind === 'city';
  return [
    [city ? 'Градска управа' : 'Општинска управа', serbianDepartments],
    [city ? 'Кабинет градоначелника' : 'Кабинет председника општине'],
  ];
}

export const bulgarianUnits: UnitTree[] = [
  [
    'Общинска администрация',
    [
      ['Дирекция „Финанси и бюджет“', [['Отдел „Бюджет и счетоводство“'], ['Отдел „Местни данъци и такси“']]],
      ['Дирекция „Устройство на територията“', [['Отдел „Кадастър и регулация“']]],
      [
        'Дирекция „Административно обслужване“',
        [['Отдел „Човешки ресурси“'], ['Център за административно обслужване']],
      ],
      ['Дирекция „Хуманитарни дейности“'],
      ['Дирекция „Правни дейности и обществени поръчки“'],
    ],
  ],
  ['Кабинет на кмета'],
];

export type DemoLogin = {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  locale: Locale;
  /** For managers: the unit whose subtree they manage. */
  unit?: string;
};

/** HR officers of the municipalities not named here get `hr@<slug>.example` with a name from this list. */
export const hrOfficerNames: Record<'RS' | 'BG', string[]> = {
  RS: [
    'Снежана Павловић',
    'Бојан Ђорђевић',
    'Ивана Стевановић',
    'Немања Лазић',
    'Тамара Милошевић',
    'Милан Јовановић',
    'Драгана Васић',
    'Стефан Ристић',
    'Марија Костић',
    'Ненад Вуковић',
    'Јована Радић',
    'Урош Симић',
  ],
  BG: [
    'Николай Иванов',
    'Десислава Стоянова',
    'Петя Димитрова',
    'Георги Колев',
    'Росица Тодорова',
    'Стефан Ангелов',
    'Милена Христова',
    'Васил Попов',
    'Теодора Илиева',
    'Христо Николов',
    'Йорданка Маринова',
  ],
};

export const namedLogins: DemoLogin[] = [
  {
    email: 'admin@kadar.example',
    name: 'Ana Marković',
    role: 'platform_admin',
    organisation: 'mduls',
    locale: 'en',
  },
  {
    email: 'napa@kadar.example',
    name: 'Милица Илић',
    role: 'national_admin',
    organisation: 'napa',
    locale: 'sr-Cyrl',
  },
  {
    email: 'skgo@kadar.example',
    name: 'Драган Петровић',
    role: 'national_admin',
    organisation: 'skgo',
    locale: 'sr-Cyrl',
  },
  {
    email: 'namrb@kadar.example',
    name: 'Иванка Георгиева',
    role: 'national_admin',
    organisation: 'namrb',
    locale: 'bg',
  },
  {
    email: 'trainer@kadar.example',
    name: 'Зоран Николић',
    role: 'trainer',
    organisation: 'napa',
    locale: 'sr-Cyrl',
  },
  {
    email: 'expert@kadar.example',
    name: 'Весна Томић',
    role: 'expert',
    organisation: 'skgo',
    locale: 'sr-Latn',
  },
  {
    email: 'hr@novi-pazar.example',
    name: 'Амина Хоџић',
    role: 'hr_officer',
    organisation: 'novi-pazar',
    locale: 'sr-Cyrl',
  },
  {
    email: 'manager@novi-pazar.example',
    name: 'Емир Мухаремовић',
    role: 'manager',
    organisation: 'novi-pazar',
    locale: 'sr-Cyrl',
    unit: 'Одељење за финансије',
  },
  {
    email: 'employee@novi-pazar.example',
    name: 'Лејла Бећировић',
    role: 'employee',
    organisation: 'novi-pazar',
    locale: 'sr-Cyrl',
  },
  {
    email: 'hr@kraljevo.example',
    name: 'Јелена Марковић',
    role: 'hr_officer',
    organisation: 'kraljevo',
    locale: 'sr-Latn',
  },
  {
    email: 'hr@smolyan.example',
    name: 'Мария Петрова',
    role: 'hr_officer',
    organisation: 'smolyan',
    locale: 'bg',
  },
  {
    email: 'hr@gabrovo.example',
    name: 'Николай Иванов',
    role: 'hr_officer',
    organisation: 'gabrovo',
    locale: 'bg',
  },
];
