import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  type ContractType,
  contractTypes,
  type EmploymentCreate,
  type employmentKinds,
} from '../../../contracts/people';
import { DateField } from '../../components/date-field';
import { today } from '../positions/positions-queries';
import { PositionPicker } from './position-picker';

export type EmploymentKind = (typeof employmentKinds)[number];

export type EmploymentValues = {
  kind: EmploymentKind;
  positionId: string;
  contractType: ContractType | '';
  workingTime: number | string;
  startsOn: string;
  endsOn: string;
  actNumber: string;
  actDate: string;
};

export const initialEmploymentValues = (kind: EmploymentKind): EmploymentValues => ({
  kind,
  positionId: '',
  contractType: kind === 'hire' ? '' : 'permanent',
  workingTime: 100,
  startsOn: today(),
  endsOn: '',
  actNumber: '',
  actDate: '',
});

/** Errors of an employment record by field name (empty when it may be sent). */
export function validateEmployment(v: EmploymentValues, t: TFunction<'people'>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.positionId) errors.positionId = t('validation.positionRequired');
  if (!v.contractType) errors.contractType = t('validation.contractTypeRequired');
  const hours = Number(v.workingTime);
  if (!Number.isInteger(hours) || hours < 1 || hours > 100) errors.workingTime = t('validation.workingTime');
  if (!v.startsOn) errors.startsOn = t('validation.startsOnRequired');
  if (v.endsOn && v.startsOn && v.endsOn < v.startsOn) errors.endsOn = t('validation.endsBeforeStart');
  return errors;
}

/** The JSON body of POST /employees/:id/employments (and of `employment` in POST /employees). */
export function employmentBody(v: EmploymentValues): EmploymentCreate {
  return {
    kind: v.kind,
    positionId: v.positionId,
    contractType: v.contractType || 'permanent',
    workingTime: Number(v.workingTime),
    startsOn: v.startsOn,
    endsOn: v.contractType !== 'permanent' && v.endsOn ? v.endsOn : null,
    actNumber: v.actNumber.trim() || null,
    actDate: v.actDate || null,
  };
}

type Props = {
  organisationId: string;
  values: EmploymentValues;
  /** The form's input props of one employment field (the fields may sit under a prefix). */
  field: (name: keyof EmploymentValues) => GetInputPropsReturnType;
  /** Kinds of record to offer; one kind shows no choice. */
  kinds: readonly EmploymentKind[];
};

/** Kind of record, position of the act in force, contract, working time, dates and the decision. */
export function EmploymentFields({ organisationId, values, field, kinds }: Props) {
  const { t } = useTranslation('people');
  const fixed = values.contractType === 'fixed_term' || values.contractType === 'trainee';
  return (
    <Stack>
      {kinds.length > 1 ? (
        <NativeSelect
          label={t('fields.kind')}
          description={t(`kindHints.${values.kind}`)}
          data={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          {...field('kind')}
        />
      ) : null}
      <PositionPicker organisationId={organisationId} {...field('positionId')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('fields.contractType')}
          required
          data={[
            { value: '', label: t('employment.chooseContract') },
            ...contractTypes.map((c) => ({ value: c, label: t(`contracts.${c}`) })),
          ]}
          {...field('contractType')}
        />
        <NumberInput
          label={t('fields.workingTime')}
          description={t('employment.workingTimeHint')}
          required
          min={1}
          max={100}
          suffix=" %"
          allowDecimal={false}
          allowNegative={false}
          {...field('workingTime')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('fields.startsOn')} required {...field('startsOn')} />
        {fixed ? (
          <DateField
            label={t('fields.endsOn')}
            description={t('employment.endsOnHint')}
            {...field('endsOn')}
          />
        ) : null}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('fields.actNumber')}
          description={t('employment.actNumberHint')}
          {...field('actNumber')}
        />
        <DateField label={t('fields.actDate')} {...field('actDate')} />
      </SimpleGrid>
    </Stack>
  );
}
