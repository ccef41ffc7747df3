import { randomUUID } from 'node:crypto';
import type { LocalText } from '../../contracts/competencies';
import { foldForSearch } from '../platform/i18n/transliterate';
import { atWork } from './appraisal-seed';
import type { CatalogueEntry, TrainerEntry } from './learning-data-types';
import type { LearningPeople } from './learning-people';
import type { LearningWriter } from './learning-writer';
import { addDays, addYears } from './seed-dates';
import { latinFor, type SeedCountry } from './seed-latin';
import { intBetween, type Random } from './seed-random';

/** The catalogue owner or register keeper, as the demo placed it. */
export type LearningBody = { id: string; country: SeedCountry };

export type SeededProgramme = {
  id: string;
  ownerId: string;
  code: string;
  title: LocalText;
  entry: CatalogueEntry;
  completionPercent: number;
};

export type SeededTrainer = {
  id: string;
  key: string;
  name: string;
  userId: string | null;
  accreditedUntil: string;
  suspended: boolean;
};

/** A catalogue's entries, in the owner's script with the Latin forms derived as the service does. */
export function addProgrammes(
  writer: LearningWriter,
  entries: readonly CatalogueEntry[],
  owner: LearningBody,
  people: LearningPeople,
  context: { today: string; random: Random },
): SeededProgramme[] {
  const toLatin = latinFor(owner.country);
  return entries.map((entry) => {
    const id = randomUUID();
    const title = { name: entry.name, nameLatin: toLatin(entry.name), nameEn: entry.nameEn };
    const competencyIds = (entry.competencies ?? []).map((code) => {
      const found = people.competencyIds.get(`${owner.country}:${code}`);
      if (!found) throw new Error(`learning demo: no competency ${code} in ${owner.country}`);
      return found;
    });
    const accredited = entry.accreditation?.status === 'accredited' ? entry.accreditation : null;
    const completionPercent = entry.completionPercent ?? 100;
    const createdAt = atWork(addDays(context.today, -intBetween(330, 420, context.random)), context.random);
    writer.rows.programmes.push({
      id,
      ownerId: owner.id,
      countryCode: owner.country,
      code: entry.code,
      title,
      summary: entry.summary,
      summaryLatin: toLatin(entry.summary),
      topicArea: entry.topicArea,
      part: entry.part,
      competencyIds,
      targetGroups: entry.targetGroups,
      deliveryModes: entry.deliveryModes,
      durationHours: entry.hours,
      durationDays: entry.days,
      accreditation: entry.accreditation?.status ?? 'none',
      registerNumber: accredited?.registerNumber ?? null,
      accreditedUntil: accredited ? addYears(context.today, accredited.validYears) : null,
      issuesCertificate: true,
      completionPercent,
      status: entry.status ?? 'published',
      search: foldForSearch([entry.code, title.name, title.nameLatin, title.nameEn].join(' ')),
      createdAt,
      updatedAt: createdAt,
    });
    return { id, ownerId: owner.id, code: entry.code, title, entry, completionPercent };
  });
}

const asciiOf = (latin: string) =>
  latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'dj')
    .replace(/[^a-z]/g, '');

/** `name.surname@<domain>` in ASCII. */
function emailOf(nameLatin: string, domain: string): string {
  const [given = '', ...family] = nameLatin.split(' ');
  return `${asciiOf(given)}.${asciiOf(family.join(''))}@${domain}`;
}

function phoneOf(country: SeedCountry, random: Random): string {
  const digits = (n: number) => Array.from({ length: n }, () => intBetween(0, 9, random)).join('');
  return country === 'RS'
    ? `+381 6${intBetween(0, 6, random)} ${digits(3)} ${digits(4)}`
    : `+359 8${intBetween(7, 9, random)} ${digits(3)} ${digits(4)}`;
}

/**
 * A register's entries: accredited after the skills check and the trainer course of a public
 * call, numbered in the year of accreditation; the entry with a demo login is linked to it.
 */
export function addTrainers(
  writer: LearningWriter,
  entries: readonly TrainerEntry[],
  register: LearningBody & { prefix: string; domain: string },
  people: LearningPeople,
  context: { today: string; random: Random },
): SeededTrainer[] {
  const toLatin = latinFor(register.country);
  const { today, random } = context;
  return entries.map((entry, i) => {
    const id = randomUUID();
    const nameLatin = toLatin(entry.name);
    const account = entry.account ? people.accounts.get(entry.account) : undefined;
    if (entry.account && !account) throw new Error(`learning demo: no account ${entry.account}`);
    const accreditedOn = addDays(addYears(today, -entry.accreditedYearsAgo), -intBetween(0, 150, random));
    const accreditedUntil = addYears(accreditedOn, entry.validYears);
    const accreditationNumber = `${register.prefix}-${accreditedOn.slice(0, 4)}-${String(101 + i * 7).padStart(4, '0')}`;
    const createdAt = atWork(accreditedOn, random);
    writer.rows.trainers.push({
      id,
      organisationId: register.id,
      userId: account?.id ?? null,
      name: entry.name,
      nameLatin,
      email: entry.account ?? emailOf(nameLatin, register.domain),
      phone: phoneOf(register.country, random),
      kinds: entry.kinds,
      topicAreas: entry.topicAreas,
      expertise: entry.expertise,
      teachingExperience: entry.teachingExperience,
      publications: entry.publications ?? '',
      skillsCheckOn: addDays(accreditedOn, -intBetween(60, 90, random)),
      trainerCourseOn: addDays(accreditedOn, -intBetween(20, 40, random)),
      accreditationNumber,
      accreditedOn,
      accreditedUntil,
      suspended: entry.suspended ?? false,
      search: foldForSearch([entry.name, nameLatin, accreditationNumber].join(' ')),
      createdAt,
      updatedAt: entry.suspended ? atWork(addDays(today, -intBetween(20, 60, random)), random) : createdAt,
    });
    return {
      id,
      key: entry.key,
      name: entry.name,
      userId: account?.id ?? null,
      accreditedUntil,
      suspended: entry.suspended ?? false,
    };
  });
}
