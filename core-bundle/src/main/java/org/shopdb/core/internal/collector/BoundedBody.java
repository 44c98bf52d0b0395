package org.shopdb.core.internal.collector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, but never more than a limit: a client announcing less than it sends is cut off too. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream body, long limit) throws IOException, BodyTooLargeException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
            total += read;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }
}
