package org.shopdb.core.internal.rest;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.shopdb.api.error.FieldError;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Broken or mistyped JSON: 400, naming the line and column or the field — in words of the
 * API, not of Java (Jackson's own messages name classes).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonParseException || !(exception instanceof JsonMappingException mapping)) {
            JsonLocation at = exception.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return ApiError.response(400, "invalid_json", "The body is not valid JSON" + where, List.of());
        }
        String field = mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        String problem = exception instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or format";
        if (field.isEmpty()) {
            return ApiError.response(400, "invalid_json", "The body has the wrong shape: a JSON object is expected", List.of());
        }
        return ApiError.response(400, "invalid_json", "Field '" + field + "' " + problem, List.of(new FieldError(field, problem)));
    }
}
