import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { packLabel } from '../../../contracts/positions';
import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useOrganisation, useOrgUnits } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { EmployeeLearningSection } from '../my-learning/employee-learning-section';
import { usePackLabels } from '../positions/positions-labels';
import { usePeoplePack } from '../positions/positions-queries';
import { useUnitNames } from '../positions/unit-options';
import { AppraisalHistorySection } from './appraisal-history-section';
import { CorrectionsSection } from './corrections-section';
import { DocumentsSection } from './documents-section';
import { EmployeeEditDialog } from './employee-edit-dialog';
import { EmploymentDialog } from './employment-dialog';
import { CurrentEmployment, EmploymentHistory } from './employment-history';
import { FileSection } from './file-section';
import { LeaveDialog } from './leave-dialog';
import { EmployeeStatusBadge, usePersonNames } from './people-labels';
import { useEmployee, usePeopleOrganisation } from './people-queries';
import { PersonalDataSection } from './personal-data-section';
import { QualificationsSections } from './qualifications-sections';

type Dialog = 'edit' | 'employment' | 'leave' | null;

/**
 * A personnel file: personal data, current employment and its history, education, exams, languages,
 * scanned documents, the owner's correction requests and the export of everything held about them.
 */
export function EmployeeFilePage() {
  const { t } = useTranslation('people');
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const names = usePersonNames();
  const { selfOnly } = usePeopleOrganisation();
  const file = useEmployee(id);
  const employee = file.data;
  const organisation = useOrganisation(employee?.organisationId);
  const pack = usePeoplePack(organisation.data?.countryCode);
  const labels = usePackLabels(pack);
  const units = useOrgUnits(employee?.organisationId);
  const unitName = useUnitNames(units.data?.items ?? []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const back = selfOnly ? undefined : { to: '/employees', label: t('list.title') };

  if (!employee)
    return (
      <Page title={t('file.title')} back={back}>
        {file.isError ? (
          <ErrorState error={file.error} onRetry={() => void file.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );

  const canManage = organisation.data
    ? canOn(me, 'employees.manage', {
        organisationId: organisation.data.id,
        countryCode: organisation.data.countryCode,
      })
    : false;
  const active = employee.status === 'active';
  const own = employee.userId === me.user.id;
  const other = names.other(employee);
  const idLabel = pack
    ? t('fields.nationalId', { name: packLabel(pack.nationalId, format.locale) })
    : t('fields.nationalIdGeneric');

  return (
    <Page
      title={names.full(employee)}
      back={back}
      actions={
        canManage ? (
          <>
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('file.editPersonal')}
            </Button>
            {active ? (
              <>
                <Button onClick={() => setDialog('employment')}>{t('file.addEmployment')}</Button>
                <Button variant="light" color="red" onClick={() => setDialog('leave')}>
                  {t('file.recordLeaving')}
                </Button>
              </>
            ) : null}
          </>
        ) : null
      }
    >
      <Group gap="sm" mt={-12}>
        <EmployeeStatusBadge status={employee.status} />
        {other ? <Text c="dimmed">{other}</Text> : null}
        {employee.status === 'left' ? (
          <Text size="sm" c="dimmed">
            {t('file.leftOn', {
              date: format.date(employee.leftOn),
              reason: employee.leaveReason ? t(`leaveReasons.${employee.leaveReason}`) : '—',
            })}
          </Text>
        ) : null}
      </Group>
      <Stack gap="lg">
        <FileSection title={t('sections.personal')}>
          <DetailList
            items={[
              { label: idLabel, value: employee.nationalId },
              { label: t('fields.birthDate'), value: format.date(employee.birthDate) },
              { label: t('fields.gender'), value: employee.gender ? t(`gender.${employee.gender}`) : '—' },
              { label: t('fields.email'), value: employee.email },
              { label: t('fields.phone'), value: employee.phone },
              { label: t('fields.address'), value: employee.address },
              { label: t('fields.hiredOn'), value: format.date(employee.hiredOn) },
            ]}
          />
        </FileSection>
        <FileSection title={t('sections.current')}>
          <CurrentEmployment employee={employee} labels={labels} unitName={unitName} canManage={canManage} />
        </FileSection>
        <FileSection title={t('sections.history')}>
          <EmploymentHistory employee={employee} labels={labels} unitName={unitName} canManage={canManage} />
        </FileSection>
        <QualificationsSections employee={employee} canManage={canManage} />
        <DocumentsSection employeeId={employee.id} canManage={canManage} />
        <AppraisalHistorySection employee={employee} />
        <EmployeeLearningSection employee={employee} />
        {own || canManage ? (
          <>
            <CorrectionsSection employee={employee} own={own} canManage={canManage} />
            <PersonalDataSection employee={employee} own={own} />
          </>
        ) : null}
      </Stack>
      {dialog === 'edit' ? (
        <EmployeeEditDialog
          employee={employee}
          rule={pack?.nationalId ?? null}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'employment' ? (
        <EmploymentDialog employee={employee} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'leave' ? <LeaveDialog employee={employee} onClose={() => setDialog(null)} /> : null}
    </Page>
  );
}
