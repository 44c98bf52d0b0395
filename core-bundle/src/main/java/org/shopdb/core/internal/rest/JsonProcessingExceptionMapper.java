package org.shopdb.core.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.shopdb.api.error.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;

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
        if (JsonProblems.isSyntax(exception)) {
            return ApiError.response(400, "invalid_json", "The body is not valid JSON" + JsonProblems.where(exception), List.of());
        }
        String field = JsonProblems.field(exception);
        if (field.isEmpty()) {
            return ApiError.response(400, "invalid_json", "The body has the wrong shape: a JSON object is expected", List.of());
        }
        String problem = JsonProblems.problem(exception);
        return ApiError.response(400, "invalid_json", "Field '" + field + "' " + problem, List.of(new FieldError(field, problem)));
    }
}
