-- A reviewer may submit a paragraph that QA findings hold back, with a reason. The submission event then keeps the
-- findings overridden and the reason, so the override is on record beside the step itself (append-only, V30).
alter table review_events
    add column override_reason     varchar(2000),
    add column overridden_findings varchar(2000),
    add constraint review_events_override_is_a_submission
        check (override_reason is null or kind = 'SUBMITTED'),
    add constraint review_events_override_names_findings
        check ((override_reason is null) = (overridden_findings is null));
