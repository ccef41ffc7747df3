import { asc, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type {
  LawRef,
  LawRefView,
  Question,
  QuestionAttachment,
  QuestionDetail,
  QuestionStatus,
} from '../../../contracts/advisory-questions';
import type { Tx } from '../../db/client';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import { laws, questionAttachments, questionMessages } from './advisory.tables';
import { type QuestionRow, questionsRepo, runningStatuses } from './questions.repo';

type AttachmentRow = typeof questionAttachments.$inferSelect;

export const toAttachment = (r: AttachmentRow): QuestionAttachment => ({
  id: r.id,
  fileName: r.fileName,
  contentType: r.contentType,
  size: r.size,
  createdAt: r.createdAt.toISOString(),
});

export const isOverdue = (row: Pick<QuestionRow, 'dueOn' | 'status'>, day: string) =>
  row.dueOn !== null && row.dueOn < day && (runningStatuses as readonly string[]).includes(row.status);

/** The register's entries for these references: title, gazette and the last amendment. */
export async function lawViews(tx: Tx, refs: readonly LawRef[]): Promise<LawRefView[]> {
  const ids = [...new Set(refs.map((r) => r.lawId))];
  if (!ids.length) return [];
  const rows = await tx.select().from(laws).where(inArray(laws.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return refs.map((ref) => {
    const law = byId.get(ref.lawId);
    return {
      ...ref,
      lawTitle: law?.title ?? '',
      gazette: law?.gazette ?? '',
      amendedOn: law?.amendedOn ?? null,
    };
  });
}

/** Questions as the reader sees them: names of both tenants, law titles, overdue, following. */
export async function presentQuestions(
  tx: Tx,
  rows: QuestionRow[],
  reader: { userId: string; day: string },
): Promise<Question[]> {
  const ids = rows.map((r) => r.id);
  const facts = await organisationFacts(
    tx,
    rows.flatMap((r) => [r.organisationId, r.bodyId]),
  );
  const answerIds = await questionsRepo.answerIds(tx, ids);
  const followed = await questionsRepo.followed(tx, ids, reader.userId);
  const refs = await lawViews(
    tx,
    rows.flatMap((r) => r.lawRefs),
  );
  let offset = 0;
  return rows.map((r) => {
    const org = factsOf(facts, r.organisationId);
    const body = factsOf(facts, r.bodyId);
    const lawRefs = refs.slice(offset, offset + r.lawRefs.length);
    offset += r.lawRefs.length;
    return {
      id: r.id,
      reference: r.reference,
      organisationId: r.organisationId,
      organisationName: org.name,
      organisationNameLatin: org.nameLatin,
      bodyId: r.bodyId,
      bodyName: body.name,
      bodyNameLatin: body.nameLatin,
      countryCode: r.countryCode,
      title: r.title,
      text: r.text,
      locale: r.locale as Locale,
      areaCode: r.areaCode,
      subtopicCode: r.subtopicCode,
      lawRefs,
      status: r.status as QuestionStatus,
      askedByName: r.askedByName,
      expertId: r.expertId,
      expertName: r.expertName,
      submittedAt: r.submittedAt.toISOString(),
      dueOn: r.dueOn,
      overdue: isOverdue(r, reader.day),
      answeredAt: r.answeredAt?.toISOString() ?? null,
      acceptedAt: r.acceptedAt?.toISOString() ?? null,
      answerId: answerIds.get(r.id) ?? null,
      following: followed.has(r.id),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/** One question with its conversation (oldest first) and files. */
export async function presentDetail(
  tx: Tx,
  row: QuestionRow,
  reader: { userId: string; day: string },
): Promise<QuestionDetail> {
  const [question] = await presentQuestions(tx, [row], reader);
  const messages = await tx
    .select()
    .from(questionMessages)
    .where(eq(questionMessages.questionId, row.id))
    .orderBy(asc(questionMessages.createdAt), asc(questionMessages.id));
  const files = await tx
    .select()
    .from(questionAttachments)
    .where(eq(questionAttachments.questionId, row.id))
    .orderBy(asc(questionAttachments.createdAt), asc(questionAttachments.id));
  return {
    ...(question as Question),
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind as QuestionDetail['messages'][number]['kind'],
      authorName: m.authorName,
      text: m.text,
      createdAt: m.createdAt.toISOString(),
    })),
    attachments: files.map(toAttachment),
  };
}
