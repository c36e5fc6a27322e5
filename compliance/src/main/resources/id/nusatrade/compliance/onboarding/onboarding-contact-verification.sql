-- V91 (onboarding): the contact-verification code of an application. Only the code's SHA-256 is
-- kept; it expires with the process's 15-minute timer and allows five wrong tries.
alter table onboarding_application
  add column code_hash text check (code_hash ~ '^[0-9a-f]{64}$'),
  add column code_expires_at timestamptz,
  add column code_sent_at timestamptz,
  add column code_failed_attempts integer not null default 0,
  add column contact_verified_at timestamptz;
