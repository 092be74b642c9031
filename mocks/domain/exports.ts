import type { Export } from '../../src/api/types';
import { now } from '../clock';
import { getDb } from '../db';
import type { CustomerRecord, ExportRecord } from '../model';
import { addMs, isoDate } from './dates';
import { buildExportFile } from './export-file';

// Exports are prepared "in the background": their state is derived from the mock clock, so a
// test advances the clock instead of waiting, and a demo user just waits a few seconds.

export const QUEUED_MS = 500;
export const PREPARE_MS = 4_000;
export const BULK_PREPARE_MS = 12_000;
export const LINK_TTL_MS = 7 * 86_400_000;
export const MAX_EXPORTS_PER_HOUR = 3;

export interface ExportTimeline {
  status: Export['status'];
  progress: number;
  readyAt: string | null;
  expiresAt: string | null;
}

export function exportTimeline(record: ExportRecord, customer: CustomerRecord): ExportTimeline {
  const prepareMs = customer.fixture === 'bulk' ? BULK_PREPARE_MS : PREPARE_MS;
  const elapsed = now().getTime() - Date.parse(record.createdAt);
  if (elapsed < QUEUED_MS) return { status: 'queued', progress: 0, readyAt: null, expiresAt: null };
  if (elapsed < QUEUED_MS + prepareMs) {
    const progress = Math.min(99, Math.max(1, Math.floor(((elapsed - QUEUED_MS) / prepareMs) * 100)));
    return { status: 'preparing', progress, readyAt: null, expiresAt: null };
  }
  const readyAt = addMs(record.createdAt, QUEUED_MS + prepareMs);
  const expiresAt = addMs(readyAt, LINK_TTL_MS);
  const status = Date.parse(expiresAt) <= now().getTime() ? 'expired' : 'ready';
  return { status, progress: 100, readyAt, expiresAt };
}

export function exportFileName(record: ExportRecord): string {
  return `${getDb().tenant}-data-export-${isoDate(record.createdAt)}.${record.format === 'json' ? 'json' : 'zip'}`;
}

export function exportFileOf(record: ExportRecord, customer: CustomerRecord, readyAt: string) {
  return buildExportFile(customer, record.format, record.categories, readyAt);
}

export function exportView(record: ExportRecord, customer: CustomerRecord): Export {
  const timeline = exportTimeline(record, customer);
  const done = timeline.status === 'ready' || timeline.status === 'expired';
  if (timeline.status === 'ready' && record.sizeBytes === null && timeline.readyAt) {
    record.sizeBytes = exportFileOf(record, customer, timeline.readyAt).bytes.byteLength;
  }
  return {
    id: record.id,
    format: record.format,
    categories: [...record.categories],
    status: timeline.status,
    progress: timeline.progress,
    createdAt: record.createdAt,
    readyAt: timeline.readyAt,
    expiresAt: timeline.expiresAt,
    sizeBytes: done ? record.sizeBytes : null,
    fileName: done ? exportFileName(record) : null,
  };
}
