import type { AppraisalGoal, GoalsInput, RatingsInput } from '../../../contracts/appraisals';

/** A goal row being edited: inputs hold text, an empty weight is '' until typed. */
export type GoalDraft = {
  key: string;
  description: string;
  measure: string;
  weight: number | '';
  dueOn: string;
};

export const goalDraft = (key: string, goal?: AppraisalGoal): GoalDraft => ({
  key,
  description: goal?.description ?? '',
  measure: goal?.measure ?? '',
  weight: goal?.weight ?? '',
  dueOn: goal?.dueOn ?? '',
});

/** The goals' weights added up (the law wants 100 %). */
export const weightTotal = (goals: ReadonlyArray<Pick<GoalDraft, 'weight'>>) =>
  goals.reduce((sum, g) => sum + (g.weight === '' ? 0 : g.weight), 0);

/** The rows as `PUT …/goals` takes them. */
export const goalsInput = (goals: readonly GoalDraft[]): GoalsInput => ({
  goals: goals.map((g) => ({
    description: g.description.trim(),
    measure: g.measure.trim(),
    weight: g.weight === '' ? 0 : g.weight,
    dueOn: g.dueOn || null,
  })),
});

/** A goal's or competency's rating being edited: '' while not rated. */
export type RatingDraft = { id: string; rating: string; comment: string };

export const ratingDraft = (item: {
  id: string;
  rating: number | null;
  comment: string | null;
}): RatingDraft => ({
  id: item.id,
  rating: item.rating === null ? '' : String(item.rating),
  comment: item.comment ?? '',
});

const ratingInput = (d: RatingDraft) => ({
  id: d.id,
  rating: d.rating === '' ? null : Number(d.rating),
  comment: d.comment.trim() || null,
});

/** The rating rows as `PUT …/ratings` takes them. */
export const ratingsInput = (values: {
  goals: RatingDraft[];
  competencies: RatingDraft[];
}): RatingsInput => ({
  goals: values.goals.map(ratingInput),
  competencies: values.competencies.map(ratingInput),
});

/** How many rows still lack a rating (the rating cannot be submitted before all are rated). */
export const unratedCount = (values: { goals: RatingDraft[]; competencies: RatingDraft[] }) =>
  [...values.goals, ...values.competencies].filter((d) => d.rating === '').length;
