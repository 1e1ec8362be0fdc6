-- apps/server: which of an upload's administrative units the request's province may not write, so that the
-- refusal names them. Under row-level security (0010) the request cannot see another province's administrative
-- unit, and an import that meets one fails as a whole (SQLSTATE 42501) without saying which; this function runs
-- as the owner (security definer) and answers only the ids asked about that exist and are not of the request's
-- province (another province's, or an owner's import that could not be placed). Nothing else of those rows.
create function antq_admin_units_not_in_province(ids text[]) returns setof text
  language sql stable security definer set search_path = public as $$
  select a.id from admin_unit a
   where a.id = any(ids) and a.province_id is distinct from current_setting('antq.province', true)
   order by a.id
$$;
revoke all on function antq_admin_units_not_in_province(text[]) from public;
grant execute on function antq_admin_units_not_in_province(text[]) to antq_app;
