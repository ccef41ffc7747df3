import { useRef } from 'react';
import { serbianToLatin } from '../../server/platform/i18n/transliterate';

type NameForm = {
  getValues: () => { name: string; nameLatin: string };
  setFieldValue: (path: 'name' | 'nameLatin', value: string) => void;
};

/**
 * Serbian names are written once, in Cyrillic: while the Latin field still holds the automatic
 * transliteration (or nothing), typing the Cyrillic name keeps it in step. The server's rule is the
 * same function (server/platform/i18n/transliterate.ts). Typing in the Latin field stops the sync.
 */
export function useLatinNameSync(form: NameForm, serbian: () => boolean) {
  const initial = form.getValues();
  const auto = useRef(!initial.nameLatin || initial.nameLatin === serbianToLatin(initial.name));
  return {
    onNameChange(value: string) {
      form.setFieldValue('name', value);
      if (auto.current && serbian()) form.setFieldValue('nameLatin', serbianToLatin(value));
    },
    onNameLatinChange(value: string) {
      auto.current = false;
      form.setFieldValue('nameLatin', value);
    },
  };
}
