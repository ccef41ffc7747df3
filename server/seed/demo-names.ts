import type { Random } from './seed-random';
import { pickFrom } from './seed-random';

/**
 * People's names for the seeds, in the country's Cyrillic (the Latin forms follow by the
 * country's romanisation). Common names of each country, with regional pools where a
 * municipality's population differs: Bosniak names in Sandžak, Turkish names around Kardzhali.
 */
export type Gender = 'female' | 'male';
export type NamePool = {
  male: readonly string[];
  female: readonly string[];
  /** Family names in their masculine form. */
  family: readonly string[];
  /** Whether a woman's family name takes the feminine form (Bulgarian: Петров → Петрова). */
  gendered: boolean;
};
export type PersonName = { givenName: string; familyName: string; gender: Gender };

const serbian: NamePool = {
  male: [
    'Александар',
    'Бојан',
    'Бранко',
    'Владимир',
    'Горан',
    'Дејан',
    'Драган',
    'Душан',
    'Ђорђе',
    'Зоран',
    'Иван',
    'Јован',
    'Лазар',
    'Лука',
    'Марко',
    'Милан',
    'Милош',
    'Миодраг',
    'Небојша',
    'Немања',
    'Ненад',
    'Никола',
    'Новак',
    'Огњен',
    'Петар',
    'Предраг',
    'Радован',
    'Саша',
    'Срђан',
    'Стефан',
    'Урош',
    'Филип',
    'Слободан',
    'Вук',
    'Жељко',
    'Љубомир',
    'Момчило',
    'Станислав',
  ],
  female: [
    'Ана',
    'Биљана',
    'Бранкица',
    'Весна',
    'Гордана',
    'Даница',
    'Драгана',
    'Ивана',
    'Јасмина',
    'Јелена',
    'Јована',
    'Катарина',
    'Кристина',
    'Љиљана',
    'Марија',
    'Маја',
    'Милена',
    'Милица',
    'Мирјана',
    'Наташа',
    'Невена',
    'Олгица',
    'Светлана',
    'Сања',
    'Снежана',
    'Соња',
    'Тамара',
    'Тијана',
    'Теодора',
    'Ђурђина',
    'Јулијана',
    'Зорица',
    'Нада',
    'Данијела',
  ],
  family: [
    'Јовановић',
    'Петровић',
    'Николић',
    'Марковић',
    'Ђорђевић',
    'Стојановић',
    'Илић',
    'Станковић',
    'Павловић',
    'Милошевић',
    'Стевановић',
    'Тодоровић',
    'Поповић',
    'Лазић',
    'Живковић',
    'Ристић',
    'Костић',
    'Вуковић',
    'Радић',
    'Васић',
    'Ђукић',
    'Митровић',
    'Симић',
    'Обрадовић',
    'Лукић',
    'Јанковић',
    'Пантелић',
    'Арсић',
    'Милутиновић',
    'Весић',
    'Бошковић',
    'Гајић',
    'Ћирић',
    'Стаменковић',
    'Филиповић',
    'Матић',
    'Јовић',
    'Савић',
    'Љубисављевић',
    'Вучковић',
    'Зорић',
    'Ђурић',
    'Нешић',
    'Кнежевић',
    'Радовановић',
    'Михајловић',
    'Танасковић',
    'Вујић',
  ],
  gendered: false,
};

const bosniak: NamePool = {
  male: [
    'Амар',
    'Адмир',
    'Емир',
    'Мирсад',
    'Енис',
    'Харис',
    'Џенан',
    'Самир',
    'Семир',
    'Фахрудин',
    'Един',
    'Ејуп',
  ],
  female: ['Амина', 'Емина', 'Лејла', 'Азра', 'Сабина', 'Селма', 'Алма', 'Џенета', 'Енида', 'Мерима', 'Ајла'],
  family: [
    'Хоџић',
    'Мухаремовић',
    'Бећировић',
    'Зорнић',
    'Хаџић',
    'Шаботић',
    'Љајић',
    'Махмутовић',
    'Угљанин',
    'Ћоровић',
    'Џудовић',
    'Бихорац',
    'Касумовић',
    'Хамидовић',
    'Мујовић',
  ],
  gendered: false,
};

const bulgarian: NamePool = {
  male: [
    'Георги',
    'Иван',
    'Димитър',
    'Николай',
    'Петър',
    'Христо',
    'Стефан',
    'Тодор',
    'Васил',
    'Йордан',
    'Александър',
    'Стоян',
    'Красимир',
    'Пламен',
    'Любомир',
    'Атанас',
    'Валентин',
    'Борислав',
    'Калин',
    'Мартин',
    'Цветан',
    'Ивайло',
    'Емил',
    'Радослав',
  ],
  female: [
    'Мария',
    'Иванка',
    'Елена',
    'Йорданка',
    'Петя',
    'Десислава',
    'Милена',
    'Гергана',
    'Виолета',
    'Росица',
    'Теодора',
    'Радка',
    'Цветелина',
    'Надежда',
    'Снежана',
    'Антоанета',
    'Даниела',
    'Силвия',
    'Красимира',
    'Веселина',
    'Николина',
    'Галина',
    'Светла',
    'Юлия',
  ],
  family: [
    'Иванов',
    'Георгиев',
    'Димитров',
    'Петров',
    'Николов',
    'Христов',
    'Стоянов',
    'Тодоров',
    'Илиев',
    'Атанасов',
    'Ангелов',
    'Колев',
    'Попов',
    'Стефанов',
    'Йорданов',
    'Маринов',
    'Костадинов',
    'Василев',
    'Кирилов',
    'Павлов',
    'Цветков',
    'Радев',
    'Митев',
    'Славов',
    'Борисов',
    'Желязков',
    'Янев',
    'Лазаров',
  ],
  gendered: true,
};

const bulgarianTurkish: NamePool = {
  male: ['Мехмед', 'Ахмед', 'Хюсеин', 'Исмаил', 'Али', 'Осман', 'Мустафа', 'Ерхан', 'Бейхан'],
  female: ['Айше', 'Фатме', 'Емине', 'Зейнеб', 'Гюлтен', 'Сезен', 'Айсел', 'Невин'],
  family: ['Мехмедов', 'Ахмедов', 'Хасанов', 'Юсеинов', 'Исмаилов', 'Алиев', 'Османов', 'Мустафов'],
  gendered: true,
};

/** The woman's form of a Bulgarian family name: -ов/-ев/-ин → -ова/-ева/-ина, -ски → -ска. */
export function feminine(family: string): string {
  if (/(ов|ев|ин)$/.test(family)) return `${family}а`;
  if (family.endsWith('ски')) return `${family.slice(0, -1)}а`;
  return family;
}

/** The name pools a municipality draws from, most common first, each with its share. */
export function namePoolsOf(country: 'RS' | 'BG', slug: string): readonly (readonly [NamePool, number])[] {
  if (country === 'BG')
    return slug === 'kardzhali'
      ? [
          [bulgarian, 0.5],
          [bulgarianTurkish, 0.5],
        ]
      : [[bulgarian, 1]];
  return slug === 'novi-pazar' || slug === 'tutin'
    ? [
        [bosniak, 0.7],
        [serbian, 0.3],
      ]
    : [[serbian, 1]];
}

export function randomName(pools: readonly (readonly [NamePool, number])[], random: Random): PersonName {
  let r = random();
  let pool = (pools[0] as readonly [NamePool, number])[0];
  for (const [p, share] of pools) {
    pool = p;
    r -= share;
    if (r < 0) break;
  }
  const gender: Gender = random() < 0.55 ? 'female' : 'male';
  const family = pickFrom(pool.family, random);
  return {
    givenName: pickFrom(gender === 'female' ? pool.female : pool.male, random),
    familyName: gender === 'female' && pool.gendered ? feminine(family) : family,
    gender,
  };
}

const allPools = [serbian, bosniak, bulgarian, bulgarianTurkish];

/** The gender of a known given name; else by its ending (Serbian and Bulgarian women's names end in -а/-я). */
export function genderOf(givenName: string): Gender {
  if (allPools.some((p) => p.female.includes(givenName))) return 'female';
  if (allPools.some((p) => p.male.includes(givenName))) return 'male';
  return /[ая]$/.test(givenName) && !['Никола', 'Лука', 'Саша'].includes(givenName) ? 'female' : 'male';
}

const latinToSerbian: readonly (readonly [string, string])[] = [
  ['dž', 'џ'],
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['č', 'ч'],
  ['ć', 'ћ'],
  ['d', 'д'],
  ['đ', 'ђ'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'ј'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['š', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['z', 'з'],
  ['ž', 'ж'],
];

/**
 * A Serbian name written in Latin, in Cyrillic: digraphs first. Good for personal names (the
 * rare "nj" that is two letters, as in "Injac", would need the Cyrillic spelled out).
 */
export function serbianNameToCyrillic(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; ) {
    const rest = latin.slice(i).toLowerCase();
    const hit = latinToSerbian.find(([l]) => rest.startsWith(l));
    if (!hit) {
      out += latin[i];
      i++;
      continue;
    }
    const source = latin.slice(i, i + hit[0].length);
    out += source === source.toLowerCase() ? hit[1] : hit[1].toUpperCase();
    i += hit[0].length;
  }
  return out;
}

/** "Амина Хоџић" → given "Амина", family "Хоџић"; a Latin Serbian name turns Cyrillic first. */
export function splitName(fullName: string, country: 'RS' | 'BG'): PersonName {
  const cyrillic =
    country === 'RS' && !/\p{Script=Cyrillic}/u.test(fullName) ? serbianNameToCyrillic(fullName) : fullName;
  const parts = cyrillic.trim().split(/\s+/);
  const givenName = parts[0] ?? cyrillic;
  const familyName = parts.slice(1).join(' ') || givenName;
  return { givenName, familyName, gender: genderOf(givenName) };
}
