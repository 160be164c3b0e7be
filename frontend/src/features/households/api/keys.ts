import type { HouseholdListQuery } from '../list-search';

export const householdKeys = {
  all: ['households'] as const,
  lists: () => [...householdKeys.all, 'list'] as const,
  list: (query: HouseholdListQuery) => [...householdKeys.lists(), query] as const,
  detail: (householdId: string) => [...householdKeys.all, 'detail', householdId] as const,
  history: (householdId: string) => [...householdKeys.all, 'history', householdId] as const,
  historyPage: (householdId: string, page: number, size: number) =>
    [...householdKeys.history(householdId), page, size] as const,
  classifications: (householdId: string) => [...householdKeys.all, 'classification', householdId] as const,
  classification: (householdId: string, date: string, language: string) =>
    [...householdKeys.classifications(householdId), date, language] as const,
};
