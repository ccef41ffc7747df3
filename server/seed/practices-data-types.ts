import type { PracticeLink, PracticeScores, PracticeTranslation } from '../../contracts/practices';

/**
 * A demo good practice: the municipality (slug) that submitted it, its texts, and how far it got.
 * A published one carries the association's scores, the days since it was published and who
 * nominated it (demo logins of other organisations).
 */
export type PracticeEntry = {
  from: string;
  categoryCode: string;
  title: string;
  initiator: string;
  partners: string;
  summary: string;
  background: string;
  practice: string;
  results: string;
  periodFrom: string;
  periodTo: string | null;
  links: PracticeLink[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  translation?: PracticeTranslation;
  state:
    | { status: 'published'; daysAgo: number; scores: PracticeScores; nominatedBy: string[]; week?: true }
    | { status: 'submitted'; daysAgo: number }
    | { status: 'returned'; daysAgo: number; note: string }
    | { status: 'draft' };
};
