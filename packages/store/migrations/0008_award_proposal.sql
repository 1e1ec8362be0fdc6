-- The award proposals of a year (Danh sách đề nghị khen thưởng: Bằng khen, Giấy khen, Kỷ niệm chương "Bảo vệ an
-- ninh Tổ quốc" proposed for the year's achievements), as `antq khen-thuong` checks them. Placed in a province like
-- the other cycle records (0004, 0005): from the collective's unit, else the one province of the year's units;
-- null when neither places it (read only without a scope).
create table award_proposal (
  year integer not null references dataset_year (year) on delete cascade,
  proposal_id text not null,
  form text not null,
  issuer_kind text not null,
  recipient_kind text not null,
  unit_id text,
  proposed_on date not null,
  province_id text,
  doc jsonb not null,
  primary key (year, proposal_id)
);
create index award_proposal_province_year on award_proposal (province_id, year);
