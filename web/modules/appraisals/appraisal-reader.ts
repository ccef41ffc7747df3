import type { Appraisal } from '../../../contracts/appraisals';
import { useMe } from '../../app/session-context';

/**
 * In whose name the reader may comment now: the server's `comment` action is both the rater's and
 * the official's, and each writes their own fields.
 */
export function useCommentsAs(appraisal: Appraisal): 'rater' | 'official' | null {
  const me = useMe();
  if (!appraisal.actions.includes('comment')) return null;
  return appraisal.raterUserId === me.user.id ? 'rater' : 'official';
}
