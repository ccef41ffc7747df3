import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import type { Mailer, MailTemplate } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { questionsRepo } from '../advisory/questions.repo';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import type { PracticeRow } from './practices.repo';

export type PracticeMailDeps = { tenancy: Tenancy; mailer: Mailer; config: Config };

/** The association's people who moderate: its experts and national administrators. */
const moderatingRoles = ['expert', 'national_admin'];

/** Where each message leads: the queue, the form to change it, or the practice itself. */
const paths: Record<string, (id: string) => string> = {
  practice_submitted: () => '/practices/moderation',
  practice_returned: (id) => `/practices/${id}/edit`,
};

/**
 * Tells these users about a practice, each in their own language, naming the municipality and the
 * association in their script. Queued in the transaction of the change.
 */
async function mailPractice(
  tx: Tx,
  deps: PracticeMailDeps,
  userIds: Array<string | null>,
  row: PracticeRow,
  template: MailTemplate,
) {
  const facts = await organisationFacts(tx, [row.organisationId, row.bodyId]);
  const org = factsOf(facts, row.organisationId);
  const body = factsOf(facts, row.bodyId);
  return notifyUsers(tx, deps, userIds, {
    template,
    organisationId: row.organisationId,
    path: (paths[template] ?? ((id: string) => `/practices/${id}`))(row.id),
    params: (locale) => ({
      title: row.title,
      organisation: readsLatin(locale) ? org.nameLatin : org.name,
      body: readsLatin(locale) ? body.nameLatin : body.name,
      note: row.moderationNote,
    }),
  });
}

/** A practice sent for moderation: the association's experts and administrators hear of it. */
export async function mailSubmitted(tx: Tx, deps: PracticeMailDeps, row: PracticeRow) {
  const people = await questionsRepo.members(tx, row.bodyId, moderatingRoles);
  return mailPractice(
    tx,
    deps,
    people.map((p) => p.id),
    row,
    'practice_submitted',
  );
}

/** The association's decision, to whoever submitted the practice. */
export const mailDecision = (tx: Tx, deps: PracticeMailDeps, row: PracticeRow, template: MailTemplate) =>
  mailPractice(tx, deps, [row.submittedBy], row, template);
