import { and, asc, eq, gte } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import { systemScope } from '../../db/tenancy';
import { today } from '../../platform/days';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { notifyUsers } from '../../platform/mail/notify-users';
import { dayIn } from '../learning/learning-mail';
import { questions } from './advisory.tables';
import { answeringRoles, type QuestionMailDeps } from './question-mail';
import { overdueSql, type QuestionRow, questionsRepo } from './questions.repo';

const listIn = (rows: QuestionRow[], locale: Locale) =>
  rows.map((q) => `- ${q.reference} ${q.title} (${q.dueOn ? dayIn(q.dueOn, locale) : ''})`).join('\n');

/**
 * The daily reminder: each association's experts and administrators get one list of its overdue
 * questions. An association already told today (the outbox remembers) is skipped, so a restart
 * that runs the job again sends nothing twice.
 */
export function createQuestionReminders(deps: QuestionMailDeps) {
  return {
    remindOverdue: () =>
      deps.tenancy.run(systemScope, async (tx) => {
        const day = today();
        const overdue = await tx
          .select()
          .from(questions)
          .where(overdueSql(day))
          .orderBy(asc(questions.bodyId), asc(questions.dueOn), asc(questions.reference));
        const byBody = new Map<string, QuestionRow[]>();
        for (const q of overdue) byBody.set(q.bodyId, [...(byBody.get(q.bodyId) ?? []), q]);
        let sent = 0;
        for (const [bodyId, rows] of byBody) {
          const [told] = await tx
            .select({ id: mailOutbox.id })
            .from(mailOutbox)
            .where(
              and(
                eq(mailOutbox.organisationId, bodyId),
                eq(mailOutbox.template, 'question_overdue'),
                gte(mailOutbox.createdAt, new Date(`${day}T00:00:00Z`)),
              ),
            )
            .limit(1);
          if (told) continue;
          const people = await questionsRepo.members(tx, bodyId, answeringRoles);
          sent += await notifyUsers(
            tx,
            deps,
            people.map((p) => p.id),
            {
              template: 'question_overdue',
              organisationId: bodyId,
              path: '/advice',
              params: (locale) => ({ count: String(rows.length), list: listIn(rows, locale) }),
            },
          );
        }
        return sent;
      }),
  };
}
