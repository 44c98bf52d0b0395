package org.shopdb.core.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A place in the site hierarchy (site → building → area → cell). {@code path} is the
 * chain of ids from the root, {@code /1/4/9/}, so "at or below" is one prefix match.
 */
@Entity
@Table(name = "locations")
public class LocationEntity {

    @Id
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

    protected LocationEntity() {
    }

    public String path() {
        return path;
    }
}
