package org.copydesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A link in the top bar, contributed by a feature as a Spring bean, so that the layout (in {@code base}) lists
 * screens of features it does not know. Entries are shown in {@link #order()}; one with roles is shown only to
 * accounts that have one of them (the view itself is still guarded on the server).
 *
 * @param labelKey the i18n key of the link text
 * @param target the route the link opens
 * @param order where the link stands, smallest first (the article list is 0)
 * @param roles the roles that see the link ({@code EDITOR}, {@code REVIEWER}, {@code ADMIN}); empty for everyone
 */
public record NavigationEntry(String labelKey, Class<? extends Component> target, int order, Set<String> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }
}
