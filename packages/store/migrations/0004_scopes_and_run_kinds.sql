-- Province scope for the period queries of activities, awards, models and security teams, and two kinds of
-- stored runs (TT 124 assessments and movement classifications).
--
-- province_id: the province a record belongs to, resolved at import from the unit it names (activity.unit_id,
-- model host unit, award recipient unit), else from its administrative unit's chain of parents, else the one
-- province of the year's units. Existing rows are filled here from the linked unit, then from the year's one
-- province; rows that cannot be placed stay null (counted only without a scope).
alter table activity add column province_id text;
alter table award add column province_id text;
alter table model_year add column province_id text;
alter table security_team_year add column province_id text;

update activity a set province_id = u.province_id
  from unit_year u where u.year = a.year and u.unit_id = a.unit_id;
update model_year m set province_id = u.province_id
  from unit_year u where u.year = m.year and u.unit_id = m.host_unit_id;
update award w set province_id = u.province_id
  from unit_year u where u.year = w.year and u.unit_id = w.doc -> 'recipient' ->> 'unitId';

update activity a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;
update award a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;
update model_year a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;
update security_team_year a set province_id = s.province_id
  from (select year, min(province_id) as province_id from unit_year group by year
         having count(distinct province_id) = 1) s
 where a.province_id is null and s.year = a.year;

create index activity_province_year on activity (province_id, year);
create index award_province_year on award (province_id, year);
create index model_year_province_year on model_year (province_id, year);
create index security_team_year_province_year on security_team_year (province_id, year);

-- A run is an assessment (TT 124 outcomes, kept on unit_year.outcome) or a classification (QĐ 510 levels of
-- the score sheets; it does not touch unit_year.outcome).
alter table assessment_run add column kind text not null default 'assessment'
  check (kind in ('assessment', 'classification'));
drop index assessment_run_year;
create index assessment_run_year on assessment_run (year, kind, id);
