package org.shopdb.core.internal.reference;

import java.util.List;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.shopdb.api.reference.Location;
import org.shopdb.api.reference.LocationKind;

/**
 * A place in the site hierarchy (site → building → area → cell). {@code path} is the
 * chain of ids from the root, {@code /1/4/9/}, so "at or below" is one prefix match.
 */
@Entity
@Table(name = "locations")
public class LocationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "locationid")
    private Long id;

    @Column(name = "parentid")
    private Long parentId;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "path", nullable = false, length = 500)
    private String path;

    @Column(name = "isactive", nullable = false)
    private boolean active = true;

    protected LocationEntity() {
    }

    LocationEntity(Long parentId, LocationKind kind, String code, String name) {
        this.parentId = parentId;
        this.kind = kind.name().toLowerCase(Locale.ROOT);
        this.code = code;
        this.name = name;
        this.path = "/";
    }

    /** Once the id is known: the parent's path and this id. */
    void placeUnder(String parentPath) {
        this.path = (parentPath == null ? "/" : parentPath) + id + "/";
    }

    public String path() {
        return path;
    }

    LocationKind kind() {
        return LocationKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    Location toDto() {
        return new Location(id, parentId, kind(), code, name, path, active, List.of());
    }
}
