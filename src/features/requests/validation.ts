import { requestRules, textLength } from '../../api/contract-rules';
import type { RequestType } from '../../api/types';

export const MESSAGE_MAX = requestRules.RightsRequestInput.message.maxLength;

export type MessageProblem = 'required' | 'tooLong';
export interface DraftProblems {
  type?: 'required';
  message?: MessageProblem;
}

/** The message as it will be sent (trimmed), counted as the contract counts. */
export function messageLength(text: string): number {
  return textLength(text.trim());
}

/** A correction or a question needs the person's words; a restriction or objection may go without. */
export function needsMessage(type: RequestType | null): boolean {
  return type === 'rectification' || type === 'question';
}

/** The checks the server makes, so the person hears them before sending rather than after a 422. */
export function validateDraft(type: RequestType | null, message: string): DraftProblems {
  const problems: DraftProblems = {};
  if (!type) problems.type = 'required';
  const length = messageLength(message);
  if (length > MESSAGE_MAX) problems.message = 'tooLong';
  else if (length === 0 && needsMessage(type)) problems.message = 'required';
  return problems;
}
