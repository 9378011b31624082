-- API.md: an account has a language (en by default, or fr), given at sign-up and answered by /me; mails and
-- notifications will be written in it.
alter table account add column language text not null default 'en' check (language in ('en', 'fr'));
