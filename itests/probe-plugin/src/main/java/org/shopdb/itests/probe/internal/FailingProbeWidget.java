package org.shopdb.itests.probe.internal;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.DashboardWidget;
import org.shopdb.api.plugin.WidgetData;

/** A widget whose data always fails: the dashboard must report it, not fail as a whole. */
@Component
public class FailingProbeWidget implements DashboardWidget {

    @Override
    public String id() {
        return "probe-failing";
    }

    @Override
    public String title() {
        return "Always failing";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public WidgetData data() {
        throw new IllegalStateException("probe widget failure on purpose");
    }
}
