import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../../../contracts/access';
import type { PeoplePack } from '../../../contracts/positions';
import type { PersonalDataExport } from '../../../contracts/privacy';
import { createTranslator, type Translator } from '../../platform/i18n/i18n';
import type { PdfDocument } from '../../platform/pdf/pdf-document';
import { personalDataPdf, writePersonalData } from './personal-data-pdf';

const translator = createTranslator();
const pack = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../packs/rs/pack.json'), 'utf8'))
  .people as PeoplePack;
const id = '00000000-0000-4000-8000-000000000001';
const organisation = { name: 'Нови Пазар', nameLatin: 'Novi Pazar' };

const data: PersonalDataExport = {
  generatedAt: '2026-05-04T10:30:00.000Z',
  file: {
    id,
    organisationId: id,
    userId: id,
    givenName: 'Ана',
    familyName: 'Анић',
    givenNameLatin: 'Ana',
    familyNameLatin: 'Anić',
    status: 'active',
    orgUnitId: id,
    positionId: id,
    positionName: 'Порески инспектор',
    positionNameLatin: 'Poreski inspektor',
    category: 'official',
    titleCode: 'savetnik',
    contractType: 'permanent',
    hiredOn: '2020-03-01',
    email: 'ana@np.example',
    nationalId: '0101990710008',
    birthDate: '1990-01-01',
    gender: 'female',
    phone: null,
    address: 'Стевана Немање 2',
    education: [{ level: 'master', institution: 'Правни факултет', field: null, year: 2014 }],
    exams: [{ name: 'Државни стручни испит', issuer: null, passedOn: '2016-06-10', number: '12/16' }],
    languages: [{ language: 'de', level: 'B2' }],
    leftOn: null,
    leaveReason: null,
    employments: [
      {
        id,
        kind: 'hire',
        positionId: id,
        positionName: 'Порески инспектор',
        positionNameLatin: 'Poreski inspektor',
        orgUnitId: id,
        category: 'official',
        titleCode: 'savetnik',
        contractType: 'permanent',
        workingTime: 100,
        startsOn: '2020-03-01',
        endsOn: null,
        actNumber: '112-3/2020',
        actDate: '2020-02-20',
      },
    ],
    createdAt: '2020-03-01T08:00:00.000Z',
    updatedAt: '2020-03-01T08:00:00.000Z',
  },
  documents: [
    {
      id,
      employeeId: id,
      kind: 'diploma',
      title: 'Диплома',
      fileName: 'diploma.pdf',
      contentType: 'application/pdf',
      size: 1000,
      createdAt: '2021-01-01T09:00:00.000Z',
    },
  ],
  correctionRequests: [],
  account: null,
  accessLog: [
    { at: '2026-05-01T07:00:00.000Z', action: 'employee.read', actorEmail: 'hr@np.example' },
    { at: '2026-05-02T07:00:00.000Z', action: 'employee.future-action', actorEmail: null },
  ],
};

/** A document that keeps every text written to it, in order. */
function recorder() {
  const texts: string[] = [];
  const doc: PdfDocument = {
    title: (text) => texts.push(text),
    heading: (text) => texts.push(text),
    keyValues: (pairs) => texts.push(...pairs.flat()),
    paragraph: (text) => texts.push(text),
    table: ({ columns, rows }) => texts.push(...columns.map((c) => c.header), ...rows.flat().map(String)),
    image: () => undefined,
    finish: async () => Buffer.alloc(0),
  };
  return { doc, texts };
}

/** Keys looked up without a text in the reader's language. */
const missing: string[] = [];
const checked: Translator = {
  t: (locale, key, params) => {
    if (!translator.exists(locale, key)) missing.push(`${locale} ${key}`);
    return translator.t(locale, key, params);
  },
  exists: translator.exists,
};

const written = (locale: Locale) => {
  const { doc, texts } = recorder();
  writePersonalData(doc, data, { t: checked, locale, pack, organisation });
  return texts;
};

describe('personal data printout', () => {
  it('reads in Serbian Cyrillic: official names, pack titles, local dates, translated codes', () => {
    const texts = written('sr-Cyrl');
    expect(texts[0]).toBe('Лични подаци које Kadar води о особи Ана Анић');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Нови Пазар',
        'Лични подаци',
        'Тренутни радноправни статус',
        'Порески инспектор',
        'саветник',
        '1. 3. 2020.',
        'немачки',
        'Диплома',
        'Досије прочитан',
        'hr@np.example',
        'Систем',
      ]),
    );
  });

  it('reads in English and Bulgarian with Latin or Cyrillic names, and keeps an unknown action’s code', () => {
    const en = written('en');
    expect(en[0]).toBe('Personal data held about Ana Anić');
    expect(en).toEqual(
      expect.arrayContaining(['Novi Pazar', 'Adviser', 'Mar 1, 2020', 'employee.future-action']),
    );
    expect(written('bg')).toEqual(expect.arrayContaining(['1.03.2020 г.', 'немски']));
  });

  it('says so for an empty section and has a text for every label in every language', () => {
    for (const locale of locales)
      expect(written(locale)).toContain(translator.t(locale, 'personal-data:none'));
    expect(missing).toEqual([]);
  });

  it('renders a PDF whose document title names the person', async () => {
    const pdf = await personalDataPdf(data, { t: translator, locale: 'bg', pack, organisation });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const title = Buffer.from('\ufeffЛични данни: Ана Анић', 'utf16le').swap16().toString('latin1');
    expect(pdf.toString('latin1')).toContain(title);
  });
});
