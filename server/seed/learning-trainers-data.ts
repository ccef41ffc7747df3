import type { TrainerEntry } from './learning-data-types';

/**
 * The academy's register of lecturers, mentors and coaches, accredited after a public call (the
 * skills check and the trainer course come before); one has lapsed and one is suspended.
 */
export const napaTrainers: readonly TrainerEntry[] = [
  {
    key: 'nikolic',
    name: 'Зоран Николић',
    account: 'trainer@kadar.example',
    kinds: ['lecturer', 'mentor'],
    topicAreas: ['administrative_procedure', 'lsg_system', 'induction'],
    expertise:
      'Управни поступак и организација локалне самоуправе; дипломирани правник са положеним правосудним испитом.',
    teachingExperience:
      'Петнаест година рада у градској управи, од тога осам као начелник одељења за општу управу; предавач на обукама за матичаре и службенике услужних центара.',
    publications: 'Приручник „Управни поступак у локалној самоуправи“, коаутор.',
    accreditedYearsAgo: 4,
    validYears: 6,
  },
  {
    key: 'stojanovic',
    name: 'Јелена Стојановић',
    kinds: ['lecturer'],
    topicAreas: ['public_finance'],
    expertise: 'Програмско буџетирање, извршење буџета и финансијско извештавање локалне власти.',
    teachingExperience:
      'Саветница за буџет у Министарству финансија; од 2016. предаје на обукама за финансијске службе градова и општина.',
    publications: 'Водич за програмско буџетирање у јединицама локалне самоуправе.',
    accreditedYearsAgo: 5,
    validYears: 7,
  },
  {
    key: 'miletic',
    name: 'Драган Милетић',
    kinds: ['lecturer'],
    topicAreas: ['public_procurement'],
    expertise: 'Јавне набавке; сертификовани службеник за јавне набавке.',
    teachingExperience:
      'Руководилац службе за јавне набавке у граду са више од 200 поступака годишње; предавач на обукама за припрему за испит за службенике за јавне набавке.',
    accreditedYearsAgo: 3,
    validYears: 5,
  },
  {
    key: 'djordjevic',
    name: 'Снежана Ђорђевић',
    kinds: ['coach', 'lecturer'],
    topicAreas: ['human_resources', 'lsg_system'],
    expertise: 'Руковођење, развој запослених и коучинг руководилаца у јавној управи.',
    teachingExperience:
      'Психолошкиња, десет година у служби за управљање кадровима; води програме за руководиоце и индивидуални коучинг.',
    publications: 'Чланци о оцењивању запослених у часопису „Локална самоуправа“.',
    accreditedYearsAgo: 4,
    validYears: 6,
  },
  {
    key: 'peric',
    name: 'Милош Перић',
    kinds: ['lecturer'],
    topicAreas: ['e_government'],
    expertise: 'Електронска управа, електронски документ и информациона безбедност.',
    teachingExperience:
      'Инжењер информатике у градској управи; предавач на обукама за дигиталне вештине и за рад са квалификованим електронским потписом.',
    accreditedYearsAgo: 2,
    validYears: 5,
  },
  {
    key: 'radovanovic',
    name: 'Ивана Радовановић',
    kinds: ['lecturer', 'mentor'],
    topicAreas: ['urban_planning'],
    expertise: 'Обједињена процедура, планска документација и грађевинске дозволе.',
    teachingExperience:
      'Дипломирани инжењер архитектуре, шеф одсека за обједињену процедуру; ментор запосленима у новим одсецима за издавање дозвола.',
    accreditedYearsAgo: 3,
    validYears: 5,
  },
  {
    key: 'jankovic',
    name: 'Александар Јанковић',
    kinds: ['lecturer'],
    topicAreas: ['emergency', 'environment'],
    expertise:
      'Процена ризика од катастрофа, планови заштите и спасавања и рад штабова за ванредне ситуације.',
    teachingExperience:
      'Двадесет година у систему заштите и спасавања; водио вежбе штабова за ванредне ситуације у више од тридесет општина.',
    accreditedYearsAgo: 4,
    validYears: 6,
  },
  {
    key: 'lukic',
    name: 'Марина Лукић',
    kinds: ['lecturer'],
    topicAreas: ['social_protection'],
    expertise: 'Социјална заштита на локалном нивоу и услуге у заједници.',
    teachingExperience:
      'Дипломирана социјална радница, руководила центром за социјални рад; предаје о правима из социјалне заштите у надлежности општина.',
    accreditedYearsAgo: 2,
    validYears: 5,
  },
  {
    key: 'ristic',
    name: 'Небојша Ристић',
    kinds: ['lecturer'],
    topicAreas: ['environment', 'communal_services'],
    expertise: 'Заштита животне средине, процена утицаја и управљање отпадом.',
    teachingExperience:
      'Инспектор за заштиту животне средине у граду; предавач на обукама за локалне еколошке службе.',
    accreditedYearsAgo: 3,
    validYears: 5,
  },
  {
    key: 'vuckovic',
    name: 'Гордана Вучковић',
    kinds: ['lecturer'],
    topicAreas: ['civil_registry', 'administrative_procedure'],
    expertise: 'Матичне књиге и лична стања грађана.',
    teachingExperience:
      'Матичарка са двадесет година праксе; предаје на обукама за полагање посебног стручног испита за матичаре.',
    accreditedYearsAgo: 5,
    validYears: 7,
  },
  {
    key: 'kostic',
    name: 'Владимир Костић',
    kinds: ['mentor'],
    topicAreas: ['induction'],
    expertise: 'Увођење у рад приправника и нових запослених.',
    teachingExperience: 'Секретар градског већа; ментор приправницима у градској управи.',
    accreditedYearsAgo: 6,
    validYears: 5,
  },
  {
    key: 'blagojevic',
    name: 'Татјана Благојевић',
    kinds: ['lecturer'],
    topicAreas: ['public_finance'],
    expertise: 'Локална пореска администрација.',
    teachingExperience:
      'Бивша руководитељка одсека за локалну пореску администрацију; предавач на обукама о порезу на имовину.',
    accreditedYearsAgo: 3,
    validYears: 5,
    suspended: true,
  },
];

/** NAMRB's pool of trainers for its modules; one has lapsed and one is suspended. */
export const namrbTrainers: readonly TrainerEntry[] = [
  {
    key: 'marinova',
    name: 'Светла Маринова',
    account: 'trainer-bg@kadar.example',
    kinds: ['lecturer', 'coach'],
    topicAreas: ['local_taxes', 'municipal_budgets'],
    expertise: 'Местни данъци и такси, общински бюджет и финансово управление.',
    teachingExperience:
      'Директор на дирекция „Местни приходи“ в голяма община; обучител в програмите на НСОРБ от 2014 г.',
    publications: 'Съавтор на практическия наръчник по местни данъци и такси.',
    accreditedYearsAgo: 3,
    validYears: 5,
  },
  {
    key: 'yanev',
    name: 'Красимир Янев',
    kinds: ['lecturer'],
    topicAreas: ['municipal_property'],
    expertise: 'Общинска собственост, търгове и концесии.',
    teachingExperience:
      'Юрист с петнадесетгодишен опит в общинска администрация; водил обучения по общинска собственост в повече от сто общини.',
    publications: 'Практически наръчник „Общинска собственост“.',
    accreditedYearsAgo: 4,
    validYears: 5,
  },
  {
    key: 'borisova',
    name: 'Даниела Борисова',
    kinds: ['lecturer', 'mentor'],
    topicAreas: ['territory_development'],
    expertise: 'Устройствено планиране, разрешаване и контрол на строителството.',
    teachingExperience: 'Главен архитект на община; обучител по Закона за устройство на територията.',
    accreditedYearsAgo: 2,
    validYears: 5,
  },
  {
    key: 'metodiev',
    name: 'Христо Методиев',
    kinds: ['lecturer'],
    topicAreas: ['disaster_prevention', 'public_order'],
    expertise: 'Защита при бедствия и обществен ред.',
    teachingExperience:
      'Бивш служител на Главна дирекция „Пожарна безопасност и защита на населението“; разработвал общински планове за защита при бедствия.',
    accreditedYearsAgo: 3,
    validYears: 5,
  },
  {
    key: 'kirilova',
    name: 'Веселина Кирилова',
    kinds: ['lecturer'],
    topicAreas: ['social_activities', 'education'],
    expertise: 'Социални услуги и образователни политики на общината.',
    teachingExperience: 'Началник на отдел „Социални дейности“; обучител по Закона за социалните услуги.',
    accreditedYearsAgo: 2,
    validYears: 5,
  },
  {
    key: 'ganchev',
    name: 'Людмил Ганчев',
    kinds: ['lecturer'],
    topicAreas: ['waste', 'water'],
    expertise: 'Управление на отпадъците и ВиК услуги.',
    teachingExperience: 'Експерт по околна среда в регионално сдружение за управление на отпадъците.',
    accreditedYearsAgo: 4,
    validYears: 5,
  },
  {
    key: 'stoyanova',
    name: 'Евгения Стоянова',
    kinds: ['coach', 'lecturer'],
    topicAreas: ['human_resources'],
    expertise: 'Управление на човешките ресурси и оценяване на изпълнението.',
    teachingExperience: 'Консултант по човешки ресурси в публичния сектор; води обучения за ръководители.',
    accreditedYearsAgo: 4,
    validYears: 5,
  },
  {
    key: 'draganov',
    name: 'Пенчо Драганов',
    kinds: ['lecturer'],
    topicAreas: ['public_order'],
    expertise: 'Административнонаказателно производство и общински наредби.',
    teachingExperience: 'Секретар на община; обучител по Закона за административните нарушения и наказания.',
    accreditedYearsAgo: 2,
    validYears: 5,
    suspended: true,
  },
  {
    key: 'petkova',
    name: 'Мариана Петкова',
    kinds: ['mentor'],
    topicAreas: ['human_resources', 'education'],
    expertise: 'Въвеждане в работата и наставничество на новоназначени служители.',
    teachingExperience: 'Главен специалист „Човешки ресурси“ в община; наставник на новоназначени служители.',
    accreditedYearsAgo: 6,
    validYears: 5,
  },
];
