import type { Locale } from '../../../contracts/access';
import type { Membership } from '../../../contracts/identity';

/** A membership with its organisation's names: enough for policy decisions and for `GET /me`. */
export type ActorMembership = Membership;

/** The one object that travels from the route into every service call. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  /** The language this request is read in. */
  locale: Locale;
  /** The language the user chose in their profile (e-mails use it). */
  preferredLocale: Locale;
  memberships: readonly ActorMembership[];
  requestId: string;
};
