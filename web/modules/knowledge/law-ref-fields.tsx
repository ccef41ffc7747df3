import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contracts/advisory-answers';
import type { LawRef } from '../../../contracts/advisory-questions';
import { EditableRows, rowError } from '../../components/editable-rows';

type Props = {
  value: LawRef[];
  onChange: (refs: LawRef[]) => void;
  laws: Law[];
  /** Field errors by path (`lawRefs.0.article`), as the server names them. */
  errors: Record<string, unknown>;
};

/** The cited articles as rows: a law of the register and an article; rows are added and removed. */
export function LawRefFields({ value, onChange, laws, errors }: Props) {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  return (
    <EditableRows
      label={t('fields.lawRefs')}
      empty={t('answer.noLawRefs')}
      value={value}
      onChange={onChange}
      newRow={() => ({ lawId: laws[0]?.id ?? '', article: '' })}
      addLabel={t('lawRef.add')}
      removeLabel={(index) => t('lawRef.remove', { index: index + 1 })}
      rowTestId="law-ref-row"
    >
      {(ref, index, change) => (
        <>
          <NativeSelect
            label={t('fields.law')}
            w={{ base: '100%', sm: 360 }}
            value={ref.lawId}
            error={rowError(errors, `lawRefs.${index}.lawId`)}
            onChange={(e) => change({ lawId: e.currentTarget.value })}
            data={[
              { value: '', label: tc('filters.choose') },
              ...laws.map((l) => ({ value: l.id, label: l.title })),
            ]}
          />
          <TextInput
            label={t('fields.article')}
            w={{ base: '100%', sm: 160 }}
            maxLength={40}
            value={ref.article}
            error={rowError(errors, `lawRefs.${index}.article`)}
            onChange={(e) => change({ article: e.currentTarget.value })}
          />
        </>
      )}
    </EditableRows>
  );
}
