import { randomUUID } from 'node:crypto';
import { addMonths } from '../../contracts/calendar-months';
import { type EvaluationSource, evaluationQuestions } from '../../contracts/learning-evaluations';
import { atWork } from './appraisal-seed';
import type { PlacedEnrolment } from './learning-enrolments-seed';
import type { PlannedSession, SessionContext } from './learning-sessions-seed';
import { addDays } from './seed-dates';
import { chance, intBetween, pickFrom, type Random, weighted } from './seed-random';

/** Most answers are good, a few lukewarm. */
const spread: ReadonlyArray<readonly [number, number]> = [
  [5, 45],
  [4, 35],
  [3, 15],
  [2, 5],
];

function ratingsOf(source: EvaluationSource, random: Random): Record<string, number> {
  return Object.fromEntries(evaluationQuestions[source].map((q) => [q, weighted(spread, random)]));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Author = {
  organisationId: string | null;
  enrolmentId: string | null;
  authorUserId: string | null;
  authorName: string;
};

function add(ctx: SessionContext, plan: PlannedSession, source: EvaluationSource, by: Author, day: string) {
  const { random, texts } = ctx;
  const ratings = ratingsOf(source, random);
  const values = Object.values(ratings);
  const pool =
    source === 'participant'
      ? texts.participantComments
      : source === 'trainer'
        ? texts.trainerComments
        : texts.impactComments;
  ctx.writer.rows.evaluations.push({
    id: randomUUID(),
    sessionId: plan.id,
    organiserId: plan.organiserId,
    ...by,
    source,
    ratings,
    score: round2(values.reduce((a, b) => a + b, 0) / values.length),
    comment: chance(0.35, random) ? pickFrom(pool, random) : '',
    createdAt: atWork(day, random),
  });
}

/**
 * Answers from three of the four sources for a closed session: about half the participants
 * (anonymously), its trainers, and, once the country's months have passed, half the line
 * managers' ratings of the impact. The demo accounts' own forms are left for them to fill in,
 * and so are those of the trainers in `openFor` (this is their latest session).
 */
export function addEvaluations(
  ctx: SessionContext,
  plan: PlannedSession,
  placed: readonly PlacedEnrolment[],
  options: { impactAfterMonths: number; openFor: ReadonlySet<string> },
): void {
  const { random, today } = ctx;
  const lastDay = plan.row.lastDay;
  const yesterday = addDays(today, -1);
  const soon = (from: string, days: number) => {
    const day = addDays(from, intBetween(0, days, random));
    return day < yesterday ? day : yesterday;
  };
  const judged = placed.filter((e) => !e.pin && (e.status === 'completed' || e.status === 'not_completed'));
  for (const e of judged)
    if (chance(0.55, random))
      add(
        ctx,
        plan,
        'participant',
        {
          organisationId: e.staffer.organisationId,
          enrolmentId: e.id,
          authorUserId: e.staffer.userId,
          authorName: '',
        },
        soon(addDays(lastDay, 1), 4),
      );
  for (const t of plan.trainers)
    if (!(t.userId && options.openFor.has(t.id)))
      add(
        ctx,
        plan,
        'trainer',
        { organisationId: null, enrolmentId: null, authorUserId: t.userId, authorName: t.name },
        soon(addDays(lastDay, 1), 3),
      );
  const due = addMonths(lastDay, options.impactAfterMonths);
  if (due > yesterday) return;
  for (const e of judged)
    if (e.status === 'completed' && chance(0.5, random))
      add(
        ctx,
        plan,
        'manager',
        {
          organisationId: e.staffer.organisationId,
          enrolmentId: e.id,
          authorUserId: e.approver.id,
          authorName: e.approver.name,
        },
        soon(due, 20),
      );
}
