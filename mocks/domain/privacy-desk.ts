import type { LanguageCode, RightsRequest } from '../../src/api/types';
import { now } from '../clock';
import { getDb, getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { addDays } from './dates';
import { answers, extensionReason, inLanguage } from './desk-texts';
import { exportTimeline } from './exports';
import { isOpenRequest, moveRequest, refreshNotices, type Transition } from './rights-requests';

// The demo company's privacy desk, on the mock clock: like the export and the deletion, it runs
// lazily whenever anyone asks, and writes each step at the time it was due, so advancing the
// clock shows what a customer would see days later. It can be switched off (then requests go
// overdue) and a request set by hand (the test control) is left alone by it.

export const DESK_DAYS = { startAfter: 1, questionAnswered: 2, restrictionDone: 3, rectificationExtended: 25, rectificationDone: 40 };

function languageOf(customer: CustomerRecord): LanguageCode {
  return customer.language ?? getOrganization().defaultLanguage;
}

/** An access request stands for an export, and is answered when its file is ready. */
export function accessRequestId(exportId: string): string {
  return `req_${exportId}`;
}

function plan(request: RightsRequest, customer: CustomerRecord): Transition[] {
  const language = languageOf(customer);
  const day = (days: number) => addDays(request.createdAt, days);
  const answer = (days: number, portalPath: string | null = null): Transition => ({
    status: 'completed',
    at: day(days),
    text: inLanguage(answers[request.type] ?? answers.question!, language),
    portalPath,
  });
  const start: Transition = { status: 'in_progress', at: day(DESK_DAYS.startAfter) };
  switch (request.type) {
    case 'question':
      return [start, answer(DESK_DAYS.questionAnswered, '/data')];
    case 'restriction':
    case 'objection':
      return [start, answer(DESK_DAYS.restrictionDone)];
    case 'rectification':
      return [
        start,
        { status: 'extended', at: day(DESK_DAYS.rectificationExtended), text: inLanguage(extensionReason, language) },
        answer(DESK_DAYS.rectificationDone, '/data'),
      ];
    case 'access': {
      const record = customer.exports.find((item) => accessRequestId(item.id) === request.id);
      const readyAt = record ? exportTimeline(record, customer).readyAt : null;
      return readyAt ? [{ status: 'completed', at: readyAt, text: inLanguage(answers.access!, language), portalPath: '/export' }] : [];
    }
    case 'erasure':
      // Carried out by the scheduled deletion itself (and withdrawn by cancelling it).
      return [];
  }
}

function advance(request: RightsRequest, customer: CustomerRecord, nowMs: number): void {
  const done = new Set(request.history.map((event) => event.status));
  for (const step of plan(request, customer)) {
    if (!isOpenRequest(request)) return;
    if (done.has(step.status)) continue;
    if (Date.parse(step.at) > nowMs) return;
    moveRequest(request, step);
  }
}

export function runDesk(): void {
  const db = getDb();
  const nowMs = now().getTime();
  for (const customer of db.customers) {
    for (const request of customer.requests) {
      if (!db.desk.off && !db.desk.held.includes(request.id) && isOpenRequest(request)) advance(request, customer, nowMs);
      refreshNotices(request, nowMs);
    }
  }
}
