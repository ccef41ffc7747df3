import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../contracts/access';
import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type ImportUpload,
  importFields,
} from '../../../contracts/employee-import';
import { insertInChunks, updateInChunks } from '../../db/bulk-write';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { AppError, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { readSpreadsheet, writeWorkbook } from '../../platform/xlsx/spreadsheet';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { importRepo } from './employee-import.repo';
import { checkRows, type ImportContext, type ImportRecord, type RowError } from './employee-import.rows';
import { employees, employments } from './people.tables';
import { employeeSearch, sortNames } from './person-names';

/** Enough for a national installation's largest municipality; the bench imports 10,000. */
const limits = { maxRows: 20_000, maxColumns: 60 };
const shownErrors = 500;

export type EmployeeImportService = ReturnType<typeof createEmployeeImportService>;

export function createEmployeeImportService({
  tenancy,
  translator,
}: {
  tenancy: Tenancy;
  translator: Translator;
}) {
  const scope = access.scopeOf;
  const label = (locale: Locale, field: ImportField) => translator.t(locale, `import:fields.${field}`);

  const loadOrganisation = (tx: Tx, actor: Actor, id: string) =>
    reachableOrganisation(tx, actor, id, 'employees.manage');

  async function loadImport(tx: Tx, actor: Actor, id: string) {
    const found = await importRepo.find(tx, id);
    if (!found) throw notFound('import');
    const org = await loadOrganisation(tx, actor, found.organisationId);
    if (found.status !== 'uploaded') throw new AppError(409, 'import_applied');
    return { found, org };
  }

  async function contextOf(tx: Tx, organisationId: string, countryCode: string): Promise<ImportContext> {
    const pack = await storedPack(tx, countryCode);
    return {
      scheme: pack.people.nationalId.scheme,
      units: await importRepo.units(tx, organisationId),
      positions: await importRepo.positionsInForce(tx, organisationId),
      latin: (name) => latinOf(name, undefined, pack, 'name'),
    };
  }

  /** A remembered mapping whose headers are all in this file, else headers matched to field names. */
  function suggest(headers: string[], remembered: ImportMapping | undefined): ImportMapping {
    if (remembered && Object.values(remembered).every((h) => headers.includes(h as string)))
      return remembered;
    const mapping: ImportMapping = {};
    const folded = headers.map((h) => foldForSearch(h));
    for (const field of importFields) {
      const names = (['en', 'sr-Cyrl', 'sr-Latn', 'bg'] as const).map((l) => foldForSearch(label(l, field)));
      const index = folded.findIndex((h) => h === foldForSearch(field) || names.includes(h));
      if (index >= 0) mapping[field] = headers[index] as string;
    }
    return mapping;
  }

  function translated(locale: Locale, headers: string[], mapping: ImportMapping, errors: RowError[]) {
    return errors.slice(0, shownErrors).map((e) => ({
      row: e.row,
      field: e.field,
      column:
        mapping[e.field] && headers.includes(mapping[e.field] as string)
          ? (mapping[e.field] as string)
          : null,
      code: e.code,
      message: translator.t(locale, `errors:field.${e.code}`, e.params),
    }));
  }

  async function check(tx: Tx, actor: Actor, id: string, mapping: ImportMapping) {
    const { found, org } = await loadImport(tx, actor, id);
    const ctx = await contextOf(tx, org.id, org.countryCode);
    const { records, errors } = checkRows(found.headers, found.rows, mapping, ctx);
    const existing = await importRepo.existing(
      tx,
      org.id,
      records.map((r) => r.nationalId),
    );
    return { found, org, records, errors, existing };
  }

  return {
    async upload(
      actor: Actor,
      organisationId: string,
      file: { name: string; data: Buffer },
    ): Promise<ImportUpload> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        await loadOrganisation(tx, actor, organisationId);
        const sheet = await readSpreadsheet(file.data, limits);
        await importRepo.expire(tx, organisationId);
        const { id } = await importRepo.insert(tx, {
          organisationId,
          createdBy: actor.userId,
          fileName: file.name.slice(0, 200),
          headers: sheet.headers,
          rows: sheet.rows,
        });
        return {
          id,
          fileName: file.name,
          headers: sheet.headers,
          rowCount: sheet.rows.length,
          sample: sheet.rows.slice(0, 5).map((r) => r.map(cellText)),
          mapping: suggest(sheet.headers, await importRepo.mappingOf(tx, organisationId)),
        };
      });
    },

    async preview(actor: Actor, id: string, mapping: ImportMapping): Promise<ImportPreview> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { found, records, errors, existing } = await check(tx, actor, id, mapping);
        return {
          rowCount: found.rows.length,
          creates: records.length - existing.length,
          updates: existing.length,
          errorCount: errors.length,
          errors: translated(actor.locale, found.headers, mapping, errors),
        };
      });
    },

    /** All rows or none: one transaction, and any row error refuses the whole file. */
    async confirm(actor: Actor, id: string, mapping: ImportMapping): Promise<ImportResult> {
      access.require(actor, 'employees.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { found, org, records, errors, existing } = await check(tx, actor, id, mapping);
        if (errors.length)
          throw new AppError(
            400,
            'import_has_errors',
            { count: errors.length },
            errors
              .slice(0, shownErrors)
              .map((e) => ({ field: `rows.${e.row}.${e.field}`, code: e.code, params: e.params })),
          );
        const result = await apply(tx, actor, org.id, records, existing);
        await importRepo.saveMapping(tx, org.id, mapping);
        await importRepo.markApplied(tx, found.id, result);
        return result;
      });
    },

    /** An empty workbook with the headers in the reader's language, and the lists to pick from. */
    async template(actor: Actor, organisationId: string): Promise<Buffer> {
      access.require(actor, 'employees.manage');
      const { units, positions } = await tenancy.read(scope(actor), async (tx) => {
        await loadOrganisation(tx, actor, organisationId);
        return {
          units: await importRepo.units(tx, organisationId),
          positions: (await importRepo.positionsInForce(tx, organisationId)) ?? [],
        };
      });
      const t = (key: string) => translator.t(actor.locale, `import:${key}`);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      return writeWorkbook([
        {
          name: t('template.employeesSheet'),
          headers: importFields.map((f) => label(actor.locale, f)),
          rows: [],
        },
        {
          name: t('template.positionsSheet'),
          headers: [t('template.positionCode'), t('template.positionName'), t('template.unit')],
          rows: positions.map((p) => [p.code, p.name, unitName.get(p.orgUnitId) ?? '']),
        },
      ]);
    },
  };
}

const cellText = (c: unknown): string =>
  c === null || c === undefined
    ? ''
    : typeof c === 'object'
      ? 'date' in c
        ? String((c as { date: string }).date).slice(0, 10)
        : `=${(c as { formula?: string }).formula ?? ''}`
      : String(c);

type Existing = typeof employees.$inferSelect;

/** Writes the checked records: new files inserted, known ones (same national ID) updated. */
async function apply(
  tx: Tx,
  actor: Actor,
  organisationId: string,
  records: ImportRecord[],
  existing: Existing[],
): Promise<ImportResult> {
  const known = new Map(existing.map((e) => [e.nationalId, e]));
  const person = (r: ImportRecord) => ({
    givenName: r.givenName,
    familyName: r.familyName,
    givenNameLatin: r.givenNameLatin,
    familyNameLatin: r.familyNameLatin,
    nationalId: r.nationalId,
    birthDate: r.birthDate,
    gender: r.gender,
    email: r.email,
    phone: r.phone,
    address: r.address,
    ...sortNames(r),
    search: employeeSearch(r),
  });
  const current = (r: ImportRecord) => {
    const e = r.employment;
    return {
      positionId: e?.position.id ?? null,
      orgUnitId: e?.position.orgUnitId ?? null,
      category: e?.position.category ?? null,
      titleCode: e?.position.titleCode ?? null,
      contractType: e?.contractType ?? null,
      hiredOn: e?.startsOn ?? null,
    };
  };
  const inserts: Array<typeof employees.$inferInsert> = [];
  const updates: Array<ReturnType<typeof person> & { id: string }> = [];
  const placed: Array<ReturnType<typeof current> & { id: string }> = [];
  const history: Array<typeof employments.$inferInsert> = [];
  const audits: Array<typeof auditEvents.$inferInsert> = [];
  for (const r of records) {
    const before = known.get(r.nationalId);
    const id = before?.id ?? randomUUID();
    if (before) updates.push({ id, ...person(r) });
    else
      inserts.push({
        id,
        organisationId,
        education: [],
        exams: [],
        languages: [],
        ...person(r),
        ...current(r),
      });
    // Someone already placed keeps their history: an import does not rewrite employment.
    const employ = r.employment && !before?.positionId ? r.employment : null;
    if (employ) {
      if (before) placed.push({ id, ...current(r) });
      history.push({
        organisationId,
        employeeId: id,
        kind: 'hire',
        positionId: employ.position.id,
        orgUnitId: employ.position.orgUnitId,
        category: employ.position.category,
        titleCode: employ.position.titleCode,
        contractType: employ.contractType,
        startsOn: employ.startsOn,
        actNumber: employ.actNumber,
      });
    }
    audits.push({
      organisationId,
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: before ? 'employee.import.update' : 'employee.import.create',
      entityType: 'employee',
      entityId: id,
      before: before ? personOf(before) : null,
      after: { ...person(r), employment: employ ? current(r) : null },
      requestId: actor.requestId,
    });
  }
  await insertInChunks(tx, employees, inserts);
  await updateInChunks(tx, employees, updates);
  await updateInChunks(tx, employees, placed);
  await insertInChunks(tx, employments, history);
  await insertInChunks(tx, auditEvents, audits);
  return { created: inserts.length, updated: updates.length, employments: history.length };
}

function personOf(e: Existing) {
  const { search: _s, sortName: _n, sortNameLatin: _l, createdAt: _c, updatedAt: _u, ...rest } = e;
  return rest;
}
