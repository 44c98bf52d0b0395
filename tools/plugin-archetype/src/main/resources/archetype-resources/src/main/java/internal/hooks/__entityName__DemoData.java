package ${package}.internal.hooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;
import org.shopdb.api.plugin.DemoData;
import org.shopdb.api.plugin.DemoSite;

/**
 * Sample items for {@code shopdb:demo-load}, as an inventory script would report them to the
 * plugin's collector: numbered {@code ${entityName.toUpperCase()}-DEMO-001} on, placed round robin
 * over the demo site, the same ones for the same seed (so a second run changes nothing).
 * Make them look like the real thing: vendors, models and values of a manufacturing site.
 */
@Component(service = DemoData.class)
public class ${entityName}DemoData implements DemoData {

    static final List<String[]> MODELS = List.of(new String[] {"Acme", "M-100"}, new String[] {"Acme", "M-200"},
            new String[] {"Globex", "GX-7"});

    @Override
    public String collector() {
        return "${pluginName}";
    }

    @Override
    public List<Map<String, Object>> records(DemoSite site, int count) {
        Random random = new Random(site.seed());
        return IntStream.range(0, count).mapToObj(i -> record(i, site.location(i), random)).toList();
    }

    static Map<String, Object> record(int index, Long location, Random random) {
        String[] model = MODELS.get(random.nextInt(MODELS.size()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("assetnumber", String.format("${entityName.toUpperCase()}-DEMO-%03d", index + 1));
        if (location != null) {
            record.put("locationid", location);
        }
        record.put("vendor", model[0]);
        record.put("model", model[1]);
        return record;
    }
}
