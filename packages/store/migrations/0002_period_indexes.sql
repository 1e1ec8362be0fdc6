-- Indexes for the period queries of reviews (awards by form/issuer/recipient, activities and models by year).
create index award_year_form on award (year, form, issuer_kind, recipient_kind);
create index activity_year_kind on activity (year, kind);
create index model_year_kind on model_year (year, kind);
-- Lets the period queries read a unit's outcome from the index alone (index-only probes per unit of a province).
create index assessment_result_outcome on assessment_result (run_id, unit_id) include (overall);
