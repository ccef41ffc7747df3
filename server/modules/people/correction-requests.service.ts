import { eq, or, type SQL } from 'drizzle-orm';
import {
  appliedOnAccept,
  type CorrectionRequest,
  type CorrectionRequestCreate,
  type CorrectionRequestListQuery,
} from '../../../contracts/correction-requests';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { coversOrganisation, inReachOrgs, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { correctionsRepo as repo } from './correction-requests.repo';
import { correctionRequests } from './correction-requests.tables';
import { peopleRepo } from './people.repo';
import type { PeopleService } from './people.service';
import { employees } from './people.tables';

type Found = NonNullable<Awaited<ReturnType<typeof repo.find>>>;

export function toRequest({ row, employeeName, employeeNameLatin }: Found): CorrectionRequest {
  return {
    id: row.id,
    organisationId: row.organisationId,
    employeeId: row.employeeId,
    employeeName,
    employeeNameLatin,
    field: row.field as CorrectionRequest['field'],
    proposed: row.proposed,
    message: row.message,
    status: row.status as CorrectionRequest['status'],
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type CorrectionRequestsService = ReturnType<typeof createCorrectionRequestsService>;

export function createCorrectionRequestsService({
  tenancy,
  people,
}: {
  tenancy: Tenancy;
  people: PeopleService;
}) {
  const scope = access.scopeOf;

  /** HR officers see their organisations' requests; everyone sees the requests about their own file. */
  function visibleTo(actor: Actor): SQL | undefined {
    const reach = reachOf(actor, 'employees.manage');
    if (reach.all) return undefined;
    const own = eq(employees.userId, actor.userId);
    return reach.orgIds.length ? or(inReachOrgs(correctionRequests.organisationId, reach), own) : own;
  }

  async function loadPending(tx: Tx, actor: Actor, id: string) {
    const found = await repo.find(tx, id);
    if (!found || !coversOrganisation(reachOf(actor, 'employees.manage'), found.row.organisationId))
      throw notFound('correction_request');
    if (found.row.status !== 'pending') throw conflict('correction_decided');
    return found;
  }

  async function decide(
    tx: Tx,
    actor: Actor,
    found: Found,
    status: 'accepted' | 'rejected',
    note: string | null,
  ) {
    await repo.decide(tx, found.row.id, {
      status,
      decisionNote: note,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    const after = { ...found, row: { ...found.row, status, decisionNote: note, decidedAt: new Date() } };
    await recordAudit(tx, actor, {
      organisationId: found.row.organisationId,
      action: `correction.${status === 'accepted' ? 'accept' : 'reject'}`,
      entityType: 'correction_request',
      entityId: found.row.id,
      before: toRequest(found),
      after: toRequest(after),
    });
    return toRequest(after);
  }

  return {
    async list(actor: Actor, query: CorrectionRequestListQuery) {
      access.require(actor, 'employees.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const rows = await tenancy.read(scope(actor), (tx) => repo.list(tx, visibleTo(actor), query, after));
      const page = pageOf(rows, query.limit, ({ row }) => [row.createdAt.toISOString(), row.id]);
      return { items: page.items.map(toRequest), nextCursor: page.nextCursor };
    },

    /** Only the person whose file it is asks for a correction of it. */
    async create(
      actor: Actor,
      employeeId: string,
      input: CorrectionRequestCreate,
    ): Promise<CorrectionRequest> {
      access.require(actor, 'employees.read');
      return tenancy.run(scope(actor), async (tx) => {
        const file = await peopleRepo.find(tx, reachOf(actor, 'employees.read'), actor.userId, employeeId);
        if (!file) throw notFound('employee');
        if (file.row.userId !== actor.userId) throw new AppError(403, 'not_own_file');
        const { id } = await repo.insert(tx, {
          ...input,
          organisationId: file.row.organisationId,
          employeeId,
          requestedBy: actor.userId,
        });
        const created = toRequest((await repo.find(tx, id)) as Found);
        await recordAudit(tx, actor, {
          organisationId: file.row.organisationId,
          action: 'correction.request',
          entityType: 'correction_request',
          entityId: id,
          after: created,
        });
        return created;
      });
    },

    /** Accepting a plain field writes the proposed value into the file (checked as any edit is). */
    async accept(actor: Actor, id: string, note: string | null): Promise<CorrectionRequest> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const found = await loadPending(tx, actor, id);
        const field = found.row.field as CorrectionRequest['field'];
        if ((appliedOnAccept as readonly string[]).includes(field))
          await people.updateFile(tx, actor, found.row.employeeId, { [field]: found.row.proposed });
        return decide(tx, actor, found, 'accepted', note);
      });
    },

    async reject(actor: Actor, id: string, note: string): Promise<CorrectionRequest> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) =>
        decide(tx, actor, await loadPending(tx, actor, id), 'rejected', note),
      );
    },
  };
}
