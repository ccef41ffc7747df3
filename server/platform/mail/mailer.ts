import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '../../../contracts/access';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Translator } from '../i18n/i18n';
import { mailOutbox } from './mail.tables';

export type MailTemplate =
  | 'password_reset'
  | 'invitation'
  | 'account_created'
  | 'appraisal_reminder'
  | 'appraisal_goals_proposed'
  | 'appraisal_rated'
  | 'appraisal_decision'
  | 'training_enrolled'
  | 'training_promoted'
  | 'training_approval_requested'
  | 'training_declined'
  | 'training_cancelled'
  | 'training_reminder'
  | 'training_completed'
  | 'training_impact_due'
  | 'training_request_submitted'
  | 'training_request_answered'
  | 'needs_survey_open'
  | 'question_submitted'
  | 'question_asked_back'
  | 'question_replied'
  | 'question_answered'
  | 'question_overdue'
  | 'practice_submitted'
  | 'practice_published'
  | 'practice_returned'
  | 'practice_rejected'
  | 'bulletin_confirm'
  | 'bulletin';

export type MailMessage = {
  to: string;
  locale: Locale;
  template: MailTemplate;
  params: Record<string, string>;
  organisationId: string | null;
};

const maxAttempts = 8;
const batchSize = 20;
/** A claimed message is retried by any process after this lease if its sender died. */
const leaseMs = 5 * 60_000;
const backoffMs = (attempt: number) => Math.min(2 ** attempt * 30_000, 6 * 3_600_000);

export type Mailer = ReturnType<typeof createMailer>;

/**
 * Transactional outbox: a message is written in the transaction of the change that causes it,
 * then sent over SMTP by `deliverDue` (every few seconds). Without SMTP_URL the outbox is the
 * mailbox: admins read the messages in the UI.
 */
export function createMailer(deps: {
  config: Config;
  translator: Translator;
  tenancy: Tenancy;
  log: FastifyBaseLogger;
}) {
  const { config, translator, tenancy, log } = deps;
  const transport: Transporter | null = deps.config.smtpUrl
    ? nodemailer.createTransport(deps.config.smtpUrl)
    : null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function claimDue(): Promise<Array<typeof mailOutbox.$inferSelect>> {
    return tenancy.run(systemScope, async (tx) => {
      const due = await tx
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, new Date())))
        .orderBy(asc(mailOutbox.nextAttemptAt))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(mailOutbox)
        .set({ nextAttemptAt: new Date(Date.now() + leaseMs), attempts: sql`${mailOutbox.attempts} + 1` })
        .where(
          inArray(
            mailOutbox.id,
            due.map((d) => d.id),
          ),
        )
        .returning();
    });
  }

  async function sendOne(message: typeof mailOutbox.$inferSelect, smtp: Transporter) {
    try {
      await smtp.sendMail({
        from: config.mailFrom,
        to: message.recipient,
        subject: message.subject,
        text: message.textBody,
      });
      await tenancy.run(systemScope, (tx) =>
        tx
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: new Date(), lastError: null })
          .where(eq(mailOutbox.id, message.id)),
      );
    } catch (err) {
      const failed = message.attempts >= maxAttempts;
      log.warn({ err, messageId: message.id, attempt: message.attempts }, 'mail delivery failed');
      await tenancy.run(systemScope, (tx) =>
        tx
          .update(mailOutbox)
          .set({
            status: failed ? 'failed' : 'pending',
            lastError: String((err as Error).message).slice(0, 500),
            nextAttemptAt: new Date(Date.now() + backoffMs(message.attempts)),
          })
          .where(eq(mailOutbox.id, message.id)),
      );
    }
  }

  async function deliverBatch(smtp: Transporter): Promise<number> {
    const claimed = await claimDue();
    for (const message of claimed) await sendOne(message, smtp);
    return claimed.length;
  }

  return {
    kind: transport ? ('smtp' as const) : ('outbox' as const),

    /** The subject line as `enqueue` writes it: in-app notifications show the same words. */
    subject: (message: Pick<MailMessage, 'locale' | 'template' | 'params'>): string =>
      translator.t(message.locale, `mail:${message.template}.subject`, message.params),

    /** Renders the message in the recipient's language and queues it inside `tx`. */
    async enqueue(tx: Tx, message: MailMessage): Promise<void> {
      const t = (key: string) =>
        translator.t(message.locale, `mail:${message.template}.${key}`, message.params);
      await tx.insert(mailOutbox).values({
        organisationId: message.organisationId,
        recipient: message.to,
        locale: message.locale,
        template: message.template,
        subject: t('subject'),
        textBody: `${t('body')}\n\n-- \n${translator.t(message.locale, 'mail:signature')}`,
      });
    },

    /** Sends what is due; one run at a time per process. Returns how many were attempted. */
    deliverDue(): Promise<number> {
      if (!transport) return Promise.resolve(0);
      running ??= deliverBatch(transport).finally(() => {
        running = undefined;
      });
      return running;
    },

    start(intervalMs = 5_000) {
      if (!transport || timer) return;
      timer = setInterval(() => {
        this.deliverDue().catch((err: unknown) => log.error({ err }, 'mail worker failed'));
      }, intervalMs);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
      transport?.close();
    },
  };
}
