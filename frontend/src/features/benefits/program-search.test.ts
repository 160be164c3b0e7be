import { describe, expect, it } from 'vitest';
import { applySearchChange, readProgramSearch, writeProgramSearch } from './program-search';

describe('the program page’s filters in the URL', () => {
  it('reads what it knows and drops the rest', () => {
    expect(readProgramSearch(new URLSearchParams('commune=29956&finding=UNFULFILLED&page=2&size=50&state=FULFILLED'))).toEqual({
      communeCode: '29956',
      finding: 'UNFULFILLED',
      page: 2,
      size: 50,
      state: 'FULFILLED',
      listPage: 0,
      listSize: 20,
    });
    expect(readProgramSearch(new URLSearchParams('commune=abc&finding=X&page=-1&size=7&state=NOPE&listPage=x'))).toEqual({
      communeCode: undefined,
      finding: undefined,
      page: 0,
      size: 20,
      state: undefined,
      listPage: 0,
      listSize: 20,
    });
  });

  it('writes back without the defaults, and a change clears a filter with null', () => {
    const search = readProgramSearch(new URLSearchParams('commune=29956&finding=NO_LONGER_ENTITLED&page=3'));
    expect(writeProgramSearch(search).toString()).toBe('commune=29956&finding=NO_LONGER_ENTITLED&page=3');
    const changed = applySearchChange(search, { finding: null, page: 0, state: 'ENROLLED' });
    expect(writeProgramSearch(changed).toString()).toBe('commune=29956&state=ENROLLED');
  });
});
