-- The outcome of each unit-year from its year's latest assessment run, kept beside the unit so that period
-- queries over millions of unit-years read one index (province, year → kind, outcome) instead of joining
-- every result. saveAssessmentRun keeps it up to date; existing results are copied in here.
alter table unit_year add column outcome text;

update unit_year u
   set outcome = r.overall
  from (select year, max(id) as run_id from assessment_run group by year) l
  join assessment_result r on r.run_id = l.run_id
 where u.year = l.year and r.unit_id = u.unit_id;

drop index unit_year_province_year;
create index unit_year_province_year on unit_year (province_id, year) include (kind, outcome);
create index unit_year_year_kind on unit_year (year, kind, outcome);
