import type { BodyRole, Locale, OrgKind, Role } from '../../contracts/access';
import type { SeedCountry } from './seed-latin';

/**
 * The demo: real national bodies and municipalities of Serbia and Bulgaria under their official
 * names, in the country's script and in Latin. Region codes are ISO 3166-2 (the packs' regions).
 * Registry codes (matični broj, ЕИК/БУЛСТАТ) are left empty: a wrong one would look authoritative.
 */
export type DemoOrganisation = {
  slug: string;
  country: SeedCountry;
  kind: OrgKind;
  bodyRole?: BodyRole;
  name: string;
  nameLatin: string;
  /** How the demo logins list names it (acronym of a national body, else the Latin name). */
  label: string;
  region?: string;
  website?: string;
};

/** A municipality of the demo: its administration's size and the HR officer who signs in for it. */
export type DemoMunicipality = DemoOrganisation & {
  size: 'large' | 'small';
  hrOfficer: { name: string; locale: Locale };
};

export const demoNationalBodies: readonly DemoOrganisation[] = [
  {
    slug: 'napa',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'training_academy',
    name: 'Национална академија за јавну управу',
    nameLatin: 'Nacionalna akademija za javnu upravu',
    label: 'NAPA',
    website: 'https://www.napa.gov.rs',
  },
  {
    slug: 'skgo',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'association',
    name: 'Стална конференција градова и општина',
    nameLatin: 'Stalna konferencija gradova i opština',
    label: 'SKGO',
    website: 'https://www.skgo.org',
  },
  {
    slug: 'mduls',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'ministry',
    name: 'Министарство државне управе и локалне самоуправе',
    nameLatin: 'Ministarstvo državne uprave i lokalne samouprave',
    label: 'MDULS',
    website: 'https://mduls.gov.rs',
  },
  {
    slug: 'savet',
    country: 'RS',
    kind: 'national_body',
    bodyRole: 'council',
    name: 'Савет за стручно усавршавање запослених у јединицама локалне самоуправе',
    nameLatin: 'Savet za stručno usavršavanje zaposlenih u jedinicama lokalne samouprave',
    label: 'Savet',
  },
  {
    slug: 'namrb',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'association',
    name: 'Национално сдружение на общините в Република България',
    nameLatin: 'Natsionalno sdruzhenie na obshtinite v Republika Bulgaria',
    label: 'NAMRB',
    website: 'https://www.namrb.org',
  },
  {
    slug: 'ipa',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'training_academy',
    name: 'Институт по публична администрация',
    nameLatin: 'Institut po publichna administratsia',
    label: 'IPA',
    website: 'https://www.ipa.government.bg',
  },
  {
    slug: 'mrrb',
    country: 'BG',
    kind: 'national_body',
    bodyRole: 'ministry',
    name: 'Министерство на регионалното развитие и благоустройството',
    nameLatin: 'Ministerstvo na regionalnoto razvitie i blagoustroystvoto',
    label: 'MRRB',
    website: 'https://www.mrrb.bg',
  },
];

type MunicipalityEntry = [
  slug: string,
  kind: OrgKind,
  name: string,
  nameLatin: string,
  region: string,
  size: 'large' | 'small',
  hrOfficer: string,
  hrLocale?: Locale,
];

const serbian: MunicipalityEntry[] = [
  // Serbian "град" is a city, "општина" a municipality; Novi Pazar has been a city since 2007.
  ['novi-pazar', 'city', 'Нови Пазар', 'Novi Pazar', 'RS-18', 'large', 'Амина Хоџић'],
  ['kraljevo', 'city', 'Краљево', 'Kraljevo', 'RS-18', 'large', 'Jelena Marković', 'sr-Latn'],
  ['tutin', 'municipality', 'Тутин', 'Tutin', 'RS-18', 'small', 'Мирсад Зорнић'],
  ['kragujevac', 'city', 'Крагујевац', 'Kragujevac', 'RS-12', 'large', 'Снежана Павловић'],
  ['nis', 'city', 'Ниш', 'Niš', 'RS-20', 'large', 'Бојан Ђорђевић'],
  ['cacak', 'city', 'Чачак', 'Čačak', 'RS-17', 'large', 'Ивана Стевановић'],
  ['ivanjica', 'municipality', 'Ивањица', 'Ivanjica', 'RS-17', 'small', 'Немања Лазић'],
  ['valjevo', 'city', 'Ваљево', 'Valjevo', 'RS-09', 'large', 'Тамара Милошевић'],
  ['sabac', 'city', 'Шабац', 'Šabac', 'RS-08', 'large', 'Милан Јовановић'],
  ['subotica', 'city', 'Суботица', 'Subotica', 'RS-01', 'large', 'Kristina Horvat', 'sr-Latn'],
  ['zrenjanin', 'city', 'Зрењанин', 'Zrenjanin', 'RS-02', 'large', 'Драгана Васић'],
  ['novi-sad', 'city', 'Нови Сад', 'Novi Sad', 'RS-06', 'large', 'Stefan Ristić', 'sr-Latn'],
  ['vranje', 'city', 'Врање', 'Vranje', 'RS-24', 'large', 'Марија Костић'],
  ['pirot', 'city', 'Пирот', 'Pirot', 'RS-22', 'large', 'Ненад Вуковић'],
  ['paracin', 'municipality', 'Параћин', 'Paraćin', 'RS-13', 'small', 'Јована Радић'],
];

const bulgarian: MunicipalityEntry[] = [
  // Every Bulgarian община is a municipality; the town that gives it its name is its seat.
  ['smolyan', 'municipality', 'Смолян', 'Smolyan', 'BG-21', 'small', 'Мария Петрова'],
  ['gabrovo', 'municipality', 'Габрово', 'Gabrovo', 'BG-07', 'small', 'Николай Иванов'],
  ['blagoevgrad', 'municipality', 'Благоевград', 'Blagoevgrad', 'BG-01', 'large', 'Десислава Стоянова'],
  ['gotse-delchev', 'municipality', 'Гоце Делчев', 'Gotse Delchev', 'BG-01', 'small', 'Петя Димитрова'],
  ['pleven', 'municipality', 'Плевен', 'Pleven', 'BG-15', 'large', 'Георги Колев'],
  ['burgas', 'municipality', 'Бургас', 'Burgas', 'BG-02', 'large', 'Росица Тодорова'],
  ['ruse', 'municipality', 'Русе', 'Ruse', 'BG-18', 'large', 'Стефан Ангелов'],
  ['stara-zagora', 'municipality', 'Стара Загора', 'Stara Zagora', 'BG-24', 'large', 'Милена Христова'],
  ['vratsa', 'municipality', 'Враца', 'Vratsa', 'BG-06', 'small', 'Васил Попов'],
  ['kardzhali', 'municipality', 'Кърджали', 'Kardzhali', 'BG-09', 'small', 'Айше Мехмедова'],
  ['veliko-tarnovo', 'municipality', 'Велико Търново', 'Veliko Tarnovo', 'BG-04', 'large', 'Теодора Илиева'],
];

function municipality(country: SeedCountry, entry: MunicipalityEntry): DemoMunicipality {
  const [slug, kind, name, nameLatin, region, size, hrName, hrLocale] = entry;
  return {
    slug,
    country,
    kind,
    name,
    nameLatin,
    label: nameLatin,
    region,
    size,
    hrOfficer: { name: hrName, locale: hrLocale ?? (country === 'RS' ? 'sr-Cyrl' : 'bg') },
  };
}

export const demoMunicipalities: readonly DemoMunicipality[] = [
  ...serbian.map((e) => municipality('RS', e)),
  ...bulgarian.map((e) => municipality('BG', e)),
];

/** An org-unit tree: a unit's name and its sub-units. */
export type UnitTree = readonly [name: string, children?: readonly UnitTree[]];

/**
 * A Serbian city or municipal administration (градска / општинска управа, an "одељење" with
 * "одсек" and "група" beneath), the mayor's cabinet beside it, and in cities an internal audit
 * service, as in the decisions on the organisation of local administrations.
 */
export function serbianAdministration(kind: OrgKind, size: 'large' | 'small'): UnitTree[] {
  const city = kind === 'city';
  const cabinet: UnitTree = [city ? 'Кабинет градоначелника' : 'Кабинет председника општине'];
  if (size === 'small')
    return [
      [
        city ? 'Градска управа' : 'Општинска управа',
        [
          ['Одељење за општу управу и заједничке послове', [['Група за људске ресурсе'], ['Услужни центар']]],
          ['Одељење за финансије', [['Одсек за локалну пореску администрацију']]],
          ['Одељење за урбанизам'],
          ['Одељење за локални економски развој'],
          ['Одељење за инспекцијске послове'],
        ],
      ],
      cabinet,
    ];
  return [
    [
      city ? 'Градска управа' : 'Општинска управа',
      [
        [
          'Одељење за општу управу и заједничке послове',
          [
            ['Одсек за управљање људским ресурсима'],
            ['Одсек за матичне послове'],
            ['Услужни центар'],
            ['Група за писарницу и архиву'],
          ],
        ],
        [
          'Одељење за финансије',
          [
            ['Одсек за буџет'],
            ['Одсек за трезор и рачуноводство'],
            ['Одсек за локалну пореску администрацију'],
          ],
        ],
        ['Одељење за урбанизам', [['Одсек за просторно планирање'], ['Одсек за обједињену процедуру']]],
        ['Одељење за имовинско-правне послове'],
        ['Одељење за локални економски развој', [['Група за пољопривреду и рурални развој']]],
        [
          'Одељење за инспекцијске послове',
          [
            ['Одсек за грађевинску инспекцију'],
            ['Одсек за комуналну инспекцију'],
            ['Група за инспекцију за заштиту животне средине'],
          ],
        ],
        ['Одељење за друштвене делатности'],
        ['Одељење за комуналне делатности и заштиту животне средине'],
      ],
    ],
    cabinet,
    ['Служба за интерну ревизију'],
  ];
}

/**
 * A Bulgarian municipal administration (общинска администрация: дирекции with отдели beneath)
 * and the internal audit unit every municipality keeps beside it.
 */
export function bulgarianAdministration(size: 'large' | 'small'): UnitTree[] {
  const audit: UnitTree = ['Звено за вътрешен одит'];
  if (size === 'small')
    return [
      [
        'Общинска администрация',
        [
          [
            'Дирекция „Административно обслужване“',
            [['Отдел „Човешки ресурси“'], ['Център за административно обслужване']],
          ],
          ['Дирекция „Финанси и бюджет“', [['Отдел „Местни данъци и такси“']]],
          ['Дирекция „Устройство на територията“'],
          ['Дирекция „Общинска собственост“'],
          ['Дирекция „Хуманитарни дейности“'],
        ],
      ],
      audit,
    ];
  return [
    [
      'Общинска администрация',
      [
        [
          'Дирекция „Административно обслужване“',
          [
            ['Отдел „Човешки ресурси“'],
            ['Отдел „Гражданска регистрация и административно обслужване“'],
            ['Център за административно обслужване'],
          ],
        ],
        [
          'Дирекция „Финанси и бюджет“',
          [['Отдел „Бюджет и счетоводство“'], ['Отдел „Местни данъци и такси“']],
        ],
        [
          'Дирекция „Устройство на територията“',
          [['Отдел „Устройствено планиране и кадастър“'], ['Отдел „Контрол по строителството“']],
        ],
        ['Дирекция „Общинска собственост“'],
        ['Дирекция „Правно обслужване и обществени поръчки“'],
        ['Дирекция „Хуманитарни дейности“', [['Отдел „Образование“'], ['Отдел „Социални дейности“']]],
        ['Дирекция „Европейски програми и проекти“'],
      ],
    ],
    audit,
  ];
}

export function demoAdministration(m: DemoMunicipality): UnitTree[] {
  return m.country === 'RS' ? serbianAdministration(m.kind, m.size) : bulgarianAdministration(m.size);
}

/** A demo account, before the seed gives it ids. */
export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  locale: Locale;
  /** The unit of the membership by name: a manager's subtree, an employee's unit. */
  unit?: string;
};

/** The accounts of named roles; every demo municipality also gets `hr@<slug>.example`. */
export const namedAccounts: readonly DemoAccount[] = [
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
    email: 'trainer-bg@kadar.example',
    name: 'Светла Маринова',
    role: 'trainer',
    organisation: 'namrb',
    locale: 'bg',
  },
  {
    email: 'expert@kadar.example',
    name: 'Vesna Tomić',
    role: 'expert',
    organisation: 'skgo',
    locale: 'sr-Latn',
  },
  {
    email: 'expert-bg@kadar.example',
    name: 'Десислава Петкова',
    role: 'expert',
    organisation: 'namrb',
    locale: 'bg',
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
    unit: 'Одсек за буџет',
  },
  {
    email: 'manager@gabrovo.example',
    name: 'Пламен Русев',
    role: 'manager',
    organisation: 'gabrovo',
    locale: 'bg',
    unit: 'Дирекция „Финанси и бюджет“',
  },
  {
    email: 'employee@gabrovo.example',
    name: 'Габриела Цонева',
    role: 'employee',
    organisation: 'gabrovo',
    locale: 'bg',
    unit: 'Отдел „Местни данъци и такси“',
  },
];
