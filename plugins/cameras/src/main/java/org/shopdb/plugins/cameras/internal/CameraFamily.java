package org.shopdb.plugins.cameras.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shopdb.api.error.FieldError;
import org.shopdb.api.family.AssetFamily;
import org.shopdb.api.family.FilterParameter;

/** Cameras as an asset family: assets of type {@value #TYPE_CODE} extended by table {@code cameras}. */
public final class CameraFamily implements AssetFamily<CameraFields> {

    public static final CameraFamily INSTANCE = new CameraFamily();

    public static final String TYPE_CODE = "camera";
    public static final String TYPE_NAME = "Camera";
    /** The owner of the type and the table: this bundle, as its {@link org.shopdb.api.schema.SchemaReady} names it. */
    public static final String OWNER = "org.shopdb.plugins.cameras";
    public static final String FIELD_SCHEMA = "/schema/cameras.json";

    static final Set<String> STREAM_SCHEMES = Set.of("rtsp", "rtsps", "http", "https", "rtmp", "srt");

    private CameraFamily() {
    }

    @Override
    public String typeCode() {
        return TYPE_CODE;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** The camera-specific audit rows; the asset's own are the core's {@code Asset}. */
    @Override
    public String entityName() {
        return "camera";
    }

    @Override
    public String table() {
        return "cameras";
    }

    @Override
    public Class<CameraFields> fieldsType() {
        return CameraFields.class;
    }

    @Override
    public URL fieldSchema() {
        return CameraFamily.class.getResource(FIELD_SCHEMA);
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(FilterParameter.text("vendor"), FilterParameter.text("model"), FilterParameter.text("recordingserver"),
                FilterParameter.absentOrBefore("notseensince", "lastseen"));
    }

    @Override
    public Set<String> sortable() {
        return Set.of("vendor", "model", "lastseen");
    }

    /** The MAC address is the discovery collector's natural key, so no two cameras may share one. */
    @Override
    public Set<String> unique() {
        return Set.of("macaddress");
    }

    /** The stream URL: a real URL of a streaming scheme, and never with credentials, which every viewer could read. */
    @Override
    public List<FieldError> check(CameraFields fields) {
        if (fields.streamUrl() == null) {
            return List.of();
        }
        URI uri;
        try {
            uri = new URI(fields.streamUrl());
        } catch (URISyntaxException e) {
            return List.of(new FieldError("streamurl", "is not a valid URL"));
        }
        if (uri.getScheme() == null || !STREAM_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
            return List.of(new FieldError("streamurl", "must be an absolute URL with a host and one of the schemes "
                    + STREAM_SCHEMES.stream().sorted().toList()));
        }
        if (uri.getRawUserInfo() != null) {
            return List.of(new FieldError("streamurl", "must not contain credentials (user:password@); keep them in the recording server"));
        }
        return List.of();
    }
}
