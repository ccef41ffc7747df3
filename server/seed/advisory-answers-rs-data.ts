import type { AnswerEntry } from './advisory-data-types';

/*
 * SKGO's knowledge base in the demo: anonymised questions of municipalities on the law on
 * employees in local self-government, answered by general rules (the association writes in both
 * scripts). Articles are cited only where certain; the rest refers to the law's provisions.
 */
export const serbianAnswers: readonly AnswerEntry[] = [
  {
    key: 'rs-sick-leave-appraisal',
    area: 'employment',
    subtopic: 'appraisal',
    locale: 'sr-Cyrl',
    title: 'Оцењивање службеника који је већи део године био на боловању',
    question:
      'Службеник [општина] био је на боловању од марта до краја године. Да ли га треба оценити за ту годину и ко предлаже оцену?',
    answer:
      'Оцењивање се заснива на праћењу рада службеника током периода оцењивања: рад који није обављан не може се ни вредновати. Уредба о оцењивању службеника одређује колико најмање службеник мора да ради у периоду да би био оцењен; ако тај услов није испуњен, службеник се за ту годину не оцењује, што се констатује у евиденцији, а не изриче оцена. Одсуство због болести није повреда дужности и не сме бити основ за нижу оцену. Ако је службеник радио довољно, оцењује се само рад у времену када је био на раду, по циљевима који су за тај период утврђени. Пропуштено оцењивање утиче на рокове за напредовање, па препоручујемо да кадровска служба води ове случајеве посебно.',
    refs: [
      ['zaposleni', '20'],
      ['ocenjivanje', '1'],
    ],
    checkedOn: '2025-10-20',
    publishedAt: '2025-10-27T10:00:00Z',
    helpful: [14, 1],
  },
  {
    key: 'rs-appraisal-objection',
    area: 'employment',
    subtopic: 'appraisal',
    locale: 'sr-Cyrl',
    title: 'Незадовољство службеника оценом: где се подноси жалба',
    question:
      'Службеник [општина] не слаже се са оценом коју му је дао руководилац. Може ли оцену да промени начелник управе на његов захтев?',
    answer:
      'Оцена се утврђује решењем, а службеник има право на жалбу против решења којим се одлучује о његовим правима и дужностима. О жалби одлучује жалбена комисија, а не начелник који је решење донео. Начелник може, пре него што предмет прослеђи комисији, сам уважити жалбу ако оцени да је основана, у складу са општим правилима управног поступка. Препоручујемо да руководилац током године бележи разговоре о раду и остварење циљева, јер су то докази на које ће се комисија ослонити. Оцена се не може мењати неформално, мимо решења.',
    refs: [
      ['zaposleni', '25'],
      ['ocenjivanje', '1'],
    ],
    checkedOn: '2026-05-12',
    publishedAt: '2026-05-14T09:30:00Z',
    helpful: [9, 0],
  },
  {
    key: 'rs-transfer-systematisation',
    area: 'employment',
    subtopic: 'systematisation',
    locale: 'sr-Cyrl',
    title: 'Распоређивање службеника после измене правилника о систематизацији',
    question:
      'Изменом правилника о систематизацији у [општина] укинута су два радна места. Шта се дешава са службеницима који су на њима радили?',
    answer:
      'После ступања на снагу новог правилника службеници се распоређују на радна места чији опис и услови одговарају њиховим компетенцијама, стручној спреми и звању. Ако је радно место укинуто, службеник се може распоредити на друго одговарајуће радно место у истом звању. Службеник кога није могуће распоредити постаје нераспоређен и у том статусу остаје највише два месеца, а за то време се може распоредити ако се створи могућност. Ако за то време не буде распоређен, престаје му радни однос, уз права која му припадају по закону и колективном уговору. О распоређивању се одлучује решењем против којег службеник има право на жалбу.',
    refs: [
      ['zaposleni', '32'],
      ['razvrstavanje', '1'],
    ],
    checkedOn: '2025-03-03',
    publishedAt: '2025-03-10T11:00:00Z',
    helpful: [21, 2],
  },
  {
    key: 'rs-temporary-other-duties',
    area: 'employment',
    subtopic: 'systematisation',
    locale: 'sr-Cyrl',
    title: 'Привремени рад на пословима који нису у опису радног места',
    question:
      'Може ли начелник управе у [општина] наложити службенику да привремено ради послове колеге који је на дужем одсуству, иако ти послови нису у опису његовог радног места?',
    answer:
      'Закон допушта да службеник привремено обавља и послове који нису у опису његовог радног места, ако одговарају његовој стручној спреми и радним способностима. Такав рад је изузетак: ограничен је по трајању и налаже се писано, решењем или налогом у коме се наводе послови и време. Ако су послови захтевнији од његових, службенику за то време може припасти право на већу плату, по правилима о платама. Трајну потребу за тим пословима треба решити изменом систематизације или попуњавањем радног места, а не понављањем привремених налога.',
    refs: [['zaposleni', '33']],
    checkedOn: '2025-06-02',
    publishedAt: '2025-06-09T08:45:00Z',
    helpful: [11, 1],
  },
  {
    key: 'rs-lower-post',
    area: 'employment',
    subtopic: 'systematisation',
    locale: 'sr-Cyrl',
    title: 'Рад на нижем радном месту и право на плату',
    question:
      'Због хитних послова на пријему захтева грађана у [општина] службеника вишег звања треба привремено распоредити на ниже радно место. Која плата му припада?',
    answer:
      'Службеник може привремено бити распоређен на ниже радно место само у случајевима и под условима које закон прописује, и то решењем које садржи разлог и трајање. Привремени распоред на ниже радно место не сме да умањи права службеника: задржава плату свог радног места ако је повољнија. Чим разлог престане, службеник се враћа на своје радно место. Ако се потреба понавља, послодавац треба да преиспита систематизацију и кадровски план.',
    refs: [['zaposleni', '34']],
    checkedOn: '2025-09-15',
    publishedAt: '2025-09-22T12:10:00Z',
    helpful: [6, 1],
  },
  {
    key: 'rs-training-programme',
    area: 'employment',
    subtopic: 'training',
    locale: 'sr-Cyrl',
    title: 'Посебни програм стручног усавршавања и трошкови обуке',
    question:
      'Да ли [општина] мора да донесе посебни програм стручног усавршавања ако су сви службеници обухваћени општим програмом обуке, и ко сноси трошкове обуке?',
    answer:
      'Стручно усавршавање је право и дужност службеника, а послодавац је дужан да га омогући. Општи програм обухвата обуке заједничке за све јединице локалне самоуправе; посебни програм јединица доноси за потребе својих службеника, на основу анализе потреба за обуком, и за сваку годину. Средства за стручно усавршавање планирају се у буџету, па програм треба ускладити са одлуком о буџету. Трошкове обуке на коју је службеник упућен сноси послодавац, а време проведено на обуци сматра се радним временом. Препоручујемо да се потребе за обуком утврђују и из резултата оцењивања.',
    refs: [['zaposleni', '21']],
    checkedOn: '2025-02-10',
    publishedAt: '2025-02-17T10:20:00Z',
    helpful: [18, 0],
  },
  {
    key: 'rs-internal-competition',
    area: 'employment',
    subtopic: 'recruitment',
    locale: 'sr-Cyrl',
    title: 'Интерни или јавни конкурс за извршилачко радно место',
    question:
      'Упражњено је извршилачко радно место у [општина]. Да ли се мора прво расписати интерни конкурс, или се одмах може расписати јавни?',
    answer:
      'Радна места су под једнаким условима доступна свим кандидатима, а избор се врши према провереним компетенцијама. Закон даје предност попуњавању радног места из реда већ запослених: премештајем или интерним конкурсом, пре јавног конкурса. Јавни конкурс се расписује ако радно место није попуњено на тај начин, као и у другим случајевима које закон одређује. На оба конкурса компетенције се проверавају по истим правилима, а конкурсна комисија саставља листу за избор. Попуњавање мора бити предвиђено кадровским планом.',
    refs: [
      ['zaposleni', '16а'],
      ['zaposleni', '19'],
    ],
    checkedOn: '2026-02-02',
    publishedAt: '2026-02-09T09:00:00Z',
    helpful: [25, 3],
  },
  {
    key: 'rs-harassment',
    area: 'employment',
    subtopic: 'discipline',
    locale: 'sr-Cyrl',
    title: 'Заштита службеника од злостављања на раду',
    question:
      'Службеница [општина] тврди да је руководилац понижава пред колегама. Коме да се обрати и шта је дужан да уради послодавац?',
    answer:
      'Службеник има право на заштиту од злостављања на раду, које се остварује по закону који уређује спречавање злостављања на раду. Послодавац је дужан да запослене обавести о њиховим правима и да одреди лице коме се подноси захтев за заштиту. Ако је за злостављање одговоран руководилац, захтев се подноси руководиоцу органа, односно лицу које он одреди. Поступак посредовања је поверљив, а злоупотреба права на заштиту и само злостављање могу бити основ дисциплинске одговорности.',
    refs: [['zaposleni', '24']],
    checkedOn: '2025-12-01',
    publishedAt: '2025-12-08T13:15:00Z',
    helpful: [7, 0],
  },
  {
    key: 'rs-unlawful-order',
    area: 'employment',
    subtopic: 'discipline',
    locale: 'sr-Cyrl',
    title: 'Налог руководиоца за који службеник сматра да је незаконит',
    question:
      'Руководилац у [општина] усмено је наложио службенику да грађанину изда потврду за коју нису испуњени услови. Да ли службеник мора да изврши налог?',
    answer:
      'Службеник је дужан да извршава налоге претпостављеног, али ако сматра да је налог незаконит, дужан је да на то писано упозори онога ко га је издао. Ако налог буде поновљен у писаном облику, службеник га извршава, осим ако би његовим извршењем учинио кривично дело, када је дужан да одбије извршење. О налогу за који сматра да је незаконит службеник може обавестити и руководиоца органа. Писано упозорење штити службеника од одговорности за последице извршеног налога.',
    refs: [['zaposleni', '31']],
    checkedOn: '2026-04-06',
    publishedAt: '2026-04-14T10:40:00Z',
    helpful: [12, 1],
  },
  {
    key: 'rs-hr-plan-budget',
    area: 'employment',
    subtopic: 'hr_plan',
    locale: 'sr-Cyrl',
    title: 'Кадровски план и запошљавање које њиме није предвиђено',
    question:
      'Буџет [општина] је усвојен, а кадровски план није. Можемо ли да запослимо два службеника на неодређено време?',
    answer:
      'Кадровски план приказује постојећи број запослених и број запослених који је потребан у буџетској години, по радним местима и звањима, и усваја се истовремено са одлуком о буџету. Буџет и одлуку о буџету доноси скупштина, па кадровски план мора бити усклађен са средствима за плате која су у буџету предвиђена. Запошљавање које није предвиђено кадровским планом није допуштено, ни на неодређено ни на одређено време због повећаног обима посла. Ако је потребно запослити више људи него што је план предвидео, план се мора изменити, уз измену буџета ако недостају средства. Треба проверити и да ли посебни прописи ограничавају укупан број запослених у локалној самоуправи.',
    refs: [['zls', '32']],
    checkedOn: '2025-11-10',
    publishedAt: '2025-11-17T09:20:00Z',
    helpful: [31, 2],
  },
  {
    key: 'rs-which-salary-law',
    area: 'employment',
    subtopic: 'salaries',
    locale: 'sr-Cyrl',
    title: 'По којим прописима се обрачунава плата службеника',
    question:
      'Обрачунска служба [општина] пита да ли се плате службеника већ обрачунавају по Закону о платама службеника и намештеника у органима АП и ЈЛС.',
    answer:
      'Службеник има право на плату, накнаде и друга примања по закону који уређује плате у органима аутономне покрајине и јединице локалне самоуправе. Почетак примене тог закона више пута је одлаган, а до почетка примене плате се обрачунавају по прописима који су се до тада примењивали, уз коефицијенте утврђене општим актом органа. Пре обрачуна проверите важећи текст закона и прописа о његовом одлагању, као и закон о буџету за текућу годину, који може ограничити повећања. Ако се звања и радна места мењају изменом систематизације, коефицијенти се усклађују са новим описом радног места.',
    refs: [
      ['zaposleni', '27'],
      ['plate', '1'],
    ],
    checkedOn: '2026-07-06',
    publishedAt: '2026-07-13T11:05:00Z',
    helpful: [16, 4],
  },
  {
    key: 'rs-appeal-deadline',
    area: 'procedure',
    subtopic: 'general_procedure',
    locale: 'sr-Latn',
    title: 'Rok za žalbu na rešenje opštinske uprave',
    question:
      'Građanin je dobio rešenje opštinske uprave [opština] poštom, ali ga je preuzeo tek posle dve nedelje od slanja. Od kada teče rok za žalbu?',
    answer:
      'Žalba se podnosi u roku od 15 dana od dostavljanja rešenja, ako zakonom nije određen drugi rok. Rok ne teče od dana kada je rešenje poslato, nego od dana kada je dostavljeno stranci, što se dokazuje dostavnicom. Ako dostavljanje nije uspelo pri prvom pokušaju, primenjuju se pravila zakona o dostavljanju, a rok teče od dana kada se dostavljanje smatra izvršenim. Žalba se predaje prvostepenom organu, koji je može sam uvažiti ili je prosleđuje drugostepenom organu. Pouka o pravnom leku u rešenju mora navesti rok i organ kome se žalba podnosi.',
    refs: [['zup', '153']],
    checkedOn: '2025-04-07',
    publishedAt: '2025-04-14T09:00:00Z',
    helpful: [19, 1],
  },
  {
    key: 'rs-promotion',
    area: 'employment',
    subtopic: 'appraisal',
    locale: 'sr-Latn',
    title: 'Napredovanje službenika u više zvanje',
    question:
      'Službenik [opština] je dve godine zaredom dobio najvišu ocenu. Može li da napreduje u više zvanje iako takvo radno mesto nije upražnjeno?',
    answer:
      'Službenik napreduje premeštajem na više radno mesto ili napredovanjem u platnom razredu, na osnovu ocena dobijenih u ocenjivanju. Napredovanje na više radno mesto moguće je samo ako takvo radno mesto postoji u sistematizaciji, ako je upražnjeno i predviđeno kadrovskim planom, i ako službenik ispunjava uslove za njega. Dobre ocene same po sebi ne stvaraju novo radno mesto niti obavezu da se ono stvori. Ocene su, međutim, osnov za napredovanje u platnom razredu u okviru istog zvanja, pod uslovima koje propisi o platama i ocenjivanju određuju.',
    refs: [
      ['zaposleni', '20'],
      ['ocenjivanje', '1'],
    ],
    checkedOn: '2025-06-16',
    publishedAt: '2025-06-23T10:00:00Z',
    helpful: [13, 2],
  },
  {
    key: 'rs-head-of-administration',
    area: 'local_government',
    subtopic: 'administration',
    locale: 'sr-Latn',
    title: 'Ko postavlja načelnika opštinske uprave',
    question:
      'Načelniku opštinske uprave [opština] ističe mandat. Ko postavlja novog načelnika i može li dotadašnji da nastavi rad do postavljenja?',
    answer:
      'Načelnika opštinske uprave postavlja opštinsko veće, na osnovu javnog konkursa, na period koji propisuje zakon. Za načelnika može biti postavljeno lice koje ispunjava uslove u pogledu obrazovanja, položenog ispita i radnog iskustva koje zakon traži. Dok se ne postavi novi načelnik, veće može postaviti vršioca dužnosti, ali najduže na vreme koje zakon dopušta i samo dok traje postupak postavljenja. Preporučujemo da se konkurs raspiše na vreme, pre isteka mandata.',
    refs: [['zls', '46']],
    checkedOn: '2026-09-07',
    publishedAt: '2026-09-14T12:00:00Z',
    helpful: [8, 0],
  },
];
