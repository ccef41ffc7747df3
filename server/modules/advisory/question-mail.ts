import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer, MailTemplate } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { dayIn } from '../learning/learning-mail';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import { type QuestionRow, questionsRepo } from './questions.repo';

export type QuestionMailDeps = { tenancy: Tenancy; mailer: Mailer; config: Config; translator: Translator };

/** The association's people who answer: its experts and national administrators. */
export const answeringRoles = ['expert', 'national_admin'];

/**
 * Tells these users about a question, each in their own language: its reference and title, the
 * asking municipality and the association (in their script) and the due day. Queued in the
 * transaction of the change, so a failed change sends nothing.
 */
export async function mailQuestion(
  tx: Tx,
  deps: QuestionMailDeps,
  userIds: Array<string | null>,
  row: QuestionRow,
  template: MailTemplate,
) {
  const facts = await organisationFacts(tx, [row.organisationId, row.bodyId]);
  const org = factsOf(facts, row.organisationId);
  const body = factsOf(facts, row.bodyId);
  return notifyUsers(tx, deps, userIds, {
    template,
    organisationId: row.organisationId,
    path: `/advice/${row.id}`,
    params: (locale) => ({
      reference: row.reference,
      title: row.title,
      organisation: readsLatin(locale) ? org.nameLatin : org.name,
      body: readsLatin(locale) ? body.nameLatin : body.name,
      due: row.dueOn ? dayIn(row.dueOn, locale) : '',
    }),
  });
}

/** A new question: the association's experts and administrators hear of it. */
export async function mailSubmitted(tx: Tx, deps: QuestionMailDeps, row: QuestionRow) {
  const people = await questionsRepo.members(tx, row.bodyId, answeringRoles);
  return mailQuestion(
    tx,
    deps,
    people.map((p) => p.id),
    row,
    'question_submitted',
  );
}

/** The asker and whoever follows the question (the asker follows from the start). */
export async function mailAskerSide(
  tx: Tx,
  deps: QuestionMailDeps,
  row: QuestionRow,
  template: MailTemplate,
) {
  const followers = await questionsRepo.followers(tx, row.id);
  return mailQuestion(tx, deps, [row.askedBy, ...followers], row, template);
}
