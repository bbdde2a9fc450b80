-- API tokens may expire, and record when they were last used (to the minute), so stale ones can be found and revoked.
alter table api_tokens add column expires_at timestamptz;
alter table api_tokens add column last_used_at timestamptz;
