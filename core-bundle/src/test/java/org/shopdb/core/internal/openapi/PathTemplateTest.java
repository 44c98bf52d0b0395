package org.shopdb.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void joinsSegmentsWithOneSlashAndNoTrailingSlash() {
        assertEquals("/api/assets/{id}", PathTemplate.join("api", "/assets/", "/{id}/"));
        assertEquals("/api/assets", PathTemplate.join("/api/", "assets", ""));
        assertEquals("/", PathTemplate.join("/", ""));
        assertEquals("/gauges", PathTemplate.join("", "gauges"));
    }

    @Test
    void regularExpressionsLeaveThePathAndStayWithTheirVariable() {
        PathTemplate template = PathTemplate.parse("/api/things/{id : [0-9]+}/parts/{part}");
        assertEquals("/api/things/{id}/parts/{part}", template.path());
        assertEquals(List.of("id", "part"), template.variables());
        assertEquals("[0-9]+", template.patterns().get("id"));
        assertNull(template.patterns().get("part"));
    }

    @Test
    void bracesInsideAnExpressionBelongToIt() {
        PathTemplate template = PathTemplate.parse("/codes/{code: [A-Z]{2}-[0-9]{1,4}}/x");
        assertEquals("/codes/{code}/x", template.path());
        assertEquals("[A-Z]{2}-[0-9]{1,4}", template.patterns().get("code"));
    }

    @Test
    void shapeIgnoresVariableNames() {
        assertEquals(PathTemplate.parse("/a/{id}/b/{x: .+}").shape(), PathTemplate.shapeOf("/a/{assetid}/b/{y}"));
        assertEquals("/a/{}/b/{}", PathTemplate.shapeOf("/a/{assetid}/b/{y}"));
    }

    @Test
    void unbalancedBraceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{id"));
    }
}
