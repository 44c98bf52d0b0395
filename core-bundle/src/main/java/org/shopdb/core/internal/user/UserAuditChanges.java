package org.shopdb.core.internal.user;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shopdb.api.audit.FieldChange;
import org.shopdb.core.internal.audit.FieldChanges;
import org.shopdb.core.internal.auth.UserAccount;

/** The audited fields of a user — never the password or its hash — and what changed between two states. */
final class UserAuditChanges {

    /** A password change is recorded as such, without either value. */
    static final Map<String, FieldChange> PASSWORD_CHANGED = Map.of("password", new FieldChange("(hidden)", "(changed)"));

    private UserAuditChanges() {
    }

    static Map<String, FieldChange> created(UserAccount user) {
        return between(null, user);
    }

    static Map<String, FieldChange> deleted(UserAccount user) {
        return between(user, null);
    }

    /** Fields whose value differs, old → new; a missing side counts as all {@code null}. */
    static Map<String, FieldChange> between(UserAccount before, UserAccount after) {
        return FieldChanges.between(fields(before), fields(after));
    }

    private static Map<String, Object> fields(UserAccount user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", user == null ? null : user.username());
        fields.put("role", user == null ? null : user.role().code());
        fields.put("isactive", user == null ? null : user.active());
        return fields;
    }
}
