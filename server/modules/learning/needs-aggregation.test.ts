import { describe, expect, it } from 'vitest';
import { aggregateNeeds, writtenNeeds } from './needs-aggregation';

const c1 = '00000000-0000-4000-8000-000000000001';
const c2 = '00000000-0000-4000-8000-000000000002';

describe('aggregating training needs', () => {
  const appraisals = [
    { employeeId: 'e1', competencyId: c1, text: null },
    { employeeId: 'e1', competencyId: c1, text: ' Управни спор ' },
    { employeeId: 'e2', competencyId: c1, text: null },
    { employeeId: 'e3', competencyId: null, text: 'Енглески језик' },
  ];
  const answers = [
    { userId: 'u1', topicAreas: ['digital'], competencyIds: [c1], priority: 'high', text: '' },
    { userId: 'u2', topicAreas: ['digital', 'digital'], competencyIds: [], priority: 'low', text: 'Excel' },
  ];
  const triggers = [
    { topicArea: 'digital', competencyId: c2, people: 12 },
    { topicArea: null, competencyId: c2, people: 3 },
  ];

  it('counts distinct people per source and sorts by total', () => {
    expect(aggregateNeeds(appraisals, answers, triggers)).toEqual(
      [
        {
          key: 'topic:digital',
          competencyId: null,
          topicArea: 'digital',
          fromAppraisals: 0,
          fromSurvey: 2,
          fromTriggers: 12,
          total: 14,
          highPriority: 1,
        },
        {
          key: `competency:${c2}`,
          competencyId: c2,
          topicArea: null,
          fromAppraisals: 0,
          fromSurvey: 0,
          fromTriggers: 15,
          total: 15,
          highPriority: 0,
        },
        {
          key: `competency:${c1}`,
          competencyId: c1,
          topicArea: null,
          fromAppraisals: 2,
          fromSurvey: 1,
          fromTriggers: 0,
          total: 3,
          highPriority: 1,
        },
      ].sort((a, b) => b.total - a.total),
    );
  });

  it('keeps the written needs without names', () => {
    expect(writtenNeeds(appraisals, answers)).toEqual([
      { source: 'appraisal', text: 'Управни спор' },
      { source: 'appraisal', text: 'Енглески језик' },
      { source: 'survey', text: 'Excel' },
    ]);
  });

  it('has nothing to say about nothing', () => {
    expect(aggregateNeeds([], [], [])).toEqual([]);
  });
});
