-- @antq/store schema, version 1. PostgreSQL 15 subset (runs unchanged on PGlite 0.5.x = PostgreSQL 18).
-- Every year's data hangs off dataset_year(year): deleting a year (re-import with replace) cascades.
-- Whole domain records are kept as jsonb (exactly as parsed by @antq/domain); the columns beside them are the
-- ones period queries filter and group on. Names are never sorted in SQL (no Vietnamese collation in PGlite).

create table import_log (
  id bigint generated always as identity primary key,
  year integer not null check (year between 2000 and 2100),
  imported_at timestamptz not null default now(),
  imported_by text not null,
  file_name text,
  file_sha256 text,
  rule_set_hash text,
  replaced boolean not null default false,
  counts jsonb not null
);

create table dataset_year (
  year integer primary key check (year between 2000 and 2100),
  import_id bigint not null references import_log (id)
);

create table admin_unit (
  id text primary key,
  code text not null,
  type text not null,
  parent_id text,
  valid_from date,
  valid_to date,
  doc jsonb not null
);

create table unit_year (
  year integer not null references dataset_year (year) on delete cascade,
  unit_id text not null,
  kind text not null,
  name text not null,
  province_id text not null,
  commune_id text,
  doc jsonb not null,
  primary key (year, unit_id)
);
create index unit_year_province_year on unit_year (province_id, year) include (kind, unit_id);

create table annual_facts (
  year integer not null,
  unit_id text not null,
  doc jsonb not null,
  primary key (year, unit_id),
  foreign key (year, unit_id) references unit_year (year, unit_id) on delete cascade
);

create table model_year (
  year integer not null references dataset_year (year) on delete cascade,
  model_id text not null,
  kind text not null,
  host_unit_id text,
  doc jsonb not null,
  primary key (year, model_id)
);

create table security_team_year (
  year integer not null references dataset_year (year) on delete cascade,
  team_id text not null,
  commune_id text not null,
  doc jsonb not null,
  primary key (year, team_id)
);

create table activity (
  year integer not null references dataset_year (year) on delete cascade,
  activity_id text not null,
  kind text not null,
  unit_id text,
  admin_unit_id text,
  doc jsonb not null,
  primary key (year, activity_id)
);

create table award (
  year integer not null references dataset_year (year) on delete cascade,
  award_id text not null,
  form text not null,
  issuer_kind text not null,
  recipient_kind text not null,
  award_date date not null,
  doc jsonb not null,
  primary key (year, award_id)
);

create table plan (
  year integer not null references dataset_year (year) on delete cascade,
  plan_id text not null,
  doc jsonb not null,
  primary key (year, plan_id)
);

create table score_sheet (
  year integer not null references dataset_year (year) on delete cascade,
  ordinal integer not null,
  doc jsonb not null,
  primary key (year, ordinal)
);

-- Assessment results with their provenance, so a past year can be replayed and compared.
create table assessment_run (
  id bigint generated always as identity primary key,
  year integer not null references dataset_year (year) on delete cascade,
  created_at timestamptz not null default now(),
  created_by text not null,
  rule_set_hash text not null,
  versions jsonb not null,
  options jsonb not null
);
create index assessment_run_year on assessment_run (year, id);

create table assessment_result (
  run_id bigint not null references assessment_run (id) on delete cascade,
  unit_id text not null,
  overall text not null,
  score numeric,
  criteria jsonb not null,
  primary key (run_id, unit_id)
);
