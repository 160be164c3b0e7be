import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH, parseListSearch, toApiQuery, toSearchParams, withFilter } from './list-search';

describe('household list search in the URL', () => {
  it('reads the query string, pages counted from 1 for people and from 0 for the API', () => {
    const search = parseListSearch(new URLSearchParams('q=nguyen+van&commune=29956&hamlet=29956-01&status=all&page=3&size=50&sort=HEAD_NAME'));
    expect(search).toEqual({
      q: 'nguyen van',
      communeCode: '29956',
      hamletCode: '29956-01',
      status: 'all',
      sort: 'HEAD_NAME',
      page: 2,
      size: 50,
    });
    expect(toApiQuery(search)).toEqual({
      q: 'nguyen van',
      communeCode: '29956',
      hamletCode: '29956-01',
      page: 2,
      size: 50,
      sort: 'HEAD_NAME',
    });
  });

  it('falls back to defaults for missing or bad values', () => {
    expect(parseListSearch(new URLSearchParams('page=-1&size=7&sort=NAME&status=x'))).toEqual(DEFAULT_SEARCH);
    expect(toApiQuery(DEFAULT_SEARCH)).toEqual({ page: 0, size: 20, sort: 'CODE', archived: false });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(toSearchParams(DEFAULT_SEARCH).toString()).toBe('');
    const search = { ...DEFAULT_SEARCH, q: 'tran', status: 'archived' as const, page: 1 };
    expect(toSearchParams(search).toString()).toBe('q=tran&status=archived&page=2');
    expect(parseListSearch(toSearchParams(search))).toEqual(search);
  });

  it('starts at the first page when a filter changes, and drops the hamlet with the commune', () => {
    const search = { ...DEFAULT_SEARCH, communeCode: '29956', hamletCode: '29956-01', page: 4 };
    expect(withFilter(search, { q: 'le' }).page).toBe(0);
    expect(withFilter(search, { page: 2 }).page).toBe(2);
    expect(withFilter(search, { communeCode: '29971' }).hamletCode).toBeUndefined();
  });

  it('keeps a commune officer in their commune whatever the URL says', () => {
    const search = { ...DEFAULT_SEARCH, communeCode: '29971', hamletCode: '29971-03' };
    const query = toApiQuery(search, '29956');
    expect(query.communeCode).toBe('29956');
    expect(query.hamletCode).toBeUndefined();
  });
});
