import { SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bulgarianToLatin, serbianToLatin } from '../../../server/platform/i18n/transliterate';

/** A text in the three forms a framework keeps: the country's script, its Latin form, English. */
export type TextRow = { name: string; nameLatin: string; nameEn: string };
export const emptyText: TextRow = { name: '', nameLatin: '', nameEn: '' };

/** The romanisation of each country pack (`transliteration` in server/packs/<cc>/pack.json). */
const romanise: Record<string, (text: string) => string> = { RS: serbianToLatin, BG: bulgarianToLatin };

/** A text romanised as the country's pack does it. */
export const latinForm = (text: string, countryCode: string) =>
  (romanise[countryCode] ?? serbianToLatin)(text);

/**
 * The body of a text, every form filled: left empty, the Latin form follows the country's
 * romanisation (the server's rule for names typed without one) and English the Latin form.
 */
export function textInput(row: TextRow, countryCode: string): TextRow {
  const name = row.name.trim();
  const nameLatin = row.nameLatin.trim() || latinForm(name, countryCode);
  return { name, nameLatin, nameEn: row.nameEn.trim() || nameLatin };
}

type Props = {
  /** The dialog's form: the fields may sit at any path of it. */
  form: { getInputProps: (path: string) => GetInputPropsReturnType };
  /** Where the row sits in the form's values (`''` for the top level, `indicators.3.` for a row). */
  prefix: string;
  /** What the text is ("Name", "Indicator"): the labels read "<label>", "<label> in Latin", … */
  label: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Sentences (indicators, levels) wrap over lines instead of scrolling in one. */
  multiline?: boolean;
  onNameChange?: (value: string) => void;
  onNameLatinChange?: (value: string) => void;
};

export function LocalTextFields({
  form,
  prefix,
  label,
  required,
  autoFocus,
  multiline,
  onNameChange,
  onNameLatinChange,
}: Props) {
  const { t } = useTranslation('competencies');
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" verticalSpacing="xs">
      <TextField
        label={label}
        required={required}
        autoFocus={autoFocus}
        multiline={multiline}
        input={form.getInputProps(`${prefix}name`)}
        onValue={onNameChange}
      />
      <TextField
        label={t('text.latin', { label })}
        placeholder={t('text.latinPlaceholder')}
        multiline={multiline}
        input={form.getInputProps(`${prefix}nameLatin`)}
        onValue={onNameLatinChange}
      />
      <TextField
        label={t('text.english', { label })}
        placeholder={t('text.englishPlaceholder')}
        multiline={multiline}
        input={form.getInputProps(`${prefix}nameEn`)}
      />
    </SimpleGrid>
  );
}

type FieldProps = {
  label: string;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
  multiline?: boolean;
  input: GetInputPropsReturnType;
  /** Replaces the form's own change handler (a field that others follow). */
  onValue?: (value: string) => void;
};

function TextField({ multiline, input, onValue, autoFocus, ...props }: FieldProps) {
  const shared = {
    ...props,
    ...input,
    'data-autofocus': autoFocus || undefined,
    onChange: onValue
      ? (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onValue(e.currentTarget.value)
      : input.onChange,
  };
  return multiline ? <Textarea autosize minRows={1} maxRows={6} {...shared} /> : <TextInput {...shared} />;
}

/** The legend of a group of rows in a dialog (indicators, levels), as strong as a field's label. */
export function PartLegend({ children }: { children: ReactNode }) {
  return (
    <Text component="span" fw={600} size="sm">
      {children}
    </Text>
  );
}
