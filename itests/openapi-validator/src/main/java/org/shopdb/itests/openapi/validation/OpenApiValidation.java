package org.shopdb.itests.openapi.validation;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** What swagger-parser finds wrong with an OpenAPI 3 document; plain strings, so no swagger type crosses the bundle. */
public final class OpenApiValidation {

    private OpenApiValidation() {
    }

    /** Structural problems and internal references that do not resolve; empty for a valid document. */
    public static List<String> problems(String document) {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            problems.add("not an OpenAPI 3 document");
        }
        return problems;
    }
}
