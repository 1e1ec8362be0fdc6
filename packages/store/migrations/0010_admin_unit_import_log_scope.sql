-- apps/server: administrative units and the import log are kept to a province under row-level security, like
-- the year's records (0006, 0009). They had no province: any province's import could overwrite another
-- province's communes and wards (`on conflict (id) do update`), and every request read every province's units
-- and imports (who imported which file, when). The store's owner (the CLI, a try-out PGlite) is not affected.
--
-- province_id: the province of the request that writes the row (the column default); for the owner's imports
-- @antq/store sets it: an administrative unit takes the one province of the importing year's units, else the
-- top of its chain of parents (its province-level unit); an import takes the one province of its year's units.
-- Existing rows are filled here the same way: administrative units from the one province of the store's units,
-- else from their chain of parents; imports from their year's units when those are of one province. Rows that
-- cannot be placed stay null: the owner sees them, no province's request does.
alter table admin_unit add column province_id text default nullif(current_setting('antq.province', true), '');
alter table import_log add column province_id text default nullif(current_setting('antq.province', true), '');

update admin_unit a set province_id = s.province_id
  from (select min(province_id) as province_id from unit_year having count(distinct province_id) = 1) s
 where a.province_id is null;

with recursive chain (id, at, depth) as (
  select id, id, 0 from admin_unit where province_id is null
  union all
  select c.id, a.parent_id, c.depth + 1
    from chain c join admin_unit a on a.id = c.at
   where a.type not in ('province', 'centrally-run-city') and a.parent_id is not null and c.depth < 8
), top (id, at) as (
  select distinct on (id) id, at from chain order by id, depth desc
)
update admin_unit a set province_id = t.at
  from top t left join admin_unit p on p.id = t.at
 where a.id = t.id and a.province_id is null
   and (p.id is null or p.type in ('province', 'centrally-run-city'));

update import_log l set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where l.province_id is null and s.year = l.year;

create index admin_unit_province on admin_unit (province_id, id);
create index import_log_province on import_log (province_id, id);

-- Read and written only within the request's province. An import's upsert (`insert … on conflict (id) do
-- update`) that meets another province's administrative unit is refused (the existing row fails the policy's
-- `using`, SQLSTATE 42501), never applied; the row is left as it was.
alter table admin_unit enable row level security;
create policy admin_unit_scope on admin_unit to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table import_log enable row level security;
create policy import_log_scope on import_log to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
