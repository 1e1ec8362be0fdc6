-- apps/server (a province's shared antq): accounts, server-side sessions, personal access tokens, login
-- throttling and the append-only audit log; and row-level security for the server's non-owner role
-- antq_app, keyed on settings made inside each request's transaction:
--   set local role antq_app;
--   select set_config('antq.province', '<province id>', true), set_config('antq.commune', '<commune id or empty>', true);
-- Policies apply to antq_app only: the store's owner (the CLI, imports) is not affected.

create table account (
  id bigint generated always as identity primary key,
  login text not null unique check (login ~ '^[a-z0-9._-]{3,64}$'),
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('province_admin', 'province_officer', 'commune_officer', 'read_only')),
  province_id text not null,
  commune_id text,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  check ((role = 'commune_officer') = (commune_id is not null))
);

-- Only the SHA-256 of a session's random token is stored; the token itself lives in the officer's cookie.
create table session (
  token_sha256 text primary key,
  account_id bigint not null references account (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index session_account on session (account_id);

create table access_token (
  id bigint generated always as identity primary key,
  account_id bigint not null references account (id) on delete cascade,
  token_sha256 text not null unique,
  label text not null,
  scopes text[] not null check (scopes <@ array['read', 'write']::text[] and cardinality(scopes) > 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index access_token_account on access_token (account_id);

create table login_attempt (
  id bigint generated always as identity primary key,
  login text not null,
  address text not null,
  at timestamptz not null default now(),
  succeeded boolean not null
);
create index login_attempt_login_at on login_attempt (login, at);
create index login_attempt_address_at on login_attempt (address, at);

-- Who did what, when, with the record before and after; written in the transaction of the change.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text,
  province_id text,
  commune_id text,
  before jsonb,
  after jsonb
);
create index audit_log_province_at on audit_log (province_id, at);

do $$
begin
  if not exists (select from pg_roles where rolname = 'antq_app') then
    create role antq_app nologin nobypassrls;
  end if;
end
$$;

grant usage on schema public to antq_app;
grant select on all tables in schema public to antq_app;
grant insert, update, delete on unit_year, annual_facts, assessment_run, assessment_result to antq_app;
grant insert, update on account, session, access_token to antq_app;
grant insert, delete on login_attempt to antq_app;
-- Append-only: the server's role may add to the audit log and read it, never change or delete it.
grant insert on audit_log to antq_app;
grant usage on all sequences in schema public to antq_app;

alter table unit_year enable row level security;
create policy unit_year_scope on unit_year to antq_app
  using (
    province_id = current_setting('antq.province', true)
    and (coalesce(current_setting('antq.commune', true), '') = '' or commune_id = current_setting('antq.commune', true))
  )
  with check (
    province_id = current_setting('antq.province', true)
    and (coalesce(current_setting('antq.commune', true), '') = '' or commune_id = current_setting('antq.commune', true))
  );

alter table annual_facts enable row level security;
create policy annual_facts_scope on annual_facts to antq_app
  using (exists (select 1 from unit_year u where u.year = annual_facts.year and u.unit_id = annual_facts.unit_id))
  with check (exists (select 1 from unit_year u where u.year = annual_facts.year and u.unit_id = annual_facts.unit_id));

alter table assessment_result enable row level security;
create policy assessment_result_scope on assessment_result to antq_app
  using (
    exists (
      select 1 from assessment_run r join unit_year u on u.year = r.year and u.unit_id = assessment_result.unit_id
       where r.id = assessment_result.run_id
    )
  );

alter table audit_log enable row level security;
create policy audit_log_read on audit_log for select to antq_app
  using (
    province_id = current_setting('antq.province', true)
    and (coalesce(current_setting('antq.commune', true), '') = '' or commune_id = current_setting('antq.commune', true))
  );
create policy audit_log_write on audit_log for insert to antq_app
  with check (province_id = current_setting('antq.province', true));
