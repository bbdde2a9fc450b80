-- An admin's password reset (and a new account) makes its holder choose a new password at the next sign-in.
alter table accounts add column must_change_password boolean not null default false;
