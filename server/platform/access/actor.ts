import type { Locale, OrgKind, Role } from '../../../contracts/access';

export type ActorMembership = {
  organisationId: string;
  countryCode: string;
  orgKind: OrgKind;
  role: Role;
  /** Managers: the root of the org-unit subtree they manage. */
  orgUnitId: string | null;
};

/** The one object that travels from the route into every service call. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  /** The language this request is read in. */
  locale: Locale;
  memberships: readonly ActorMembership[];
  requestId: string;
};
