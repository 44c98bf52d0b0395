package org.shopdb.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class AbstractAssetFamilyTest {

    public record BadgeFields(String vendor) implements FamilyFields {
    }

    /** A plugin's family: names in the constructor, its own rules as overrides. */
    static final class BadgeFamily extends AbstractAssetFamily<BadgeFields> {
        BadgeFamily(String schema) {
            super("badgereader", "Badge reader", "org.acme.shopdb.badgereaders", "badgereaders", BadgeFields.class, schema);
        }

        @Override
        public List<FilterParameter> filters() {
            return List.of(FilterParameter.text("vendor"));
        }
    }

    @Test
    void namesComeFromTheConstructorAndTheAuditEntityIsTheTypeCode() {
        BadgeFamily family = new BadgeFamily("/org/shopdb/api/family/AbstractAssetFamilyTest.class");
        assertEquals("badgereader", family.typeCode());
        assertEquals("Badge reader", family.typeName());
        assertEquals("org.acme.shopdb.badgereaders", family.owner());
        assertEquals("badgereader", family.entityName());
        assertEquals("badgereaders", family.table());
        assertEquals(BadgeFields.class, family.fieldsType());
        assertEquals(1, family.filters().size());
        assertEquals(List.of(), family.check(new BadgeFields("Acme")));
    }

    @Test
    void theFieldSchemaIsReadThroughThePluginsOwnClassLoader() {
        assertNotNull(new BadgeFamily("/org/shopdb/api/family/AbstractAssetFamilyTest.class").fieldSchema());
        assertNull(new BadgeFamily("/no/such/schema.json").fieldSchema(), "the store then refuses the family, naming the missing schema");
    }

    @Test
    void everyNameIsRequired() {
        assertThrows(NullPointerException.class, () -> new BadgeFamily(null));
    }
}
