-- Spring Modulith's event publication registry (its v2 layout for PostgreSQL): an event for a listener in
-- another feature is stored in the publishing transaction and marked complete once the listener has run, so a
-- reaction (audit, notifications, learning, live updates) is never lost to a crash and never rolls back the
-- action it reacts to. Flyway owns the table; Modulith's own schema initialisation stays off.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
