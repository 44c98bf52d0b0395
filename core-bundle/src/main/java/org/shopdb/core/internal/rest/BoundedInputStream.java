package org.shopdb.core.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that may be read up to a limit; reading past it throws {@link BodyTooLargeException}. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // One byte more than allowed is enough to tell that the body is too large.
        int allowed = (int) Math.min(length, limit - count + 1);
        int read = super.read(buffer, offset, allowed);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long bytes) throws BodyTooLargeException {
        count += bytes;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
