import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeLink } from '../../../contracts/practices';
import { EditableRows, rowError } from '../../components/editable-rows';

const kinds: PracticeLink['kind'][] = ['video', 'photo', 'article', 'other'];

type Props = {
  value: PracticeLink[];
  onChange: (links: PracticeLink[]) => void;
  /** Field errors by path (`links.0.url`), as the server names them. */
  errors: Record<string, unknown>;
};

/** The practice's links as rows: what it is (video, photos, article), the address and a label. */
export function PracticeLinksFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation('practices');
  return (
    <EditableRows
      label={t('fields.links')}
      empty={t('form.noLinks')}
      value={value}
      onChange={onChange}
      newRow={(): PracticeLink => ({ url: '', label: '', kind: 'video' })}
      addLabel={t('form.addLink')}
      removeLabel={(index) => t('form.removeLink', { index: index + 1 })}
      rowTestId="practice-link-row"
      addTestId="practice-add-link"
    >
      {(link, index, change) => (
        <>
          <NativeSelect
            label={t('fields.linkKind')}
            w={{ base: '100%', sm: 150 }}
            value={link.kind}
            onChange={(e) => change({ kind: e.currentTarget.value as PracticeLink['kind'] })}
            data={kinds.map((k) => ({ value: k, label: t(`linkKinds.${k}`) }))}
          />
          <TextInput
            label={t('fields.linkUrl')}
            type="url"
            w={{ base: '100%', sm: 340 }}
            maxLength={1000}
            value={link.url}
            error={rowError(errors, `links.${index}.url`)}
            onChange={(e) => change({ url: e.currentTarget.value })}
          />
          <TextInput
            label={t('fields.linkLabel')}
            w={{ base: '100%', sm: 240 }}
            maxLength={200}
            value={link.label}
            error={rowError(errors, `links.${index}.label`)}
            onChange={(e) => change({ label: e.currentTarget.value })}
          />
        </>
      )}
    </EditableRows>
  );
}
