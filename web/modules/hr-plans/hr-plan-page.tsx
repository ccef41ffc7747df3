import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';

export function HrPlanPage() {
  const { t } = useTranslation();
  return <Page title={t('appName')}>{null}</Page>;
}
