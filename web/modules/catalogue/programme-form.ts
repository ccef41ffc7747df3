import type { TFunction } from 'i18next';
import type {
  DeliveryMode,
  Programme,
  ProgrammeCreate,
  ProgrammePart,
  TargetGroup,
} from '../../../contracts/learning-catalogue';
import { latinForm, type TextRow, textInput } from '../competencies/local-text-fields';
import type { Owner } from './programme-owners';

/** The dialog's values, shaped as the request body so that the server's field errors land on them. */
export type ProgrammeValues = {
  ownerId: string;
  code: string;
  title: TextRow;
  summary: string;
  summaryLatin: string;
  topicArea: string;
  part: ProgrammePart | '';
  competencyIds: string[];
  targetGroups: TargetGroup[];
  deliveryModes: DeliveryMode[];
  durationHours: number | string;
  durationDays: number | string;
  accreditation: Programme['accreditation'];
  registerNumber: string;
  accreditedUntil: string;
  issuesCertificate: boolean;
  completionPercent: number | string;
};

/**
 * A form of an existing programme or an empty one. A Latin or English text that merely repeats the
 * automatic one is shown empty ("Automatic"), so that changing the original keeps them in step.
 */
export function programmeValues(p: Programme | undefined, owner: Owner | undefined): ProgrammeValues {
  if (!p)
    return {
      ownerId: owner?.id ?? '',
      code: '',
      title: { name: '', nameLatin: '', nameEn: '' },
      summary: '',
      summaryLatin: '',
      topicArea: '',
      // A municipality's catalogue holds its special programme only.
      part: owner && !owner.body ? 'special' : '',
      competencyIds: [],
      targetGroups: ['all'],
      deliveryModes: ['in_person'],
      durationHours: 8,
      durationDays: 1,
      accreditation: 'none',
      registerNumber: '',
      accreditedUntil: '',
      issuesCertificate: true,
      completionPercent: 100,
    };
  const auto = (value: string, derived: string) => (value === derived ? '' : value);
  return {
    ownerId: p.ownerId,
    code: p.code,
    title: {
      name: p.title.name,
      nameLatin: auto(p.title.nameLatin, latinForm(p.title.name, p.countryCode)),
      nameEn: auto(p.title.nameEn, p.title.nameLatin),
    },
    summary: p.summary,
    summaryLatin: auto(p.summaryLatin, latinForm(p.summary, p.countryCode)),
    topicArea: p.topicArea,
    part: p.part,
    competencyIds: p.competencyIds,
    targetGroups: p.targetGroups,
    deliveryModes: p.deliveryModes,
    durationHours: p.durationHours,
    durationDays: p.durationDays,
    accreditation: p.accreditation,
    registerNumber: p.registerNumber ?? '',
    accreditedUntil: p.accreditedUntil ?? '',
    issuesCertificate: p.issuesCertificate,
    completionPercent: p.completionPercent,
  };
}

/** The fields the create and update requests share; empty texts become null, automatic forms filled. */
export function programmeBody(v: ProgrammeValues, countryCode: string): Omit<ProgrammeCreate, 'ownerId'> {
  const summary = v.summary.trim();
  return {
    code: v.code.trim(),
    title: textInput(v.title, countryCode),
    summary,
    summaryLatin: v.summaryLatin.trim() || latinForm(summary, countryCode),
    topicArea: v.topicArea,
    // An empty choice goes as it is: the server names the field.
    part: v.part as ProgrammePart,
    competencyIds: v.competencyIds,
    targetGroups: v.targetGroups,
    deliveryModes: v.deliveryModes,
    durationHours: Number(v.durationHours),
    durationDays: Number(v.durationDays),
    accreditation: v.accreditation,
    registerNumber: v.registerNumber.trim() || null,
    accreditedUntil: v.accreditedUntil || null,
    issuesCertificate: v.issuesCertificate,
    completionPercent: Number(v.completionPercent),
  };
}

/** What the browser checks before sending; the server checks everything again. */
export function validateProgramme(v: ProgrammeValues, t: TFunction) {
  const positive = (n: number | string) => typeof n === 'number' && n > 0;
  return {
    code: v.code.trim() ? null : t('catalogue:validation.codeRequired'),
    'title.name': v.title.name.trim() ? null : t('catalogue:validation.titleRequired'),
    topicArea: v.topicArea ? null : t('catalogue:validation.topicAreaRequired'),
    part: v.part ? null : t('catalogue:validation.partRequired'),
    targetGroups: v.targetGroups.length > 0 ? null : t('catalogue:validation.targetGroupsRequired'),
    deliveryModes: v.deliveryModes.length > 0 ? null : t('catalogue:validation.deliveryModesRequired'),
    durationHours: positive(v.durationHours) ? null : t('catalogue:validation.hoursRequired'),
    durationDays: positive(v.durationDays) ? null : t('catalogue:validation.daysRequired'),
    completionPercent: positive(v.completionPercent) ? null : t('catalogue:validation.percentRequired'),
  };
}
