import type { Answer, AnswerListQuery, AnswerUpdate } from '../../../contracts/advisory-answers';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { conflict, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import { checkLaws, checkTopic, lawIdsOf } from './advice-checks';
import { createAnonymiser } from './answer-anonymiser';
import { presentAnswer, presentAnswers } from './answer-view';
import { type AnswerRow, answersRepo as repo } from './answers.repo';

const answerable = ['answered', 'accepted'];

const searchOf = (a: Pick<AnswerRow, 'title' | 'question' | 'answer'>) =>
  foldForSearch([a.title, a.question, a.answer].join(' '));

const audited = ({ search: _search, createdAt: _created, ...rest }: AnswerRow) => rest;

export type AnswersService = ReturnType<typeof createAnswersService>;

/**
 * The knowledge-base entries as the association's experts work on them: drafted from an answered
 * question, anonymised, edited, published, withdrawn and checked again after a law changes.
 */
export function createAnswersService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;

  /** An entry of the actor's association; another body's (even a published one) answers 404. */
  async function ownRow(tx: Tx, actor: Actor, id: string): Promise<AnswerRow> {
    const found = await repo.find(tx, id);
    const target = found && { organisationId: found.row.bodyId, countryCode: found.row.countryCode };
    if (!found || !target || !access.can(actor, 'advice.answer', target)) throw notFound('answer');
    return found.row;
  }

  async function present(tx: Tx, id: string): Promise<Answer> {
    const found = await repo.find(tx, id);
    if (!found) throw notFound('answer');
    return presentAnswer(tx, found);
  }

  /** One audited change of an entry of the actor's association. */
  function change(
    actor: Actor,
    id: string,
    action: string,
    next: (before: AnswerRow, tx: Tx) => Promise<Partial<AnswerRow>> | Partial<AnswerRow>,
  ): Promise<Answer> {
    return tenancy.run(scope(actor), async (tx) => {
      const before = await ownRow(tx, actor, id);
      const row = await repo.update(tx, id, await next(before, tx));
      await recordAudit(tx, actor, {
        organisationId: before.bodyId,
        action: `answer.${action}`,
        entityType: 'answer',
        entityId: id,
        before: audited(before),
        after: audited(row),
      });
      return present(tx, id);
    });
  }

  return {
    /** The expert's draft from an answered question: its texts anonymised, its laws copied. */
    async draftFrom(actor: Actor, questionId: string): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return tenancy.run(scope(actor), async (tx) => {
        const q = await repo.question(tx, questionId);
        if (!q) throw notFound('question');
        access.require(actor, 'advice.answer', { organisationId: q.bodyId, countryCode: q.countryCode });
        const messages = await repo.messages(tx, q.id);
        const last = messages.filter((m) => m.kind === 'answer').at(-1);
        if (!answerable.includes(q.status) || !last) throw conflict('question_not_answered');
        if (await repo.existsFor(tx, q.id)) throw conflict('answer_exists');
        const town = factsOf(await organisationFacts(tx, [q.organisationId]), q.organisationId);
        const people = [q.askedByName, q.expertName ?? '', ...messages.map((m) => m.authorName)];
        const anonymiser = createAnonymiser({
          locale: q.locale as Answer['locale'],
          places: [town.name, town.nameLatin],
          people: [...new Set(people.filter(Boolean))],
        });
        const texts = {
          title: anonymiser.clean(q.title),
          question: anonymiser.clean(q.text),
          answer: anonymiser.clean(last.text),
        };
        const row = await repo.insert(tx, {
          questionId: q.id,
          bodyId: q.bodyId,
          countryCode: q.countryCode,
          areaCode: q.areaCode,
          subtopicCode: q.subtopicCode,
          locale: q.locale,
          ...texts,
          lawRefs: q.lawRefs,
          lawIds: lawIdsOf(q.lawRefs),
          removedTerms: anonymiser.removedTerms(),
          status: 'draft',
          checkedOn: today(),
          search: searchOf(texts),
        });
        if (!row) throw conflict('answer_exists');
        await recordAudit(tx, actor, {
          organisationId: row.bodyId,
          action: 'answer.create',
          entityType: 'answer',
          entityId: row.id,
          after: audited(row),
        });
        return present(tx, row.id);
      });
    },

    async list(actor: Actor, query: AnswerListQuery) {
      access.require(actor, 'advice.answer');
      const reach = reachOf(actor, 'advice.answer');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, reach.all ? null : reach.orgIds, query, after);
        const found = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        return { items: await presentAnswers(tx, found.items), nextCursor: found.nextCursor };
      });
    },

    async get(actor: Actor, id: string): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return tenancy.read(scope(actor), async (tx) => {
        await ownRow(tx, actor, id);
        return present(tx, id);
      });
    },

    async update(actor: Actor, id: string, patch: AnswerUpdate): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return change(actor, id, 'update', async (before, tx) => {
        const next = { ...before, ...patch };
        await checkTopic(tx, next);
        if (patch.lawRefs) await checkLaws(tx, before.countryCode, patch.lawRefs);
        return { ...patch, lawIds: lawIdsOf(next.lawRefs), search: searchOf(next) };
      });
    },

    async publish(actor: Actor, id: string): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return change(actor, id, 'publish', (before) => {
        if (before.status === 'published') throw conflict('answer_already_published');
        return { status: 'published', publishedAt: new Date(), publishedBy: actor.userId };
      });
    },

    async withdraw(actor: Actor, id: string): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return change(actor, id, 'withdraw', (before) => {
        if (before.status !== 'published') throw conflict('answer_not_published');
        return { status: 'withdrawn' };
      });
    },

    /** The experts checked the answer against the law as it stands today. */
    async recheck(actor: Actor, id: string): Promise<Answer> {
      access.require(actor, 'advice.answer');
      return change(actor, id, 'recheck', () => ({ checkedOn: today() }));
    },
  };
}
