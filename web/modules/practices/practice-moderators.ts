import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';

/** The reader's association, when they moderate practices (an expert or the body's administrator). */
export function moderatingBody(me: Me) {
  return me.memberships.find(
    (m) => m.orgKind === 'national_body' && roleRules[m.role].permissions['practices.moderate'],
  );
}

/** The Monday of the current week, as `YYYY-MM-DD` (a practice of the week starts on a Monday). */
export function thisMonday(now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
