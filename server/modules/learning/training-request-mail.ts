import type { Locale } from '../../../contracts/access';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { dayIn } from './learning-mail';
import type { OrganisationFacts } from './learning-organisations';
import { trainingRequestsRepo as repo, type TrainingRequestRow } from './training-requests.repo';

export type RequestMailDeps = { tenancy: Tenancy; mailer: Mailer; config: Config; translator: Translator };

type Named = Pick<OrganisationFacts, 'name' | 'nameLatin'>;

const nameFor = (locale: Locale, org: Named) => (readsLatin(locale) ? org.nameLatin : org.name);

const dayRange = (locale: Locale, from: string, to: string) =>
  from === to ? dayIn(from, locale) : `${dayIn(from, locale)} – ${dayIn(to, locale)}`;

/**
 * Tells the active members of `organisationId` holding `role`, each in their own language, in the
 * transaction of the change (a failed change sends nothing). They belong to the other side of the
 * request, whom the actor's scope may not read: the transaction runs in system scope.
 */
async function tellMembers(
  tx: Tx,
  deps: RequestMailDeps,
  organisationId: string,
  role: string,
  mail: {
    template: 'training_request_submitted' | 'training_request_answered';
    row: TrainingRequestRow;
    params: (locale: Locale) => Record<string, string>;
  },
) {
  const members = await repo.members(tx, organisationId, role);
  await notifyUsers(
    tx,
    deps,
    members.map((m) => m.id),
    {
      template: mail.template,
      organisationId,
      path: `/training-requests/${mail.row.id}`,
      params: (locale) => ({ topic: mail.row.topic, ...mail.params(locale) }),
    },
  );
}

/** The body's national administrators learn that a municipality asks for a training. */
export const mailSubmitted = (tx: Tx, deps: RequestMailDeps, row: TrainingRequestRow, requester: Named) =>
  tellMembers(tx, deps, row.bodyId, 'national_admin', {
    template: 'training_request_submitted',
    row,
    params: (locale) => ({
      organisation: nameFor(locale, requester),
      participants: String(row.participants),
      dates: dayRange(locale, row.preferredFrom, row.preferredTo),
    }),
  });

/** The requesting municipality's HR officers learn the body's answer. */
export const mailAnswered = (tx: Tx, deps: RequestMailDeps, row: TrainingRequestRow, body: Named) =>
  tellMembers(tx, deps, row.organisationId, 'hr_officer', {
    template: 'training_request_answered',
    row,
    params: (locale) => ({
      body: nameFor(locale, body),
      status: deps.translator.t(locale, `mail:training_request_status.${row.status}`),
      answer: row.answer ?? '',
    }),
  });
