import { formatDate, parseDisplayDate } from '@/lib/format';
import type { AuditKind } from '@/lib/api/types';
import type { AuditEventQuery } from './api/get-audit-events';

export const AUDIT_KINDS: readonly AuditKind[] = ['READ', 'WRITE', 'EXPORT', 'PARTNER'];

export interface AuditSearch {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  kind: AuditKind | '';
  /** ISO dates */
  from: string;
  to: string;
  page: number;
  size: number;
}

export const DEFAULT_AUDIT_SEARCH: AuditSearch = {
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  kind: '',
  from: '',
  to: '',
  page: 0,
  size: 20,
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '20');
  const date = (name: string) => {
    const v = params.get(name) ?? '';
    return ISO.test(v) ? v : '';
  };
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    kind: AUDIT_KINDS.includes(params.get('kind') as AuditKind) ? (params.get('kind') as AuditKind) : '',
    from: date('from'),
    to: date('to'),
    page: Number.isInteger(page) && page > 0 ? page - 1 : 0,
    size: [10, 20, 50, 100].includes(size) ? size : 20,
  };
}

export function auditSearchParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['actor', 'action', 'entityType', 'entityId', 'kind', 'from', 'to'] as const) {
    if (search[key].trim()) params.set(key, search[key].trim());
  }
  if (search.page > 0) params.set('page', String(search.page + 1));
  if (search.size !== 20) params.set('size', String(search.size));
  return params;
}

/** from/to are whole days in the user's time zone; the API's upper bound is exclusive. */
export function auditApiQuery(search: AuditSearch): AuditEventQuery {
  const query: AuditEventQuery = { page: search.page, size: search.size };
  if (search.actor.trim()) query.actor = search.actor.trim();
  if (search.action.trim()) query.action = search.action.trim();
  if (search.entityType.trim()) query.entityType = search.entityType.trim();
  if (search.entityId.trim()) query.entityId = search.entityId.trim();
  if (search.kind) query.kind = search.kind;
  if (search.from) query.from = new Date(`${search.from}T00:00:00`).toISOString();
  if (search.to) {
    const end = new Date(`${search.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    query.to = end.toISOString();
  }
  return query;
}

export const toDisplay = formatDate;
export const fromDisplay = (text: string): string | null => (text.trim() ? parseDisplayDate(text) : '');
