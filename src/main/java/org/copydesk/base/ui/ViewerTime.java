package org.copydesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as the viewer reads them: in the browser's time zone (asked once per session, UTC until the browser has
 * answered) and in the UI's locale.
 */
public final class ViewerTime {

    private static final String ZONE = ViewerTime.class.getName() + ".zone";

    private ViewerTime() {}

    /** Asks the browser for its time zone unless this session already knows it. */
    public static void detect(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            String id = details.getTimeZoneId();
            if (id != null && ZoneId.getAvailableZoneIds().contains(id)) {
                session.setAttribute(ZONE, ZoneId.of(id));
            }
        });
    }

    public static ZoneId zone() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> s.getAttribute(ZONE))
                .filter(ZoneId.class::isInstance)
                .map(ZoneId.class::cast)
                .orElse(ZoneId.of("UTC"));
    }

    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** Date and time, medium length, e.g. "29 Nov 2026, 09:14:03" in an English locale. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale())
                .withZone(zone())
                .format(instant);
    }
}
