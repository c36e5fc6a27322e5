-- V90 (onboarding): applications stored before their process starts, and erasure of an abandoned
-- application's personal data (the row stays, without personal data, for the audit trail).
alter table onboarding_application add column erased_at timestamptz;
alter table onboarding_application alter column username drop not null;
alter table onboarding_application add constraint onboarding_application_status check (status in (
  'RECEIVED', 'IN_PROGRESS', 'AWAITING_CONTACT_VERIFICATION', 'IN_REVIEW', 'RESUBMISSION_REQUESTED',
  'APPROVED', 'ONBOARDED', 'REJECTED', 'ABANDONED'));
create index onboarding_application_unstarted on onboarding_application (created_at)
  where process_instance_key is null;
