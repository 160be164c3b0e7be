import type { TFunction } from 'i18next';
import type { FieldChange } from '@/lib/api/types';
import { formatDate, formatDateTime, formatVnd } from '@/lib/format';
import { DATE_FIELDS, FIELD_ENUM, MONEY_FIELDS, TIMESTAMP_FIELDS, enumLabel } from './labels';

/** "members[2].citizenId" / "members/2/citizenId" / "housing.wallMaterial" → ["members", "citizenId"] etc. */
function segments(field: string): string[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((s) => s !== '' && !/^\d+$/.test(s));
}

/** The label of a changed field in the user's language; the raw name when it is unknown. */
export function fieldLabel(t: TFunction, field: string): string {
  const parts = segments(field);
  const last = parts[parts.length - 1] ?? field;
  const label = t(`households.fieldLabels.${last}`, { defaultValue: '' });
  return label || field;
}

/** A value before or after a change, readable: enum labels, dd/MM/yyyy dates, VND, yes/no. */
export function formatChangeValue(t: TFunction, field: string, value: unknown, language: string): string {
  if (value === null || value === undefined || value === '') return t('households.history.empty');
  const parts = segments(field);
  const last = parts[parts.length - 1] ?? field;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('households.history.empty');
    return value.map((v) => formatChangeValue(t, field, v, language)).join(', ');
  }
  if (typeof value === 'string') {
    const group = FIELD_ENUM[last];
    if (group) return enumLabel(t, group, value);
    if (DATE_FIELDS.has(last)) return formatDate(value);
    if (TIMESTAMP_FIELDS.has(last)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') {
    if (MONEY_FIELDS.has(last)) return formatVnd(value, language);
    return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US').format(value);
  }
  return JSON.stringify(value);
}

export interface ReadableChange {
  label: string;
  from: string;
  to: string;
  /** The field had no value before (a registration or a newly filled field): only the new value is shown. */
  added: boolean;
  /** The member the change belongs to, for "members[Nguyễn Văn An].dateOfBirth"; undefined for the household. */
  member?: string;
}

const MEMBER_FIELD = /^members\[([^\]]+)\]/;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

export function readableChanges(t: TFunction, changes: FieldChange[] | undefined, language: string): ReadableChange[] {
  return (changes ?? []).map((c) => {
    // identity numbers arrive masked, or not at all
    const show = (value: unknown) =>
      c.masked && isEmpty(value) ? t('households.history.masked') : formatChangeValue(t, c.field, value, language);
    const memberKey = MEMBER_FIELD.exec(c.field)?.[1];
    return {
      label: fieldLabel(t, c.field),
      from: show(c.from),
      to: show(c.to),
      added: isEmpty(c.from),
      member: memberKey && !/^\d+$/.test(memberKey) ? memberKey : undefined,
    };
  });
}

/** Household changes first, then each member's, in the order they came. */
export function groupByMember(changes: ReadableChange[]): { member?: string; changes: ReadableChange[] }[] {
  const groups: { member?: string; changes: ReadableChange[] }[] = [];
  for (const change of changes) {
    let group = groups.find((g) => g.member === change.member);
    if (!group) {
      group = { member: change.member, changes: [] };
      if (change.member === undefined) groups.unshift(group);
      else groups.push(group);
    }
    group.changes.push(change);
  }
  return groups;
}

export function actionLabel(t: TFunction, action: string): string {
  return t(`households.history.actions.${action}`, { defaultValue: action });
}
