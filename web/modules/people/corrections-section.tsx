import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/people';
import { CorrectionAskDialog } from './correction-ask-dialog';
import { CorrectionList } from './correction-list';
import { useCorrectionRequests } from './corrections-queries';
import { FileSection } from './file-section';

type Props = {
  employee: Employee;
  /** The file is the reader's own: they may ask for corrections. */
  own: boolean;
  /** The reader is the HR office of the file: they answer the requests. */
  canManage: boolean;
};

/** The requests to correct this file: asked by its owner, answered by the HR office. */
export function CorrectionsSection({ employee, own, canManage }: Props) {
  const { t } = useTranslation('people');
  const [asking, setAsking] = useState(false);
  const list = useCorrectionRequests({ employeeId: employee.id });
  const mayAsk = own && !canManage;
  return (
    <FileSection
      title={t('corrections.title')}
      actions={
        mayAsk ? (
          <Group>
            <Button variant="default" onClick={() => setAsking(true)} data-testid="correction-ask">
              {t('corrections.ask')}
            </Button>
          </Group>
        ) : null
      }
    >
      <CorrectionList
        list={list}
        canDecide={canManage}
        empty={mayAsk ? t('corrections.emptyOwn') : t('corrections.empty')}
      />
      {asking ? <CorrectionAskDialog employee={employee} onClose={() => setAsking(false)} /> : null}
    </FileSection>
  );
}
