import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/people';
import { useFormat } from '../../app/format';
import { FileSection, RecordTable } from './file-section';
import { useLanguageName } from './people-labels';

/** Education, licences and exams, and languages of a file, each in its own section. */
export function QualificationsSections({ employee, canManage }: { employee: Employee; canManage: boolean }) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const languageName = useLanguageName();
  const empty = (what: 'education' | 'exams' | 'languages') =>
    canManage ? t(`file.empty.${what}Manage`) : t(`file.empty.${what}`);
  return (
    <>
      <FileSection title={t('sections.education')}>
        <RecordTable
          empty={empty('education')}
          head={[
            t('fields.educationLevel'),
            t('fields.institution'),
            t('fields.studyField'),
            t('fields.year'),
          ]}
          rows={employee.education.map((e, i) => ({
            key: `${i}-${e.institution}`,
            cells: [t(`positions:education.${e.level}`), e.institution, e.field ?? '—', e.year ?? '—'],
          }))}
        />
      </FileSection>
      <FileSection title={t('sections.exams')}>
        <RecordTable
          empty={empty('exams')}
          head={[
            t('fields.examName'),
            t('fields.issuer'),
            t('fields.passedOn'),
            t('fields.certificateNumber'),
          ]}
          rows={employee.exams.map((e, i) => ({
            key: `${i}-${e.name}`,
            cells: [e.name, e.issuer ?? '—', format.date(e.passedOn), e.number ?? '—'],
          }))}
        />
      </FileSection>
      <FileSection title={t('sections.languages')}>
        <RecordTable
          minWidth={360}
          empty={empty('languages')}
          head={[t('fields.language'), t('fields.languageLevel')]}
          rows={employee.languages.map((l) => ({
            key: l.language,
            cells: [languageName(l.language), t(`cefr.${l.level}`)],
          }))}
        />
      </FileSection>
    </>
  );
}
