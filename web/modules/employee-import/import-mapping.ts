import {
  type ImportField,
  type ImportMapping,
  type ImportUpload,
  importFields,
  requiredImportFields,
} from '../../../contracts/employee-import';

/** The fields about the person, and those that record their job (a position needs a contract and a start). */
export const personFields = importFields.slice(0, importFields.indexOf('orgUnit'));
export const employmentFields = importFields.slice(importFields.indexOf('orgUnit'));

export const isRequired = (field: ImportField) => requiredImportFields.includes(field);

/** Required fields without a column. */
export function unmappedRequired(mapping: ImportMapping): ImportField[] {
  return requiredImportFields.filter((f) => !mapping[f]);
}

/**
 * The mapping to start from after an upload: the one the person already chose (when coming back with
 * a corrected file), kept where its columns are still in the file, completed by the server's suggestion.
 */
export function startingMapping(upload: ImportUpload, previous: ImportMapping | null): ImportMapping {
  if (!previous) return upload.mapping;
  const kept: ImportMapping = { ...upload.mapping };
  for (const field of importFields) {
    const header = previous[field];
    if (header && upload.headers.includes(header)) kept[field] = header;
  }
  return kept;
}

/** Only the fields that have a column: an unmapped field is left out of the request. */
export function cleanMapping(mapping: ImportMapping): ImportMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => Boolean(header)));
}
