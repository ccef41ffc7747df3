import { and, asc, eq, gte, inArray, like, or } from 'drizzle-orm';
import { type Locale, localeSchema } from '../../contracts/access';
import type { Tx } from '../db/client';
import { questions } from '../modules/advisory/advisory.tables';
import { directoryCards } from '../modules/hr-directory/hr-directory.tables';
import { memberships, users } from '../modules/identity/identity.tables';
import { dayIn } from '../modules/learning/learning-mail';
import { programmes } from '../modules/learning/programmes.tables';
import { sessionDays, trainingSessions } from '../modules/learning/sessions.tables';
import { organisations } from '../modules/organisations/organisations.tables';
import { createTranslator } from '../platform/i18n/i18n';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { MailTemplate } from '../platform/mail/mailer';
import { notifications } from '../platform/notifications/notifications.tables';
import { cardlessLogin, demoCardText, expertCards, unlistedLogin } from './directory-demo-data';
import { latinFor, type SeedCountry } from './seed-latin';

export type DirectoryCounts = { cards: number; listed: number; notifications: number };

const cardRoles = ['hr_officer', 'expert'];

type Person = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  organisationId: string;
  orgName: string;
  orgNameLatin: string;
  country: SeedCountry;
};

async function cardHolders(tx: Tx): Promise<Person[]> {
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      organisationId: organisations.id,
      orgName: organisations.name,
      orgNameLatin: organisations.nameLatin,
      country: organisations.countryCode,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        inArray(memberships.role, cardRoles),
        or(like(users.email, 'hr@%.example'), like(users.email, 'expert%@kadar.example')),
      ),
    )
    .orderBy(asc(users.email));
  return rows.map((r) => ({
    ...r,
    locale: localeSchema.catch('sr-Cyrl').parse(r.locale),
    country: r.country as SeedCountry,
  }));
}

function cardOf(p: Person, n: number): typeof directoryCards.$inferInsert {
  const text = expertCards[p.email] ?? demoCardText(p.locale, n);
  const nameLatin = latinFor(p.country)(p.name);
  const phone =
    p.country === 'RS'
      ? `+381 ${30 + n} ${310 + n * 7} ${200 + n}`
      : `+359 ${60 + n} ${820 + n * 3} ${10 + n}`;
  const own: Locale = p.country === 'RS' ? p.locale : 'bg';
  const languages: Locale[] = n % 3 === 0 ? [own, 'en'] : [own];
  return {
    userId: p.id,
    organisationId: p.organisationId,
    countryCode: p.country,
    name: p.name,
    nameLatin,
    jobTitle: text.jobTitle,
    email: p.email,
    phone,
    expertise: text.expertise,
    languages,
    listed: p.email !== unlistedLogin,
    search: foldForSearch(
      [p.name, nameLatin, p.orgName, p.orgNameLatin, text.jobTitle, text.expertise].join(' '),
    ),
  };
}

/** An unread notification as notifyUsers writes it: the subject of the mail in the user's language. */
type DemoNote = { template: MailTemplate; path: string; params: Record<string, string>; hoursAgo: number };

async function notesFor(tx: Tx, person: Person, today: string): Promise<DemoNote[]> {
  if (person.email === 'expert-bg@kadar.example') {
    const waiting = await tx
      .select({
        id: questions.id,
        reference: questions.reference,
        status: questions.status,
        org: organisations.name,
      })
      .from(questions)
      .innerJoin(organisations, eq(organisations.id, questions.organisationId))
      .where(and(eq(questions.countryCode, 'BG'), inArray(questions.status, ['submitted', 'claimed'])))
      .orderBy(asc(questions.reference));
    return waiting.slice(0, 3).map((q, i) => ({
      template: q.status === 'submitted' ? 'question_submitted' : 'question_replied',
      path: `/advice/${q.id}`,
      params: { reference: q.reference, organisation: q.org },
      hoursAgo: 3 + i * 20,
    }));
  }
  const [next] = await tx
    .select({ id: trainingSessions.id, title: programmes.title, day: sessionDays.date })
    .from(trainingSessions)
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(sessionDays, eq(sessionDays.sessionId, trainingSessions.id))
    .innerJoin(organisations, eq(organisations.id, trainingSessions.organiserId))
    .where(and(eq(organisations.countryCode, person.country), gte(sessionDays.date, today)))
    .orderBy(asc(sessionDays.date))
    .limit(1);
  const year = String(Number(today.slice(0, 4)) + 1);
  return [
    { template: 'needs_survey_open', path: '/training-needs/survey', params: { year }, hoursAgo: 30 },
    ...(next
      ? [
          {
            template: 'training_reminder' as const,
            path: `/sessions/${next.id}`,
            params: { programme: next.title.name, start: dayIn(next.day, person.locale) },
            hoursAgo: 2,
          },
        ]
      : []),
  ];
}

/**
 * The HR network's directory: a card for each demo HR officer and expert (one kept unlisted, one
 * left to write in the browser journey), and a few unread notifications for two logins.
 */
export async function seedDemoDirectory(tx: Tx, today: string): Promise<DirectoryCounts> {
  const people = await cardHolders(tx);
  const cards = people.filter((p) => p.email !== cardlessLogin).map(cardOf);
  if (cards.length) await tx.insert(directoryCards).values(cards);
  const translator = createTranslator();
  const now = Date.now();
  const notes = [];
  for (const email of [cardlessLogin, 'expert-bg@kadar.example']) {
    const person = people.find((p) => p.email === email);
    if (!person) continue;
    for (const note of await notesFor(tx, person, today)) {
      const params = { name: person.name, link: '', ...note.params };
      notes.push({
        userId: person.id,
        template: note.template,
        title: translator.t(person.locale, `mail:${note.template}.subject`, params),
        path: note.path,
        createdAt: new Date(now - note.hoursAgo * 3_600_000),
      });
    }
  }
  if (notes.length) await tx.insert(notifications).values(notes);
  return { cards: cards.length, listed: cards.filter((c) => c.listed).length, notifications: notes.length };
}
