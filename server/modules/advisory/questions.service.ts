import { eq } from 'drizzle-orm';
import type {
  Question,
  QuestionAnswer,
  QuestionCreate,
  QuestionDetail,
  QuestionListQuery,
  QuestionStatus,
} from '../../../contracts/advisory-questions';
import type { Tx } from '../../db/client';
import { systemScope } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import type { MailTemplate } from '../../platform/mail/mailer';
import { organisations } from '../organisations/organisations.tables';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { checkLaws, checkTopic } from './advice-checks';
import { questionMessages } from './advisory.tables';
import { advicePack, fullTerm } from './question-clock';
import { mailAskerSide, mailQuestion, mailSubmitted, type QuestionMailDeps } from './question-mail';
import { advicePermission, leadsBody, onAskerSide, onExpertSide } from './question-sides';
import { presentDetail, presentQuestions } from './question-view';
import { type QuestionRow, questionsRepo as repo } from './questions.repo';
import { addWorkingDays, workingDaysBetween } from './working-days';

type Move = 'claim' | 'release' | 'ask_back' | 'reply' | 'answer' | 'accept' | 'withdraw';

/** Which side makes each move, and from which states: anything else is a conflict. */
const rules: Record<Move, { from: readonly QuestionStatus[]; by: 'asker' | 'expert' }> = {
  claim: { from: ['submitted', 'claimed'], by: 'expert' },
  release: { from: ['claimed'], by: 'expert' },
  ask_back: { from: ['claimed'], by: 'expert' },
  answer: { from: ['claimed'], by: 'expert' },
  reply: { from: ['needs_info', 'answered'], by: 'asker' },
  accept: { from: ['answered'], by: 'asker' },
  withdraw: { from: ['submitted', 'claimed', 'needs_info'], by: 'asker' },
};

const audited = (r: QuestionRow) => ({
  status: r.status,
  expertId: r.expertId,
  dueOn: r.dueOn,
  daysLeft: r.daysLeft,
  lawRefs: r.lawRefs,
});

/** What a move writes, the message it adds and whom it tells. */
type Step = {
  change: Partial<QuestionRow>;
  message?: { kind: 'ask_back' | 'reply' | 'answer'; text: string };
  mail?: (tx: Tx, row: QuestionRow) => Promise<unknown>;
};

export type QuestionsService = ReturnType<typeof createQuestionsService>;

export function createQuestionsService(deps: QuestionMailDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;
  const reader = (actor: Actor) => ({ userId: actor.userId, day: today() });

  /** The expert who claimed the question, or someone who leads the association. */
  const holdsIt = (actor: Actor, row: QuestionRow) => row.expertId === actor.userId || leadsBody(actor, row);

  /**
   * Moves a question on, as the side the rule names. The mail to the other side is queued in the
   * same transaction, whose members the actor's scope may not read: it runs in system scope, so
   * the visibility and side checks below are what guard it.
   */
  async function move(
    actor: Actor,
    id: string,
    action: Move,
    step: (tx: Tx, row: QuestionRow) => Promise<Step>,
  ): Promise<QuestionDetail> {
    const rule = rules[action];
    return tenancy.run(systemScope, async (tx) => {
      const before = await repo.lock(tx, actor, id);
      if (!before) throw notFound('question');
      const side = rule.by === 'expert' ? onExpertSide(actor, before) : onAskerSide(actor, before);
      if (!side)
        throw new AppError(403, 'forbidden', {
          permission: `advice.${rule.by === 'expert' ? 'answer' : 'ask'}`,
        });
      if (!rule.from.includes(before.status as QuestionStatus))
        throw conflict('question_status', { status: before.status });
      const { change, message, mail } = await step(tx, before);
      const row = await repo.update(tx, id, change);
      if (message)
        await tx.insert(questionMessages).values({
          questionId: id,
          organisationId: row.organisationId,
          bodyId: row.bodyId,
          kind: message.kind,
          authorUserId: actor.userId,
          authorName: actor.name,
          text: message.text,
        });
      await recordAudit(tx, actor, {
        organisationId: rule.by === 'expert' ? row.bodyId : row.organisationId,
        action: `question.${action}`,
        entityType: 'question',
        entityId: id,
        before: audited(before),
        after: audited(row),
      });
      await mail?.(tx, row);
      return presentDetail(tx, row, reader(actor));
    });
  }

  const toAskerSide = (template: MailTemplate) => (tx: Tx, row: QuestionRow) =>
    mailAskerSide(tx, deps, row, template);

  return {
    /** The questions of the actor's municipality and those put to the actor's association. */
    async list(actor: Actor, query: QuestionListQuery) {
      access.require(actor, advicePermission(actor));
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, actor, query, today(), after);
        const page = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        return {
          items: await presentQuestions(
            tx,
            page.items.map((r) => r.row),
            reader(actor),
          ),
          nextCursor: page.nextCursor,
        };
      });
    },

    async get(actor: Actor, id: string): Promise<QuestionDetail> {
      access.require(actor, advicePermission(actor));
      return tenancy.read(scope(actor), async (tx) => {
        const row = await repo.find(tx, actor, id);
        if (!row) throw notFound('question');
        return presentDetail(tx, row, reader(actor));
      });
    },

    /** In system scope, for the mail to the association's experts: the reach checks guard it. */
    async create(actor: Actor, input: QuestionCreate): Promise<QuestionDetail> {
      access.require(actor, 'advice.ask');
      return tenancy.run(systemScope, async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'advice.ask');
        if (org.kind === 'national_body') throw invalid('organisationId', 'not_a_municipality');
        const [body] = await tx.select().from(organisations).where(eq(organisations.id, input.bodyId));
        if (body?.bodyRole !== 'association' || body.countryCode !== org.countryCode)
          throw invalid('bodyId', 'not_an_association');
        await checkTopic(tx, { countryCode: org.countryCode, ...input });
        await checkLaws(tx, org.countryCode, input.lawRefs);
        const advice = await advicePack(tx, org.countryCode);
        const day = today();
        const row = await repo.insert(tx, {
          organisationId: org.id,
          bodyId: body.id,
          countryCode: org.countryCode,
          reference: await repo.nextReference(tx, body.id, day.slice(0, 4)),
          title: input.title,
          text: input.text,
          locale: actor.locale,
          areaCode: input.areaCode,
          subtopicCode: input.subtopicCode,
          lawRefs: input.lawRefs,
          status: 'submitted',
          askedBy: actor.userId,
          askedByName: actor.name,
          dueOn: fullTerm(advice, day),
          search: foldForSearch(`${input.title} ${input.text}`),
        });
        await repo.follow(tx, row, actor.userId);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'question.create',
          entityType: 'question',
          entityId: row.id,
          after: { reference: row.reference, title: row.title, ...audited(row) },
        });
        await mailSubmitted(tx, deps, row);
        return presentDetail(tx, row, reader(actor));
      });
    },

    /** An expert takes it; taking one another expert holds is for whoever leads the association. */
    async claim(actor: Actor, id: string) {
      access.require(actor, 'advice.answer');
      return move(actor, id, 'claim', async (_tx, row) => {
        if (row.expertId && row.expertId !== actor.userId && !leadsBody(actor, row))
          throw conflict('question_claimed');
        return { change: { status: 'claimed', expertId: actor.userId, expertName: actor.name } };
      });
    },

    async release(actor: Actor, id: string) {
      access.require(actor, 'advice.answer');
      return move(actor, id, 'release', async (_tx, row) => {
        if (!holdsIt(actor, row)) throw conflict('question_claimed');
        return { change: { status: 'submitted', expertId: null, expertName: null } };
      });
    },

    /** Asking back stops the clock: the working days left wait in `daysLeft` until the reply. */
    async askBack(actor: Actor, id: string, text: string) {
      access.require(actor, 'advice.answer');
      return move(actor, id, 'ask_back', async (tx, row) => {
        if (!holdsIt(actor, row)) throw conflict('question_claimed');
        const { calendar } = await advicePack(tx, row.countryCode);
        const daysLeft = row.dueOn ? workingDaysBetween(calendar, today(), row.dueOn) : 0;
        return {
          change: { status: 'needs_info', daysLeft, dueOn: null },
          message: { kind: 'ask_back', text },
          mail: toAskerSide('question_asked_back'),
        };
      });
    },

    /**
     * The asker answers a question back (the clock resumes with the days it had left, at least
     * one) or asks a follow-up to an answer (a fresh full term).
     */
    async reply(actor: Actor, id: string, text: string) {
      access.require(actor, 'advice.ask');
      return move(actor, id, 'reply', async (tx, row) => {
        const advice = await advicePack(tx, row.countryCode);
        const day = today();
        const dueOn =
          row.status === 'needs_info'
            ? addWorkingDays(advice.calendar, day, Math.max(row.daysLeft ?? 0, 1))
            : fullTerm(advice, day);
        return {
          change: {
            status: row.expertId ? 'claimed' : 'submitted',
            dueOn,
            daysLeft: null,
            answeredAt: null,
          },
          message: { kind: 'reply', text },
          mail: async (mailTx, updated) =>
            updated.expertId
              ? mailQuestion(mailTx, deps, [updated.expertId], updated, 'question_replied')
              : mailSubmitted(mailTx, deps, updated),
        };
      });
    },

    async answer(actor: Actor, id: string, input: QuestionAnswer) {
      access.require(actor, 'advice.answer');
      return move(actor, id, 'answer', async (tx, row) => {
        if (!holdsIt(actor, row)) throw conflict('question_claimed');
        if (input.lawRefs) await checkLaws(tx, row.countryCode, input.lawRefs);
        return {
          change: {
            status: 'answered',
            answeredAt: new Date(),
            dueOn: null,
            daysLeft: null,
            ...(input.lawRefs ? { lawRefs: input.lawRefs } : {}),
          },
          message: { kind: 'answer', text: input.text },
          mail: toAskerSide('question_answered'),
        };
      });
    },

    async accept(actor: Actor, id: string) {
      access.require(actor, 'advice.ask');
      return move(actor, id, 'accept', async () => ({
        change: { status: 'accepted', acceptedAt: new Date() },
      }));
    },

    async withdraw(actor: Actor, id: string) {
      access.require(actor, 'advice.ask');
      return move(actor, id, 'withdraw', async () => ({
        change: { status: 'withdrawn', dueOn: null, daysLeft: null },
      }));
    },

    /** Anyone who may read the question may follow it, to hear when it moves. */
    async follow(actor: Actor, id: string, on: boolean): Promise<Question> {
      access.require(actor, advicePermission(actor));
      return tenancy.run(scope(actor), async (tx) => {
        const row = await repo.find(tx, actor, id);
        if (!row) throw notFound('question');
        if (on) await repo.follow(tx, row, actor.userId);
        else await repo.unfollow(tx, id, actor.userId);
        return (await presentQuestions(tx, [row], reader(actor)))[0] as Question;
      });
    },
  };
}
