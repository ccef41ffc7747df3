import type { LawRef } from '../../contracts/advisory-questions';
import { systemScope } from '../db/tenancy';
import { questionMessages, questions } from '../modules/advisory/advisory.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { AdvisoryWorld } from './advisory-fixture';
import type { Client, TestApp } from './test-app';

let serial = 0;

export type AnsweredQuestion = {
  title?: string;
  text?: string;
  /** The expert's answers, oldest first; the last one becomes the entry's text. */
  answers?: string[];
  locale?: string;
  lawRefs?: LawRef[];
  status?: string;
  areaCode?: string;
  subtopicCode?: string;
};

/**
 * A question of the world's municipality to its association, answered by the expert, written
 * directly: the questions module's own tests exercise how it gets there.
 */
export async function insertAnsweredQuestion(
  t: TestApp,
  w: AdvisoryWorld,
  q: AnsweredQuestion = {},
): Promise<string> {
  return t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const title = q.title ?? `Пријем у радни однос ${serial}`;
    const text = q.text ?? 'Може ли општина да прими приправника без конкурса?';
    const [row] = await tx
      .insert(questions)
      .values({
        organisationId: w.municipality,
        bodyId: w.body,
        countryCode: 'RS',
        reference: `2026-9${String(serial).padStart(3, '0')}`,
        title,
        text,
        locale: q.locale ?? 'sr-Cyrl',
        areaCode: q.areaCode ?? 'employment',
        subtopicCode: q.subtopicCode ?? 'recruitment',
        lawRefs: q.lawRefs ?? [],
        status: q.status ?? 'answered',
        askedBy: w.ids.hr,
        askedByName: 'Ана Кадровић',
        expertId: w.ids.expert,
        expertName: 'Јелена Експерт',
        dueOn: null,
        answeredAt: new Date(),
        search: foldForSearch(`${title} ${text}`),
      })
      .returning({ id: questions.id });
    const id = (row as { id: string }).id;
    const texts = q.answers ?? ['Не може: пријем је могућ само после јавног конкурса.'];
    for (const [i, answer] of texts.entries())
      await tx.insert(questionMessages).values({
        questionId: id,
        organisationId: w.municipality,
        bodyId: w.body,
        kind: 'answer',
        authorUserId: w.ids.expert,
        authorName: 'Јелена Експерт',
        text: answer,
        createdAt: new Date(Date.now() + i),
      });
    return id;
  });
}

/** Drafts the entry of a fresh answered question and publishes it; returns its id. */
export async function publishedAnswer(
  t: TestApp,
  w: AdvisoryWorld,
  q: AnsweredQuestion = {},
  by: Client = w.c.expert,
) {
  const question = await insertAnsweredQuestion(t, w, q);
  const draft = await by.post(`/api/v1/questions/${question}/publication`);
  if (draft.statusCode !== 201) throw new Error(draft.body);
  const id = (draft.json() as { id: string }).id;
  const published = await by.post(`/api/v1/answers/${id}/publish`);
  if (published.statusCode !== 200) throw new Error(published.body);
  return id;
}
