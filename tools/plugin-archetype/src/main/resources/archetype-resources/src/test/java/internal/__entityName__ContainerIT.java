package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shopdb.testkit.karaf.ApiReply;
import org.shopdb.testkit.karaf.ShopdbContainer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged bundle installed live into the real ShopDB distribution, one container for
 * the class (the container test kit; docs/PLUGIN-QUICKSTART.md, "Test your plugin in a real
 * container"). Runs after {@code mvn package}, on the embedded database, or on a MariaDB or
 * MySQL 8 server given with {@code -Dshopdb.test.mariadb.url=jdbc:mysql://HOST:PORT/}.
 */
class ${entityName}ContainerIT {

    private static final String COLLECTION = "/api/${pluginName}";

    @RegisterExtension
    static final ShopdbContainer SHOPDB = ShopdbContainer.create().withPluginUnderTest();

    @Test
    void listAnswers200() {
        ApiReply list = SHOPDB.api().get(COLLECTION);
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.data().isArray(), list.toString());
    }

    @Test
    void isAnActivePluginInApiPlugins() {
        JsonNode plugin = entry(SHOPDB.api().get("/api/plugins").data(), "name", "${pluginName}");
        assertEquals("active", plugin.path("state").asText(), plugin.toString());
        assertTrue(SHOPDB.shell("shopdb:plugin-info ${pluginName}").contains("active"));
    }

    @Test
    void itsCollectionIsInTheNavigation() {
        JsonNode item = entry(SHOPDB.api().get("/api/navigation").data(), "path", COLLECTION);
        assertEquals("${pluginName}", item.path("plugin").asText(), item.toString());
    }

    @Test
    void itLogsNoErrors() {
        List<String> errors = SHOPDB.log().errors().stream().filter(line -> line.contains("${package}")).toList();
        assertEquals(List.of(), errors);
    }

    private static JsonNode entry(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> value.equals(node.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " '" + value + "' in " + array));
    }
}
