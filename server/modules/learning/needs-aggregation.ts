/**
 * The needs analysis summary's arithmetic, kept pure so its numbers are tested without a database:
 * every source is counted per competency and per topic area; appraisal and survey sources count
 * distinct people, triggers count the people they concern.
 */
export type AppraisalNeed = { employeeId: string; competencyId: string | null; text: string | null };
export type SurveyNeed = {
  userId: string;
  topicAreas: readonly string[];
  competencyIds: readonly string[];
  priority: string;
  text: string;
};
export type TriggerNeed = { topicArea: string | null; competencyId: string | null; people: number };

export type NeedCount = {
  key: string;
  competencyId: string | null;
  topicArea: string | null;
  fromAppraisals: number;
  fromSurvey: number;
  fromTriggers: number;
  total: number;
  highPriority: number;
};

export const competencyKey = (id: string) => `competency:${id}`;
export const topicKey = (code: string) => `topic:${code}`;

type Tally = { appraisals: Set<string>; survey: Set<string>; high: Set<string>; triggers: number };

export function aggregateNeeds(
  appraisals: readonly AppraisalNeed[],
  answers: readonly SurveyNeed[],
  triggers: readonly TriggerNeed[],
): NeedCount[] {
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => {
    let t = tallies.get(key);
    if (!t) {
      t = { appraisals: new Set(), survey: new Set(), high: new Set(), triggers: 0 };
      tallies.set(key, t);
    }
    return t;
  };
  for (const a of appraisals)
    if (a.competencyId) tally(competencyKey(a.competencyId)).appraisals.add(a.employeeId);
  for (const s of answers) {
    const keys = [...s.competencyIds.map(competencyKey), ...s.topicAreas.map(topicKey)];
    for (const key of new Set(keys)) {
      const t = tally(key);
      t.survey.add(s.userId);
      if (s.priority === 'high') t.high.add(s.userId);
    }
  }
  for (const tr of triggers) {
    if (tr.competencyId) tally(competencyKey(tr.competencyId)).triggers += tr.people;
    if (tr.topicArea) tally(topicKey(tr.topicArea)).triggers += tr.people;
  }
  return [...tallies.entries()]
    .map(([key, t]) => {
      const [kind, id] = key.split(':') as [string, string];
      const fromAppraisals = t.appraisals.size;
      const fromSurvey = t.survey.size;
      return {
        key,
        competencyId: kind === 'competency' ? id : null,
        topicArea: kind === 'topic' ? id : null,
        fromAppraisals,
        fromSurvey,
        fromTriggers: t.triggers,
        total: fromAppraisals + fromSurvey + t.triggers,
        highPriority: t.high.size,
      };
    })
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** The written needs, without names: what people typed in their appraisal or the survey. */
export function writtenNeeds(appraisals: readonly AppraisalNeed[], answers: readonly SurveyNeed[]) {
  return [
    ...appraisals.flatMap((a) =>
      a.text?.trim() ? [{ source: 'appraisal' as const, text: a.text.trim() }] : [],
    ),
    ...answers.flatMap((s) => (s.text.trim() ? [{ source: 'survey' as const, text: s.text.trim() }] : [])),
  ];
}
