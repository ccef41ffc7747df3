import type { EducationLevel } from '../../contracts/positions';
import { bulgarianToLatin } from '../platform/i18n/transliterate';
import { clerk, expert, fixedTitle, type JobProfile, type JobTemplate, jobsByUnit } from './job-profile';

/**
 * Jobs of a Bulgarian municipal administration as its staff schedule (длъжностно разписание)
 * names them after the Classifier of positions in the administration: a title and the area in
 * quotes ("Старши експерт „Бюджет“"); the secretary, directors and heads of departments lead.
 */
const jobs: readonly (readonly [RegExp, readonly JobTemplate[]])[] = [
  [
    /Човешки ресурси/,
    [
      expert(
        'Човешки ресурси',
        'Води личните досиета на служителите и изготвя актовете по служебните и трудовите правоотношения.',
        'law',
      ),
      expert(
        'Обучение и развитие',
        'Анализира нуждите от обучение и организира годишния план за обучение на служителите.',
        'management',
      ),
    ],
  ],
  [
    /Гражданска регистрация/,
    [
      clerk(
        'Гражданска регистрация',
        'Съставя актове за гражданско състояние и издава удостоверения по тях.',
        'law',
        { many: true },
      ),
      clerk('ЕСГРАОН', 'Поддържа Националната база данни „Население“ и избирателните списъци.', 'it'),
    ],
  ],
  [
    /Център за административно обслужване/,
    [
      clerk(
        'Административно обслужване',
        'Приема заявления и издава документи на гише по принципа „едно гише“.',
        'law',
        { many: true },
      ),
      clerk('Деловодство', 'Завежда входящата и изходящата кореспонденция в деловодната система.', 'law'),
    ],
  ],
  [
    /Бюджет и счетоводство/,
    [
      expert(
        'Главен счетоводител',
        'Организира счетоводството на общината и съставя годишния финансов отчет.',
        'economics',
        {
          ownName: true,
        },
      ),
      expert(
        'Бюджет',
        'Изготвя проекта на общинския бюджет и следи изпълнението му по пълномощия.',
        'economics',
      ),
      clerk(
        'Счетоводство',
        'Осчетоводява първичните документи и изготвя ведомостите за заплати.',
        'economics',
        { many: true },
      ),
      clerk('Касиер', 'Води касата и извършва плащания и постъпления в брой.', 'economics', {
        ownName: true,
      }),
    ],
  ],
  [
    /Местни данъци и такси/,
    [
      expert(
        'Местни данъци и такси',
        'Установява задълженията за местни данъци и такси и издава актове за установяване.',
        'economics',
        {
          many: true,
        },
      ),
      expert(
        'Събиране на вземания',
        'Събира просрочените задължения и води производства по принудително събиране.',
        'law',
      ),
      clerk(
        'Обслужване на данъкоплатци',
        'Приема декларации и издава удостоверения за данъчна оценка.',
        'economics',
        { many: true },
      ),
    ],
  ],
  [
    /планиране и кадастър/,
    [
      expert(
        'Устройствено планиране',
        'Изготвя задания за подробни устройствени планове и следи процедурите по тях.',
        'architecture',
      ),
      expert(
        'Кадастър и регулация',
        'Поддържа кадастралната карта и регулационните планове и издава скици.',
        'engineering',
      ),
    ],
  ],
  [
    /Контрол по строителството/,
    [
      expert(
        'Контрол по строителството',
        'Контролира строителството на територията на общината и съставя констативни актове.',
        'engineering',
        {
          exam: 'inspector',
          many: true,
        },
      ),
    ],
  ],
  [
    /Образование/,
    [
      expert(
        'Образование',
        'Координира дейността на общинските училища и детски градини и разпределя средствата им.',
        'social',
      ),
    ],
  ],
  [
    /Социални дейности/,
    [
      expert(
        'Социални дейности',
        'Управлява социалните услуги – делегирани от държавата и местни дейности.',
        'social',
      ),
      expert(
        'Здравеопазване',
        'Следи дейността на здравните кабинети в училищата и детските градини.',
        'social',
      ),
    ],
  ],
  [
    /вътрешен одит/,
    [
      expert(
        'Вътрешен одитор',
        'Извършва одитни ангажименти и дава препоръки за подобряване на контрола.',
        'economics',
        {
          exam: 'auditor',
          ownName: true,
        },
      ),
    ],
  ],
  [
    /Общинска администрация/,
    [
      expert(
        'Информационни технологии',
        'Поддържа информационните системи и мрежата на администрацията.',
        'it',
      ),
      expert(
        'Сигурност и отбранително-мобилизационна подготовка',
        'Изготвя плана за защита при бедствия и организира денонощното дежурство.',
        'engineering',
      ),
      clerk('Деловодство и архив', 'Поддържа архива на общинската администрация.', 'social'),
    ],
  ],
  [
    /Административно обслужване/,
    [
      expert(
        'Административно обслужване',
        'Организира административното обслужване и следи сроковете за отговор.',
        'management',
      ),
    ],
  ],
  [
    /Финанси и бюджет/,
    [
      expert(
        'Финансов контрол',
        'Извършва предварителен контрол за законосъобразност на поемането на задължения.',
        'economics',
      ),
    ],
  ],
  [
    /Устройство на територията/,
    [
      expert(
        'Устройство на територията',
        'Съгласува и одобрява инвестиционни проекти и издава разрешения за строеж.',
        'architecture',
        {
          many: true,
        },
      ),
      clerk(
        'Обслужване на граждани по устройство на територията',
        'Приема заявления и издава удостоверения по устройство на територията.',
        'engineering',
      ),
    ],
  ],
  [
    /Общинска собственост/,
    [
      expert(
        'Общинска собственост',
        'Съставя актове за общинска собственост и води публичните регистри.',
        'law',
        { many: true },
      ),
      expert(
        'Търгове и концесии',
        'Подготвя и провежда търгове и конкурси за отдаване под наем и продажба на имоти.',
        'economics',
      ),
      clerk(
        'Земеделски земи',
        'Води регистъра на земеделските земи и пасищата общинска собственост.',
        'agriculture',
      ),
    ],
  ],
  [
    /Правно обслужване/,
    [
      expert(
        'Юрисконсулт',
        'Осъществява процесуалното представителство на общината и изготвя правни становища.',
        'law',
        {
          exam: 'bar',
          ownName: true,
          many: true,
        },
      ),
      expert(
        'Обществени поръчки',
        'Подготвя и провежда процедури за обществени поръчки и води регистъра им.',
        'law',
      ),
    ],
  ],
  [
    /Хуманитарни дейности/,
    [
      expert('Култура', 'Организира културния календар на общината и подпомага читалищата.', 'social'),
      expert(
        'Спорт и младежки дейности',
        'Организира спортни мероприятия и подкрепя спортните клубове.',
        'social',
      ),
    ],
  ],
  [
    /Европейски програми/,
    [
      expert(
        'Европейски програми и проекти',
        'Подготвя проектни предложения по оперативните програми и управлява изпълнението им.',
        'management',
        {
          many: true,
        },
      ),
      expert(
        'Мониторинг и отчитане',
        'Отчита изпълнението на проектите и подготвя исканията за плащане.',
        'economics',
      ),
    ],
  ],
];

const fallback = [
  expert('Експертни дейности', 'Изпълнява експертните функции на звеното.', 'law'),
  clerk('Административни дейности', 'Изпълнява административните функции на звеното.', 'law'),
];

const titleNames: Record<string, string> = {
  glaven_ekspert: 'Главен експерт',
  starshi_ekspert: 'Старши експерт',
  mladshi_ekspert: 'Младши експерт',
  glaven_specialist: 'Главен специалист',
  starshi_specialist: 'Старши специалист',
  mladshi_specialist: 'Младши специалист',
};

const lowerFirst = (s: string) => s.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

function headsOf(unitName: string): JobTemplate[] {
  const lead = (titleCode: string, name: string) =>
    fixedTitle(
      'senior',
      titleCode,
      name,
      `Ръководи, организира и контролира дейността на ${lowerFirst(unitName)}.`,
      'law',
    );
  if (unitName === 'Общинска администрация') return [lead('sekretar', 'Секретар на общината')];
  if (unitName === 'Дирекция „Устройство на територията“') return [lead('direktor', 'Главен архитект')];
  if (unitName.startsWith('Дирекция')) return [lead('direktor', `Директор на ${lowerFirst(unitName)}`)];
  if (unitName.startsWith('Отдел')) return [lead('nachalnik', `Началник на ${lowerFirst(unitName)}`)];
  return [lead('nachalnik', `Ръководител на ${lowerFirst(unitName)}`)];
}

const education: Record<string, EducationLevel> = {
  sekretar: 'master',
  direktor: 'master',
  nachalnik: 'master',
  glaven_ekspert: 'master',
  starshi_ekspert: 'bachelor',
  mladshi_ekspert: 'bachelor',
  glaven_specialist: 'post_secondary',
  starshi_specialist: 'post_secondary',
  mladshi_specialist: 'secondary',
  tehnicheski_satrudnik: 'secondary',
  obsluzhvasht: 'primary',
};

const support = (titleCode: string, name: string, description: string, many = false) =>
  fixedTitle('support', titleCode, name, description, 'engineering', many);

export const bulgarianJobs: JobProfile = {
  country: 'BG',
  toLatin: bulgarianToLatin,
  expertTitles: [
    ['glaven_ekspert', 2],
    ['starshi_ekspert', 3],
    ['mladshi_ekspert', 2],
  ],
  clerkTitles: [
    ['glaven_specialist', 2],
    ['starshi_specialist', 3],
    ['mladshi_specialist', 1],
  ],
  traineeTitles: ['mladshi_ekspert', 'mladshi_specialist'],
  titleRank: [
    'glaven_ekspert',
    'starshi_ekspert',
    'mladshi_ekspert',
    'glaven_specialist',
    'starshi_specialist',
    'mladshi_specialist',
  ],
  educationOf: (titleCode) => education[titleCode] ?? 'secondary',
  positionName: (job, titleCode) =>
    job.ownName ? job.name : `${titleNames[titleCode] ?? titleCode} „${job.name}“`,
  headsOf,
  jobsOf: jobsByUnit(jobs, fallback),
  supportUnit: /^Дирекция „Административно обслужване“/,
  supportJobs: [
    support(
      'obsluzhvasht',
      'Шофьор',
      'Управлява служебния автомобил и следи техническото му състояние.',
      true,
    ),
    support('obsluzhvasht', 'Куриер', 'Доставя кореспонденцията на общинската администрация.', true),
    support('obsluzhvasht', 'Чистач', 'Поддържа чистотата в сградата на общината.', true),
    support(
      'tehnicheski_satrudnik',
      'Технически сътрудник',
      'Подпомага административно ръководството и води входящата поща на кмета.',
      true,
    ),
    support('obsluzhvasht', 'Поддръжка на сградата', 'Поддържа сградата, инсталациите и оборудването.'),
  ],
  retiredJobs: [
    support('tehnicheski_satrudnik', 'Машинописка', 'Набира и оформя документите на администрацията.'),
    support('obsluzhvasht', 'Огняр', 'Обслужва котелното помещение през отоплителния сезон.'),
  ],
  hrUnit: /Човешки ресурси/,
  // The mayor's orders: the staff schedule and the appointments.
  actNumber: {
    systematisation: (n, year) => `РД-09-${n}/${year}`,
    employment: (n, year) => `ЧР-${n}/${year}`,
  },
};
