-- The rule lifecycle (module rules, id.nusatrade.rules.store). Rule sets are the platform's, not a
-- tenant's, so these tables carry no tenant id and no row-level security; business staff edit
-- them through the application. ${appRole} is the application's (non-owner) role.

create table rule_set_version (
  area       text        not null check (area in ('risk', 'tier')),
  version    bigint      not null check (version > 0),
  drl        text        not null,
  limits     text        not null,
  author     text        not null,
  created_at timestamptz not null,
  comment    text        not null,
  primary key (area, version)
);

create table rule_set_draft (
  id           bigserial   primary key,
  area         text        not null check (area in ('risk', 'tier')),
  base_version bigint      not null check (base_version >= 0),
  drl          text        not null,
  limits       text        not null,
  author       text        not null,
  created_at   timestamptz not null,
  comment      text        not null
);

-- One row per area: the version every evaluator must run. Publishing and rolling back update it
-- only while it still holds the version the publisher started from (optimistic concurrency).
create table rule_set_live (
  area         text        primary key check (area in ('risk', 'tier')),
  version      bigint      not null,
  published_by text        not null,
  published_at timestamptz not null,
  foreign key (area, version) references rule_set_version (area, version)
);

create table rule_set_scenarios (
  area       text        primary key check (area in ('risk', 'tier')),
  scenarios  text        not null,
  updated_by text        not null,
  updated_at timestamptz not null
);

-- Four-eyes publishing: a publish requested by a draft's author waits here until a second
-- business-staff user approves it; approved rows stay as the record of who approved.
create table rule_set_approval (
  draft_id     bigint      primary key references rule_set_draft (id),
  area         text        not null check (area in ('risk', 'tier')),
  requested_by text        not null,
  requested_at timestamptz not null,
  approved_by  text,
  approved_at  timestamptz
);

grant select, insert on rule_set_version to ${appRole};
grant select, insert on rule_set_draft to ${appRole};
grant usage on sequence rule_set_draft_id_seq to ${appRole};
grant select, insert, update on rule_set_live to ${appRole};
grant select, insert, update on rule_set_scenarios to ${appRole};
grant select, insert, update on rule_set_approval to ${appRole};
