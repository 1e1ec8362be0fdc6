-- apps/server workflow: a commune submits its year, the province approves it (or returns it); an approved
-- commune-year is locked against changes. One row per commune and year; every change is audited by the server.
create table commune_year_status (
  year integer not null check (year between 2000 and 2100),
  province_id text not null,
  commune_id text not null,
  status text not null check (status in ('submitted', 'approved', 'returned')),
  changed_at timestamptz not null default now(),
  changed_by text not null,
  primary key (year, commune_id)
);

grant select, insert, update on commune_year_status to antq_app;
alter table commune_year_status enable row level security;
create policy commune_year_status_scope on commune_year_status to antq_app
  using (
    province_id = current_setting('antq.province', true)
    and (coalesce(current_setting('antq.commune', true), '') = '' or commune_id = current_setting('antq.commune', true))
  )
  with check (
    province_id = current_setting('antq.province', true)
    and (coalesce(current_setting('antq.commune', true), '') = '' or commune_id = current_setting('antq.commune', true))
  );
