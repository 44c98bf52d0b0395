package org.shopdb.core.internal.seed;

import java.util.ArrayList;
import java.util.List;

/** What seeding one kind of thing did: the codes it created, and how many were there already. */
public final class SeedTally {

    private final List<String> created = new ArrayList<>();
    private int present;

    void created(String code) {
        created.add(code);
    }

    void present() {
        present++;
    }

    public List<String> createdCodes() {
        return List.copyOf(created);
    }

    public int createdCount() {
        return created.size();
    }

    public int presentCount() {
        return present;
    }

    @Override
    public String toString() {
        return created.size() + " created, " + present + " already present";
    }
}
