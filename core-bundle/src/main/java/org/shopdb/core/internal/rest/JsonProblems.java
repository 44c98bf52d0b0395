package org.shopdb.core.internal.rest;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a JSON document, in the words of the document — field paths such as
 * {@code locations.[0].code}, lines and columns — never Jackson's own messages, which name
 * Java classes.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** Whether the text is not JSON at all, as opposed to JSON of the wrong shape. */
    public static boolean isSyntax(JsonProcessingException exception) {
        return exception instanceof JsonParseException || !(exception instanceof JsonMappingException);
    }

    /** {@code " at line L, column C"}, or empty when the place is unknown. */
    public static String where(JsonProcessingException exception) {
        JsonLocation at = exception.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The dotted path of the offending field ({@code a.[0].b}), empty for the document itself or a syntax error. */
    public static String field(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping)) {
            return "";
        }
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** What is wrong with the field {@link #field} names. */
    public static String problem(JsonProcessingException exception) {
        return exception instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or format";
    }
}
