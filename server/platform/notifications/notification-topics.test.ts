import { describe, expect, it } from 'vitest';
import { channelsByTopic, topicOf } from './notification-topics';

describe('notification topics', () => {
  it('maps templates by family, unknown families to the default topic', () => {
    expect(topicOf('question_answered')).toBe('advice');
    expect(topicOf('training_reminder')).toBe('learning');
    expect(topicOf('needs_survey_open')).toBe('learning');
    expect(topicOf('appraisal_rated')).toBe('appraisals');
    expect(topicOf('practice_published')).toBe('practices');
    expect(topicOf('bulletin_weekly')).toBe('network');
    expect(topicOf('something_new')).toBe('network');
  });

  it('fills every topic with defaults around what the user chose', () => {
    const all = channelsByTopic({ advice: { email: false, inApp: true } });
    expect(all.advice).toEqual({ email: false, inApp: true });
    expect(all.learning).toEqual({ email: true, inApp: true });
    expect(Object.keys(all)).toHaveLength(6);
  });
});
