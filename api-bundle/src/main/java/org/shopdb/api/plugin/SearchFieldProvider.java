package org.shopdb.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Hook: plugin fields that feed the global search at {@code /api/search}. */
@ConsumerType
public interface SearchFieldProvider {

    List<SearchField> searchFields();
}
