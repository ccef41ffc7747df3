import {
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Competency,
  type CompetencyGroup,
  type CompetencyKind,
  competencyGroups,
} from '../../../contracts/competencies';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useLatinNameSync } from '../../components/latin-name';
import { fieldErrorSink } from '../people/form-errors';
import { useRefreshCompetencies } from './competencies-queries';
import { kindOrder } from './competency-labels';
import { IndicatorFields } from './indicator-fields';
import {
  emptyText,
  LocalTextFields,
  latinForm,
  PartLegend,
  type TextRow,
  textInput,
} from './local-text-fields';

/** Which framework the dialog writes to: the country's (no organisation) or a municipality's own. */
export type CompetencyDialogTarget = {
  countryCode: string;
  organisationId: string | null;
  /** Editing this entry; absent when adding one. */
  competency?: Competency;
};

export type CompetencyValues = TextRow & {
  code: string;
  kind: CompetencyKind;
  field: string;
  groups: CompetencyGroup[];
  indicators: Array<TextRow & { group: CompetencyGroup }>;
  /** One row per level 1–5; a row left empty is not described. */
  levels: TextRow[];
  active: boolean;
};

const levelNumbers = [1, 2, 3, 4, 5] as const;
const frameworkKinds = kindOrder.filter((k) => k !== 'special_functional');
const textOf = (t: TextRow): TextRow => ({ name: t.name, nameLatin: t.nameLatin, nameEn: t.nameEn });

/** A stable code from the Latin name: "Upravljanje budžetom" → "upravljanje_budzetom". */
function codeFrom(text: string): string {
  return text
    .replace(/[đĐ]/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

function initialValues({ organisationId, competency: c }: CompetencyDialogTarget): CompetencyValues {
  return {
    ...(c ? textOf(c) : emptyText),
    code: c?.code ?? '',
    kind: c?.kind ?? (organisationId ? 'special_functional' : 'behavioural'),
    field: c?.field ?? '',
    groups: c?.groups ?? ['executive'],
    indicators: c?.indicators.map((i) => ({ ...textOf(i), group: i.group })) ?? [],
    levels: levelNumbers.map((n) => {
      const level = c?.levels.find((l) => l.level === n);
      return level ? textOf(level) : emptyText;
    }),
    active: c?.active ?? true,
  };
}

/**
 * Add or change a competency: a national administrator edits the country framework, an HR officer
 * their municipality's special functional competencies (with the field of work they belong to).
 */
export function CompetencyDialog({
  target,
  onClose,
}: {
  target: CompetencyDialogTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const { t: tc } = useTranslation();
  const refresh = useRefreshCompetencies();
  const { countryCode, organisationId, competency } = target;
  const special = Boolean(organisationId);
  const form = useForm<CompetencyValues>({
    initialValues: initialValues(target),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.nameRequired')),
      code: (v) => (competency || /^[a-z0-9_]{2,40}$/.test(v) ? null : t('validation.code')),
      field: (v) => (!special || v.trim() ? null : t('validation.fieldRequired')),
      groups: (v) => (v.length > 0 ? null : t('validation.groupsRequired')),
      indicators: { name: (v) => (v.trim() ? null : t('validation.indicatorRequired')) },
    },
  });
  // Serbian names are typed in Cyrillic; the Latin form (and from it the code) follows until edited.
  const latin = useLatinNameSync(form, () => countryCode === 'RS');
  const autoCode = useRef(!competency);
  const followCode = (latinName: string) => {
    if (autoCode.current) form.setFieldValue('code', codeFrom(latinName));
  };

  const save = useMutation({
    mutationFn: (v: CompetencyValues) => {
      const groups = competencyGroups.filter((g) => v.groups.includes(g));
      const body = {
        ...textInput(v, countryCode),
        groups,
        indicators: v.indicators
          .filter((i) => groups.includes(i.group))
          .map((i) => ({ ...textInput(i, countryCode), group: i.group })),
        levels: v.levels.flatMap((l, i) =>
          l.name.trim() ? [{ ...textInput(l, countryCode), level: i + 1 }] : [],
        ),
        field: special ? v.field.trim() : null,
        active: v.active,
      };
      if (competency) return api.patch<Competency>(`/competencies/${competency.id}`, body);
      return api.post<Competency>('/competencies', {
        ...body,
        countryCode,
        organisationId,
        code: v.code,
        kind: v.kind,
      });
    },
    onSuccess: async () => {
      await refresh();
      notifySuccess(competency ? t('dialog.saved') : t('dialog.created'));
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  const title = competency
    ? t('dialog.editTitle')
    : special
      ? t('dialog.createSpecialTitle')
      : t('dialog.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} centered size="xl">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {special ? (
              <TextInput
                label={t('fields.field')}
                description={t('dialog.fieldHint')}
                required
                {...form.getInputProps('field')}
              />
            ) : (
              <NativeSelect
                label={t('fields.kind')}
                disabled={Boolean(competency)}
                data={frameworkKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                {...form.getInputProps('kind')}
              />
            )}
            {competency ? null : (
              <TextInput
                label={t('fields.code')}
                description={t('dialog.codeHint')}
                required
                {...form.getInputProps('code')}
                onChange={(e) => {
                  autoCode.current = false;
                  form.setFieldValue('code', e.currentTarget.value);
                }}
              />
            )}
          </SimpleGrid>
          <LocalTextFields
            form={form}
            prefix=""
            label={t('fields.name')}
            required
            autoFocus
            onNameChange={(value) => {
              latin.onNameChange(value);
              followCode(form.getValues().nameLatin || latinForm(value, countryCode));
            }}
            onNameLatinChange={(value) => {
              latin.onNameLatinChange(value);
              followCode(value);
            }}
          />
          <Text size="xs" c="dimmed">
            {t('dialog.textsHint')}
          </Text>
          <Checkbox.Group label={t('fields.groups')} required {...form.getInputProps('groups')}>
            <Group gap="lg" mt={4}>
              {competencyGroups.map((g) => (
                <Checkbox key={g} value={g} label={t(`groups.${g}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <IndicatorFields form={form} />
          <Fieldset legend={<PartLegend>{t('details.levels')}</PartLegend>} variant="unstyled">
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('dialog.levelsHint')}
              </Text>
              {levelNumbers.map((n, i) => (
                <LocalTextFields
                  key={n}
                  form={form}
                  prefix={`levels.${i}.`}
                  label={t('details.level', { level: n })}
                  multiline
                />
              ))}
            </Stack>
          </Fieldset>
          <Switch
            label={t('fields.active')}
            description={t('dialog.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <DialogActions
            submitLabel={competency ? tc('actions.save') : t('dialog.create')}
            onCancel={onClose}
            loading={save.isPending}
            testId="competency-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
