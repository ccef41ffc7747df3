import type { Locale } from '../../../contracts/access';
import type { Practice, PracticeStatus, PublicPractice } from '../../../contracts/practices';
import type { Tx } from '../../db/client';
import { factsOf, organisationFacts } from '../learning/learning-organisations';
import { type PracticeRow, practicesRepo } from './practices.repo';

const scoresOf = (r: PracticeRow) =>
  r.innovation && r.impact && r.sustainability && r.transferability
    ? {
        innovation: r.innovation,
        impact: r.impact,
        sustainability: r.sustainability,
        transferability: r.transferability,
      }
    : null;

/** Practices as their municipality and association read them, with the reader's own nomination. */
export async function presentPractices(
  tx: Tx,
  rows: PracticeRow[],
  readerId: string | null,
): Promise<Practice[]> {
  const facts = await organisationFacts(
    tx,
    rows.map((r) => r.organisationId),
  );
  const mine = await practicesRepo.nominatedBy(
    tx,
    rows.map((r) => r.id),
    readerId,
  );
  return rows.map((r) => {
    const org = factsOf(facts, r.organisationId);
    return {
      id: r.id,
      countryCode: r.countryCode,
      organisationId: r.organisationId,
      organisationName: org.name,
      organisationNameLatin: org.nameLatin,
      locale: r.locale as Locale,
      categoryCode: r.categoryCode,
      title: r.title,
      initiator: r.initiator,
      partners: r.partners,
      summary: r.summary,
      background: r.background,
      practice: r.practice,
      results: r.results,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      links: r.links,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      contactPhone: r.contactPhone,
      translation: r.translation ?? null,
      scores: scoresOf(r),
      nominations: r.nominations,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      bodyId: r.bodyId,
      status: r.status as PracticeStatus,
      moderationNote: r.moderationNote,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      nominatedByMe: mine.has(r.id),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export const presentPractice = async (tx: Tx, row: PracticeRow, readerId: string | null) =>
  (await presentPractices(tx, [row], readerId))[0] as Practice;

/** What anyone may read: no status, moderation note or the reader's nomination. */
export function toPublicPractice(p: Practice): PublicPractice {
  const {
    bodyId: _body,
    status: _status,
    moderationNote: _note,
    submittedAt: _submitted,
    nominatedByMe: _mine,
    updatedAt: _updated,
    ...open
  } = p;
  return open;
}

export const presentPublic = async (tx: Tx, rows: PracticeRow[]) =>
  (await presentPractices(tx, rows, null)).map(toPublicPractice);
