import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { users } from '../modules/identity/identity.tables';
import { mondayOf, practiceSearch } from '../modules/practices/practice-checks';
import { practiceNominations, practices, practiceWeeks } from '../modules/practices/practices.tables';
import { bulgarianPractices } from './practices-bg-data';
import type { PracticeEntry } from './practices-data-types';
import { serbianPractices } from './practices-rs-data';

export type PracticeCounts = { practices: number; nominations: number };
export const noPractices: PracticeCounts = { practices: 0, nominations: 0 };

/** Each association with its moderator and the practices its country's municipalities sent it. */
const plans = [
  { country: 'RS', body: 'skgo', expert: 'expert@kadar.example', entries: serbianPractices },
  { country: 'BG', body: 'namrb', expert: 'expert-bg@kadar.example', entries: bulgarianPractices },
] as const;

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`practices demo: unknown ${what}`);
  return value;
};

/** When it happened: `daysAgo` before `today`, at ten in the morning. */
const at = (today: string, daysAgo: number) =>
  new Date(Date.parse(`${today}T10:00:00Z`) - daysAgo * 86_400_000);

function rowOf(
  entry: PracticeEntry,
  ids: { org: string; body: string; hr: string | null },
  country: string,
  today: string,
) {
  const { from: _from, state, translation, ...texts } = entry;
  const moved = state.status === 'draft' ? null : at(today, state.daysAgo + 2);
  return {
    ...texts,
    organisationId: ids.org,
    bodyId: ids.body,
    countryCode: country,
    status: state.status,
    locale: country === 'RS' ? 'sr-Cyrl' : 'bg',
    translation: translation ?? null,
    moderationNote: state.status === 'returned' ? state.note : '',
    ...(state.status === 'published' ? { ...state.scores, publishedAt: at(today, state.daysAgo) } : {}),
    submittedBy: moved ? ids.hr : null,
    submittedAt: moved,
    search: practiceSearch({ ...texts, translation: translation ?? null }),
  };
}

/**
 * The good practices of both countries in every state (published with scores and nominations from
 * demo users, one in each queue, one returned with a note, a draft), one with an English
 * translation, and each association's practice of the week. The nominations trigger counts them.
 */
export async function seedDemoPractices(
  tx: Tx,
  orgIds: ReadonlyMap<string, string>,
  today: string,
): Promise<PracticeCounts> {
  const entries = plans.flatMap((p) => p.entries);
  const emails = [
    ...new Set([
      ...plans.map((p) => p.expert),
      ...entries.map((e) => `hr@${e.from}.example`),
      ...entries.flatMap((e) => (e.state.status === 'published' ? e.state.nominatedBy : [])),
    ]),
  ];
  const found = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const people = new Map(found.map((u) => [u.email, u.id]));
  let nominations = 0;
  for (const plan of plans) {
    const body = need(orgIds.get(plan.body), `organisation ${plan.body}`);
    for (const entry of plan.entries) {
      const org = need(orgIds.get(entry.from), `organisation ${entry.from}`);
      const hr = people.get(`hr@${entry.from}.example`) ?? null;
      const [row] = await tx
        .insert(practices)
        .values(rowOf(entry, { org, body, hr }, plan.country, today))
        .returning({ id: practices.id });
      const id = need(row?.id, 'practice');
      if (entry.state.status !== 'published') continue;
      const nominators = entry.state.nominatedBy.map((e) => need(people.get(e), `login ${e}`));
      if (nominators.length)
        await tx.insert(practiceNominations).values(nominators.map((userId) => ({ practiceId: id, userId })));
      nominations += nominators.length;
      if (entry.state.week)
        await tx.insert(practiceWeeks).values({
          bodyId: body,
          weekOf: mondayOf(today),
          practiceId: id,
          chosenBy: people.get(plan.expert) ?? null,
        });
    }
  }
  return { practices: entries.length, nominations };
}
