package org.shopdb.core.internal.plugin;

import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Begins a plugin's switch ({@link PluginSwitches}) the moment its bundle starts stopping only
 * for the moment (an update, a refresh, a feature upgrade: it stays persistently started), and
 * lets the requests already in its application finish.
 *
 * <p>A bundle event hook, because it must come first: the framework calls hooks before any
 * bundle listener, and the component runtime's listener withdraws the plugin's resources on the
 * same event, after which the JAX-RS whiteboard rebuilds the application without them and answers
 * 404 until the application is gone. From here on, new requests wait instead.
 */
@Component(service = EventHook.class)
public class PluginStopping implements EventHook {

    private final PluginApplicationRegistrar applications;
    private final PluginSwitches switches;

    @Activate
    public PluginStopping(@Reference PluginApplicationRegistrar applications, @Reference PluginSwitches switches) {
        this.applications = applications;
        this.switches = switches;
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> contexts) {
        if (event.getType() != BundleEvent.STOPPING || !persistentlyStarted(event.getBundle())) {
            return;
        }
        Bundle bundle = event.getBundle();
        applications.servedPlugin(bundle).ifPresent(plugin -> {
            applications.expectBack(bundle, plugin);
            switches.begin(plugin);
            try {
                switches.drain(plugin);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stopped only for the moment: an update, a refresh or a feature upgrade starts it again. */
    private static boolean persistentlyStarted(Bundle bundle) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        return startLevel != null && startLevel.isPersistentlyStarted();
    }
}
