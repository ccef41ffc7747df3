import type { Locale } from '../../../contracts/access';
import type { Answer, PublicAnswer } from '../../../contracts/advisory-answers';
import type { Tx } from '../../db/client';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import type { AnswerView } from './answers.repo';
import { lawViews } from './question-view';

/** Entries as the association's experts see them: the body's names and the cited laws. */
export async function presentAnswers(tx: Tx, views: AnswerView[]): Promise<Answer[]> {
  const facts = await organisationFacts(
    tx,
    views.map((v) => v.row.bodyId),
  );
  const refs = await lawViews(
    tx,
    views.flatMap((v) => v.row.lawRefs),
  );
  let offset = 0;
  return views.map(({ row, needsRecheck }) => {
    const body = factsOf(facts, row.bodyId);
    const lawRefs = refs.slice(offset, offset + row.lawRefs.length);
    offset += row.lawRefs.length;
    return {
      id: row.id,
      countryCode: row.countryCode,
      bodyName: body.name,
      bodyNameLatin: body.nameLatin,
      areaCode: row.areaCode,
      subtopicCode: row.subtopicCode,
      locale: row.locale as Locale,
      title: row.title,
      question: row.question,
      answer: row.answer,
      lawRefs,
      checkedOn: row.checkedOn,
      needsRecheck,
      helpfulYes: row.helpfulYes,
      helpfulNo: row.helpfulNo,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      bodyId: row.bodyId,
      questionId: row.questionId,
      status: row.status as Answer['status'],
      removedTerms: row.removedTerms,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export const presentAnswer = async (tx: Tx, view: AnswerView): Promise<Answer> =>
  (await presentAnswers(tx, [view]))[0] as Answer;

/** What anyone may read: no question, status, removed terms or who published it. */
export function toPublicAnswer(a: Answer): PublicAnswer {
  const {
    bodyId: _body,
    questionId: _question,
    status: _status,
    removedTerms: _removed,
    updatedAt: _updated,
    ...open
  } = a;
  return open;
}
