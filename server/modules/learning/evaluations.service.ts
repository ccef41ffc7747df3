import { addMonths } from '../../../contracts/calendar-months';
import {
  type Evaluation,
  type EvaluationCreate,
  type EvaluationSource,
  type EvaluationSummary,
  evaluationQuestions,
  evaluationSources,
} from '../../../contracts/learning-evaluations';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { coversOrganisation, reachOf } from '../../platform/access/reach';
import { today } from '../../platform/days';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { type EvaluationRow, evaluationsRepo as repo } from './evaluations.repo';
import { visibleSession } from './visible-session';

type Session = Awaited<ReturnType<typeof visibleSession>>;
/** Who answers, as the row records it. */
type Author = { organisationId: string | null; enrolmentId: string | null; authorName: string };

const forbidden = (permission: string) => new AppError(403, 'forbidden', { permission });
const round2 = (n: number) => Math.round(n * 100) / 100;

export const toEvaluation = (r: EvaluationRow): Evaluation => ({
  id: r.id,
  sessionId: r.sessionId,
  enrolmentId: r.enrolmentId,
  source: r.source as EvaluationSource,
  ratings: r.ratings,
  comment: r.comment,
  authorName: r.authorName,
  createdAt: r.createdAt.toISOString(),
});

/** Exactly the questions of the source's form, each rated once. */
function checkRatings(source: EvaluationSource, ratings: Record<string, number>) {
  const questions: readonly string[] = evaluationQuestions[source];
  const keys = Object.keys(ratings);
  if (keys.length !== questions.length || !questions.every((q) => q in ratings))
    throw invalid('ratings', 'evaluation_questions', { questions: questions.join(', ') });
}

async function enrolmentOf(tx: Tx, session: Session, input: EvaluationCreate) {
  if (!input.enrolmentId) throw invalid('enrolmentId', 'required');
  const enrolment = await repo.enrolment(tx, session.id, input.enrolmentId);
  if (!enrolment) throw notFound('enrolment');
  return enrolment;
}

function noEnrolment(input: EvaluationCreate) {
  if (input.enrolmentId) throw invalid('enrolmentId', 'evaluation_no_enrolment');
}

/**
 * May the actor answer for this source, and as whom? Each check throws: 403 for a reader without
 * the standing, 404 for an enrolment they cannot see, 409 when it is not (or no longer) the time.
 */
const standings: Record<
  EvaluationSource,
  (tx: Tx, actor: Actor, session: Session, input: EvaluationCreate) => Promise<Author>
> = {
  /** The participant of a finished session, attended or not, anonymously to the organiser. */
  async participant(tx, actor, session, input) {
    const enrolment = await enrolmentOf(tx, session, input);
    if (enrolment.participantUserId !== actor.userId) throw forbidden('learning.read');
    if (!['completed', 'not_completed'].includes(enrolment.status))
      throw conflict('evaluation_enrolment_open');
    return { organisationId: enrolment.organisationId, enrolmentId: enrolment.id, authorName: '' };
  },

  /** A trainer assigned to the session. */
  async trainer(tx, actor, session, input) {
    noEnrolment(input);
    if (!(await repo.delivers(tx, session.id, actor.userId))) throw forbidden('learning.attendance');
    return { organisationId: null, enrolmentId: null, authorName: actor.name };
  },

  /**
   * The line manager (or HR officer) of someone who completed it, once the country's months have
   * passed since the last day: the rating is of the training's effect on the work.
   */
  async manager(tx, actor, session, input) {
    const enrolment = await enrolmentOf(tx, session, input);
    const reach = reachOf(actor, 'learning.approve');
    if (
      enrolment.participantUserId === actor.userId ||
      !(await repo.fileInReach(tx, enrolment.employeeId, reach, actor.userId))
    )
      throw forbidden('learning.approve');
    if (enrolment.status !== 'completed') throw conflict('evaluation_enrolment_open');
    const months = (await storedPack(tx, session.countryCode)).learning.impactAfterMonths;
    const opens = addMonths(session.lastDay, months);
    if (today() < opens) throw conflict('evaluation_too_early', { date: opens });
    return { organisationId: enrolment.organisationId, enrolmentId: enrolment.id, authorName: actor.name };
  },

  /**
   * The programme council: national bodies give their opinion on the country's programmes, so a
   * national administrator of the session's country answers (the organising municipality's HR
   * officer does not, though they manage the session).
   */
  async council(_tx, actor, session, input) {
    noEnrolment(input);
    if (!actor.memberships.some((m) => m.role === 'national_admin' && m.countryCode === session.countryCode))
      throw forbidden('learning.manage');
    return { organisationId: null, enrolmentId: null, authorName: actor.name };
  },
};

export type EvaluationsService = ReturnType<typeof createEvaluationsService>;

export function createEvaluationsService(deps: { tenancy: Tenancy }) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  return {
    async create(actor: Actor, sessionId: string, input: EvaluationCreate): Promise<Evaluation> {
      access.require(actor, 'learning.read');
      checkRatings(input.source, input.ratings);
      const { session, author } = await tenancy.read(scope(actor), async (tx) => {
        const session = await visibleSession(tx, actor, sessionId);
        if (session.status !== 'completed') throw conflict('evaluation_session_open');
        return { session, author: await standings[input.source](tx, actor, session, input) };
      });
      const values = Object.values(input.ratings);
      // Written in system scope once the checks above have passed: a trainer of another body or
      // the country's council may belong to neither tenant of the row (organiser, municipality).
      const row = await tenancy.run(systemScope, (tx) =>
        repo.insertOnce(tx, {
          ...author,
          sessionId,
          organiserId: session.organiserId,
          source: input.source,
          ratings: input.ratings,
          score: round2(values.reduce((a, b) => a + b, 0) / values.length),
          comment: input.comment,
          authorUserId: actor.userId,
        }),
      );
      if (!row) throw conflict('evaluation_exists');
      return toEvaluation(row);
    },

    /** The organiser's and the trainers' view: per source, answers, mean per question, comments. */
    async summary(actor: Actor, sessionId: string): Promise<EvaluationSummary> {
      access.require(actor, 'learning.read');
      await tenancy.read(scope(actor), async (tx) => {
        const session = await visibleSession(tx, actor, sessionId);
        const organiser = coversOrganisation(reachOf(actor, 'learning.manage'), session.organiserId);
        if (!organiser && !(await repo.delivers(tx, sessionId, actor.userId)))
          throw forbidden('learning.manage');
      });
      const { rows, completed } = await tenancy.read(systemScope, async (tx) => ({
        rows: await repo.ofSession(tx, sessionId),
        completed: await repo.completedCount(tx, sessionId),
      }));
      return {
        sessionId,
        participantsCompleted: completed,
        sources: evaluationSources.map((source) => {
          const answers = rows.filter((r) => r.source === source);
          const means = Object.fromEntries(
            evaluationQuestions[source].map((q) => {
              const given = answers.map((a) => a.ratings[q]).filter((v): v is number => v !== undefined);
              return [q, given.length ? round2(given.reduce((a, b) => a + b, 0) / given.length) : null];
            }),
          );
          return {
            source,
            responses: answers.length,
            means,
            // Comments only, never who wrote them: participants answer anonymously.
            comments: answers.map((a) => a.comment).filter((c) => c !== ''),
          };
        }),
      };
    },

    /** What the signed-in user has already answered for the session (the UI hides those forms). */
    async mine(actor: Actor, sessionId: string): Promise<{ items: Evaluation[] }> {
      access.require(actor, 'learning.read');
      await tenancy.read(scope(actor), (tx) => visibleSession(tx, actor, sessionId));
      const rows = await tenancy.read(systemScope, (tx) => repo.ofSession(tx, sessionId, actor.userId));
      return { items: rows.map(toEvaluation) };
    },
  };
}
