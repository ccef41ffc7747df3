import { foldForSearch } from '../../platform/i18n/transliterate';

type Person = { givenName: string; familyName: string; givenNameLatin: string; familyNameLatin: string };

/** Names in both scripts, the national ID and e-mail: what the directory's `q` matches. */
export const employeeSearch = (p: Person & { nationalId: string; email: string | null }) =>
  foldForSearch(
    [p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin, p.nationalId, p.email ?? ''].join(' '),
  );

/** "family given" in each script: the directory's sort keys. */
export const sortNames = (p: Person) => ({
  sortName: `${p.familyName} ${p.givenName}`,
  sortNameLatin: `${p.familyNameLatin} ${p.givenNameLatin}`,
});

/** A person's name as lists print it, in the country's script and in Latin. */
export const employeeNames = (p: Person) => ({
  employeeName: `${p.givenName} ${p.familyName}`,
  employeeNameLatin: `${p.givenNameLatin} ${p.familyNameLatin}`,
});
