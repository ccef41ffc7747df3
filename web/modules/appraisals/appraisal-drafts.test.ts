import { describe, expect, it } from 'vitest';
import {
  goalDraft,
  goalsInput,
  ratingDraft,
  ratingsInput,
  unratedCount,
  weightTotal,
} from './appraisal-drafts';

const goal = {
  id: 'g1',
  description: 'Prepare the budget',
  measure: 'Adopted by 30 June',
  weight: 60,
  dueOn: '2026-06-30',
  interimNote: null,
  rating: 4,
  comment: null,
};

describe('goals being edited', () => {
  it('starts from a saved goal or blank', () => {
    expect(goalDraft('k', goal)).toEqual({
      key: 'k',
      description: 'Prepare the budget',
      measure: 'Adopted by 30 June',
      weight: 60,
      dueOn: '2026-06-30',
    });
    expect(goalDraft('k')).toEqual({ key: 'k', description: '', measure: '', weight: '', dueOn: '' });
  });

  it('adds up the weights, an empty one counting as nothing', () => {
    expect(weightTotal([{ weight: 60 }, { weight: '' }, { weight: 40 }])).toBe(100);
    expect(weightTotal([])).toBe(0);
  });

  it('sends trimmed texts and no empty due date', () => {
    expect(
      goalsInput([{ key: 'a', description: ' Budget ', measure: 'Adopted ', weight: 100, dueOn: '' }]),
    ).toEqual({ goals: [{ description: 'Budget', measure: 'Adopted', weight: 100, dueOn: null }] });
  });
});

describe('ratings being edited', () => {
  it('round-trips a rating and turns empty text into nothing', () => {
    const rated = ratingDraft(goal);
    const unrated = ratingDraft({ id: 'c1', rating: null, comment: 'Needs training' });
    expect(rated).toEqual({ id: 'g1', rating: '4', comment: '' });
    expect(ratingsInput({ goals: [rated], competencies: [{ ...unrated, comment: '  ' }] })).toEqual({
      goals: [{ id: 'g1', rating: 4, comment: null }],
      competencies: [{ id: 'c1', rating: null, comment: null }],
    });
    expect(unratedCount({ goals: [rated], competencies: [unrated] })).toBe(1);
  });
});
