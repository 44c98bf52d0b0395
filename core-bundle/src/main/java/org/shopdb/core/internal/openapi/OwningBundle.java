package org.shopdb.core.internal.openapi;

import org.osgi.framework.Bundle;

/** The bundle that registered a resource or an application, or that ships a fragment. */
record OwningBundle(long id, String symbolicName) {

    static OwningBundle of(Bundle bundle) {
        return new OwningBundle(bundle.getBundleId(), bundle.getSymbolicName());
    }

    @Override
    public String toString() {
        return symbolicName + " [" + id + "]";
    }
}
