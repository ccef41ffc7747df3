import type { AnnualProgramme } from '../../../contracts/annual-programmes';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid } from '../../platform/errors';
import { auditedProgramme, managedProgramme, programmeDetail } from './annual-programme-records';
import { type AnnualProgrammeRow, annualProgrammesRepo as repo } from './annual-programmes.repo';

type Step = 'send_for_opinion' | 'record_opinion' | 'adopt' | 'reopen';
type Status = AnnualProgramme['status'];

/** From which states each step may be taken; anything else is a conflict. */
const from: Record<Step, readonly Status[]> = {
  send_for_opinion: ['draft'],
  record_opinion: ['opinion'],
  adopt: ['opinion'],
  reopen: ['opinion', 'adopted'],
};

/** The workflow of an annual programme: opinion of the council, adoption, reopening for amendment. */
export function createAnnualProgrammeSteps(deps: { tenancy: Tenancy }) {
  const { tenancy } = deps;

  async function step(
    actor: Actor,
    id: string,
    name: Step,
    change: (row: AnnualProgrammeRow) => Partial<AnnualProgrammeRow>,
  ) {
    await tenancy.run(access.scopeOf(actor), async (tx) => {
      const before = await managedProgramme(tx, actor, id);
      if (!from[name].includes(before.status as Status))
        throw conflict('annual_programme_step', { status: before.status });
      const after = await repo.update(tx, id, change(before));
      await recordAudit(tx, actor, {
        organisationId: after.organisationId,
        action: `annual_programme.${name}`,
        entityType: 'annual_programme',
        entityId: id,
        before: auditedProgramme(before),
        after: auditedProgramme(after),
      });
    });
    return programmeDetail(tenancy, actor, id);
  }

  return {
    async sendForOpinion(actor: Actor, id: string, on: string) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'send_for_opinion', () => ({ status: 'opinion', sentForOpinionOn: on }));
    },

    /**
     * The council answers the organisation, which records the opinion it received (only the
     * organisation may write its programme: row-level security says so too). It may be corrected
     * until the programme is adopted.
     */
    async recordOpinion(actor: Actor, id: string, input: { opinion: string; on: string }) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'record_opinion', (row) => {
        if (row.sentForOpinionOn && input.on < row.sentForOpinionOn) throw invalid('on', 'before_sent');
        return { opinion: input.opinion, opinionOn: input.on };
      });
    },

    async adopt(actor: Actor, id: string, input: { on: string; act: string }) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'adopt', (row) => {
        if (!row.opinionOn) throw conflict('annual_programme_no_opinion');
        if (input.on < row.opinionOn) throw invalid('on', 'before_opinion');
        return { status: 'adopted', adoptedOn: input.on, adoptionAct: input.act };
      });
    },

    /** Back to draft for amendment (which needs a new opinion and adoption), while the year lasts. */
    async reopen(actor: Actor, id: string, today = new Date().toISOString().slice(0, 10)) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'reopen', (row) => {
        if (today > `${row.year}-12-31`) throw conflict('annual_programme_year_over', { year: row.year });
        return {
          status: 'draft',
          sentForOpinionOn: null,
          opinion: null,
          opinionOn: null,
          adoptedOn: null,
          adoptionAct: null,
        };
      });
    },
  };
}
