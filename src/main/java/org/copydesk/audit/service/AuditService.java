package org.copydesk.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import org.copydesk.audit.domain.AuditEntry;
import org.copydesk.audit.domain.AuditRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log as admins read it: filtered, paged, and as CSV. Writing is the recorder's job, never the UI's. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditService {

    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** One page of entries matching the filter, newest first. */
    public Page<AuditEntryView> search(AuditFilter filter, int page, int size) {
        return query(filter, page, size).map(AuditEntryView::of);
    }

    /** Writes every entry matching the filter as CSV (RFC 4180, a header line first), newest first. */
    public void writeCsv(AuditFilter filter, Writer out) {
        try {
            out.write("id,at,actor,action,target,details\r\n");
            int page = 0;
            Page<AuditEntry> batch;
            do {
                batch = query(filter, page++, 1000);
                for (AuditEntry e : batch) {
                    out.write(e.getId() + "," + e.getAt() + "," + csv(e.getActor()) + "," + csv(e.getAction()) + ","
                            + csv(e.getTarget()) + "," + csv(e.getDetails()) + "\r\n");
                }
            } while (batch.hasNext());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page<AuditEntry> query(AuditFilter f, int page, int size) {
        return entries.search(
                f.actor() == null || f.actor().isBlank() ? null : f.actor().strip(),
                f.action() == null ? null : f.action().code(),
                f.from() == null ? BEGINNING : f.from(),
                f.to() == null ? END : f.to(),
                PageRequest.of(page, size));
    }

    /** Quotes a field; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    static String csv(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
