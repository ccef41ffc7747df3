import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../app/format';
import { isLocale, uiLocales } from '../app/locale';
import { useSession } from '../app/session-context';

/** The UI language, in every language's own name; saved to the profile when signed in. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { changeLocale } = useSession();
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      data-testid="language-switcher"
      size="sm"
      w={{ base: 168, sm: 190 }}
      value={locale}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLocale(value)) void changeLocale(value);
      }}
    >
      {uiLocales.map((l) => (
        <option key={l.value} value={l.value} lang={l.value}>
          {l.label}
        </option>
      ))}
    </NativeSelect>
  );
}
