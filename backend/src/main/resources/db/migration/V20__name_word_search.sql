-- Household search matches the words of members' names instead of trigrams. Vietnamese names are a few syllables
-- drawn from a small stock: trigrams such as "thi", "van" and "ngu" occur in most names, so every search scanned and
-- rechecked a large part of the trigram index, then looked up the household of every matching member. Single
-- syllables are common too ("Nguyễn", "Văn" and "Thị" each stand in a large share of names), so the terms also hold
-- every ordered pair of a name's words: "nguyen van an" reads the short lists of the pairs (nguyen, van),
-- (nguyen, an…) and (van, an…) instead of the long lists of its single words, and the planner's statistics of those
-- terms estimate the matches closely. The terms of all current members are kept on the household row, whose index
-- answers a search of one or two words without visiting members; with more words, only the households found are
-- confirmed on their members.

-- The terms of a search key (gn_search_key): each word (a run of letters and digits, so "H'Hen", "H-Hen" and
-- "H Hen" agree) and each ordered pair of words at two different places, written '|first|second' so that no prefix
-- of a single word ever reaches a pair: 'nguyen van an' -> an nguyen van |an|nguyen |an|van |nguyen|an … |van|nguyen
create function gn_name_words(search_key text) returns tsvector
    language sql immutable parallel safe strict
as $$
    with w as (select word, n
               from unnest(regexp_split_to_array(btrim(regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g')), ' '))
                        with ordinality as t(word, n)
               where word <> '')
    select array_to_tsvector(array(select word from w
                                   union all
                                   select '|' || a.word || '|' || b.word from w a join w b on a.n <> b.n))
$$;

-- What a clerk types, as a query on those terms. Every typed word is a whole word of the name, in any order, and
-- the last one may be the start of a word (it may still be being typed); two typed words are two different words
-- of the name, so "minh minh" finds "Lê Minh Minh", not every Minh. One word: 'an':*. More: every pair of them, the
-- pairs ending in the last one as a prefix: "nguyen van a" -> '|nguyen|van' & '|nguyen|a':* & '|van|a':*. Null when
-- nothing is left of the text, which matches no name. Only letters, digits and '|' reach the tsquery text, so no
-- typed text can break its syntax.
create function gn_name_query(typed text) returns tsquery
    language sql immutable parallel safe strict
as $$
    with w as (select word, n
               from unnest(regexp_split_to_array(btrim(regexp_replace(gn_search_key(typed), '[^[:alnum:]]+', ' ', 'g')), ' '))
                        with ordinality as t(word, n)
               where word <> '')
    select (case when (select count(*) from w) = 1 then (select '''' || word || ''':*' from w)
                 else (select string_agg('''|' || a.word || '|' || b.word
                                         || case when b.n = (select max(n) from w) then ''':*' else '''' end, ' & ')
                       from w a join w b on a.n < b.n)
            end)::tsquery
$$;

-- A member's terms, stored: a search confirms on them that the terms of a query with more than two words meet in
-- one member, and the household's terms are gathered from them. (A generated column cannot read another one, so the
-- search key is derived again; name_key served only the trigram search and goes with its index.)
drop index ix_member_name_trgm;
alter table household_member drop column name_key;
alter table household_member
    add column name_words tsvector generated always as (gn_name_words(gn_search_key(full_name))) stored;

-- The terms of the household's current members, in step with them through the triggers below. One term (a query of
-- one or two words) is in a household's terms exactly when it is in one of its members' terms.
alter table household add column name_words tsvector not null default '';

create function gn_refresh_household_name_words(households uuid[]) returns void
    language sql volatile
as $$
    update household h
    set name_words = w.terms
    from (select x.id, coalesce(array_to_tsvector(array_agg(distinct t.term) filter (where t.term is not null)), '') as terms
          from unnest(households) as x(id)
          left join household_member m on m.household_id = x.id and m.left_on is null
          left join lateral unnest(tsvector_to_array(m.name_words)) as t(term) on true
          group by x.id) w
    where h.id = w.id and h.name_words is distinct from w.terms
$$;

-- per statement, so a bulk load refreshes each household once
create function household_member_names_changed() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform gn_refresh_household_name_words(array(select distinct household_id from new_members));
    elsif tg_op = 'UPDATE' then
        perform gn_refresh_household_name_words(array(select household_id from old_members
                                                      union select household_id from new_members));
    else
        perform gn_refresh_household_name_words(array(select distinct household_id from old_members));
    end if;
    return null;
end $$;
create trigger household_member_inserted after insert on household_member
    referencing new table as new_members
    for each statement execute function household_member_names_changed();
create trigger household_member_updated after update on household_member
    referencing old table as old_members new table as new_members
    for each statement execute function household_member_names_changed();
create trigger household_member_deleted after delete on household_member
    referencing old table as old_members
    for each statement execute function household_member_names_changed();

select gn_refresh_household_name_words(array(select id from household));

-- A small pending list: a bulk load still batches its index entries (half the time of inserting each at once),
-- and a search reads at most 128 kB of recent changes besides the index.
create index ix_household_name_words on household using gin (name_words) with (gin_pending_list_limit = 128);

analyze household;
analyze household_member;
