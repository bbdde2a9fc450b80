package org.copydesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A small live control in the top bar (the notification bell), contributed by a feature as a Spring bean, like
 * {@link NavigationEntry} for links. {@link #create()} is called once per layout, for the signed-in account.
 */
public interface TopBarWidget {

    Component create();
}
