import type { Locale } from '../../contracts/access';
import type { QuestionStatus } from '../../contracts/advisory-questions';
import type { SeedCountry } from './seed-latin';

/** A law of an association's register; `key` is how the answers and questions below cite it. */
export type LawEntry = {
  key: string;
  title: string;
  gazette: string;
  amendedOn?: string;
  note?: string;
};

/** A cited article: the law's key and the article as written ("49" or "49, ст. 2"). */
export type RefEntry = readonly [law: string, article: string];

/** A published knowledge-base entry, already anonymised. */
export type AnswerEntry = {
  key: string;
  area: string;
  subtopic: string;
  locale: Locale;
  title: string;
  question: string;
  answer: string;
  refs: readonly RefEntry[];
  checkedOn: string;
  publishedAt: string;
  helpful: readonly [yes: number, no: number];
};

/** A message of the conversation, `ago` working days before today. */
export type MessageEntry = { kind: 'ask_back' | 'reply' | 'answer'; ago: number; text: string };

/** An open or closed question of a demo municipality, with its dates relative to today. */
export type QuestionEntry = {
  from: string;
  asker: string;
  title: string;
  text: string;
  locale: Locale;
  area: string;
  subtopic: string;
  refs: readonly RefEntry[];
  status: QuestionStatus;
  /** Submitted this many working days before today. */
  ago: number;
  messages: readonly MessageEntry[];
  /** Working days left when the expert asked back (status needs_info). */
  daysLeft?: number;
  /** The published knowledge-base entry made from it. */
  answer?: string;
};

/** An association's part of the demo: its register, its knowledge base and its questions. */
export type AdvisoryPlan = {
  country: SeedCountry;
  body: string;
  expert: string;
  laws: readonly LawEntry[];
  answers: readonly AnswerEntry[];
  questions: readonly QuestionEntry[];
};
