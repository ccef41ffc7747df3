import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';

export function ReportsPage() {
  const { t } = useTranslation();
  return <Page title={t('appName')}>{null}</Page>;
}
