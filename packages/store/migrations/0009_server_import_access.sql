-- apps/server: a province's import runs as the restricted role antq_app under row-level security, not as the
-- store's owner, so that an import cannot write another province's rows even if the server's own check is
-- bypassed. (PostgreSQL refuses COPY FROM for a role under row-level security: the server copies into a
-- temporary table and inserts from it.) The CLI, as the owner, is not affected.

-- Plans and score sheets had no province: the province of the request that writes them, else (the owner's
-- imports) backfilled as 0004 did, from the year's units when they are of one province.
alter table plan add column province_id text default nullif(current_setting('antq.province', true), '');
alter table score_sheet add column province_id text default nullif(current_setting('antq.province', true), '');
update plan a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;
update score_sheet a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;
create index plan_province_year on plan (province_id, year);

grant insert, update on import_log, admin_unit to antq_app;
-- update: only so that `select … for share` may lock a year (the policy below allows no actual change).
grant insert, update, delete on dataset_year to antq_app;
grant insert, update, delete on model_year, security_team_year, activity, award, plan, score_sheet,
  typical_registration, award_proposal to antq_app;

-- Whether a year holds rows of a province other than the request's: run as the owner (security definer),
-- since under row-level security the request could not see them.
create function antq_year_has_other_province(y integer) returns boolean
  language sql stable security definer set search_path = public as $$
  select exists (
    select 1 from unit_year where year = y and province_id is distinct from current_setting('antq.province', true)
  )
$$;
revoke all on function antq_year_has_other_province(integer) from public;
grant execute on function antq_year_has_other_province(integer) to antq_app;

-- Replacing a year deletes its rows by cascade, which row-level security does not check: a year holding
-- another province's units cannot be replaced (nor its dataset_year row deleted) by this province.
alter table dataset_year enable row level security;
create policy dataset_year_read on dataset_year for select to antq_app using (true);
create policy dataset_year_insert on dataset_year for insert to antq_app with check (true);
create policy dataset_year_delete on dataset_year for delete to antq_app
  using (not antq_year_has_other_province(year));
create policy dataset_year_lock on dataset_year for update to antq_app using (true) with check (false);

-- The year's records of one province: read and written only within the request's province.
alter table model_year enable row level security;
create policy model_year_scope on model_year to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table security_team_year enable row level security;
create policy security_team_year_scope on security_team_year to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table activity enable row level security;
create policy activity_scope on activity to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table award enable row level security;
create policy award_scope on award to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table plan enable row level security;
create policy plan_scope on plan to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table score_sheet enable row level security;
create policy score_sheet_scope on score_sheet to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table typical_registration enable row level security;
create policy typical_registration_scope on typical_registration to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));
alter table award_proposal enable row level security;
create policy award_proposal_scope on award_proposal to antq_app
  using (province_id = current_setting('antq.province', true))
  with check (province_id = current_setting('antq.province', true));

-- A commune officer's reads (row-level security adds commune_id = their commune to every unit_year query):
-- the year's units of one commune by id, without walking the whole province's year.
create index unit_year_year_commune on unit_year (year, commune_id, unit_id);
