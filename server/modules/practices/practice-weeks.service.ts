import { eq } from 'drizzle-orm';
import type { PracticeWeek, PracticeWeekChoice } from '../../../contracts/practices';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { invalid, notFound } from '../../platform/errors';
import { organisations } from '../organisations/organisations.tables';
import { mondayOf } from './practice-checks';
import { presentPublic } from './practice-view';
import { publicPracticesRepo } from './practices.repo';
import { practiceWeeks } from './practices.tables';

/** Without a choice for the week, the most nominated practice of this many past days is featured. */
const fallbackDays = 30;

export type PracticeWeeksService = ReturnType<typeof createPracticeWeeksService>;

/** The practice of the week: chosen by the country's association, read by anyone. */
export function createPracticeWeeksService({ tenancy }: { tenancy: Tenancy }) {
  return {
    async choose(actor: Actor, input: PracticeWeekChoice): Promise<PracticeWeek> {
      access.require(actor, 'practices.moderate');
      return tenancy.run(access.scopeOf(actor), async (tx) => {
        const [body] = await tx.select().from(organisations).where(eq(organisations.id, input.bodyId));
        if (!body) throw notFound('organisation');
        access.require(actor, 'practices.moderate', {
          organisationId: body.id,
          countryCode: body.countryCode,
        });
        if (body.bodyRole !== 'association') throw invalid('bodyId', 'not_an_association');
        if (mondayOf(input.weekOf) !== input.weekOf) throw invalid('weekOf', 'not_a_monday');
        const practice = await publicPracticesRepo.find(tx, input.practiceId);
        if (!practice) throw invalid('practiceId', 'not_published');
        if (practice.countryCode !== body.countryCode) throw invalid('practiceId', 'other_country_practice');
        const values = { ...input, chosenBy: actor.userId };
        await tx
          .insert(practiceWeeks)
          .values(values)
          .onConflictDoUpdate({
            target: [practiceWeeks.bodyId, practiceWeeks.weekOf],
            set: { practiceId: values.practiceId, note: values.note, chosenBy: values.chosenBy },
          });
        await recordAudit(tx, actor, {
          organisationId: body.id,
          action: 'practice.week',
          entityType: 'practice',
          entityId: practice.id,
          after: { weekOf: input.weekOf, note: input.note },
        });
        const [shown] = await presentPublic(tx, [practice]);
        return { weekOf: input.weekOf, note: input.note, practice: shown as PracticeWeek['practice'] };
      });
    },

    /**
     * The association's choice for the current week (starting the Monday of today), else the most
     * nominated practice published in the last 30 days; with neither, 404.
     */
    current: (country: string): Promise<PracticeWeek> =>
      tenancy.read(systemScope, async (tx) => {
        const monday = mondayOf(today());
        const chosen = await publicPracticesRepo.chosen(tx, country, monday);
        const since = new Date(Date.now() - fallbackDays * 86_400_000);
        const row = chosen?.row ?? (await publicPracticesRepo.mostNominated(tx, country, since));
        if (!row) throw notFound('practice');
        const [practice] = await presentPublic(tx, [row]);
        return {
          weekOf: monday,
          note: chosen?.week.note ?? '',
          practice: practice as PracticeWeek['practice'],
        };
      }),
  };
}
