import { checkNationalId } from '../../../contracts/national-id';
import type {
  Employee,
  EmployeeCreate,
  EmployeeExportQuery,
  EmployeeLeave,
  EmployeeListItem,
  EmployeeListQuery,
  EmployeeUpdate,
  EmploymentCreate,
} from '../../../contracts/people';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import type { Translator } from '../../platform/i18n/i18n';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';
import { organisationsRepo } from '../organisations/organisations.repo';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { positionsRepo } from '../positions/positions.repo';
import { exportSheet, parseColumns } from './employee-export';
import { type EmployeeRow, type EmploymentRow, peopleRepo as repo } from './people.repo';
import { employeeSearch, sortNames } from './person-names';

type Listed = { row: EmployeeRow; positionName: string | null; positionNameLatin: string | null };

function toListItem({ row, positionName, positionNameLatin }: Listed): EmployeeListItem {
  return {
    id: row.id,
    organisationId: row.organisationId,
    givenName: row.givenName,
    familyName: row.familyName,
    givenNameLatin: row.givenNameLatin,
    familyNameLatin: row.familyNameLatin,
    status: row.status as EmployeeListItem['status'],
    orgUnitId: row.orgUnitId,
    positionId: row.positionId,
    positionName,
    positionNameLatin,
    category: row.category as EmployeeListItem['category'],
    titleCode: row.titleCode,
    contractType: row.contractType as EmployeeListItem['contractType'],
    hiredOn: row.hiredOn,
    email: row.email,
  };
}

type EmploymentListed = { row: EmploymentRow; positionName: string; positionNameLatin: string };

export function toEmployee(listed: Listed, history: EmploymentListed[]): Employee {
  const { row } = listed;
  return {
    ...toListItem(listed),
    userId: row.userId,
    nationalId: row.nationalId,
    birthDate: row.birthDate,
    gender: row.gender as Employee['gender'],
    phone: row.phone,
    address: row.address,
    education: row.education,
    exams: row.exams,
    languages: row.languages,
    leftOn: row.leftOn,
    leaveReason: row.leaveReason as Employee['leaveReason'],
    employments: history.map(({ row: e, positionName, positionNameLatin }) => ({
      id: e.id,
      kind: e.kind as Employee['employments'][number]['kind'],
      positionId: e.positionId,
      positionName,
      positionNameLatin,
      orgUnitId: e.orgUnitId,
      category: e.category as Employee['category'] & string,
      titleCode: e.titleCode,
      contractType: e.contractType as Employee['contractType'] & string,
      workingTime: e.workingTime,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      actNumber: e.actNumber,
      actDate: e.actDate,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The national ID by the country's scheme; birth date and gender follow from it unless given and equal. */
function checkIdentity(
  pack: StoredPack,
  input: { nationalId: string; birthDate?: string | null; gender?: 'female' | 'male' | null },
) {
  const result = checkNationalId(pack.people.nationalId.scheme, input.nationalId);
  if (!result.ok) throw invalid('nationalId', result.code);
  if (input.birthDate && input.birthDate !== result.facts.birthDate)
    throw invalid('birthDate', 'national_id_mismatch');
  if (input.gender && input.gender !== result.facts.gender) throw invalid('gender', 'national_id_mismatch');
  return result.facts;
}

const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export type PeopleService = ReturnType<typeof createPeopleService>;

/** A whole municipality fits; the synthetic country of the benchmarks has 100,000. */
const maxExportRows = 100_000;

export function createPeopleService({ tenancy, translator }: { tenancy: Tenancy; translator: Translator }) {
  const scope = access.scopeOf;

  const loadOrganisation = (tx: Tx, actor: Actor, id: string) =>
    reachableOrganisation(tx, actor, id, 'employees.manage');

  async function loadEmployee(
    tx: Tx,
    actor: Actor,
    id: string,
    permission: 'employees.read' | 'employees.manage',
  ) {
    const found = await repo.find(tx, reachOf(actor, permission), actor.userId, id);
    if (!found) throw notFound('employee');
    return found;
  }

  async function fileOf(tx: Tx, actor: Actor, id: string, permission: 'employees.read' | 'employees.manage') {
    const found = await loadEmployee(tx, actor, id, permission);
    return toEmployee(found, await repo.employmentsOf(tx, id));
  }

  /** Appends an employment record: the running one ends the day before, the new one is current. */
  async function employ(tx: Tx, actor: Actor, employee: EmployeeRow, input: EmploymentCreate) {
    if (employee.status !== 'active') throw conflict('employee_left');
    const found = await positionsRepo.findPosition(tx, reachOf(actor, 'employees.manage'), input.positionId);
    if (!found || found.row.organisationId !== employee.organisationId)
      throw invalid('positionId', 'unknown_position');
    if (found.status !== 'adopted') throw invalid('positionId', 'position_not_in_force');
    if (input.endsOn && input.endsOn < input.startsOn) throw invalid('endsOn', 'before_start');
    const history = await repo.employmentsOf(tx, employee.id);
    const latest = history[0]?.row;
    if (latest && input.startsOn <= latest.startsOn) throw invalid('startsOn', 'before_current');
    if (latest) await repo.closeOpen(tx, employee.id, dayBefore(input.startsOn));
    const position = found.row;
    const record = await repo.insertEmployment(tx, {
      ...input,
      organisationId: employee.organisationId,
      employeeId: employee.id,
      orgUnitId: position.orgUnitId,
      category: position.category,
      titleCode: position.titleCode,
    });
    await repo.update(tx, employee.id, {
      positionId: position.id,
      orgUnitId: position.orgUnitId,
      category: position.category,
      titleCode: position.titleCode,
      contractType: input.contractType,
      hiredOn: employee.hiredOn ?? input.startsOn,
    });
    return record;
  }

  const audit = (
    tx: Tx,
    actor: Actor,
    organisationId: string | null,
    action: string,
    entityId: string | null,
    change: object,
  ) => recordAudit(tx, actor, { organisationId, action, entityType: 'employee', entityId, ...change });

  /** Changes personal data inside the caller's transaction (the correction requests use it too). */
  async function updateFile(tx: Tx, actor: Actor, id: string, patch: EmployeeUpdate): Promise<Employee> {
    const before = await fileOf(tx, actor, id, 'employees.manage');
    const org = await loadOrganisation(tx, actor, before.organisationId);
    const pack = await storedPack(tx, org.countryCode);
    const merged = { ...before, ...patch };
    if (patch.nationalId || patch.birthDate || patch.gender) {
      const facts = checkIdentity(pack, merged);
      const other = await repo.findByNationalId(tx, org.id, merged.nationalId);
      if (other && other.id !== id) throw invalid('nationalId', 'national_id_taken');
      Object.assign(merged, facts);
    }
    if (patch.userId && !(await repo.isMember(tx, patch.userId, org.id)))
      throw invalid('userId', 'not_a_member');
    if (patch.givenName && !patch.givenNameLatin)
      merged.givenNameLatin = latinOf(patch.givenName, undefined, pack, 'givenNameLatin');
    if (patch.familyName && !patch.familyNameLatin)
      merged.familyNameLatin = latinOf(patch.familyName, undefined, pack, 'familyNameLatin');
    const { employments: _, ...columns } = merged;
    await repo.update(tx, id, {
      userId: columns.userId,
      givenName: columns.givenName,
      familyName: columns.familyName,
      givenNameLatin: columns.givenNameLatin,
      familyNameLatin: columns.familyNameLatin,
      nationalId: columns.nationalId,
      birthDate: columns.birthDate,
      gender: columns.gender,
      email: columns.email,
      phone: columns.phone,
      address: columns.address,
      education: columns.education,
      exams: columns.exams,
      languages: columns.languages,
      ...sortNames(columns),
      search: employeeSearch(columns),
    });
    const after = await fileOf(tx, actor, id, 'employees.manage');
    await audit(tx, actor, org.id, 'employee.update', id, { before, after });
    return after;
  }

  return {
    /** Which files are the actor's own: self-service pages (enrolling, one's plan) name them. */
    ownFiles(actor: Actor) {
      return tenancy.read(scope(actor), async (tx) => ({ items: await repo.ownFiles(tx, actor.userId) }));
    },

    async list(actor: Actor, query: EmployeeListQuery) {
      access.require(actor, 'employees.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const rows = await tenancy.read(scope(actor), (tx) =>
        repo.list(tx, reachOf(actor, 'employees.read'), actor.userId, query, actor.locale, after),
      );
      const latin = readsLatin(actor.locale);
      const page = pageOf(rows, query.limit, ({ row }) => [latin ? row.sortNameLatin : row.sortName, row.id]);
      return { items: page.items.map(toListItem), nextCursor: page.nextCursor };
    },

    /** The current filter of the directory as an XLSX file; the export itself is audited. */
    async export(actor: Actor, query: EmployeeExportQuery): Promise<Buffer> {
      access.require(actor, 'employees.read');
      const columns = parseColumns(query.columns);
      const { columns: _, ...filter } = query;
      const { rows, packs } = await tenancy.run(scope(actor), async (tx) => {
        const rows = await repo.exportRows(
          tx,
          reachOf(actor, 'employees.read'),
          actor.userId,
          filter,
          actor.locale,
          maxExportRows,
        );
        // One event per municipality whose people left in the file, readable by its HR office.
        const perOrganisation = new Map<string, number>();
        for (const { row } of rows)
          perOrganisation.set(row.organisationId, (perOrganisation.get(row.organisationId) ?? 0) + 1);
        for (const [organisationId, count] of perOrganisation)
          await audit(tx, actor, organisationId, 'employee.export', null, {
            after: { filter, columns, rows: count },
          });
        const countries = await organisationsRepo.listCountries(tx);
        return { rows, packs: countries.map((c) => (c.pack as StoredPack).people) };
      });
      return writeWorkbook([exportSheet(rows, columns, actor.locale, translator, packs)]);
    },

    /** Opening a personnel file is itself recorded: who read whose file, and when. */
    async get(actor: Actor, id: string): Promise<Employee> {
      access.require(actor, 'employees.read');
      return tenancy.run(scope(actor), async (tx) => {
        const file = await fileOf(tx, actor, id, 'employees.read');
        await audit(tx, actor, file.organisationId, 'employee.read', id, {});
        return file;
      });
    },

    async create(actor: Actor, input: EmployeeCreate): Promise<Employee> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await loadOrganisation(tx, actor, input.organisationId);
        const pack = await storedPack(tx, org.countryCode);
        const facts = checkIdentity(pack, input);
        if (await repo.findByNationalId(tx, org.id, input.nationalId))
          throw invalid('nationalId', 'national_id_taken');
        const { employment, ...fields } = input;
        const person = {
          ...fields,
          givenNameLatin: latinOf(input.givenName, input.givenNameLatin, pack, 'givenNameLatin'),
          familyNameLatin: latinOf(input.familyName, input.familyNameLatin, pack, 'familyNameLatin'),
          birthDate: facts.birthDate,
          gender: facts.gender,
        };
        const row = await repo.insert(tx, {
          ...person,
          ...sortNames(person),
          search: employeeSearch(person),
        });
        if (employment) await employ(tx, actor, row, employment);
        const file = await fileOf(tx, actor, row.id, 'employees.manage');
        await audit(tx, actor, org.id, 'employee.create', row.id, { after: file });
        return file;
      });
    },

    async update(actor: Actor, id: string, patch: EmployeeUpdate): Promise<Employee> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), (tx) => updateFile(tx, actor, id, patch));
    },

    updateFile,

    async addEmployment(actor: Actor, id: string, input: EmploymentCreate): Promise<Employee> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row } = await loadEmployee(tx, actor, id, 'employees.manage');
        await loadOrganisation(tx, actor, row.organisationId);
        const record = await employ(tx, actor, row, input);
        await audit(tx, actor, row.organisationId, 'employee.employment', id, { after: record });
        return fileOf(tx, actor, id, 'employees.manage');
      });
    },

    async leave(actor: Actor, id: string, input: EmployeeLeave): Promise<Employee> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row } = await loadEmployee(tx, actor, id, 'employees.manage');
        await loadOrganisation(tx, actor, row.organisationId);
        if (row.status !== 'active') throw conflict('employee_left');
        if (row.hiredOn && input.leftOn < row.hiredOn) throw invalid('leftOn', 'before_start');
        await repo.closeOpen(tx, id, input.leftOn);
        await repo.update(tx, id, { status: 'left', leftOn: input.leftOn, leaveReason: input.reason });
        await audit(tx, actor, row.organisationId, 'employee.leave', id, { after: input });
        return fileOf(tx, actor, id, 'employees.manage');
      });
    },
  };
}
