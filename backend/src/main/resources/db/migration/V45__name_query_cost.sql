-- A search's query in PL/pgSQL, for the reason V44 gave for a name's terms: the SQL version is a query with a CTE
-- and a self-join, which PostgreSQL parses and plans again on every call (a search called it while being planned,
-- once per place it appears). Same query for every text: checked on 1,000 benchmark terms and the edge cases
-- (several spaces, punctuation between words, nothing left of the text: null).

create or replace function gn_name_query(typed text) returns tsquery
    language plpgsql immutable parallel safe strict
as $$
declare
    words text[] := array_remove(regexp_split_to_array(regexp_replace(gn_search_key(typed), '[^[:alnum:]]+', ' ', 'g'), ' '), '');
    n int := cardinality(words);
    terms text[] := '{}';
begin
    if n = 0 then
        return null;
    end if;
    if n = 1 then
        return ('''' || words[1] || ''':*')::tsquery;
    end if;
    for i in 1..n - 1 loop
        for j in i + 1..n loop
            terms := terms || ('''|' || words[i] || '|' || words[j] || case when j = n then ''':*' else '''' end);
        end loop;
    end loop;
    return array_to_string(terms, ' & ')::tsquery;
end $$;
