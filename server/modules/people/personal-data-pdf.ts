import type { PersonalDataExport } from '../../../contracts/privacy';
import { createPdfDocument, type PdfColumn, type PdfDocument } from '../../platform/pdf/pdf-document';
import { formatFor, type PersonalDataContext, type PersonalDataFormat } from './personal-data-format';

type Employee = PersonalDataExport['file'];
type Pairs = Array<[string, string]>;
type Cell = string | number | null;
/** One section of the printout: label and value pairs, or a table. */
type Section = { heading: string } & ({ pairs: Pairs } | { columns: PdfColumn[]; rows: Cell[][] });

/** Column headers: `ns:key` names another namespace's text, a bare key one of the export's own. */
const headers = (f: PersonalDataFormat, keys: string[]): PdfColumn[] =>
  keys.map((key) => ({ header: key.includes(':') ? f.label(key) : f.own(`fields.${key}`) }));
const people = (keys: string[]) => keys.map((k) => `people:fields.${k}`);

function personal(file: Employee, f: PersonalDataFormat): Pairs {
  const field = (key: string) => f.label(`people:fields.${key}`);
  return [
    [field('givenName'), file.givenName],
    [field('familyName'), file.familyName],
    [field('givenNameLatin'), file.givenNameLatin],
    [field('familyNameLatin'), file.familyNameLatin],
    [field('nationalIdGeneric'), file.nationalId],
    [field('birthDate'), f.date(file.birthDate)],
    [field('gender'), f.coded('people:gender', file.gender)],
    [field('email'), f.text(file.email)],
    [field('phone'), f.text(file.phone)],
    [field('address'), f.text(file.address)],
  ];
}

function current(file: Employee, f: PersonalDataFormat): Pairs {
  const field = (key: string) => f.label(`people:fields.${key}`);
  const pairs: Pairs = [
    [field('status'), f.coded('people:status', file.status)],
    [field('position'), f.local({ name: file.positionName, nameLatin: file.positionNameLatin })],
    [field('category'), f.coded('positions:categories', file.category)],
    [field('title'), f.title(file.titleCode)],
    [field('contractType'), f.coded('people:contracts', file.contractType)],
    [field('hiredOn'), f.date(file.hiredOn)],
  ];
  if (file.leftOn)
    pairs.push(
      [field('leftOn'), f.date(file.leftOn)],
      [field('leaveReason'), f.coded('people:leaveReasons', file.leaveReason)],
    );
  return pairs;
}

function qualifications({ education, exams, languages }: Employee, f: PersonalDataFormat): Section[] {
  return [
    {
      heading: f.label('people:sections.education'),
      columns: headers(f, people(['educationLevel', 'institution', 'studyField', 'year'])),
      rows: education.map((e) => [f.coded('positions:education', e.level), e.institution, e.field, e.year]),
    },
    {
      heading: f.label('people:sections.exams'),
      columns: headers(f, people(['examName', 'issuer', 'passedOn', 'certificateNumber'])),
      rows: exams.map((e) => [e.name, e.issuer, e.passedOn && f.date(e.passedOn), e.number]),
    },
    {
      heading: f.label('people:sections.languages'),
      columns: headers(f, people(['language', 'languageLevel'])),
      rows: languages.map((l) => [f.language(l.language), f.coded('people:cefr', l.level)]),
    },
  ];
}

function records(data: PersonalDataExport, f: PersonalDataFormat): Section[] {
  const { account } = data;
  return [
    {
      heading: f.own('sections.documents'),
      columns: headers(f, ['documentTitle', 'documentKind', 'fileName', 'addedAt']),
      rows: data.documents.map((d) => [
        d.title,
        f.coded('personal-data:documentKinds', d.kind),
        d.fileName,
        f.dateTime(d.createdAt),
      ]),
    },
    {
      heading: f.own('sections.corrections'),
      columns: headers(f, ['correctionField', 'proposed', 'requestedAt', 'status', 'decidedAt', 'note']),
      rows: data.correctionRequests.map((r) => [
        f.coded('personal-data:correctionFields', r.field),
        r.proposed,
        f.dateTime(r.createdAt),
        f.coded('personal-data:correctionStatus', r.status),
        r.decidedAt && f.dateTime(r.decidedAt),
        r.decisionNote,
      ]),
    },
    {
      heading: f.own('sections.account'),
      pairs: account
        ? [
            [f.own('fields.email'), account.email],
            [f.own('fields.name'), account.name],
            [f.own('fields.locale'), f.language(account.locale)],
            [f.own('fields.createdAt'), f.dateTime(account.createdAt)],
            [f.own('fields.lastLoginAt'), f.dateTime(account.lastLoginAt)],
          ]
        : [],
    },
    {
      heading: f.own('sections.memberships'),
      columns: headers(f, ['organisation', 'role']),
      rows: (account?.memberships ?? []).map((m) => [
        f.local({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
        f.coded('common:roles', m.role),
      ]),
    },
    {
      heading: f.own('sections.accessLog'),
      columns: headers(f, ['at', 'actor', 'action']),
      rows: data.accessLog.map((e) => [
        f.dateTime(e.at),
        e.actorEmail ?? f.own('system'),
        f.action(e.action),
      ]),
    },
  ];
}

/** The printout's sections in the order a personnel file reads, then what Kadar records about it. */
export function personalDataSections(data: PersonalDataExport, f: PersonalDataFormat): Section[] {
  const { file } = data;
  return [
    { heading: f.label('people:sections.personal'), pairs: personal(file, f) },
    { heading: f.label('people:sections.current'), pairs: current(file, f) },
    {
      heading: f.label('people:sections.history'),
      columns: headers(
        f,
        people(['kind', 'position', 'title', 'contractType', 'workingTime', 'period', 'act']),
      ),
      rows: file.employments.map((e) => [
        f.coded('people:kinds', e.kind),
        f.local({ name: e.positionName, nameLatin: e.positionNameLatin }),
        f.title(e.titleCode),
        f.coded('people:contracts', e.contractType),
        `${e.workingTime} %`,
        `${f.date(e.startsOn)} – ${e.endsOn ? f.date(e.endsOn) : ''}`,
        e.actNumber && `${e.actNumber}, ${f.date(e.actDate)}`,
      ]),
    },
    ...qualifications(file, f),
    ...records(data, f),
  ];
}

/** Writes the export top to bottom into any document (a test's recorder too). */
export function writePersonalData(doc: PdfDocument, data: PersonalDataExport, ctx: PersonalDataContext) {
  const f = formatFor(ctx);
  doc.title(f.own('heading', { name: f.person(data.file) }));
  const header: Pairs = [[f.own('generatedAt'), f.dateTime(data.generatedAt)]];
  if (ctx.organisation) header.unshift([f.label('people:fields.organisation'), f.local(ctx.organisation)]);
  doc.keyValues(header);
  doc.paragraph(f.own('intro'));
  for (const section of personalDataSections(data, f)) {
    doc.heading(section.heading);
    if ('pairs' in section ? !section.pairs.length : !section.rows.length) doc.paragraph(f.own('none'));
    else if ('pairs' in section) doc.keyValues(section.pairs);
    else doc.table({ columns: section.columns, rows: section.rows });
  }
}

/** The export as a PDF in the reader's language; its document title names the person. */
export function personalDataPdf(
  data: PersonalDataExport,
  ctx: PersonalDataContext,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const f = formatFor(ctx);
  const doc = createPdfDocument({
    title: f.own('documentTitle', { name: f.person(data.file) }),
    language: ctx.locale,
    ...options,
  });
  writePersonalData(doc, data, ctx);
  return doc.finish();
}
