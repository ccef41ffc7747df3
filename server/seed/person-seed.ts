import { completeNationalId, type NationalIdScheme } from '../../contracts/national-id';
import type { EducationEntry, ExamEntry, LanguageEntry } from '../../contracts/people';
import { type EducationLevel, educationLevels } from '../../contracts/positions';
import { type Gender, type NamePool, type PersonName, randomName } from './demo-names';
import type { PlannedPosition } from './positions-seed';
import { schoolingOf } from './schooling-data';
import { addDays, addYears, dayBetween } from './seed-dates';
import type { SeedCountry } from './seed-latin';
import { chance, intBetween, pickFrom, type Random, weighted } from './seed-random';

/** A municipality as the people generator sees it: who it hires from and what it has given out. */
export type Office = {
  organisationId: string;
  country: SeedCountry;
  scheme: NationalIdScheme;
  toLatin: (text: string) => string;
  /** The e-mail domain is `<slug>.example`. */
  slug: string;
  /** The seat, for the secondary schools its staff went to. */
  town: string;
  /** JMBG region digits of the municipality (Serbia), e.g. "78" for the Raška district. */
  regionDigits: string;
  namePools: readonly (readonly [NamePool, number])[];
  today: string;
  random: Random;
  takenIds: Set<string>;
  takenEmails: Set<string>;
  /** The next number in the register of employment decisions. */
  actSequence: number;
};

export type Person = PersonName & {
  givenNameLatin: string;
  familyNameLatin: string;
  birthDate: string;
  nationalId: string;
  email: string;
  phone: string;
};

const serbianRegions = ['71', '72', '73', '74', '76', '77', '78', '79', '80', '82', '85'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A valid JMBG or EGN for the birth date and gender, new in the office. */
export function nationalIdOf(office: Office, birthDate: string, gender: Gender): string {
  const { random } = office;
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  for (;;) {
    let body: string;
    if (office.scheme === 'jmbg') {
      const region = chance(0.75, random) ? office.regionDigits : pickFrom(serbianRegions, random);
      const serial = gender === 'male' ? intBetween(0, 499, random) : intBetween(500, 999, random);
      body = `${pad(day)}${pad(month)}${pad(year % 1000, 3)}${region}${pad(serial, 3)}`;
    } else {
      const serial = intBetween(0, 499, random) * 2 + (gender === 'female' ? 1 : 0);
      body = `${pad(year % 100)}${pad(year >= 2000 ? month + 40 : month)}${pad(day)}${pad(serial, 3)}`;
    }
    const id = completeNationalId(office.scheme, body);
    if (id && !office.takenIds.has(id)) {
      office.takenIds.add(id);
      return id;
    }
  }
}

const asciiOf = (latin: string) =>
  latin
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');

/** name.surname@<slug>.example, numbered when two people share a name. */
export function emailOf(office: Office, givenLatin: string, familyLatin: string): string {
  const local = `${asciiOf(givenLatin)}.${asciiOf(familyLatin)}`;
  for (let n = 1; ; n++) {
    const email = `${local}${n > 1 ? n : ''}@${office.slug}.example`;
    if (!office.takenEmails.has(email)) {
      office.takenEmails.add(email);
      return email;
    }
  }
}

function phoneOf(office: Office): string {
  const { random } = office;
  const digits = (n: number) => Array.from({ length: n }, () => intBetween(0, 9, random)).join('');
  return office.country === 'RS'
    ? `+381 6${intBetween(0, 6, random)} ${digits(3)} ${digits(4)}`
    : `+359 8${pickFrom([7, 8, 9], random)} ${digits(3)} ${digits(4)}`;
}

/** Someone aged `minAge` to `maxAge` today, with a name (drawn, unless given) and the IDs that go with it. */
export function newPerson(office: Office, ages: readonly [number, number], given?: PersonName): Person {
  const name = given ?? randomName(office.namePools, office.random);
  const { today } = office;
  const birthDate = dayBetween(
    addDays(addYears(today, -(ages[1] + 1)), 1),
    addYears(today, -ages[0]),
    office.random,
  );
  const givenNameLatin = office.toLatin(name.givenName);
  const familyNameLatin = office.toLatin(name.familyName);
  return {
    ...name,
    givenNameLatin,
    familyNameLatin,
    birthDate,
    nationalId: nationalIdOf(office, birthDate, name.gender),
    email: emailOf(office, givenNameLatin, familyNameLatin),
    phone: phoneOf(office),
  };
}

/** Lowest first, as contracts/positions.ts lists them. */
const levelOrder: readonly EducationLevel[] = educationLevels;

/** The diplomas of someone on `position`: at least what the job asks, sometimes more. */
export function educationOf(office: Office, person: Person, position: PlannedPosition): EducationEntry[] {
  const { random } = office;
  const school = schoolingOf(office.country);
  const born = Number(person.birthDate.slice(0, 4));
  const lastYear = Number(office.today.slice(0, 4));
  const year = (age: number) => Math.min(born + age, lastYear);
  const field = school.fieldNames[position.job.field];
  let level = levelOrder.indexOf(position.requiredEducation);
  if (level < 3 && chance(0.15, random)) level++;
  else if (level === 3 && chance(0.25, random)) level++;
  const entries: EducationEntry[] = [];
  if (level <= 2)
    entries.push({
      level: level === 0 ? 'primary' : 'secondary',
      institution: `${pickFrom(level === 0 ? school.primarySchools : school.secondarySchools, random)}, ${office.town}`,
      field: null,
      year: year(level === 0 ? 15 : 19),
    });
  if (level === 2)
    entries.push({
      level: 'post_secondary',
      institution: pickFrom(school.colleges, random),
      field,
      year: year(22),
    });
  if (level >= 3) {
    const university = pickFrom(school.universities[position.job.field], random);
    entries.push({
      level: 'bachelor',
      institution: university,
      field,
      year: year(intBetween(22, 25, random)),
    });
    if (level >= 4)
      entries.push({
        level: 'master',
        institution: university,
        field,
        year: year(intBetween(25, 28, random)),
      });
  }
  return entries;
}

/** The state professional exam (a year into the job) and the licence the job asks for. */
export function examsOf(office: Office, position: PlannedPosition, hiredOn: string): ExamEntry[] {
  const { random, today } = office;
  const school = schoolingOf(office.country);
  const exams: ExamEntry[] = [];
  const passed = (from: number, to: number) => {
    const day = addDays(hiredOn, intBetween(from, to, random));
    return day < today ? day : null;
  };
  if (school.stateExam && position.category !== 'support' && chance(0.92, random)) {
    const passedOn = passed(120, 400);
    if (passedOn) exams.push({ ...school.stateExam, passedOn, number: null });
  }
  const licence = position.job.exam ? school.exams[position.job.exam] : undefined;
  if (licence) exams.push({ ...licence, passedOn: passed(-900, 500) ?? addDays(hiredOn, -30), number: null });
  return exams;
}

const cefr = [
  ['A2', 1],
  ['B1', 3],
  ['B2', 3],
  ['C1', 2],
  ['C2', 1],
] as const;

export function languagesOf(office: Office, position: PlannedPosition): LanguageEntry[] {
  const { random } = office;
  const share = position.category === 'support' ? 0.3 : 1;
  return schoolingOf(office.country)
    .languages.filter(([, p]) => chance(p * share, random))
    .map(([language]) => ({ language, level: weighted(cefr, random) }));
}
