package org.copydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A screen only admins may open, so tests can see what everybody else gets. Exists in tests only. */
@Route(value = "test-admin-only", autoLayout = false)
@RolesAllowed("ADMIN")
public class AdminOnlyTestView extends Div {}
