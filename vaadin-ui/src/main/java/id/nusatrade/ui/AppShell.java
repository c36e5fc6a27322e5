package id.nusatrade.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Application shell: makes the UI an installable PWA (Edge/Chrome on Windows offer "Install
 * Nusatrade"), with the Lumo theme. Server push (WebSocket, long polling as fallback) carries the
 * live chart's updates.
 */
@Push
@PWA(
    name = "Nusatrade",
    shortName = "Nusatrade",
    description = "Sinyal trading AI dari data MetaTrader 5",
    backgroundColor = "#ffffff",
    themeColor = "#0b5cad")
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {}
