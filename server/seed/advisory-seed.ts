import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { LawRef } from '../../contracts/advisory-questions';
import { insertInChunks } from '../db/bulk-write';
import type { Tx } from '../db/client';
import {
  answers,
  laws,
  questionFollows,
  questionMessages,
  questions,
} from '../modules/advisory/advisory.tables';
import { lawSearch } from '../modules/advisory/laws.repo';
import { addWorkingDays, type WorkingCalendar, workingDaysBetween } from '../modules/advisory/working-days';
import { users } from '../modules/identity/identity.tables';
import { findCountryPack } from '../packs/packs';
import { foldForSearch } from '../platform/i18n/transliterate';
import { bulgarianAnswers } from './advisory-answers-bg-data';
import { serbianAnswers } from './advisory-answers-rs-data';
import type { AdvisoryPlan, QuestionEntry, RefEntry } from './advisory-data-types';
import { bulgarianLaws, serbianLaws } from './advisory-laws-data';
import { bulgarianQuestions, serbianQuestions } from './advisory-questions-data';
import { addDays } from './seed-dates';

export type AdvisoryCounts = { laws: number; answers: number; questions: number; messages: number };
export const noAdvisory: AdvisoryCounts = { laws: 0, answers: 0, questions: 0, messages: 0 };

/** Each association's register, knowledge base and questions, answered by its expert. */
export const advisoryPlans: readonly AdvisoryPlan[] = [
  {
    country: 'RS',
    body: 'skgo',
    expert: 'expert@kadar.example',
    laws: serbianLaws,
    answers: serbianAnswers,
    questions: serbianQuestions,
  },
  {
    country: 'BG',
    body: 'namrb',
    expert: 'expert-bg@kadar.example',
    laws: bulgarianLaws,
    answers: bulgarianAnswers,
    questions: bulgarianQuestions,
  },
];

type Rows = {
  laws: Array<typeof laws.$inferInsert>;
  answers: Array<typeof answers.$inferInsert>;
  questions: Array<typeof questions.$inferInsert>;
  messages: Array<typeof questionMessages.$inferInsert>;
  follows: Array<typeof questionFollows.$inferInsert>;
};
type Person = { id: string; name: string };
type Context = {
  rows: Rows;
  today: string;
  calendar: WorkingCalendar;
  responseDays: number;
  orgIds: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, Person>;
};

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`advisory demo: unknown ${what}`);
  return value;
};

/** The working day `days` working days before `day`. */
function workingDaysBefore(calendar: WorkingCalendar, day: string, days: number): string {
  let from = day;
  while (workingDaysBetween(calendar, from, day) < days) from = addDays(from, -1);
  return from;
}

/** A time within office hours of `day`, fixed by `n` so the demo is the same every time. */
const atOffice = (day: string, n: number) =>
  new Date(`${day}T${String(8 + (n % 7)).padStart(2, '0')}:${String((n * 17) % 60).padStart(2, '0')}:00Z`);

const lawRefsOf = (refs: readonly RefEntry[], lawIds: ReadonlyMap<string, string>): LawRef[] =>
  refs.map(([law, article]) => ({ lawId: need(lawIds.get(law), `law ${law}`), article }));

function addQuestion(
  ctx: Context,
  plan: AdvisoryPlan,
  entry: QuestionEntry,
  n: number,
  numbering: { lawIds: ReadonlyMap<string, string>; reference: string; answerIds: Map<string, string> },
) {
  const organisationId = need(ctx.orgIds.get(entry.from), `organisation ${entry.from}`);
  const bodyId = need(ctx.orgIds.get(plan.body), `organisation ${plan.body}`);
  const asker = need(ctx.people.get(entry.asker), `login ${entry.asker}`);
  const expert = need(ctx.people.get(plan.expert), `login ${plan.expert}`);
  const submittedOn = workingDaysBefore(ctx.calendar, ctx.today, entry.ago);
  const dayOf = (ago: number) => workingDaysBefore(ctx.calendar, ctx.today, ago);
  const open = entry.status === 'submitted' || entry.status === 'claimed';
  const answer = entry.messages.find((m) => m.kind === 'answer');
  const answeredAt = answer ? atOffice(dayOf(answer.ago), n + 3) : null;
  const id = randomUUID();
  const twoTenants = { organisationId, bodyId };
  const lastMessage = entry.messages.at(-1);
  ctx.rows.questions.push({
    id,
    ...twoTenants,
    countryCode: plan.country,
    reference: numbering.reference,
    title: entry.title,
    text: entry.text,
    locale: entry.locale,
    areaCode: entry.area,
    subtopicCode: entry.subtopic,
    lawRefs: lawRefsOf(entry.refs, numbering.lawIds),
    status: entry.status,
    askedBy: asker.id,
    askedByName: asker.name,
    expertId: entry.status === 'submitted' ? null : expert.id,
    expertName: entry.status === 'submitted' ? null : expert.name,
    submittedAt: atOffice(submittedOn, n),
    dueOn: open ? addWorkingDays(ctx.calendar, submittedOn, ctx.responseDays) : null,
    daysLeft: entry.status === 'needs_info' ? (entry.daysLeft ?? null) : null,
    answeredAt,
    acceptedAt:
      entry.status === 'accepted' && answer ? atOffice(dayOf(Math.max(0, answer.ago - 1)), n + 5) : null,
    search: foldForSearch(`${entry.title} ${entry.text}`),
    createdAt: atOffice(submittedOn, n),
    updatedAt: lastMessage ? atOffice(dayOf(lastMessage.ago), n + 3) : atOffice(submittedOn, n),
  });
  entry.messages.forEach((m, i) => {
    const author = m.kind === 'reply' ? asker : expert;
    ctx.rows.messages.push({
      questionId: id,
      ...twoTenants,
      kind: m.kind,
      authorUserId: author.id,
      authorName: author.name,
      text: m.text,
      createdAt: atOffice(dayOf(m.ago), n + i + 1),
    });
  });
  ctx.rows.follows.push({
    questionId: id,
    userId: asker.id,
    ...twoTenants,
    createdAt: atOffice(submittedOn, n),
  });
  if (entry.answer) numbering.answerIds.set(entry.answer, id);
}

function addPlan(ctx: Context, plan: AdvisoryPlan) {
  const bodyId = need(ctx.orgIds.get(plan.body), `organisation ${plan.body}`);
  const expert = need(ctx.people.get(plan.expert), `login ${plan.expert}`);
  const lawIds = new Map<string, string>();
  for (const law of plan.laws) {
    const id = randomUUID();
    lawIds.set(law.key, id);
    ctx.rows.laws.push({
      id,
      countryCode: plan.country,
      bodyId,
      title: law.title,
      gazette: law.gazette,
      amendedOn: law.amendedOn ?? null,
      note: law.note ?? '',
      search: lawSearch({ title: law.title, gazette: law.gazette, note: law.note ?? '' }),
    });
  }
  // Numbered per association and year, in the order they were sent (the oldest first).
  const sent = [...plan.questions].sort((a, b) => b.ago - a.ago);
  const perYear = new Map<string, number>();
  const questionOf = new Map<string, string>();
  sent.forEach((entry, n) => {
    const year = workingDaysBefore(ctx.calendar, ctx.today, entry.ago).slice(0, 4);
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    const reference = `${year}-${String(next).padStart(4, '0')}`;
    addQuestion(ctx, plan, entry, n, { lawIds, reference, answerIds: questionOf });
  });
  for (const a of plan.answers) {
    const publishedAt = new Date(a.publishedAt);
    const lawRefs = lawRefsOf(a.refs, lawIds);
    ctx.rows.answers.push({
      questionId: questionOf.get(a.key) ?? null,
      bodyId,
      countryCode: plan.country,
      areaCode: a.area,
      subtopicCode: a.subtopic,
      locale: a.locale,
      title: a.title,
      question: a.question,
      answer: a.answer,
      lawRefs,
      lawIds: [...new Set(lawRefs.map((r) => r.lawId))],
      removedTerms: [],
      status: 'published',
      checkedOn: a.checkedOn,
      helpfulYes: a.helpful[0],
      helpfulNo: a.helpful[1],
      publishedAt,
      publishedBy: expert.id,
      search: foldForSearch(`${a.title} ${a.question} ${a.answer}`),
      createdAt: publishedAt,
      updatedAt: publishedAt,
    });
  }
}

/**
 * The advisory demo: SKGO's and NAMRB's registers of laws (one with a 2026 amendment, so some
 * answers need re-checking), their published knowledge bases, and questions of Novi Pazar,
 * Kraljevo and Gabrovo at every step, due by the packs' working days. Reads the logins back; dates
 * relative to `today`. Runs in the caller's system-scope transaction.
 */
export async function seedDemoAdvisory(
  tx: Tx,
  orgIds: ReadonlyMap<string, string>,
  today: string,
): Promise<AdvisoryCounts> {
  const emails = [...new Set(advisoryPlans.flatMap((p) => [p.expert, ...p.questions.map((q) => q.asker)]))];
  const found = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const people = new Map(found.map((u) => [u.email, { id: u.id, name: u.name }]));
  const rows: Rows = { laws: [], answers: [], questions: [], messages: [], follows: [] };
  for (const plan of advisoryPlans) {
    const advice = need(findCountryPack(plan.country)?.advice, `pack ${plan.country}`);
    addPlan(
      {
        rows,
        today,
        calendar: { holidays: advice.holidays },
        responseDays: advice.responseWorkingDays,
        orgIds,
        people,
      },
      plan,
    );
  }
  await insertInChunks(tx, laws, rows.laws);
  await insertInChunks(tx, questions, rows.questions);
  await insertInChunks(tx, questionMessages, rows.messages);
  await insertInChunks(tx, questionFollows, rows.follows);
  await insertInChunks(tx, answers, rows.answers);
  return {
    laws: rows.laws.length,
    answers: rows.answers.length,
    questions: rows.questions.length,
    messages: rows.messages.length,
  };
}
