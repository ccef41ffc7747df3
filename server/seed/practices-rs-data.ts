import type { PracticeEntry } from './practices-data-types';

/** Serbian local administrations' practices in managing their people. */
export const serbianPractices: readonly PracticeEntry[] = [
  {
    from: 'kragujevac',
    categoryCode: 'digital',
    title: 'Електронски портал за пријаву на конкурсе за запошљавање',
    initiator: 'Град Крагујевац, Градска управа за опште и заједничке послове',
    partners: 'Канцеларија за информационе технологије и електронску управу',
    summary:
      'Кандидати се на јавне и интерне конкурсе пријављују преко портала, прате статус пријаве и добијају позиве за проверу компетенција електронском поштом.',
    background:
      'Пријаве на конкурсе стизале су поштом и на писарници, конкурсна комисија их је ручно уносила у табеле, а кандидати нису знали у којој је фази поступак. Трећина пријава била је непотпуна.',
    practice:
      'Град је развио портал на коме се објављују сви конкурси. Кандидат попуњава образац, прилаже доказе и одмах види да ли му нешто недостаје. Комисија на порталу бележи резултате провере компетенција, а кандидати добијају обавештења о сваком кораку. Документа која се воде у службеним евиденцијама прибављају се по службеној дужности.',
    results:
      'Удео непотпуних пријава пао је са 33% на 6%. Просечно трајање конкурса скраћено је са 78 на 51 дан, а број пријава по конкурсу порастао је за 40%.',
    periodFrom: '2022-09-01',
    periodTo: '2024-06-30',
    links: [{ url: 'https://www.kragujevac.rs/', label: 'Град Крагујевац', kind: 'other' }],
    contactName: 'Снежана Павловић',
    contactEmail: 'hr@kragujevac.example',
    contactPhone: '+381 34 306 100',
    translation: {
      locale: 'en',
      title: 'E-recruitment portal for job competitions',
      summary:
        'Candidates apply to public and internal competitions online, follow the status of their application and receive invitations to the competency tests by e-mail.',
      background:
        'Applications arrived by post, the selection board typed them into spreadsheets by hand, and a third of them were incomplete.',
      practice:
        'The city built a portal publishing every competition. Candidates fill in the form, attach evidence and see at once what is missing; the board records test results on the portal and candidates are told of every step.',
      results:
        'Incomplete applications fell from 33% to 6%; a competition now takes 51 days instead of 78, with 40% more applicants.',
    },
    state: {
      status: 'published',
      daysAgo: 10,
      scores: { innovation: 5, impact: 4, sustainability: 4, transferability: 5 },
      nominatedBy: ['hr@novi-pazar.example', 'hr@kraljevo.example', 'hr@nis.example', 'expert@kadar.example'],
      week: true,
    },
  },
  {
    from: 'novi-pazar',
    categoryCode: 'human_resources',
    title: 'Менторство за новозапослене у градској управи',
    initiator: 'Град Нови Пазар, Одсек за управљање људским ресурсима',
    partners: 'Национална академија за јавну управу',
    summary:
      'Сваки новозапослени током првих шест месеци има ментора из исте унутрашње јединице и план увођења у посао који се прати сваког месеца.',
    background:
      'Новозапослени су сами учили прописе и процедуре, а многи су управу напуштали у првој години. Руководиоци нису имали времена за увођење у посао.',
    practice:
      'Ментори се бирају међу искусним службеницима и пролазе једнодневну обуку. Ментор и новозапослени праве план првих шест месеци, састају се једном недељно, а руководилац прегледа напредак сваког месеца. Рад ментора се вреднује при годишњем вредновању радне успешности.',
    results:
      'Одлив новозапослених у првој години смањен је са 30% на 9%. Новозапослени самостално раде после четири уместо седам месеци.',
    periodFrom: '2021-03-01',
    periodTo: null,
    links: [{ url: 'https://www.novipazar.rs/', label: 'Град Нови Пазар', kind: 'article' }],
    contactName: 'Амина Хоџић',
    contactEmail: 'hr@novi-pazar.example',
    contactPhone: '+381 20 313 600',
    state: {
      status: 'published',
      daysAgo: 20,
      scores: { innovation: 3, impact: 5, sustainability: 5, transferability: 5 },
      nominatedBy: ['hr@tutin.example', 'hr@kraljevo.example'],
    },
  },
  {
    from: 'nis',
    categoryCode: 'human_resources',
    title: 'Увођење вредновања радне успешности засновано на компетенцијама',
    initiator: 'Град Ниш',
    partners: 'Стална конференција градова и општина',
    summary:
      'Годишње вредновање радне успешности обухвата и понашајне компетенције, са разговором руководиоца и службеника и планом стручног усавршавања.',
    background:
      'Оцене су биле уједначено високе и нису говориле ништа о томе шта службеник треба да унапреди, па се ни обуке нису планирале према стварним потребама.',
    practice:
      'Руководиоци су прошли обуку за вођење разговора о учинку. Уз радне циљеве, за сваког службеника се процењују компетенције из оквира, на скали са описаним нивоима. На разговору се договара и план стручног усавршавања, из кога се прави годишњи програм обука.',
    results:
      'Расподела оцена постала је реалнија, а 85% службеника има договорен план усавршавања. Програм обука први пут је састављен према потребама утврђеним при вредновању.',
    periodFrom: '2023-01-01',
    periodTo: '2024-12-31',
    links: [],
    contactName: 'Бојан Ђорђевић',
    contactEmail: 'hr@nis.example',
    contactPhone: '+381 18 504 504',
    state: {
      status: 'published',
      daysAgo: 55,
      scores: { innovation: 4, impact: 4, sustainability: 4, transferability: 4 },
      nominatedBy: ['hr@cacak.example'],
    },
  },
  {
    from: 'ivanjica',
    categoryCode: 'cooperation',
    title: 'Заједничка служба за људске ресурсе малих општина',
    initiator: 'Општина Ивањица',
    partners: 'Општине Лучани и Ариље',
    summary:
      'Три мале општине споразумом оснивају заједничку службу која за све води конкурсе, кадровски план и обуке.',
    background:
      'Свака од три општине има по једног службеника за људске ресурсе, који уз то ради и друге послове. Конкурси и кадровски планови каснили су, а обуке се нису планирале.',
    practice:
      'Скупштине општина закључиле су споразум о заједничком обављању послова управљања људским ресурсима. Заједничка служба има три службеника са подељеним пословима и ради по јединственом годишњем плану.',
    results: 'Прва година рада заједничке службе је у току.',
    periodFrom: '2025-02-01',
    periodTo: null,
    links: [],
    contactName: 'Немања Лазић',
    contactEmail: 'hr@ivanjica.example',
    contactPhone: '+381 32 661 100',
    state: { status: 'submitted', daysAgo: 2 },
  },
  {
    from: 'cacak',
    categoryCode: 'digital',
    title: 'Електронска писарница и кадровска евиденција',
    initiator: 'Град Чачак',
    partners: '',
    summary: 'Решења о правима и дужностима запослених заводе се и достављају електронски.',
    background: 'Решења су се штампала, потписивала и достављала на руке.',
    practice:
      'Решења се потписују квалификованим електронским потписом и достављају преко пословног сандучета.',
    results: 'Мерење ефеката је у припреми.',
    periodFrom: '2025-04-01',
    periodTo: null,
    links: [],
    contactName: 'Ивана Стевановић',
    contactEmail: 'hr@cacak.example',
    contactPhone: '',
    state: { status: 'draft' },
  },
];
