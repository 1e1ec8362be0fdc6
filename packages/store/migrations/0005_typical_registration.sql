-- The điển hình registrations of a year (Đăng ký điển hình: registered, chosen by the steering committee,
-- reached or missed the criteria, withdrawn), placed in a province like the other cycle records (0004): from
-- the unit they name, else from their administrative unit's (a ward police station's ward) chain of parents,
-- else the one province of the year's units; null when none of these places them (counted only unscoped).
create table typical_registration (
  year integer not null references dataset_year (year) on delete cascade,
  registration_id text not null,
  plan_id text,
  programme text not null,
  subject text not null,
  status text not null,
  unit_id text,
  admin_unit_id text,
  province_id text,
  doc jsonb not null,
  primary key (year, registration_id)
);
create index typical_registration_province_year on typical_registration (province_id, year);
